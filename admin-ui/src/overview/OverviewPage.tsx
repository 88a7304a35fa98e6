import { useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import { Link } from '../router';
import { AddFundsDialog } from '../topups/AddFundsDialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';
import { LoadingState } from '../ui/states';
import { useRefetchOnEvent } from '../ui/useRefetchOnEvent';
import { ActivityCard } from './ActivityCard';
import { BalanceCards } from './BalanceCards';
import { WriterStatusCard } from './WriterStatusCard';

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

export function OverviewPage() {
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: OverviewPage_Balance, requestPolicy: 'cache-and-network' });
  useRefetchOnReconnect(reexecute);
  const [{ data: topUpEvent }] = useSubscription({ query: OverviewPage_TopUpUpdated });
  const [{ data: transferEvent }] = useSubscription({ query: OverviewPage_TransferUpdated });
  useRefetchOnEvent(topUpEvent, reexecute);
  useRefetchOnEvent(transferEvent, reexecute);
  const mainCurrency = data?.platformBalance.available[0]?.currency ?? 'usd';
  return (
    <>
      <PageHeader
        title="Overview"
        actions={
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Add funds
          </button>
        }
      >
        <p className="muted">The platform balance on Stripe, money moved lately and where writers stand. Everything updates live.</p>
      </PageHeader>
      {added && (
        <p className="notice notice-success" role="status">
          {added} <Link to="/top-ups">See top-ups</Link>
        </p>
      )}
      {data ? (
        <BalanceCards balance={data.platformBalance} />
      ) : fetching ? (
        <LoadingState label="Reading the platform balance…" />
      ) : (
        <ErrorNotice title="Could not read the platform balance" error={error} />
      )}
      <ActivityCard currency={mainCurrency} refreshOn={[topUpEvent, transferEvent]} />
      <WriterStatusCard />
      {adding && (
        <AddFundsDialog
          defaultCurrency={mainCurrency}
          onClose={() => setAdding(false)}
          onAdded={(topUp) => {
            setAdding(false);
            setAdded(`Added ${topUp.amount.formatted}: pending until Stripe settles the top-up.`);
          }}
        />
      )}
    </>
  );
}
