interface FormActionsProps {
  onCancel: () => void;
  submitLabel: string;
  busyLabel?: string;
  busy?: boolean;
  /** "Close" once leaving no longer abandons anything (a slow request that is safe to leave). */
  cancelLabel?: string;
}

/** A form's closing row: Cancel, and the submit button (disabled with its busy label while sending). */
export function FormActions({ onCancel, submitLabel, busyLabel, busy = false, cancelLabel = 'Cancel' }: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy && busyLabel ? busyLabel : submitLabel}
      </button>
    </div>
  );
}

interface ReviewActionsProps {
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  /** The request is slow but safe to leave: Back becomes Close. */
  slow: boolean;
  onBack: () => void;
  onClose: () => void;
  onConfirm: () => void;
}

/** A review step's closing row: Back (Close once a slow request is safe to leave), and the confirmation. */
export function ReviewActions({ confirmLabel, busyLabel, busy, slow, onBack, onClose, onConfirm }: ReviewActionsProps) {
  return (
    <div className="form-actions">
      <button type="button" className="button" onClick={slow ? onClose : onBack} disabled={busy && !slow}>
        {slow ? 'Close' : 'Back'}
      </button>
      <button type="button" className="button button-primary" onClick={onConfirm} disabled={busy} autoFocus>
        {busy ? busyLabel : confirmLabel}
      </button>
    </div>
  );
}
