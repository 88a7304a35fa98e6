import { type ReactNode, useEffect } from 'react';

/** The page's h1 (focused after navigation) and the document title. */
export function PageHeader({ title, eyebrow, actions, children }: { title: string; eyebrow?: ReactNode; actions?: ReactNode; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Payouts console`;
  }, [title]);
  return (
    <header className="page-header">
      <div>
        {eyebrow && <p className="eyebrow">{eyebrow}</p>}
        <h1 tabIndex={-1}>{title}</h1>
        {children}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}

/** A section's h2, saying when it shows only the latest of more records. */
export function LatestSectionHeader({ id, title, shown, total }: { id: string; title: string; shown: number; total: number }) {
  return (
    <div className="card-header">
      <h2 id={id}>{title}</h2>
      {total > shown && (
        <span className="muted">
          Latest {shown} of {total}
        </span>
      )}
    </div>
  );
}
