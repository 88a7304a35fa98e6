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

function hrefOf(to: string): string {
  return `${BASE_PATH}${to}`;
}

export function navigate(to: string, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', hrefOf(to));
  else history.pushState(null, '', hrefOf(to));
  window.dispatchEvent(new PopStateEvent('popstate'));
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
