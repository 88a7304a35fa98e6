import { useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import { useCanAct, VIEWER_ONLY_REASON } from '../auth/viewer-context';
import type { OverviewPage_TopUpUpdatedSubscription, TopUpsTable_TopUpFragment } from '../gql/graphql';
import { Link } from '../router';
import { DisputesCard } from '../payments/DisputesCard';
import { AddFundsDialog } from '../topups/AddFundsDialog';
import { TopUpNotice } from '../topups/TopUpNotice';
import { type Pushed, collectNewest, withNewest } from '../ui/live';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';
import { LoadingState } from '../ui/states';
import { useRefetchOnEvent } from '../ui/useRefetchOnEvent';
import { ActivityCard } from './ActivityCard';
import { BalanceCards } from './BalanceCards';
import { WriterStatusCard } from './WriterStatusCard';
import { FailedPayoutsCard } from '../payouts/FailedPayoutsCard';

const OverviewPage_Balance = graphql(`
  query OverviewPage_Balance {
    platformBalance {
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
      warning
    }
  }
`);

const OverviewPage_TopUpUpdated = graphql(`
  subscription OverviewPage_TopUpUpdated {
    topUpUpdated {
      id
      status
      failureMessage
      updatedAt
    }
  }
`);

const OverviewPage_TransferUpdated = graphql(`
  subscription OverviewPage_TransferUpdated {
    transferUpdated {
      id
      status
      amountReversed {
        amount
      }
    }
  }
`);

type TopUpChange = OverviewPage_TopUpUpdatedSubscription['topUpUpdated'];

export function OverviewPage() {
  const [adding, setAdding] = useState(false);
  const canAct = useCanAct();
  const [added, setAdded] = useState<TopUpsTable_TopUpFragment | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: OverviewPage_Balance, requestPolicy: 'cache-and-network' });
  useRefetchOnReconnect(reexecute);
  // Every top-up seen so far, newest version of each: a change re-reads the balance, and the banner follows its top-up.
  const [{ data: topUpEvent }] = useSubscription({ query: OverviewPage_TopUpUpdated }, (collected: Pushed<TopUpChange>, event) =>
    collectNewest(collected, event.topUpUpdated),
  );
  const [{ data: transferEvent }] = useSubscription({ query: OverviewPage_TransferUpdated });
  useRefetchOnEvent(topUpEvent, reexecute);
  useRefetchOnEvent(transferEvent, reexecute);
  const mainCurrency = data?.platformBalance.available[0]?.currency ?? 'usd';
  return (
    <>
      <PageHeader
        title="Overview"
        actions={
          <button
            type="button"
            className="button button-primary"
            onClick={() => setAdding(true)}
            disabled={!canAct}
            title={canAct ? undefined : VIEWER_ONLY_REASON}
          >
            Add funds
          </button>
        }
      >
        <p className="muted">The platform balance on Stripe, money moved lately and where writers stand. Everything updates live.</p>
      </PageHeader>
      {added && (
        <TopUpNotice topUp={withNewest(added, topUpEvent)}>
          <Link to="/top-ups">See top-ups</Link>
        </TopUpNotice>
      )}
      <DisputesCard />
      {data ? (
        <BalanceCards balance={data.platformBalance} />
      ) : fetching ? (
        <LoadingState label="Reading the platform balance…" />
      ) : (
        <ErrorNotice title="Could not read the platform balance" error={error} />
      )}
      <ActivityCard currency={mainCurrency} refreshOn={[topUpEvent, transferEvent]} />
      <WriterStatusCard />
      <FailedPayoutsCard />
      {adding && (
        <AddFundsDialog
          defaultCurrency={mainCurrency}
          onClose={() => setAdding(false)}
          onAdded={(topUp) => {
            setAdding(false);
            setAdded(topUp);
          }}
        />
      )}
    </>
  );
}
