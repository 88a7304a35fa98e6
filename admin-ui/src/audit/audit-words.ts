// What the audit log calls each action, and the lines it shows of an entry's details.
import type { AuditAction, AuditLogPage_EntriesQuery } from '../gql/graphql';

type Entry = AuditLogPage_EntriesQuery['auditTrail']['nodes'][number];

export const ACTION_LABELS: Record<AuditAction, string> = {
  TOP_UP_REQUESTED: 'Funds added',
  TOP_UP_CANCEL_REQUESTED: 'Top-up canceled',
  TOP_UP_UPDATED: 'Top-up status changed',
  TRANSFER_REQUESTED: 'Funds sent',
  TRANSFER_PAID: 'Transfer paid',
  TRANSFER_FAILED: 'Transfer failed',
  TRANSFER_REVERSAL_REQUESTED: 'Reversal requested',
  TRANSFER_REVERSAL_SUCCEEDED: 'Reversal succeeded',
  TRANSFER_REVERSAL_FAILED: 'Reversal failed',
  CHECKOUT_SESSION_CREATED: 'Reader sent to Checkout',
  PAYMENT_SUCCEEDED: 'Reader paid',
  PAYMENT_FAILED: 'Reader’s payment failed',
  PAYMENT_REFUND_REQUESTED: 'Refund requested',
  PAYMENT_REFUND_SUCCEEDED: 'Refund succeeded',
  PAYMENT_REFUND_FAILED: 'Refund failed',
  PAYMENT_DISPUTED: 'Payment disputed',
  WRITER_INVITED: 'Writer invited',
  WRITER_INVITE_ACCEPTED: 'Invitation accepted',
  WRITER_ACCOUNT_CONNECTED: 'Stripe account connected',
  WRITER_ACCOUNT_CONNECTION_REFUSED: 'Stripe account not connected',
  WRITER_ACCOUNT_DISCONNECTED: 'Stripe account disconnected',
  PAYOUT_SCHEDULE_CHANGED: 'Payout schedule changed',
  PAYOUT_FAILED: 'Payout to the bank failed',
  TEAM_MEMBER_INVITED: 'Team member invited',
  TEAM_INVITE_REVOKED: 'Team invitation revoked',
  TEAM_INVITE_ACCEPTED: 'Joined the team',
  TEAM_MEMBER_ROLE_CHANGED: 'Role changed',
  TEAM_MEMBER_REMOVED: 'Removed from the team',
  API_KEY_CREATED: 'API key created',
  API_KEY_REVOKED: 'API key revoked',
  EARNINGS_RECORDED: 'Earning recorded',
  EARNINGS_IMPORTED: 'Earnings imported',
  PAYOUT_RUN_CREATED: 'Payout run drafted',
  PAYOUT_RUN_APPROVED: 'Payout run approved',
  PAYOUT_RUN_EXECUTION_REQUESTED: 'Payout run started',
  PAYOUT_RUN_CANCELED: 'Payout run canceled',
  PAYOUT_RUN_RETRY_REQUESTED: 'Payout run retried',
  PAYOUT_RUN_COMPLETED: 'Payout run completed',
};

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** Details worth a line in the log, in words; ids stay copyable as code. */
export function describeDetails(entry: Entry): string[] {
  const details = entry.details as Record<string, unknown>;
  const field = (key: string) => text(details[key]);
  return [
    field('from') && field('to') ? `${field('from')} → ${field('to')}` : null,
    field('after') ? `Payout schedule: ${field('before') ?? 'none'} → ${field('after')}` : null,
    field('failureMessage') ? `The bank said: ${field('failureMessage')}` : null,
    field('failureCode') ? `Stripe code ${field('failureCode')}` : null,
    field('description'),
    field('reason') ? `Reason: ${field('reason')}` : null,
    field('stripeCode') ? `Stripe code ${field('stripeCode')}` : null,
    field('accountId') ? `Stripe account ${field('accountId')}${field('previousAccountId') ? ` (was ${field('previousAccountId')})` : ''}` : null,
  ].filter((line): line is string => line !== null);
}
