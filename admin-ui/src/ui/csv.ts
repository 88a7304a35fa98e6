import type { Client, TypedDocumentNode } from 'urql';

// Pages of this size until the list ends; a limit keeps a runaway export from hammering the gateway.
const EXPORT_PAGE_SIZE = 50;
const MAX_EXPORT_ROWS = 5_000;

interface Page<TNode> {
  nodes: TNode[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * Every row of a list with the filters shown, page by page through the API; at most `maxRows`
 * (a list whose size is known, such as a payout run's items, passes its own).
 */
export async function fetchAllPages<TData, TVariables extends { first: number; after?: string | null }, TNode>(
  client: Client,
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'first' | 'after'>,
  pageOf: (data: TData) => Page<TNode>,
  maxRows = MAX_EXPORT_ROWS,
): Promise<TNode[]> {
  const rows: TNode[] = [];
  let after: string | null = null;
  for (let page = 0; page * EXPORT_PAGE_SIZE < maxRows; page += 1) {
    const result = await client.query(document, { ...variables, first: EXPORT_PAGE_SIZE, after } as TVariables, { requestPolicy: 'network-only' }).toPromise();
    if (result.error) throw result.error;
    const connection = pageOf(result.data!);
    rows.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return rows;
}

const quoted = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** RFC 4180 text; a cell a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function toCsv(header: string[], rows: string[][]): string {
  const safe = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
  return [header, ...rows].map((row) => row.map((cell) => quoted(safe(cell))).join(',')).join('\r\n');
}

export function downloadCsv(fileName: string, csv: string) {
  const url = URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
