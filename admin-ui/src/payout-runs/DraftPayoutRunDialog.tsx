import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { AmountField } from '../money/AmountField';
import { COMMON_CURRENCIES, DEFAULT_CURRENCY, parseMajorUnits } from '../money/money';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FormActions } from '../ui/FormActions';
import { describeError, isFieldRejected } from '../ui/server-error';

const DraftPayoutRunDialog_Create = graphql(`
  mutation DraftPayoutRunDialog_Create($input: CreatePayoutRunInput!) {
    createPayoutRun(input: $input) {
      ...PayoutRunsTable_PayoutRun
    }
  }
`);

// Writers owed less than this wait for a later run (a payout policy, not a Stripe limit).
const DEFAULT_MINIMUM_TEXT = '10.00';

interface DraftPayoutRunDialogProps {
  onClose: () => void;
  onDrafted: (runId: string) => void;
}

/** Drafts a run of every writer owed at least the minimum; nothing is sent until another member approves and someone executes it. */
export function DraftPayoutRunDialog({ onClose, onDrafted }: DraftPayoutRunDialogProps) {
  const [currency, setCurrency] = useState(DEFAULT_CURRENCY);
  const [minimumText, setMinimumText] = useState(DEFAULT_MINIMUM_TEXT);
  const [description, setDescription] = useState('');
  const [minimumError, setMinimumError] = useState<string | null>(null);
  const [{ fetching, error }, createRun] = useMutation(DraftPayoutRunDialog_Create);
  const problem = error ? describeError(error) : null;

  async function draft(event: FormEvent) {
    event.preventDefault();
    const minimum = parseMajorUnits(minimumText, currency);
    setMinimumError(minimum.ok ? null : minimum.message);
    if (!minimum.ok) return document.getElementById('draft-run-minimum')?.focus();
    const result = await createRun({ input: { currency, minimumAmount: minimum.amountMinor, description: description.trim() || null } });
    if (result.data) onDrafted(result.data.createPayoutRun.id);
  }

  return (
    <Dialog title="Draft a payout run" onClose={onClose}>
      <form onSubmit={(event) => void draft(event)} noValidate>
        <ErrorNotice title="The run was not drafted" problem={problem} />
        <p className="muted">
          The draft lists every writer owed at least the minimum. Writers who cannot receive transfers yet are held, with the reason. Nothing is sent until
          another team member approves the run and someone executes it.
        </p>
        <AmountField
          id="draft-run-minimum"
          label="Minimum owed"
          amountText={minimumText}
          onAmountText={setMinimumText}
          currency={currency}
          onCurrency={setCurrency}
          currencies={COMMON_CURRENCIES}
          error={minimumError}
          rejected={isFieldRejected(problem, 'minimumAmount') || isFieldRejected(problem, 'currency')}
          hint="Writers owed less wait for a later run."
        />
        <label htmlFor="draft-run-description">Description</label>
        <input
          id="draft-run-description"
          maxLength={200}
          placeholder="e.g. November answers"
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
        <p className="hint">Sent to Stripe with every transfer of the run.</p>
        <FormActions onCancel={onClose} submitLabel="Draft run" busyLabel="Drafting…" busy={fetching} />
      </form>
    </Dialog>
  );
}
