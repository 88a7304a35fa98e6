import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Link, useLocation } from '../router';
import type { SessionViewer } from '../session';
import { humanize } from '../ui/format';
import { LiveIndicator } from './LiveIndicator';
import { SignOutButton } from '../auth/SignOutButton';

const Shell_ServerInfo = graphql(`
  query Shell_ServerInfo {
    serverInfo {
      version
      sandbox
    }
  }
`);

const SECTIONS = [
  { to: '/', label: 'Overview' },
  { to: '/writers', label: 'Writers' },
  { to: '/top-ups', label: 'Top-ups' },
  { to: '/transfers', label: 'Transfers' },
  { to: '/payments', label: 'Payments' },
  { to: '/payout-runs', label: 'Payout runs' },
  { to: '/audit-log', label: 'Audit log' },
  { to: '/team', label: 'Team' },
];

function isCurrent(sectionPath: string, path: string): boolean {
  return sectionPath === '/' ? path === '/' : path === sectionPath || path.startsWith(`${sectionPath}/`);
}

/** Moves focus to the new page's heading after navigation, so screen readers announce it. */
function useFocusOnNavigation(path: string) {
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [path]);
}

/** On a narrow screen the navigation is a menu; it closes once a section is chosen. */
function useMenu(path: string) {
  const [openOn, setOpenOn] = useState<string | null>(null);
  if (openOn !== null && openOn !== path) setOpenOn(null);
  return { open: openOn === path, toggle: () => setOpenOn((shownOn) => (shownOn === path ? null : path)) };
}

export function Shell({ viewer, children }: { viewer: SessionViewer; children: ReactNode }) {
  const { path } = useLocation();
  const [{ data }] = useQuery({ query: Shell_ServerInfo });
  const menu = useMenu(path);
  useFocusOnNavigation(path);
  return (
    <div className={`shell${menu.open ? ' menu-open' : ''}`}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <button type="button" className="button menu-button" aria-expanded={menu.open} aria-controls="console-navigation" onClick={menu.toggle}>
          Menu
        </button>
        <span className="brand">Payouts console</span>
        {data?.serverInfo.sandbox && (
          <span className="environment-badge" title="Stripe calls go to the embedded sandbox: no real money moves">
            Sandbox
          </span>
        )}
        <LiveIndicator />
        <span className="topbar-spacer" />
        <span className="viewer-email">
          {viewer.email} <span className="role-label">{humanize(viewer.role)}</span>
        </span>
        <SignOutButton className="button button-small topbar-sign-out" />
      </header>
      <nav id="console-navigation" className="sidebar" aria-label="Console">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <Link to={section.to} aria-current={isCurrent(section.to, path) ? 'page' : undefined}>
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
        <div className="sidebar-account">
          <p className="muted">
            {viewer.email} · {humanize(viewer.role)}
          </p>
          <SignOutButton className="button" />
        </div>
        {data && <p className="version">Gateway {data.serverInfo.version}</p>}
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
