import { updateQuery, useHistoryState, useLocation } from '../router';

export const PAGE_SIZE = 20;

interface PageHistory {
  /** The `after` cursor of each earlier page (empty for the first), for going back a page. */
  cursors?: string[];
}

/**
 * Forward Relay cursors kept in the URL (`after`, and `page` for the count), so reload and Back
 * return to the same page; the cursors of earlier pages ride along in the history entry. A
 * pasted link to a later page goes back to the first.
 */
export function useUrlPages() {
  const { query } = useLocation();
  const earlier = useHistoryState<PageHistory>()?.cursors ?? [];
  const after = query.get('after');
  const pageIndex = after ? Math.max(1, (Number(query.get('page')) || 2) - 1) : 0;
  return {
    after,
    pageIndex,
    next: (endCursor: string) => updateQuery({ after: endCursor, page: String(pageIndex + 2) }, { state: { cursors: [...earlier, after ?? ''] } }),
    previous: () => {
      const cursors = earlier.slice(0, -1);
      const previousAfter = earlier.at(-1) || null;
      updateQuery({ after: previousAfter, page: previousAfter ? String(pageIndex) : null }, { state: { cursors } });
    },
  };
}

/** A filter change starts again at the first page. */
export const FIRST_PAGE = { after: null, page: null } as const;

interface PagerProps {
  pageIndex: number;
  shown: number;
  totalCount: number;
  endCursor: string | null | undefined;
  hasNextPage: boolean;
  onNext: (endCursor: string) => void;
  onPrevious: () => void;
  /** Singular; the plural adds an s. */
  noun: string;
}

export function Pager({ pageIndex, shown, totalCount, endCursor, hasNextPage, onNext, onPrevious, noun }: PagerProps) {
  const first = pageIndex * PAGE_SIZE + 1;
  const counted = `${totalCount} ${totalCount === 1 ? noun : `${noun}s`}`;
  return (
    <nav className="pager" aria-label={`Pages of ${noun}s`}>
      <span className="muted" aria-live="polite">
        {shown === totalCount && pageIndex === 0 ? counted : `${first}–${first + shown - 1} of ${counted}`}
      </span>
      <button type="button" className="button button-small" onClick={onPrevious} disabled={pageIndex === 0}>
        Previous
      </button>
      <button type="button" className="button button-small" onClick={() => endCursor && onNext(endCursor)} disabled={!hasNextPage || !endCursor}>
        Next
      </button>
    </nav>
  );
}
