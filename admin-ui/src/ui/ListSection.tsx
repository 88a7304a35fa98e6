import type { ReactNode } from 'react';
import { ErrorNotice } from './ErrorNotice';
import { Pager } from './Pager';
import { EmptyState, LoadingState } from './states';
import type { ListSectionState } from './useListSection';

/** What a list says about itself, in its own words. */
export interface ListWords {
  /** Singular, for the pager ("writer"); the plural adds an s. */
  noun: string;
  loading: string;
  /** The title of the notice when the list cannot be read. */
  failed: string;
  emptyTitle: string;
  emptyHint: string;
}

interface ListSectionProps<TRow> {
  list: ListSectionState<TRow>;
  words: ListWords;
  /** The rows dim while the list is read again, for a search that narrows it as it is typed. */
  dimsWhileFetching?: boolean;
  children: (rows: TRow[]) => ReactNode;
}

/** A list page's body: the error, loading or empty state, else its rows and the pager. */
export function ListSection<TRow>({ list, words, dimsWhileFetching = false, children }: ListSectionProps<TRow>) {
  const { rows, connection, fetching, error, pages } = list;
  const refreshing = dimsWhileFetching && fetching;
  return (
    <>
      <ErrorNotice title={words.failed} error={error} />
      {!connection && fetching && <LoadingState label={words.loading} />}
      {connection && rows.length === 0 && (
        <EmptyState title={words.emptyTitle}>
          <p className="muted">{words.emptyHint}</p>
        </EmptyState>
      )}
      {rows.length > 0 && (
        <div className={`table-wrap${refreshing ? ' is-refreshing' : ''}`} aria-busy={dimsWhileFetching ? fetching : undefined}>
          {children(rows)}
          <Pager
            noun={words.noun}
            pageIndex={pages.pageIndex}
            shown={rows.length}
            // Rows pushed live since the page was read count too.
            totalCount={Math.max(connection?.totalCount ?? 0, rows.length)}
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
