import { useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import type { OnboardingStatus, WritersPage_StatusChangedSubscription } from '../gql/graphql';
import { navigate, useLocation } from '../router';
import { StatusFilter } from '../ui/StatusFilter';
import { ErrorNotice } from '../ui/ErrorNotice';
import { type Pushed, collectNewest, withNewest } from '../ui/live';
import { PAGE_SIZE, Pager, useCursorPages } from '../ui/Pager';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, LoadingState } from '../ui/states';
import { useDebounced } from '../ui/useDebounced';
import { AddWriterDialog } from './AddWriterDialog';
import { WritersTable } from './WritersTable';

const WritersPage_Writers = graphql(`
  query WritersPage_Writers($first: Int!, $after: String, $status: OnboardingStatus, $search: String) {
    writers(first: $first, after: $after, status: $status, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        displayName
        email
        country
        onboardingStatus
        requirementsDue
        stripeAccountId
        createdAt
        updatedAt
      }
    }
  }
`);

const WritersPage_StatusChanged = graphql(`
  subscription WritersPage_StatusChanged {
    onboardingStatusChanged {
      id
      onboardingStatus
      requirementsDue
      stripeAccountId
      updatedAt
    }
  }
`);

type WriterChange = WritersPage_StatusChangedSubscription['onboardingStatusChanged'];

export const ONBOARDING_STATUSES: OnboardingStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'PENDING_VERIFICATION', 'RESTRICTED', 'ACTIVE', 'REJECTED'];

const isOnboardingStatus = (value: string | null): value is OnboardingStatus => ONBOARDING_STATUSES.includes(value as OnboardingStatus);

export function WritersPage() {
  const { query } = useLocation();
  const statusInUrl = query.get('status');
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<OnboardingStatus | ''>(isOnboardingStatus(statusInUrl) ? statusInUrl : '');
  const debouncedSearch = useDebounced(search.trim(), 250);
  const pages = useCursorPages(`${status}|${debouncedSearch}`);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WritersPage_Writers,
    variables: { first: PAGE_SIZE, after: pages.after, status: status || null, search: debouncedSearch || null },
  });
  useRefetchOnReconnect(reexecute);
  const [{ data: pushed }] = useSubscription({ query: WritersPage_StatusChanged }, (collected: Pushed<WriterChange>, event) =>
    collectNewest(collected, event.onboardingStatusChanged),
  );
  const connection = data?.writers;
  const writers = connection?.nodes.map((writer) => withNewest(writer, pushed)) ?? [];
  const filtered = Boolean(debouncedSearch || status);

  return (
    <>
      <PageHeader
        title="Writers"
        actions={
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Add writer
          </button>
        }
      >
        <p className="muted">Everyone the platform pays, with their Stripe Express onboarding status. Badges update live.</p>
      </PageHeader>
      {adding && <AddWriterDialog onClose={() => setAdding(false)} onAdded={(writer) => navigate(`/writers/${writer.id}`)} />}
      <div className="toolbar" role="search">
        <label htmlFor="writers-search" className="visually-hidden">
          Search writers
        </label>
        <input id="writers-search" type="search" placeholder="Search name, email or acct_…" value={search} onChange={(event) => setSearch(event.target.value)} />
        <StatusFilter id="writers-status" statuses={ONBOARDING_STATUSES} value={status} onChange={setStatus} />
      </div>
      <ErrorNotice title="Could not load writers" error={error} />
      {!connection && fetching && <LoadingState label="Loading writers…" />}
      {connection && writers.length === 0 && (
        <EmptyState title={filtered ? 'No writers match these filters' : 'No writers yet'}>
          <p className="muted">{filtered ? 'Try another search or status.' : 'Writers appear here when they sign up in the Q&A app, or when you add one.'}</p>
        </EmptyState>
      )}
      {writers.length > 0 && (
        <div className={`table-wrap${fetching ? ' is-refreshing' : ''}`} aria-busy={fetching}>
          <WritersTable writers={writers} />
          <Pager
            noun="writer"
            pageIndex={pages.pageIndex}
            shown={writers.length}
            totalCount={connection?.totalCount ?? 0}
            endCursor={connection?.pageInfo.endCursor}
            hasNextPage={connection?.pageInfo.hasNextPage ?? false}
            onNext={pages.next}
            onPrevious={pages.previous}
          />
        </div>
      )}
    </>
  );
}
