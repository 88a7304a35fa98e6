import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import type { TransfersTable_TransferFragment } from '../gql/graphql';
import { AmountField } from '../money/AmountField';
import { DEFAULT_CURRENCY, formatMinorUnits, parseMajorUnits } from '../money/money';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useIdempotencyKey } from '../ui/idempotency-key';
import { describeError, fieldMessage, isDefinitiveRefusal } from '../ui/server-error';
import { SlowStripeNotice } from '../ui/SlowStripeNotice';
import { LoadingState } from '../ui/states';
import { FormActions, ReviewActions } from '../ui/FormActions';
import { useSlowRequest } from '../ui/useSlowRequest';

const SendFundsDialog_Balance = graphql(`
  query SendFundsDialog_Balance {
    platformBalance {
      available {
        amount
        currency
        formatted
      }
    }
  }
`);

const SendFundsDialog_TransferUpdated = graphql(`
  subscription SendFundsDialog_TransferUpdated($writerId: ID!) {
    transferUpdated(writerId: $writerId) {
      ...TransfersTable_Transfer
    }
  }
`);

const SendFundsDialog_CreateTransfer = graphql(`
  mutation SendFundsDialog_CreateTransfer($input: CreateTransferInput!) {
    createTransfer(input: $input) {
      ...TransfersTable_Transfer
    }
  }
`);

interface Recipient {
  id: string;
  displayName: string;
  stripeAccountId?: string | null;
  /** Live: the dialog closes with a word if the writer can no longer be paid. */
  canReceiveTransfers: boolean;
}

interface Available {
  amount: number;
  currency: string;
  formatted: string;
}

interface SendFundsDialogProps {
  writer: Recipient;
  onClose: (notice?: string) => void;
  onSent: (transfer: TransfersTable_TransferFragment) => void;
}

type Transfer = TransfersTable_TransferFragment;

/**
 * Waits for Stripe's answer to this request (by its idempotency key): the mutation's answer
 * when it has one, else the live event once Stripe settles it (a slow Stripe, a recovery pass).
 */
function useOutcome(writerId: string, idempotencyKey: string, watching: boolean, onSent: (transfer: Transfer) => void) {
  const [{ data }] = useSubscription({ query: SendFundsDialog_TransferUpdated, variables: { writerId }, pause: !watching });
  const pushed = data?.transferUpdated;
  const done = useRef(false);
  const finish = (transfer: Transfer) => {
    if (done.current || transfer.status === 'PENDING') return;
    done.current = true;
    onSent(transfer);
  };
  useEffect(() => {
    if (watching && pushed?.idempotencyKey === idempotencyKey) finish(pushed);
  });
  return finish;
}

/** Closes the dialog, saying why, when the writer stops being payable while it is open. */
function useClosesWhenNotPayable(writer: Recipient, onClose: (notice?: string) => void) {
  useEffect(() => {
    if (!writer.canReceiveTransfers) onClose(`${writer.displayName} can no longer receive transfers (Stripe changed their account), so nothing was sent.`);
  }, [writer.canReceiveTransfers, writer.displayName, onClose]);
}

/** Stripe's "Send funds": amount, currency and description, then a confirmation step. */
export function SendFundsDialog({ writer, onClose, onSent }: SendFundsDialogProps) {
  const [{ data, error }] = useQuery({ query: SendFundsDialog_Balance, requestPolicy: 'network-only' });
  useClosesWhenNotPayable(writer, onClose);
  return (
    <Dialog title={`Send funds to ${writer.displayName}`} onClose={() => onClose()}>
      <ErrorNotice title="Could not read the platform balance" error={error} />
      {data ? (
        <SendFundsForm writer={writer} available={data.platformBalance.available} onClose={onClose} onSent={onSent} />
      ) : (
        !error && <LoadingState label="Reading the balance…" />
      )}
    </Dialog>
  );
}

interface TransferRequest {
  amountMinor: number;
  currency: string;
  description: string | null;
}

/**
 * Sends one transfer under this form's idempotency key and follows it to Stripe's outcome.
 * `send` resolves false when nothing was sent, so the form goes back to the amount.
 */
function useSendTransfer(writerId: string, onSent: (transfer: Transfer) => void) {
  const [idempotencyKey, renewIdempotencyKey] = useIdempotencyKey();
  const [{ fetching, error }, createTransfer] = useMutation(SendFundsDialog_CreateTransfer);
  // Recorded, but Stripe's outcome is still unknown: the live event will tell.
  const [awaitingStripe, setAwaitingStripe] = useState(false);
  const waiting = fetching || awaitingStripe;
  const slow = useSlowRequest(waiting);
  const finish = useOutcome(writerId, idempotencyKey, waiting, onSent);

  async function send({ amountMinor, currency, description }: TransferRequest): Promise<boolean> {
    const result = await createTransfer({ input: { writerId, amount: amountMinor, currency, description, idempotencyKey } });
    const transfer = result.data?.createTransfer;
    if (transfer?.status === 'PENDING') {
      setAwaitingStripe(true);
      return true;
    }
    if (!result.error || isDefinitiveRefusal(result.error)) renewIdempotencyKey();
    if (transfer) finish(transfer);
    return Boolean(transfer);
  }

  return { send, waiting, slow, problem: error ? describeError(error) : null };
}

interface TransferReviewProps {
  writer: Recipient;
  request: TransferRequest;
  waiting: boolean;
  slow: boolean;
  onBack: () => void;
  onClose: () => void;
  onSend: () => void;
}

/** The confirmation step: what leaves the balance, and for whom. */
function TransferReview({ writer, request, waiting, slow, onBack, onClose, onSend }: TransferReviewProps) {
  const amount = formatMinorUnits(request.amountMinor, request.currency);
  return (
    <div>
      <div className="review">
        <p className="stat-label">You are sending</p>
        <p className="stat-value">{amount}</p>
        <p>
          to {writer.displayName} {writer.stripeAccountId && <code>{writer.stripeAccountId}</code>}
        </p>
        {request.description && <p className="muted">“{request.description}”</p>}
      </div>
      <p className="hint">The funds leave the platform's available balance at once. A transfer can be reversed later, not canceled.</p>
      {slow && <SlowStripeNotice what="This transfer" />}
      <ReviewActions confirmLabel={`Send ${amount}`} busyLabel="Sending…" busy={waiting} slow={slow} onBack={onBack} onClose={onClose} onConfirm={onSend} />
    </div>
  );
}

/** What the amount field says about the balance in the chosen currency. */
function balanceHint(availableInCurrency: Available | undefined, currency: string, overBalance: boolean): string {
  if (!availableInCurrency) return `The platform holds no available ${currency.toUpperCase()}.`;
  return `${availableInCurrency.formatted} available${overBalance ? ': this is more than the platform holds, Stripe will refuse it.' : '.'}`;
}

function SendFundsForm({ writer, available, onClose, onSent }: SendFundsDialogProps & { available: Available[] }) {
  const currencies = available.length > 0 ? available.map((money) => money.currency) : [DEFAULT_CURRENCY];
  const [amountText, setAmountText] = useState('');
  const [currency, setCurrency] = useState(currencies[0] ?? DEFAULT_CURRENCY);
  const [description, setDescription] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<number | null>(null);
  const { send, waiting, slow, problem } = useSendTransfer(writer.id, onSent);
  const availableInCurrency = available.find((money) => money.currency === currency);
  const parsed = parseMajorUnits(amountText, currency);
  const overBalance = Boolean(parsed.ok && availableInCurrency && parsed.amountMinor > availableInCurrency.amount);

  function review(event: FormEvent) {
    event.preventDefault();
    setAmountError(parsed.ok ? null : parsed.message);
    if (!parsed.ok) return document.getElementById('send-funds-amount')?.focus();
    setReviewing(parsed.amountMinor);
  }

  if (reviewing !== null) {
    const request = { amountMinor: reviewing, currency, description: description.trim() || null };
    const sendReviewed = async () => {
      if (!(await send(request))) setReviewing(null);
    };
    return (
      <TransferReview
        writer={writer}
        request={request}
        waiting={waiting}
        slow={slow}
        onBack={() => setReviewing(null)}
        onClose={() => onClose()}
        onSend={() => void sendReviewed()}
      />
    );
  }

  const amountRejected = problem?.code === 'INSUFFICIENT_FUNDS' || fieldMessage(problem, 'amount') !== null;
  return (
    <form onSubmit={review} noValidate>
      <ErrorNotice title="The transfer was not sent" problem={problem} />
      <AmountField
        id="send-funds-amount"
        amountText={amountText}
        onAmountText={setAmountText}
        currency={currency}
        onCurrency={setCurrency}
        currencies={currencies}
        error={amountError}
        rejected={amountRejected}
        hint={balanceHint(availableInCurrency, currency, overBalance)}
      />
      <label htmlFor="send-funds-description">Description</label>
      <input
        id="send-funds-description"
        maxLength={200}
        placeholder="e.g. Revenue share, June"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <FormActions onCancel={() => onClose()} submitLabel="Review" />
    </form>
  );
}
