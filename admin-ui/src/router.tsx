import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

// History routing under Vite's base (/admin/); the gateway serves index.html for every /admin/* path.
const BASE_PATH = import.meta.env.BASE_URL.replace(/\/$/, '');

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
}

const currentLocation = () => location.pathname + location.search;

/** The path inside the console, such as `/writers/42`, and its query parameters. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const pathAndSearch = useSyncExternalStore(subscribe, currentLocation);
  const url = new URL(pathAndSearch, location.origin);
  const path = url.pathname.startsWith(BASE_PATH) ? url.pathname.slice(BASE_PATH.length) : url.pathname;
  return { path: path.replace(/\/$/, '') || '/', query: url.searchParams };
}

/** What the page stored with its history entry (kept across reload, Back and Forward). */
export function useHistoryState<TState>(): TState | null {
  useSyncExternalStore(subscribe, currentLocation);
  return (history.state as TState | null) ?? null;
}

function hrefOf(to: string): string {
  return `${BASE_PATH}${to}`;
}

export function navigate(to: string, { replace = false, state = null as unknown } = {}) {
  if (replace) history.replaceState(state, '', hrefOf(to));
  else history.pushState(state, '', hrefOf(to));
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/**
 * Changes some query parameters of the current page (null or '' removes one). Typing in a search
 * box replaces the entry; choosing a filter or a page adds one, so Back returns to it.
 */
export function updateQuery(changes: Record<string, string | null>, { replace = false, state = null as unknown } = {}) {
  const url = new URL(location.href);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  const path = url.pathname.startsWith(BASE_PATH) ? url.pathname.slice(BASE_PATH.length) : url.pathname;
  const search = url.searchParams.toString();
  if (`${url.pathname}${search ? `?${search}` : ''}` === currentLocation() && state === null) return;
  navigate(`${path}${search ? `?${search}` : ''}`, { replace, state });
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

export function Link({ to, onClick, ...props }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const opensElsewhere = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0;
    if (event.defaultPrevented || opensElsewhere) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={hrefOf(to)} onClick={follow} {...props} />;
}
