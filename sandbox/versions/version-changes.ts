import { isAtLeast } from './api-versions';

type StripeJson = Record<string, unknown>;

/**
 * One field an API version added to an object. Objects are kept in the 2023-08-16 shape (the
 * OpenAPI subset); an answer or event rendered for `version` or later carries the field too.
 * The version is the one the `stripe` SDK pinned in the release that added the field
 * (node_modules/stripe/CHANGELOG.md), which is when its types started to carry it.
 */
export interface VersionChange {
  version: string;
  object: string;
  field: string;
  /** What the sandbox answers, and why. */
  note: string;
  value: (object: StripeJson) => unknown;
}

const FINISHED_PAYOUT_STATUSES = ['paid', 'failed', 'canceled'];

/** The one table of what differs between the versions the sandbox renders. */
export const VERSION_CHANGES: VersionChange[] = [
  { version: '2024-04-10', object: 'payout', field: 'application_fee', note: 'null: no Instant Payouts fees in the sandbox', value: () => null },
  { version: '2024-04-10', object: 'payout', field: 'application_fee_amount', note: 'null, as application_fee', value: () => null },
  {
    version: '2024-11-20.acacia',
    object: 'payout',
    field: 'trace_id',
    note: 'test banks give no trace id: `pending` while the payout travels, then `unsupported`',
    value: (payout) => ({ status: FINISHED_PAYOUT_STATUSES.includes(String(payout.status)) ? 'unsupported' : 'pending', value: null }),
  },
  {
    version: '2025-05-28.basil',
    object: 'balance_transaction',
    field: 'balance_type',
    note: '`payments`: the only balance the sandbox keeps',
    value: () => 'payments',
  },
  {
    version: '2025-08-27.basil',
    object: 'payout',
    field: 'payout_method',
    note: 'null: payouts go to bank accounts, never a v2 FinancialAccount',
    value: () => null,
  },
  {
    version: '2026-07-29.dahlia',
    object: 'topup',
    field: 'initiated_by',
    note: '`user`: top-ups are made through the API by the platform',
    value: () => 'user',
  },
];

/**
 * Renders a stored answer (objects, lists, expanded objects inside) for `version`; copies, never
 * edits. An event keeps the version it was created in, whatever version lists it, as on Stripe.
 */
export function renderForVersion<T>(body: T, version: string): T {
  return withChanges(body, changesUpTo(version)) as T;
}

/** An event as sent to an endpoint with its own `api_version`: its objects in that shape. */
export function renderEventForVersion<T extends { api_version: string }>(event: T, version: string): T {
  return { ...(renderObject(event, changesUpTo(version)) as T), api_version: version };
}

function changesUpTo(version: string): VersionChange[] {
  return VERSION_CHANGES.filter((change) => isAtLeast(version, change.version));
}

function withChanges(value: unknown, changes: VersionChange[]): unknown {
  if (Array.isArray(value)) return value.map((item) => withChanges(item, changes));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as StripeJson;
  if (record.object === 'event' && typeof record.api_version === 'string') return renderEventForVersion(record as { api_version: string }, record.api_version);
  return renderObject(record, changes);
}

function renderObject(record: StripeJson, changes: VersionChange[]): StripeJson {
  const rendered: StripeJson = {};
  for (const [key, item] of Object.entries(record)) rendered[key] = withChanges(item, changes);
  for (const change of changes) {
    if (rendered.object === change.object && !(change.field in rendered)) rendered[change.field] = change.value(rendered);
  }
  return rendered;
}
