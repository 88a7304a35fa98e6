import { type ReactNode, useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Link, useLocation } from '../router';
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

export function Shell({ email, children }: { email: string; children: ReactNode }) {
  const { path } = useLocation();
  const [{ data }] = useQuery({ query: Shell_ServerInfo });
  useFocusOnNavigation(path);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Payouts console</span>
        {data?.serverInfo.sandbox && (
          <span className="environment-badge" title="Stripe calls go to the embedded sandbox: no real money moves">
            Sandbox
          </span>
        )}
        <LiveIndicator />
        <span className="topbar-spacer" />
        <span className="viewer-email">{email}</span>
        <SignOutButton className="button button-small" />
      </header>
      <nav className="sidebar" aria-label="Console">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <Link to={section.to} aria-current={isCurrent(section.to, path) ? 'page' : undefined}>
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
        {data && <p className="version">Gateway {data.serverInfo.version}</p>}
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
