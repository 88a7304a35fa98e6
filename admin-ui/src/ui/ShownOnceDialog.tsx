import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

/** A secret or link the gateway hands out once: shown selected for copying, then gone. */
export function ShownOnceDialog({
  title,
  label,
  value,
  onClose,
  children,
}: {
  title: string;
  label: string;
  value: string;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      <input aria-label={label} readOnly value={value} onFocus={(event) => event.target.select()} />
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void navigator.clipboard?.writeText(value)}>
          Copy
        </button>
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
