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
