import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import type { TransfersTable_TransferFragment } from '../gql/graphql';
import { AmountField } from '../money/AmountField';
import { formatMinorUnits, parseMajorUnits } from '../money/money';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useIdempotencyKey } from '../ui/idempotency-key';
import { describeError, fieldMessage, isDefinitiveRefusal } from '../ui/server-error';
import { SlowStripeNotice } from '../ui/SlowStripeNotice';
import { LoadingState } from '../ui/states';
import { FormActions } from '../ui/FormActions';
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
      {data ? <SendFundsForm writer={writer} available={data.platformBalance.available} onClose={onClose} onSent={onSent} /> : !error && <LoadingState label="Reading the balance…" />}
    </Dialog>
  );
}

function SendFundsForm({ writer, available, onClose, onSent }: SendFundsDialogProps & { available: Available[] }) {
  const currencies = available.length > 0 ? available.map((money) => money.currency) : ['usd'];
  const [idempotencyKey, renewIdempotencyKey] = useIdempotencyKey();
  const [amountText, setAmountText] = useState('');
  const [currency, setCurrency] = useState(currencies[0]);
  const [description, setDescription] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<number | null>(null);
  const [{ fetching, error }, createTransfer] = useMutation(SendFundsDialog_CreateTransfer);
  // Recorded, but Stripe's outcome is still unknown: the live event will tell.
  const [awaitingStripe, setAwaitingStripe] = useState(false);
  const waiting = fetching || awaitingStripe;
  const slow = useSlowRequest(waiting);
  const finish = useOutcome(writer.id, idempotencyKey, waiting, onSent);
  const problem = error ? describeError(error) : null;
  const availableInCurrency = available.find((money) => money.currency === currency);
  const parsed = parseMajorUnits(amountText, currency);
  const overBalance = parsed.ok && availableInCurrency && parsed.amountMinor > availableInCurrency.amount;

  function review(event: FormEvent) {
    event.preventDefault();
    setAmountError(parsed.ok ? null : parsed.message);
    if (!parsed.ok) return document.getElementById('send-funds-amount')?.focus();
    setReviewing(parsed.amountMinor);
  }

  async function send(amountMinor: number) {
    const result = await createTransfer({ input: { writerId: writer.id, amount: amountMinor, currency, description: description.trim() || null, idempotencyKey } });
    const transfer = result.data?.createTransfer;
    if (transfer?.status === 'PENDING') return setAwaitingStripe(true);
    if (!result.error || isDefinitiveRefusal(result.error)) renewIdempotencyKey();
    if (transfer) finish(transfer);
    else setReviewing(null);
  }

  if (reviewing !== null) {
    return (
      <div>
        <div className="review">
          <p className="stat-label">You are sending</p>
          <p className="stat-value">{formatMinorUnits(reviewing, currency)}</p>
          <p>
            to {writer.displayName} {writer.stripeAccountId && <code>{writer.stripeAccountId}</code>}
          </p>
          {description.trim() && <p className="muted">“{description.trim()}”</p>}
        </div>
        <p className="hint">The funds leave the platform's available balance at once. A transfer can be reversed later, not canceled.</p>
        {slow && <SlowStripeNotice what="This transfer" />}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => (slow ? onClose() : setReviewing(null))} disabled={waiting && !slow}>
            {slow ? 'Close' : 'Back'}
          </button>
          <button type="button" className="button button-primary" onClick={() => void send(reviewing)} disabled={waiting} autoFocus>
            {waiting ? 'Sending…' : `Send ${formatMinorUnits(reviewing, currency)}`}
          </button>
        </div>
      </div>
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
        hint={
          availableInCurrency
            ? `${availableInCurrency.formatted} available${overBalance ? ': this is more than the platform holds, Stripe will refuse it.' : '.'}`
            : `The platform holds no available ${currency.toUpperCase()}.`
        }
      />
      <label htmlFor="send-funds-description">Description</label>
      <input id="send-funds-description" maxLength={200} placeholder="e.g. Revenue share, June" value={description} onChange={(event) => setDescription(event.target.value)} />
      <FormActions onCancel={() => onClose()} submitLabel="Review" />
    </form>
  );
}
