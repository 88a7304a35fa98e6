import { type FormEvent, useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { RefundReason } from '../gql/graphql';
import { AmountField } from '../money/AmountField';
import { formatMinorUnits, majorUnitsText, parseMajorUnits } from '../money/money';
import { Dialog } from '../ui/Dialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { humanize } from '../ui/format';
import { useIdempotencyKey } from '../ui/idempotency-key';
import { describeError, fieldMessage, isDefinitiveRefusal } from '../ui/server-error';
import { FormActions, ReviewActions } from '../ui/FormActions';
import { SlowStripeNotice } from '../ui/SlowStripeNotice';
import { useSlowRequest } from '../ui/useSlowRequest';

const RefundPaymentDialog_Refund = graphql(`
  mutation RefundPaymentDialog_Refund($input: RefundPaymentInput!) {
    refundPayment(input: $input) {
      ...PaymentPage_Payment
    }
  }
`);

const REASONS: RefundReason[] = ['REQUESTED_BY_CUSTOMER', 'DUPLICATE', 'FRAUDULENT'];

interface RefundPaymentDialogProps {
  paymentId: string;
  writerName: string;
  /** What can still be refunded, live: the dialog closes once nothing can. */
  refundable: { amount: number; currency: string; formatted: string };
  onClose: (notice?: string) => void;
  onRefunded: (message: string) => void;
}

interface Review {
  amountMinor: number;
}

/** Who gives what back besides the reader's money. */
interface RefundChoices {
  reason: RefundReason;
  reverseTransfer: boolean;
  refundApplicationFee: boolean;
}

const DEFAULT_CHOICES: RefundChoices = { reason: 'REQUESTED_BY_CUSTOMER', reverseTransfer: true, refundApplicationFee: false };

function RefundChoiceFields({ choices, onChange, writerName }: { choices: RefundChoices; onChange: (choices: RefundChoices) => void; writerName: string }) {
  return (
    <>
      <label htmlFor="refund-reason">Reason</label>
      <select id="refund-reason" value={choices.reason} onChange={(event) => onChange({ ...choices, reason: event.target.value as RefundReason })}>
        {REASONS.map((choice) => (
          <option key={choice} value={choice}>
            {humanize(choice)}
          </option>
        ))}
      </select>
      <label className="checkbox">
        <input type="checkbox" checked={choices.reverseTransfer} onChange={(event) => onChange({ ...choices, reverseTransfer: event.target.checked })} /> Take
        the amount back from {writerName} (transfer reversal)
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={choices.refundApplicationFee}
          onChange={(event) => onChange({ ...choices, refundApplicationFee: event.target.checked })}
        />{' '}
        Give back the platform fee in proportion
      </label>
    </>
  );
}

interface RefundReviewProps {
  amount: string;
  choices: RefundChoices;
  writerName: string;
  fetching: boolean;
  slow: boolean;
  onBack: () => void;
  onClose: () => void;
  onConfirm: () => void;
}

/** The confirmation step: how much goes back to the reader, and who pays for it. */
function RefundReview({ amount, choices, writerName, fetching, slow, onBack, onClose, onConfirm }: RefundReviewProps) {
  return (
    <div>
      <div className="review">
        <p className="stat-label">You are refunding</p>
        <p className="stat-value">{amount}</p>
        <p>to the reader · {humanize(choices.reason)}</p>
        <p className="muted">
          {choices.reverseTransfer ? `${writerName} gives the amount back.` : `The platform pays the refund; ${writerName} keeps their share.`}{' '}
          {choices.refundApplicationFee ? 'The platform fee is refunded in proportion.' : 'The platform keeps its fee.'}
        </p>
      </div>
      <ReviewActions
        confirmLabel={`Refund ${amount}`}
        busyLabel="Refunding…"
        busy={fetching}
        slow={slow}
        onBack={onBack}
        onClose={onClose}
        onConfirm={onConfirm}
      />
    </div>
  );
}

/** Returns part or all of a payment to the reader, choosing whether the writer and the platform give their parts back; reviewed before it is sent. */
export function RefundPaymentDialog({ paymentId, writerName, refundable, onClose, onRefunded }: RefundPaymentDialogProps) {
  const [idempotencyKey, renewIdempotencyKey] = useIdempotencyKey();
  const [amountText, setAmountText] = useState(() => majorUnitsText(refundable.amount, refundable.currency));
  const [choices, setChoices] = useState(DEFAULT_CHOICES);
  const [amountError, setAmountError] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<Review | null>(null);
  const [{ fetching, error, data }, refund] = useMutation(RefundPaymentDialog_Refund);
  const slow = useSlowRequest(fetching);
  const problem = error ? describeError(error) : null;
  const overtaken = refundable.amount === 0 && !fetching && !data;
  useEffect(() => {
    if (overtaken) onClose('Nothing of this payment is left to refund: it was refunded while the form was open.');
  }, [overtaken, onClose]);

  function review(event: FormEvent) {
    event.preventDefault();
    const amount = parseMajorUnits(amountText, refundable.currency);
    const tooMuch = amount.ok && amount.amountMinor > refundable.amount;
    setAmountError(!amount.ok ? amount.message : tooMuch ? `At most ${refundable.formatted} can still be refunded.` : null);
    if (!amount.ok || tooMuch) return document.getElementById('refund-amount')?.focus();
    setReviewing({ amountMinor: amount.amountMinor });
  }

  async function confirm({ amountMinor }: Review) {
    const result = await refund({ input: { paymentId, amount: amountMinor, ...choices, idempotencyKey } });
    if (!result.error || isDefinitiveRefusal(result.error)) renewIdempotencyKey();
    if (result.error) return setReviewing(null);
    onRefunded(`Refunded ${formatMinorUnits(amountMinor, refundable.currency)} to the reader.`);
  }

  return (
    <Dialog title="Refund payment" onClose={() => onClose()}>
      <ErrorNotice title="The payment was not refunded" problem={problem} />
      {slow && <SlowStripeNotice what="This refund" />}
      {reviewing === null ? (
        <form onSubmit={review} noValidate>
          <p className="muted">Returns money to the reader's card. Up to {refundable.formatted} can be refunded.</p>
          <AmountField
            id="refund-amount"
            label="Amount to refund"
            amountText={amountText}
            onAmountText={setAmountText}
            currency={refundable.currency}
            currencies={[refundable.currency]}
            error={amountError ?? fieldMessage(problem, 'amount')}
          />
          <RefundChoiceFields choices={choices} onChange={setChoices} writerName={writerName} />
          <FormActions onCancel={() => onClose()} submitLabel="Review" />
        </form>
      ) : (
        <RefundReview
          amount={formatMinorUnits(reviewing.amountMinor, refundable.currency)}
          choices={choices}
          writerName={writerName}
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
