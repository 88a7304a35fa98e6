import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation, useSubscription } from 'urql';
import { graphql } from '../gql';
import type { TopUpsTable_TopUpFragment } from '../gql/graphql';
import { AmountField } from '../money/AmountField';
import { COMMON_CURRENCIES, parseMajorUnits } from '../money/money';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FieldError } from '../ui/FieldError';
import { FormActions } from '../ui/FormActions';
import { useIdempotencyKey } from '../ui/idempotency-key';
import { focusFirstRejected } from '../ui/focus-rejected';
import { describeError, fieldMessage, isDefinitiveRefusal } from '../ui/server-error';
import { SlowStripeNotice } from '../ui/SlowStripeNotice';
import { useSlowRequest } from '../ui/useSlowRequest';

const AddFundsDialog_CreateTopUp = graphql(`
  mutation AddFundsDialog_CreateTopUp($input: CreateTopUpInput!) {
    createTopUp(input: $input) {
      ...TopUpsTable_TopUp
    }
  }
`);

const AddFundsDialog_TopUpUpdated = graphql(`
  subscription AddFundsDialog_TopUpUpdated {
    topUpUpdated {
      ...TopUpsTable_TopUp
    }
  }
`);

// Stripe's limit for a top-up's statement descriptor.
const MAX_STATEMENT_DESCRIPTOR_LENGTH = 15;

interface AddFundsDialogProps {
  defaultCurrency: string;
  onClose: () => void;
  onAdded: (topUp: TopUpsTable_TopUpFragment) => void;
}

/** Stripe has answered for this top-up: it has Stripe's id, or it failed. */
const answered = (topUp: TopUpsTable_TopUpFragment) => Boolean(topUp.stripeTopUpId) || topUp.status !== 'PENDING';

/** Closes the dialog when the live event for this request arrives before the slow answer does. */
function useAnsweredLive(idempotencyKey: string, waiting: boolean, onAdded: (topUp: TopUpsTable_TopUpFragment) => void) {
  const [{ data }] = useSubscription({ query: AddFundsDialog_TopUpUpdated, pause: !waiting });
  const pushed = data?.topUpUpdated;
  const done = useRef(false);
  useEffect(() => {
    if (!waiting || done.current || !pushed || pushed.idempotencyKey !== idempotencyKey || !answered(pushed)) return;
    done.current = true;
    onAdded(pushed);
  }, [pushed, idempotencyKey, waiting, onAdded]);
}

/** Stripe's "Add to balance": a top-up from the platform's bank account, pending until it settles. */
export function AddFundsDialog({ defaultCurrency, onClose, onAdded }: AddFundsDialogProps) {
  const choices = [...new Set([defaultCurrency, ...COMMON_CURRENCIES])];
  const [idempotencyKey, renewIdempotencyKey] = useIdempotencyKey();
  const [amountText, setAmountText] = useState('');
  const [currency, setCurrency] = useState(defaultCurrency);
  const [description, setDescription] = useState('');
  const [statementDescriptor, setStatementDescriptor] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);
  const [{ fetching, error }, createTopUp] = useMutation(AddFundsDialog_CreateTopUp);
  const slow = useSlowRequest(fetching);
  useAnsweredLive(idempotencyKey, fetching, onAdded);
  const problem = error ? describeError(error) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const amount = parseMajorUnits(amountText, currency);
    setAmountError(amount.ok ? null : amount.message);
    if (!amount.ok) return document.getElementById('add-funds-amount')?.focus();
    const input = {
      amount: amount.amountMinor,
      currency,
      description: description.trim() || null,
      statementDescriptor: statementDescriptor.trim() || null,
      idempotencyKey,
    };
    const result = await createTopUp({ input });
    if (!result.error || isDefinitiveRefusal(result.error)) renewIdempotencyKey();
    if (result.data) onAdded(result.data.createTopUp);
    else if (result.error)
      focusFirstRejected(describeError(result.error), [
        ['amount', 'add-funds-amount'],
        ['description', 'add-funds-description'],
        ['statementDescriptor', 'add-funds-descriptor'],
      ]);
  }

  return (
    <Dialog title="Add funds" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p className="muted">Debits the platform's bank account. The funds are pending until Stripe settles the top-up, usually in a few business days.</p>
        <ErrorNotice title="Stripe did not add the funds" problem={problem} />
        {slow && <SlowStripeNotice what="This top-up" />}
        <AmountField
          id="add-funds-amount"
          amountText={amountText}
          onAmountText={setAmountText}
          currency={currency}
          onCurrency={setCurrency}
          currencies={choices}
          error={amountError ?? fieldMessage(problem, 'amount')}
        />
        <label htmlFor="add-funds-description">Description</label>
        <input id="add-funds-description" maxLength={200} value={description} onChange={(event) => setDescription(event.target.value)} />
        <StatementDescriptorField value={statementDescriptor} onChange={setStatementDescriptor} error={fieldMessage(problem, 'statementDescriptor')} />
        <FormActions onCancel={onClose} cancelLabel={slow ? 'Close' : 'Cancel'} submitLabel="Add funds" busyLabel="Adding…" busy={fetching} />
      </form>
    </Dialog>
  );
}

/** What the platform's bank statement shows, with Stripe's length limit. */
function StatementDescriptorField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error: string | null }) {
  return (
    <>
      <label htmlFor="add-funds-descriptor">Statement descriptor</label>
      <input
        id="add-funds-descriptor"
        maxLength={MAX_STATEMENT_DESCRIPTOR_LENGTH}
        aria-describedby={`add-funds-descriptor-hint${error ? ' add-funds-descriptor-error' : ''}`}
        aria-invalid={error ? true : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id="add-funds-descriptor" message={error} />
      <p id="add-funds-descriptor-hint" className="hint">
        What the bank statement shows, up to {MAX_STATEMENT_DESCRIPTOR_LENGTH} characters.
      </p>
    </>
  );
}
