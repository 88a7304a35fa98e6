import { useState } from 'react';
import { useCanAct, VIEWER_ONLY_REASON } from '../auth/viewer-context';
import { graphql } from '../gql';
import type { OnboardingStatus, WritersPage_WritersQuery } from '../gql/graphql';
import { navigate, updateQuery } from '../router';
import { toCsv } from '../ui/csv';
import { ExportButton } from '../ui/ExportButton';
import { liveFeed } from '../ui/live-feed';
import { ListSection } from '../ui/ListSection';
import { FIRST_PAGE } from '../ui/Pager';
import { PageHeader } from '../ui/PageHeader';
import { StatusFilter } from '../ui/StatusFilter';
import { useUrlChoice, useUrlSearch } from '../ui/url-search';
import { useListSection } from '../ui/useListSection';
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

// Status changes carry part of a writer; one the list does not show yet makes the first page read again.
const WRITER_CHANGES = liveFeed(WritersPage_StatusChanged, (event) => event.onboardingStatusChanged);

type Writer = WritersPage_WritersQuery['writers']['nodes'][number];

function writersCsv(writers: Writer[]): string {
  return toCsv(
    ['Name', 'Email', 'Country', 'Onboarding status', 'Requirements due', 'Stripe account', 'Signed up', 'Created'],
    writers.map((writer) => [
      writer.displayName,
      writer.email,
      countryName(writer.country),
      writer.onboardingStatus,
      writer.requirementsDue.join(' '),
      writer.stripeAccountId ?? '',
      writer.signedUp ? 'yes' : 'no',
      writer.createdAt,
    ]),
  );
}

const writerWords = (filtered: boolean) => ({
  noun: 'writer',
  loading: 'Loading writers…',
  failed: 'Could not load writers',
  emptyTitle: filtered ? 'No writers match these filters' : 'No writers yet',
  emptyHint: filtered ? 'Try another search or status.' : 'Writers appear here when they sign up in the Q&A app, or when you add one.',
});

/** The search box (name, email or Stripe account, kept in the URL as it is typed) and the status filter. */
function WritersFilters({ search, status }: { search: ReturnType<typeof useUrlSearch>; status: OnboardingStatus | '' }) {
  return (
    <div className="toolbar" role="search">
      <label htmlFor="writers-search" className="visually-hidden">
        Search writers
      </label>
      <input
        id="writers-search"
        type="search"
        placeholder="Search name, email or acct_…"
        value={search.text}
        onChange={(event) => search.setText(event.target.value)}
      />
      <StatusFilter id="writers-status" statuses={ONBOARDING_STATUSES} value={status} onChange={(next) => updateQuery({ status: next, ...FIRST_PAGE })} />
    </div>
  );
}

export function WritersPage() {
  const canAct = useCanAct();
  const search = useUrlSearch();
  const status = useUrlChoice<OnboardingStatus>('status', ONBOARDING_STATUSES);
  const [adding, setAdding] = useState(false);
  const list = useListSection({
    query: WritersPage_Writers,
    filters: { status: status || null, search: search.search || null },
    connection: (data) => data.writers,
    live: { changes: WRITER_CHANGES },
  });
  return (
    <>
      <PageHeader
        title="Writers"
        actions={
          <>
            <ExportButton fileName="writers" exportCsv={async () => writersCsv(await list.fetchAll())} />
            <button
              type="button"
              className="button button-primary"
              onClick={() => setAdding(true)}
              disabled={!canAct}
              title={canAct ? undefined : VIEWER_ONLY_REASON}
            >
              Add writer
            </button>
          </>
        }
      >
        <p className="muted">Everyone the platform pays, with their Stripe Express onboarding status. New writers and status changes appear live.</p>
      </PageHeader>
      {adding && <AddWriterDialog onClose={() => setAdding(false)} onAdded={(writer) => navigate(`/writers/${writer.id}`)} />}
      <WritersFilters search={search} status={status} />
      <ListSection list={list} words={writerWords(Boolean(search.search || status))} dimsWhileFetching>
        {(writers) => <WritersTable writers={writers} />}
      </ListSection>
    </>
  );
}
