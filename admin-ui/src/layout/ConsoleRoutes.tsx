import { type ReactNode, Suspense, lazy } from 'react';
import { OverviewPage } from '../overview/OverviewPage';
import { useLocation } from '../router';
import { PageHeader } from '../ui/PageHeader';
import { PageLoadBoundary } from '../ui/PageLoadBoundary';
import { EmptyState, LoadingState } from '../ui/states';

// The overview is what an admin sees first; every other page (and its operations) loads when
// first opened, so the first screen parses less.
const ImportEarningsPage = lazy(() => import('../earnings/ImportEarningsPage').then((module) => ({ default: module.ImportEarningsPage })));
const AuditLogPage = lazy(() => import('../audit/AuditLogPage').then((module) => ({ default: module.AuditLogPage })));
const PaymentPage = lazy(() => import('../payments/PaymentPage').then((module) => ({ default: module.PaymentPage })));
const PaymentsPage = lazy(() => import('../payments/PaymentsPage').then((module) => ({ default: module.PaymentsPage })));
const PayoutRunPage = lazy(() => import('../payout-runs/PayoutRunPage').then((module) => ({ default: module.PayoutRunPage })));
const PayoutRunsPage = lazy(() => import('../payout-runs/PayoutRunsPage').then((module) => ({ default: module.PayoutRunsPage })));
const TopUpsPage = lazy(() => import('../topups/TopUpsPage').then((module) => ({ default: module.TopUpsPage })));
const TransferPage = lazy(() => import('../transfers/TransferPage').then((module) => ({ default: module.TransferPage })));
const TransfersPage = lazy(() => import('../transfers/TransfersPage').then((module) => ({ default: module.TransfersPage })));
const WriterPage = lazy(() => import('../writers/WriterPage').then((module) => ({ default: module.WriterPage })));
const TeamPage = lazy(() => import('../team/TeamPage').then((module) => ({ default: module.TeamPage })));
const WritersPage = lazy(() => import('../writers/WritersPage').then((module) => ({ default: module.WritersPage })));

const DETAIL_PAGES = [
  { pattern: /^\/writers\/([^/]+)$/, render: (id: string) => <WriterPage key={id} writerId={id} /> },
  { pattern: /^\/transfers\/([^/]+)$/, render: (id: string) => <TransferPage key={id} transferId={id} /> },
  { pattern: /^\/payments\/([^/]+)$/, render: (id: string) => <PaymentPage key={id} paymentId={id} /> },
  { pattern: /^\/payout-runs\/([^/]+)$/, render: (id: string) => <PayoutRunPage key={id} runId={id} /> },
];

export function ConsoleRoutes() {
  const { path, query } = useLocation();
  const loading = (page: ReactNode) => (
    <PageLoadBoundary key={path}>
      <Suspense fallback={<LoadingState label="Loading…" />}>{page}</Suspense>
    </PageLoadBoundary>
  );
  if (path === '/') return <OverviewPage />;
  if (path === '/writers') return loading(<WritersPage key={query.get('status')} />);
  if (path === '/top-ups') return loading(<TopUpsPage />);
  if (path === '/transfers') return loading(<TransfersPage />);
  if (path === '/payments') return loading(<PaymentsPage />);
  if (path === '/payout-runs') return loading(<PayoutRunsPage />);
  if (path === '/payout-runs/import') return loading(<ImportEarningsPage />);
  if (path === '/audit-log') return loading(<AuditLogPage />);
  if (path === '/team') return loading(<TeamPage />);
  for (const { pattern, render } of DETAIL_PAGES) {
    const id = pattern.exec(path)?.[1];
    if (id !== undefined) return loading(render(decodeURIComponent(id)));
  }
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState title={`Nothing lives at ${path}`} />
    </>
  );
}
