import { useState } from 'react';
import { useClient, useQuery, useSubscription } from 'urql';
import { useCanAct, VIEWER_ONLY_REASON } from '../auth/viewer-context';
import { graphql } from '../gql';
import { useRefetchOnReconnect } from '../layout/socket-status';
import type { OnboardingStatus, WritersPage_StatusChangedSubscription } from '../gql/graphql';
import { navigate, updateQuery } from '../router';
import { fetchAllPages, toCsv } from '../ui/csv';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ExportButton } from '../ui/ExportButton';
import { type Pushed, collectNewest, withNewest } from '../ui/live';
import { FIRST_PAGE, PAGE_SIZE, Pager, useUrlPages } from '../ui/Pager';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, LoadingState } from '../ui/states';
import { StatusFilter } from '../ui/StatusFilter';
import { useUrlChoice, useUrlSearch } from '../ui/url-search';
import { useRefetchOnEvent } from '../ui/useRefetchOnEvent';
import { AddWriterDialog } from './AddWriterDialog';
import { countryName } from './countries';
import { ONBOARDING_STATUSES } from './onboarding-statuses';
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
        signedUp
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

/** A writer the list does not show yet was created (or now matches): on the first page, read the list again. */
function useNewWriters(listedIds: string[] | undefined, onFirstPage: boolean, pushed: Pushed<WriterChange>, reexecute: Parameters<typeof useRefetchOnEvent>[1]) {
  const unknown = onFirstPage && listedIds ? Object.keys(pushed ?? {}).filter((id) => !listedIds.includes(id)) : [];
  useRefetchOnEvent(unknown.length > 0 ? unknown.join() : null, reexecute);
}

export function WritersPage() {
  const client = useClient();
  const canAct = useCanAct();
  const { text, setText, search } = useUrlSearch();
  const status = useUrlChoice<OnboardingStatus>('status', ONBOARDING_STATUSES);
  const [adding, setAdding] = useState(false);
  const pages = useUrlPages();
  const filters = { status: status || null, search: search || null };
  const [{ data, fetching, error }, reexecute] = useQuery({ query: WritersPage_Writers, variables: { first: PAGE_SIZE, after: pages.after, ...filters } });
  useRefetchOnReconnect(reexecute);
  const [{ data: pushed }] = useSubscription({ query: WritersPage_StatusChanged }, (collected: Pushed<WriterChange>, event) => collectNewest(collected, event.onboardingStatusChanged));
  const connection = data?.writers;
  useNewWriters(connection?.nodes.map((writer) => writer.id), pages.pageIndex === 0, pushed, reexecute);
  const writers = connection?.nodes.map((writer) => withNewest(writer, pushed)) ?? [];
  const filtered = Boolean(search || status);

  async function exportCsv() {
    const rows = await fetchAllPages(client, WritersPage_Writers, filters, (result) => result.writers);
    return toCsv(
      ['Name', 'Email', 'Country', 'Onboarding status', 'Requirements due', 'Stripe account', 'Signed up', 'Created'],
      rows.map((writer) => [writer.displayName, writer.email, countryName(writer.country), writer.onboardingStatus, writer.requirementsDue.join(' '), writer.stripeAccountId ?? '', writer.signedUp ? 'yes' : 'no', writer.createdAt]),
    );
  }

  return (
    <>
      <PageHeader
        title="Writers"
        actions={
          <>
            <ExportButton fileName="writers" exportCsv={exportCsv} />
            <button type="button" className="button button-primary" onClick={() => setAdding(true)} disabled={!canAct} title={canAct ? undefined : VIEWER_ONLY_REASON}>
              Add writer
            </button>
          </>
        }
      >
        <p className="muted">Everyone the platform pays, with their Stripe Express onboarding status. New writers and status changes appear live.</p>
      </PageHeader>
      {adding && <AddWriterDialog onClose={() => setAdding(false)} onAdded={(writer) => navigate(`/writers/${writer.id}`)} />}
      <div className="toolbar" role="search">
        <label htmlFor="writers-search" className="visually-hidden">
          Search writers
        </label>
        <input id="writers-search" type="search" placeholder="Search name, email or acct_…" value={text} onChange={(event) => setText(event.target.value)} />
        <StatusFilter id="writers-status" statuses={ONBOARDING_STATUSES} value={status} onChange={(next) => updateQuery({ status: next, ...FIRST_PAGE })} />
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
