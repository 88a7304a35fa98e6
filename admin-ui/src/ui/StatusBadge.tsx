import { humanize } from './format';

type Tone = 'success' | 'warning' | 'attention' | 'danger' | 'info' | 'neutral';

// Onboarding, top-up, transfer, reversal and payout-run statuses share one palette; the text always says it.
// Restricted (Stripe needs something: fixable) and Rejected (closed for good) must never look alike.
const TONES: Readonly<Record<string, Tone>> = {
  ACTIVE: 'success',
  PAID: 'success',
  SUCCEEDED: 'success',
  IN_PROGRESS: 'info',
  PENDING: 'info',
  PENDING_VERIFICATION: 'warning',
  PARTIALLY_REVERSED: 'warning',
  RESTRICTED: 'attention',
  REJECTED: 'danger',
  DISCONNECTED: 'danger',
  IN_TRANSIT: 'info',
  FAILED: 'danger',
  NOT_STARTED: 'neutral',
  CANCELED: 'neutral',
  REVERSED: 'neutral',
  DRAFT: 'neutral',
  APPROVED: 'info',
  EXECUTING: 'info',
  COMPLETED: 'success',
  COMPLETED_WITH_FAILURES: 'warning',
  HELD: 'attention',
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`badge badge-${TONES[status] ?? 'neutral'}`} data-status={status}>
      {humanize(status)}
    </span>
  );
}
