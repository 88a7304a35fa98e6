import { type FormEvent, useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { AmountField } from '../money/AmountField';
import { formatMinorUnits, majorUnitsText, parseMajorUnits } from '../money/money';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useIdempotencyKey } from '../ui/idempotency-key';
import { describeError, fieldMessage, isDefinitiveRefusal } from '../ui/server-error';
import { FormActions, ReviewActions } from '../ui/FormActions';
import { SlowStripeNotice } from '../ui/SlowStripeNotice';
import { useSlowRequest } from '../ui/useSlowRequest';

const ReverseTransferDialog_Reverse = graphql(`
  mutation ReverseTransferDialog_Reverse($input: ReverseTransferInput!) {
    reverseTransfer(input: $input) {
      ...TransferPage_Transfer
    }
  }
`);

interface ReverseTransferDialogProps {
  transferId: string;
  writerName: string;
  /** What can still be reversed, live: the dialog closes once nothing can. */
  reversible: { amount: number; currency: string; formatted: string };
  onClose: (notice?: string) => void;
  onReversed: (message: string) => void;
}

interface ReversalReviewProps {
  amount: string;
  writerName: string;
  reason: string;
  fetching: boolean;
  slow: boolean;
  onBack: () => void;
  onClose: () => void;
  onConfirm: () => void;
}

/** The confirmation step: how much comes back, from whom, and why. */
function ReversalReview({ amount, writerName, reason, fetching, slow, onBack, onClose, onConfirm }: ReversalReviewProps) {
  return (
    <div>
      <div className="review">
        <p className="stat-label">You are reversing</p>
        <p className="stat-value">{amount}</p>
        <p>
          from {writerName}
          {reason && <> · {reason}</>}
        </p>
      </div>
      <ReviewActions
        confirmLabel={`Reverse ${amount}`}
        busyLabel="Reversing…"
        busy={fetching}
        slow={slow}
        onBack={onBack}
        onClose={onClose}
        onConfirm={onConfirm}
      />
    </div>
  );
}

/** Takes back part or all of a transfer, with a reason and a confirmation step. */
export function ReverseTransferDialog({ transferId, writerName, reversible, onClose, onReversed }: ReverseTransferDialogProps) {
  const [idempotencyKey, renewIdempotencyKey] = useIdempotencyKey();
  const [amountText, setAmountText] = useState(() => majorUnitsText(reversible.amount, reversible.currency));
  const [reason, setReason] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<number | null>(null);
  const [{ fetching, error, data }, reverse] = useMutation(ReverseTransferDialog_Reverse);
  const slow = useSlowRequest(fetching);
  const problem = error ? describeError(error) : null;
  const overtaken = reversible.amount === 0 && !fetching && !data;
  useEffect(() => {
    if (overtaken) onClose(`Nothing of this transfer is left to reverse: it was reversed while the form was open.`);
  }, [overtaken, onClose]);
  // A reversal elsewhere lowered what is left: the amount typed may no longer fit.
  const maximum = reversible.amount;

  function review(event: FormEvent) {
    event.preventDefault();
    const amount = parseMajorUnits(amountText, reversible.currency);
    const tooMuch = amount.ok && amount.amountMinor > maximum;
    setAmountError(!amount.ok ? amount.message : tooMuch ? `At most ${reversible.formatted} can still be reversed.` : null);
    if (!amount.ok || tooMuch) return document.getElementById('reverse-amount')?.focus();
    setReviewing(amount.amountMinor);
  }

  async function confirm(amountMinor: number) {
    const result = await reverse({ input: { transferId, amount: amountMinor, reason: reason.trim() || null, idempotencyKey } });
    if (!result.error || isDefinitiveRefusal(result.error)) renewIdempotencyKey();
    if (result.error) return setReviewing(null);
    onReversed(`Reversed ${formatMinorUnits(amountMinor, reversible.currency)} from ${writerName}.`);
  }

  return (
    <Dialog title="Reverse transfer" onClose={() => onClose()}>
      <ErrorNotice title="The transfer was not reversed" problem={problem} />
      {slow && <SlowStripeNotice what="This reversal" />}
      {reviewing === null ? (
        <ReversalForm
          writerName={writerName}
          reversible={reversible}
          amountText={amountText}
          onAmountText={setAmountText}
          reason={reason}
          onReason={setReason}
          amountError={amountError ?? fieldMessage(problem, 'amount')}
          onReview={review}
          onCancel={() => onClose()}
        />
      ) : (
        <ReversalReview
          amount={formatMinorUnits(reviewing, reversible.currency)}
          writerName={writerName}
          reason={reason.trim()}
          fetching={fetching}
          slow={slow}
          onBack={() => setReviewing(null)}
          onClose={() => onClose()}
          onConfirm={() => void confirm(reviewing)}
        />
      )}
    </Dialog>
  );
}

interface ReversalFormProps {
  writerName: string;
  reversible: ReverseTransferDialogProps['reversible'];
  amountText: string;
  onAmountText: (text: string) => void;
  reason: string;
  onReason: (reason: string) => void;
  amountError: string | null;
  onReview: (event: FormEvent) => void;
  onCancel: () => void;
}

/** The amount and the reason, before the confirmation step. */
function ReversalForm({ writerName, reversible, amountText, onAmountText, reason, onReason, amountError, onReview, onCancel }: ReversalFormProps) {
  return (
    <form onSubmit={onReview} noValidate>
      <p className="muted">
        Takes money back from {writerName}'s Stripe balance into the platform balance. Up to {reversible.formatted} can be reversed.
      </p>
      <AmountField
        id="reverse-amount"
        label="Amount to reverse"
        amountText={amountText}
        onAmountText={onAmountText}
        currency={reversible.currency}
        currencies={[reversible.currency]}
        error={amountError}
      />
      <label htmlFor="reverse-reason">Reason</label>
      <input id="reverse-reason" maxLength={200} placeholder="e.g. Paid twice by mistake" value={reason} onChange={(event) => onReason(event.target.value)} />
      <FormActions onCancel={onCancel} submitLabel="Review" />
    </form>
  );
}
