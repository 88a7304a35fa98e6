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
  useClosedWhenNothingLeft(reversible.amount === 0 && !fetching && !data, onClose);

  function review(event: FormEvent) {
    event.preventDefault();
    const amount = reversalAmount(amountText, reversible);
    setAmountError(amount.ok ? null : amount.message);
    if (!amount.ok) return document.getElementById('reverse-amount')?.focus();
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
        <form onSubmit={review} noValidate>
          <p className="muted">
            Takes money back from {writerName}'s Stripe balance into the platform balance. Up to {reversible.formatted} can be reversed.
          </p>
          <AmountField
            id="reverse-amount"
            label="Amount to reverse"
            amountText={amountText}
            onAmountText={setAmountText}
            currency={reversible.currency}
            currencies={[reversible.currency]}
            error={amountError ?? fieldMessage(problem, 'amount')}
          />
          <label htmlFor="reverse-reason">Reason</label>
          <input
            id="reverse-reason"
            maxLength={200}
            placeholder="e.g. Paid twice by mistake"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <FormActions onCancel={() => onClose()} submitLabel="Review" />
        </form>
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

/**
 * The amount typed, in minor units, or why it cannot be reversed: a reversal elsewhere may have
 * lowered what is left since it was typed.
 */
function reversalAmount(text: string, reversible: ReverseTransferDialogProps['reversible']): ReturnType<typeof parseMajorUnits> {
  const amount = parseMajorUnits(text, reversible.currency);
  if (amount.ok && amount.amountMinor > reversible.amount) return { ok: false, message: `At most ${reversible.formatted} can still be reversed.` };
  return amount;
}

/** A reversal elsewhere took what was left while the form was open: close, and say so. */
function useClosedWhenNothingLeft(nothingLeft: boolean, onClose: (notice?: string) => void) {
  useEffect(() => {
    if (nothingLeft) onClose(`Nothing of this transfer is left to reverse: it was reversed while the form was open.`);
  }, [nothingLeft, onClose]);
}
