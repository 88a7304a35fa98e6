import type { PayoutsCard_WriterFragment } from '../gql/graphql';
import { graphql } from '../gql';
import { StatusBadge } from '../ui/StatusBadge';
import { Timestamp } from '../ui/Timestamp';
import { payoutScheduleInWords } from './payout-schedule-words';

export const PayoutsCard_Writer = graphql(`
  fragment PayoutsCard_Writer on Writer {
    id
    balance {
      available {
        amount
        currency
        formatted
      }
      pending {
        amount
        currency
        formatted
      }
    }
    payoutSchedule {
      interval
      delayDays
      weeklyAnchor
      monthlyAnchor
    }
    payouts(first: 5) {
      totalCount
      nodes {
        id
        stripePayoutId
        status
        arrivalDate
        failureCode
        failureMessage
        whatToDo
        bankLast4
        createdAt
        updatedAt
        amount {
          formatted
        }
      }
    }
  }
`);

interface PayoutsCardProps {
  writer: PayoutsCard_WriterFragment;
  /** Why the schedule cannot be changed now, or null when it can. */
  scheduleLocked: string | null;
  onChangeSchedule: () => void;
}

const amounts = (entries: Array<{ formatted: string }> | undefined) =>
  entries && entries.length > 0 ? entries.map((entry) => entry.formatted).join(' · ') : '—';

/** After the transfer: the writer's Stripe balance, when Stripe pays it to their bank, and how that went. */
export function PayoutsCard({ writer, scheduleLocked, onChangeSchedule }: PayoutsCardProps) {
  const failed = writer.payouts.nodes.filter((payout) => payout.status === 'FAILED');
  const [firstFailed] = failed;
  return (
    <section className="card" aria-labelledby="payouts-title">
      <div className="card-header">
        <h2 id="payouts-title">Balance and payouts</h2>
        <button
          type="button"
          className="button button-small"
          onClick={onChangeSchedule}
          disabled={Boolean(scheduleLocked)}
          aria-describedby={scheduleLocked ? 'schedule-locked' : undefined}
        >
          Change schedule…
        </button>
      </div>
      {scheduleLocked && (
        <p id="schedule-locked" className="hint">
          {scheduleLocked}
        </p>
      )}
      {firstFailed && (
        <div className="notice notice-warning" role="status">
          <p>
            The bank refused {failed.length === 1 ? 'a payout' : `${failed.length} payouts`}: {firstFailed.failureMessage ?? 'no reason given'}
          </p>
          <p>{firstFailed.whatToDo}</p>
          <p className="error-detail">Stripe code {firstFailed.failureCode ?? 'unknown'}</p>
        </div>
      )}
      <dl className="details">
        <dt>Available</dt>
        <dd data-money="writer-available">{writer.balance ? amounts(writer.balance.available) : 'Not readable'}</dd>
        <dt>Pending</dt>
        <dd data-money="writer-pending">{writer.balance ? amounts(writer.balance.pending) : 'Not readable'}</dd>
        <dt>Schedule</dt>
        <dd data-schedule>{payoutScheduleInWords(writer.payoutSchedule)}</dd>
      </dl>
      {writer.payouts.nodes.length === 0 ? (
        <p className="muted">No payouts to the bank yet.</p>
      ) : (
        <ul className="requirements" aria-label="Latest payouts">
          {writer.payouts.nodes.map((payout) => (
            <li key={payout.id} data-payout={payout.stripePayoutId}>
              <StatusBadge status={payout.status} /> {payout.amount.formatted} to the bank account ending {payout.bankLast4 ?? '····'},{' '}
              {payout.status === 'FAILED' ? 'refused' : 'arriving'} <Timestamp iso={payout.arrivalDate} dateOnly />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
