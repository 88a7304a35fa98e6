import { graphql } from './flows';
import { postGraphQL } from './graphql-client';
import { eventually } from './money';
import type { Stack } from './stack';

type Server = Pick<Stack, 'url'>;

export const PAYOUT_RUN_FIELDS = `
  id status currency description itemCount heldCount nextStates createdAt approvedAt completedAt
  totalAmount { amount currency formatted } heldAmount { amount } shortfall { amount formatted } minimumAmount { amount }
  createdBy { id displayName } approvedBy { id displayName } executedBy { id displayName }
  progress { itemsDone itemsTotal itemsFailed amountSent { amount } }
`;
export const PAYOUT_ITEM_FIELDS = 'id writerId status heldReason failureMessage transferId amount { amount currency } writer { id email } transfer { id status transferGroup stripeTransferId }';

export const IMPORT_EARNINGS = `mutation ImportEarnings($input: ImportEarningsInput!) {
  importEarnings(input: $input) { id dryRun rowsTotal rowsAccepted rowsAlreadyRecorded totalAmount { amount currency } rejected { row reason } }
}`;
export const CREATE_PAYOUT_RUN = `mutation CreatePayoutRun($input: CreatePayoutRunInput!) { createPayoutRun(input: $input) { ${PAYOUT_RUN_FIELDS} } }`;
export const APPROVE_PAYOUT_RUN = `mutation ApprovePayoutRun($id: ID!) { approvePayoutRun(id: $id) { ${PAYOUT_RUN_FIELDS} } }`;
export const EXECUTE_PAYOUT_RUN = `mutation ExecutePayoutRun($id: ID!) { executePayoutRun(id: $id) { ${PAYOUT_RUN_FIELDS} } }`;
export const PAYOUT_RUN = `query PayoutRun($id: ID!, $first: Int, $status: PayoutItemStatus) { payoutRun(id: $id) { ${PAYOUT_RUN_FIELDS} items(first: $first, status: $status) { totalCount nodes { ${PAYOUT_ITEM_FIELDS} } } } }`;
export const LEDGER_BALANCES = '{ ledgerBalances { account currency balance { amount } } }';

export async function importEarnings(stack: Server, token: string, csv: string, dryRun = false) {
  return (await graphql(stack, IMPORT_EARNINGS, { input: { csv, dryRun } }, token)).importEarnings;
}

export async function importEarningsError(stack: Server, token: string, csv: string) {
  const { body } = await postGraphQL(stack.url, IMPORT_EARNINGS, { input: { csv, dryRun: false } }, { token });
  return body.errors?.[0] as { message: string; extensions: Record<string, any> } | undefined;
}

/** An earnings CSV: one `amount` row per writer (id, email or acct_ id). */
export function earningsCsv(rows: Array<{ writer: string; amount: number; reference: string }>, currency = 'usd'): string {
  return ['writer,amount,currency,period_start,period_end,reference', ...rows.map((row) => `${row.writer},${row.amount},${currency},2026-11-01,2026-11-30,${row.reference}`)].join('\n');
}

export async function createPayoutRun(stack: Server, token: string, input: { currency?: string; minimumAmount?: number; description?: string } = {}) {
  return (await graphql(stack, CREATE_PAYOUT_RUN, { input: { currency: 'usd', minimumAmount: 100, ...input } }, token)).createPayoutRun;
}

export async function readPayoutRun(stack: Server, token: string, id: string, first = 100) {
  return (await graphql(stack, PAYOUT_RUN, { id, first }, token)).payoutRun;
}

export async function waitForRunStatus(stack: Server, token: string, id: string, statuses: string[], timeoutMs = 60_000) {
  return eventually(() => readPayoutRun(stack, token, id, 1), (run) => statuses.includes(run.status), timeoutMs, `run ${id} ${statuses.join(' or ')}`);
}

/** Every ledger account's balance, and whether each currency's sum to zero. */
export async function ledgerBalances(stack: Server, token: string) {
  const balances: Array<{ account: string; currency: string; balance: { amount: number } }> = (await graphql(stack, LEDGER_BALANCES, {}, token)).ledgerBalances;
  const sums = new Map<string, number>();
  for (const row of balances) sums.set(row.currency, (sums.get(row.currency) ?? 0) + row.balance.amount);
  const of = (account: string, currency = 'usd') => balances.find((row) => row.account === account && row.currency === currency)?.balance.amount ?? 0;
  return { balances, sums: Object.fromEntries(sums), of };
}
