import { OverviewPage } from '../overview/OverviewPage';
import { useLocation } from '../router';
import { TopUpsPage } from '../topups/TopUpsPage';
import { TransferPage } from '../transfers/TransferPage';
import { TransfersPage } from '../transfers/TransfersPage';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState } from '../ui/states';
import { WriterPage } from '../writers/WriterPage';
import { WritersPage } from '../writers/WritersPage';

const DETAIL_PAGES = [
  { pattern: /^\/writers\/([^/]+)$/, render: (id: string) => <WriterPage key={id} writerId={id} /> },
  { pattern: /^\/transfers\/([^/]+)$/, render: (id: string) => <TransferPage key={id} transferId={id} /> },
];

export function ConsoleRoutes() {
  const { path, query } = useLocation();
  if (path === '/') return <OverviewPage />;
  if (path === '/writers') return <WritersPage key={query.get('status')} />;
  if (path === '/top-ups') return <TopUpsPage />;
  if (path === '/transfers') return <TransfersPage />;
  for (const { pattern, render } of DETAIL_PAGES) {
    const match = pattern.exec(path);
    if (match) return render(decodeURIComponent(match[1]));
  }
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState title={`Nothing lives at ${path}`} />
    </>
  );
}
