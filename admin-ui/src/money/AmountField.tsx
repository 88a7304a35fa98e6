import type { ReactNode } from 'react';

interface AmountFieldProps {
  id: string;
  label?: string;
  amountText: string;
  onAmountText: (text: string) => void;
  currency: string;
  onCurrency?: (currency: string) => void;
  currencies: string[];
  /** What is wrong with what was typed, shown under the field. */
  error: string | null;
  /** The server refused the amount; its message is in the form's alert. */
  rejected?: boolean;
  hint?: ReactNode;
}

/** An amount in the currency's major unit, beside its currency; the error is tied to the input. */
export function AmountField({
  id,
  label = 'Amount',
  amountText,
  onAmountText,
  currency,
  onCurrency,
  currencies,
  error,
  rejected = false,
  hint,
}: AmountFieldProps) {
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          required
          aria-invalid={error || rejected ? true : undefined}
          aria-describedby={describedBy}
          value={amountText}
          onChange={(event) => onAmountText(event.target.value)}
        />
        <select aria-label="Currency" value={currency} disabled={!onCurrency || currencies.length < 2} onChange={(event) => onCurrency?.(event.target.value)}>
          {currencies.map((code) => (
            <option key={code} value={code}>
              {code.toUpperCase()}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </>
  );
}
