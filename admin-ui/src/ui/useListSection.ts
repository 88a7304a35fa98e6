import { type CombinedError, type OperationContext, type RequestPolicy, type TypedDocumentNode, useClient, useQuery } from 'urql';
import { fetchAllPages } from './csv';
import type { Pushed } from './live';
import { PAGE_SIZE, useUrlPages } from './Pager';
import { type ListedRecord, type LiveList, useLiveConnection } from './useLiveConnection';

/** A Relay connection as the console's list queries select it. */
export interface ListConnection<TRow> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: TRow[];
}

type PagedVariables = { first: number; after?: string | null };

export interface ListOptions<TData, TVariables extends PagedVariables, TRow extends ListedRecord> {
  query: TypedDocumentNode<TData, TVariables>;
  /** The query's variables besides the page: the filters the page shows. */
  filters: Omit<TVariables, 'first' | 'after'>;
  connection: (data: TData) => ListConnection<TRow>;
  live: LiveList<TRow>;
  requestPolicy?: RequestPolicy;
  /** A module constant (urql queries again when it changes), e.g. the typenames whose mutations make the list stale. */
  context?: Partial<OperationContext>;
}

export interface ListSectionState<TRow> {
  /** The page's rows with what was pushed live since it was read. */
  rows: TRow[];
  /** The page as the gateway last answered, before anything was pushed. */
  connection: ListConnection<TRow> | undefined;
  /** Whole rows pushed since the page opened, by id. */
  pushed: Pushed<TRow>;
  fetching: boolean;
  error: CombinedError | undefined;
  pages: ReturnType<typeof useUrlPages>;
  /** Every row with the filters shown, page by page, for an export. */
  fetchAll(): Promise<TRow[]>;
}

/** One page of a list (its place in the URL), read from the gateway and followed live. */
export function useListSection<TData, TVariables extends PagedVariables, TRow extends ListedRecord>(
  options: ListOptions<TData, TVariables, TRow>,
): ListSectionState<TRow> {
  const { query, filters, connection: connectionOf, live, requestPolicy, context } = options;
  const client = useClient();
  const pages = useUrlPages();
  // The filters are the variables besides `first` and `after`, so this is the whole set.
  const variables = { ...filters, first: PAGE_SIZE, after: pages.after } as TVariables;
  const [{ data, fetching, error }, reexecute] = useQuery<TData, TVariables>({ query, variables, requestPolicy, context });
  const connection = data ? connectionOf(data) : undefined;
  const { rows, pushed } = useLiveConnection(connection?.nodes, live, { onFirstPage: pages.pageIndex === 0, reexecute });
  return { rows, connection, pushed, fetching, error, pages, fetchAll: () => fetchAllPages(client, query, filters, connectionOf) };
}
