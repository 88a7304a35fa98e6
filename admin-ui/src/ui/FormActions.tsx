/** A form's closing row: Cancel, and the submit button (disabled with its busy label while sending). */
export function FormActions({ onCancel, submitLabel, busyLabel, busy = false }: { onCancel: () => void; submitLabel: string; busyLabel?: string; busy?: boolean }) {
  return (
    <div className="form-actions">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy && busyLabel ? busyLabel : submitLabel}
      </button>
    </div>
  );
}
