import { parse } from 'csv-parse/sync';
import { isKnownCurrency } from '../money/currency';
import { badUserInput } from '../errors/errors';
import { isCalendarDate } from './calendar-date';

/** One row of the file that passed the checks that need no database. */
export interface EarningRow {
  row: number;
  writer: string;
  amountMinor: number;
  revenueMinor: number | null;
  currency: string;
  periodStart: string;
  periodEnd: string;
  reference: string;
  description: string | null;
}

export interface Rejection {
  row: number;
  reason: string;
}

const REQUIRED_COLUMNS = ['writer', 'currency', 'period_start', 'period_end', 'reference'];
export const MAX_IMPORT_ROWS = 20_000;
const MAX_REFERENCE_LENGTH = 120;
const MAX_DESCRIPTION_LENGTH = 200;

/**
 * Reads an earnings CSV (csv-parse) and checks every row on its own terms: row numbers are the
 * file's line numbers, the header being row 1. A header without the required columns refuses
 * the whole file; anything wrong with a row is reported for that row.
 */
export function readEarningsCsv(csv: string, revenueSharePercent: number): { rows: EarningRow[]; rejected: Rejection[]; rowsTotal: number } {
  const rejected: Rejection[] = [];
  let skipped = 0;
  const records = parse(csv, {
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (error) => {
      skipped += 1;
      if (error)
        rejected.push({
          row: Number(error.lines),
          reason: `malformed row: ${error.message.replace(/^Invalid Record Length: |^Invalid Opening Quote: |^Quote Not Closed: /, '')}`,
        });
      return undefined;
    },
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const [header, ...data] = records;
  if (!header)
    throw badUserInput('The file is empty: it needs a header row (writer, amount or revenue, currency, period_start, period_end, reference).', 'csv');
  const columns = header.record.map((name) => name.toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name));
  if (!columns.includes('amount') && !columns.includes('revenue')) missing.push('amount or revenue');
  if (missing.length > 0) throw badUserInput(`The header row lacks ${missing.join(', ')}; it has ${columns.join(', ') || 'nothing'}.`, 'csv');
  if (data.length > MAX_IMPORT_ROWS) throw badUserInput(`The file has ${data.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`, 'csv');
  const rows: EarningRow[] = [];
  for (const { record, info } of data) {
    if (record.length !== columns.length) {
      rejected.push({ row: info.lines, reason: `malformed row: ${record.length} fields where the header has ${columns.length}` });
      continue;
    }
    const fields = Object.fromEntries(columns.map((name, index) => [name, record[index]]));
    const checked = checkRow(info.lines, fields, revenueSharePercent);
    if ('reason' in checked) rejected.push(checked);
    else rows.push(checked);
  }
  const crossRow = crossRowRejections(rows);
  const rejectedRows = new Set(crossRow.map((entry) => entry.row));
  return {
    rows: rows.filter((row) => !rejectedRows.has(row.row)),
    rejected: [...rejected, ...crossRow].sort((a, b) => a.row - b.row),
    rowsTotal: data.length + skipped,
  };
}

function checkRow(row: number, fields: Record<string, string | undefined>, revenueSharePercent: number): EarningRow | Rejection {
  const reject = (reason: string): Rejection => ({ row, reason });
  if (!fields.writer) return reject('writer is empty: give the writer’s id, email or acct_ id');
  const amount = fields.amount ?? '';
  const revenue = fields.revenue ?? '';
  if (amount && revenue) return reject('give amount or revenue, not both');
  if (!amount && !revenue) return reject('amount (or revenue) is empty');
  const value = amount || revenue;
  const label = amount ? 'amount' : 'revenue';
  const problem = wholeMinorUnitsProblem(value);
  if (problem) return reject(`${label} ${JSON.stringify(value)} ${problem}`);
  const revenueMinor = revenue ? Number(revenue) : null;
  const amountMinor = revenueMinor === null ? Number(amount) : shareOf(revenueMinor, revenueSharePercent);
  if (amountMinor < 1) return reject(`${label} ${value} gives the writer nothing (the share is ${revenueSharePercent}%)`);
  const currency = (fields.currency ?? '').toLowerCase();
  if (!/^[a-z]{3}$/.test(currency) || !isKnownCurrency(currency))
    return reject(`currency ${JSON.stringify(fields.currency)} is not an ISO 4217 code such as usd`);
  const { period_start: periodStart, period_end: periodEnd } = fields;
  if (!isCalendarDate(periodStart)) return reject(`period_start ${JSON.stringify(periodStart)} is not a date written YYYY-MM-DD`);
  if (!isCalendarDate(periodEnd)) return reject(`period_end ${JSON.stringify(periodEnd)} is not a date written YYYY-MM-DD`);
  if (periodEnd < periodStart) return reject(`period_end ${periodEnd} is before period_start ${periodStart}`);
  const reference = fields.reference;
  if (!reference) return reject('reference is empty: every row needs a unique reference');
  if (reference.length > MAX_REFERENCE_LENGTH) return reject(`reference is longer than ${MAX_REFERENCE_LENGTH} characters`);
  const description = fields.description ? fields.description.slice(0, MAX_DESCRIPTION_LENGTH) : null;
  return { row, writer: fields.writer, amountMinor, revenueMinor, currency, periodStart, periodEnd, reference, description };
}

/** Amounts are whole minor units (cents): no sign, no decimal point. */
function wholeMinorUnitsProblem(value: string): string | undefined {
  if (/^-/.test(value)) return 'is negative';
  if (/^\d*[.,]\d+$/.test(value)) return 'is fractional: amounts are whole minor units (1234 for $12.34)';
  if (!/^\d+$/.test(value)) return 'is not a number';
  if (!Number.isSafeInteger(Number(value)) || Number(value) > 100_000_000_00) return 'is too large';
  return undefined;
}

/** The writer's share, rounded down to the minor unit (the remainder stays with the platform). */
export function shareOf(revenueMinor: number, percent: number): number {
  const basisPoints = Math.round(percent * 100);
  return Math.floor((revenueMinor * basisPoints) / 10_000);
}

/** Duplicate references inside the file and a currency other than the file's first. */
function crossRowRejections(rows: EarningRow[]): Rejection[] {
  const rejected: Rejection[] = [];
  const firstRowOf = new Map<string, number>();
  const [firstRow] = rows;
  if (!firstRow) return rejected;
  for (const row of rows) {
    const first = firstRowOf.get(row.reference);
    if (first !== undefined) rejected.push({ row: row.row, reason: `reference ${row.reference} is also on row ${first}` });
    else firstRowOf.set(row.reference, row.row);
    if (row.currency !== firstRow.currency)
      rejected.push({
        row: row.row,
        reason: `currency ${row.currency} differs from the file's ${firstRow.currency} (row ${firstRow.row}): import one currency per file`,
      });
  }
  return rejected;
}
