import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import { ErrorNotice } from '../ui/ErrorNotice';
import { EmptyState, LoadingState } from '../ui/states';
import { useRefetchOnEvent } from '../ui/useRefetchOnEvent';
import { type ActivityItem, ActivityChart } from './ActivityChart';

// The most one page returns; the chart says so when there were more.
const ACTIVITY_PAGE_SIZE = 100;
const CHART_DAYS = 14;

const ActivityCard_Activity = graphql(`
  query ActivityCard_Activity($first: Int!) {
    topUps(first: $first) {
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        status
        createdAt
        amount {
          amount
          currency
        }
      }
    }
    transfers(first: $first) {
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        status
        createdAt
        amount {
          amount
          currency
        }
      }
    }
  }
`);

const NOT_MOVED = new Set(['FAILED', 'CANCELED']);

interface Movement {
  status: string;
  createdAt: string;
  amount: { amount: number; currency: string };
}

const inCurrency = (items: Movement[], currency: string): ActivityItem[] =>
  items.filter((item) => item.amount.currency === currency && !NOT_MOVED.has(item.status)).map((item) => ({ createdAt: item.createdAt, amountMinor: item.amount.amount }));

function ActivityOrEmpty({ topUps, transfers, currency }: { topUps: ActivityItem[]; transfers: ActivityItem[]; currency: string }) {
  const since = Date.now() - CHART_DAYS * 24 * 60 * 60 * 1000;
  const recent = [...topUps, ...transfers].some((item) => Date.parse(item.createdAt) >= since);
  if (!recent) {
    return (
      <EmptyState title={`No money moved in the last ${CHART_DAYS} days`}>
        <p className="muted">Top-ups and transfers in {currency.toUpperCase()} appear here by day.</p>
      </EmptyState>
    );
  }
  return <ActivityChart topUps={topUps} transfers={transfers} currency={currency} days={CHART_DAYS} />;
}

/** Top-ups and transfers per day over the last two weeks, in the main currency; re-read on every money event. */
export function ActivityCard({ currency, refreshOn: [topUpEvent, transferEvent] }: { currency: string; refreshOn: [unknown, unknown] }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ActivityCard_Activity, variables: { first: ACTIVITY_PAGE_SIZE }, requestPolicy: 'cache-and-network' });
  useRefetchOnReconnect(reexecute);
  useRefetchOnEvent(topUpEvent, reexecute);
  useRefetchOnEvent(transferEvent, reexecute);
  const truncated = data && (data.topUps.pageInfo.hasNextPage || data.transfers.pageInfo.hasNextPage);
  return (
    <section className="card" aria-labelledby="activity-title">
      <div className="card-header">
        <h2 id="activity-title">Money in and out</h2>
        <span className="muted">
          Last {CHART_DAYS} days, {currency.toUpperCase()}
          {truncated && `, latest ${ACTIVITY_PAGE_SIZE} of each`}
        </span>
      </div>
      {data ? (
        <ActivityOrEmpty topUps={inCurrency(data.topUps.nodes, currency)} transfers={inCurrency(data.transfers.nodes, currency)} currency={currency} />
      ) : fetching ? (
        <LoadingState label="Loading activity…" />
      ) : (
        <ErrorNotice title="Could not load activity" error={error} />
      )}
    </section>
  );
}
