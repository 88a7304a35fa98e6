import { formatDate, formatDateTime, formatExact } from './format';

/** A date or time that never wraps, with the exact moment (seconds, time zone) on hover and for assistive technology. */
export function Timestamp({ iso, dateOnly = false }: { iso: string; dateOnly?: boolean }) {
  return (
    <time className="nowrap" dateTime={iso} title={formatExact(iso)}>
      {dateOnly ? formatDate(iso) : formatDateTime(iso)}
    </time>
  );
}
