import { graphql } from '../gql';
import type { LiveRecord } from '../ui/live';
import { anyOf, liveFeed } from '../ui/live-feed';
import { ListSection } from '../ui/ListSection';
import { PageHeader } from '../ui/PageHeader';
import { useListSection } from '../ui/useListSection';
import { AuditTable } from './AuditTable';

const AuditLogPage_Entries = graphql(`
  query AuditLogPage_Entries($first: Int!, $after: String) {
    auditTrail(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        action
        subjectType
        subjectId
        details
        createdAt
        amount {
          formatted
        }
        actor {
          id
          displayName
        }
      }
    }
  }
`);

const AuditLogPage_TopUpUpdated = graphql(`
  subscription AuditLogPage_TopUpUpdated {
    topUpUpdated {
      id
      status
    }
  }
`);

const AuditLogPage_TransferUpdated = graphql(`
  subscription AuditLogPage_TransferUpdated {
    transferUpdated {
      id
      status
      amountReversed {
        amount
      }
    }
  }
`);

// Every money change writes an entry: the first page follows them as they happen.
const MONEY_CHANGES = anyOf<LiveRecord>(
  liveFeed(AuditLogPage_TopUpUpdated, (event) => event.topUpUpdated),
  liveFeed(AuditLogPage_TransferUpdated, (event) => event.transferUpdated),
);

const AUDIT_WORDS = {
  noun: 'record',
  loading: 'Loading the audit log…',
  failed: 'Could not load the audit log',
  emptyTitle: 'Nothing recorded yet',
  emptyHint: 'Adding funds, sending them and reversing transfers are recorded here.',
};

export function AuditLogPage() {
  const list = useListSection({
    query: AuditLogPage_Entries,
    filters: {},
    connection: (data) => data.auditTrail,
    live: { events: MONEY_CHANGES },
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeader title="Audit log">
        <p className="muted">
          Every money action and writer invitation, newest first: who asked for it, and what Stripe answered. Entries are never changed or deleted.
        </p>
      </PageHeader>
      <ListSection list={list} words={AUDIT_WORDS}>
        {(entries) => <AuditTable entries={entries} />}
      </ListSection>
    </>
  );
}
