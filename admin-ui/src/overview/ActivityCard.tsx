import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import { ErrorNotice } from '../ui/ErrorNotice';
import { EmptyState, LoadingState } from '../ui/states';
import { useRefetchOnEvent } from '../ui/useRefetchOnEvent';
import { type ActivityDay, ActivityChart } from './ActivityChart';

const CHART_DAYS = 14;
// Days are counted where the admin is, so "today" is their today.
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const ActivityCard_MoneyActivity = graphql(`
  query ActivityCard_MoneyActivity($currency: String!, $days: Int!, $timeZone: String!) {
    moneyActivity(currency: $currency, days: $days, timeZone: $timeZone) {
      date
      toppedUp {
        amount
      }
      transferred {
        amount
      }
    }
  }
`);

function ActivityOrEmpty({ rows, currency }: { rows: ActivityDay[]; currency: string }) {
  if (rows.every((row) => row.topUps === 0 && row.transfers === 0)) {
    return (
      <EmptyState title={`No money moved in the last ${CHART_DAYS} days`}>
        <p className="muted">Top-ups and transfers in {currency.toUpperCase()} appear here by day.</p>
      </EmptyState>
    );
  }
  return <ActivityChart rows={rows} currency={currency} />;
}

/** Top-ups and transfers per day over the last two weeks, in the main currency; re-read on every money event. */
export function ActivityCard({ currency, refreshOn: [topUpEvent, transferEvent] }: { currency: string; refreshOn: [unknown, unknown] }) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ActivityCard_MoneyActivity,
    variables: { currency, days: CHART_DAYS, timeZone: TIME_ZONE },
    requestPolicy: 'cache-and-network',
  });
  useRefetchOnReconnect(reexecute);
  useRefetchOnEvent(topUpEvent, reexecute);
  useRefetchOnEvent(transferEvent, reexecute);
  const rows = data?.moneyActivity.map((day) => ({ date: day.date, topUps: day.toppedUp.amount, transfers: day.transferred.amount }));
  return (
    <section className="card" aria-labelledby="activity-title">
      <div className="card-header">
        <h2 id="activity-title">Money in and out</h2>
        <span className="muted">
          Last {CHART_DAYS} days, {currency.toUpperCase()}
        </span>
      </div>
      {rows ? (
        <ActivityOrEmpty rows={rows} currency={currency} />
      ) : fetching ? (
        <LoadingState label="Loading activity…" />
      ) : (
        <ErrorNotice title="Could not load activity" error={error} />
      )}
    </section>
  );
}
