import { useState } from 'react';

export const PAGE_SIZE = 20;

/** Forward Relay cursors with a stack for going back; any change of `filterKey` starts at page one. */
export function useCursorPages(filterKey: string) {
  const [state, setState] = useState({ filterKey, cursors: [] as string[] });
  const cursors = state.filterKey === filterKey ? state.cursors : [];
  return {
    after: cursors.at(-1) ?? null,
    pageIndex: cursors.length,
    next: (endCursor: string) => setState({ filterKey, cursors: [...cursors, endCursor] }),
    previous: () => setState({ filterKey, cursors: cursors.slice(0, -1) }),
  };
}

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
        {shown === totalCount ? counted : `${first}–${first + shown - 1} of ${counted}`}
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
