import type Stripe from 'stripe';
import { startEmbeddedStack } from '../kit/embedded-stack';
import { adminWithTwoFactor, graphql, onboardedWriter } from '../kit/flows';
import { createTransfer, fundPlatform, newKey } from '../kit/money';
import type { Stack } from '../kit/stack';
import { waitFor } from '../kit/wait';

const CYCLES = 10;
const BURST_SIZE = 12;
/** The kill comes once this many transfers are answered, while the rest are in flight. */
const KILL_AFTER_ANSWERS = 3;
const TRANSFER_AMOUNT_MINOR = 100;
const FUNDS_MINOR = 1_000_000;

interface TransferRow {
  id: string;
  status: string;
  idempotencyKey: string;
  transferGroup: string;
  stripeTransferId: string | null;
}

const TRANSFERS = `query($writerId: ID, $after: String) {
  transfers(first: 100, after: $after, writerId: $writerId) {
    nodes { id status idempotencyKey transferGroup stripeTransferId }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function gatewayTransfers(stack: Stack, token: string, writerId: string): Promise<TransferRow[]> {
  const rows: TransferRow[] = [];
  let after: string | null = null;
  do {
    const page: any = (await graphql(stack, TRANSFERS, { writerId, after }, token)).transfers;
    rows.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return rows;
}

/** Fires the whole burst at once and SIGKILLs the gateway (and its sandbox) on the Nth answer. */
async function burstThenKill(stack: Stack, token: string, writerId: string): Promise<{ answered: number; keys: string[] }> {
  const keys = Array.from({ length: BURST_SIZE }, () => newKey('burst'));
  const gateway = stack.gateway;
  let answered = 0;
  const requests = keys.map(async (idempotencyKey) => {
    const body = await createTransfer(stack, token, { writerId, amount: TRANSFER_AMOUNT_MINOR, idempotencyKey }).catch(() => undefined);
    if (!body?.data?.createTransfer) return;
    answered += 1;
    if (answered === KILL_AFTER_ANSWERS) gateway.process.kill('SIGKILL');
  });
  await Promise.all(requests);
  await gateway.stop('SIGKILL');
  expect(gateway.process.signalCode).toBe('SIGKILL');
  return { answered, keys };
}

/** What the sandbox holds for the writer, read through the official SDK. */
async function sandboxTransfers(stack: Stack, destination: string): Promise<Stripe.Transfer[]> {
  return stack.stripe.transfers.list({ destination, limit: 100 }).autoPagingToArray({ limit: 10_000 });
}

function expectEveryPaidRowOnStripeOnce(rows: TransferRow[], onStripe: Stripe.Transfer[]) {
  const byGroup = new Map<string, string[]>();
  for (const transfer of onStripe) byGroup.set(transfer.transfer_group ?? '', [...(byGroup.get(transfer.transfer_group ?? '') ?? []), transfer.id]);
  const paid = rows.filter((row) => row.status === 'PAID');
  const missing = paid.filter((row) => !onStripe.some((transfer) => transfer.id === row.stripeTransferId));
  expect(missing.map((row) => `${row.id} ${row.stripeTransferId}`)).toEqual([]);
  for (const row of paid) expect(byGroup.get(row.transferGroup)).toEqual([row.stripeTransferId]);
  // Nothing on Stripe that the gateway has no row for, and no group paid twice.
  const groups = new Set(rows.map((row) => row.transferGroup));
  expect(onStripe.filter((transfer) => !groups.has(transfer.transfer_group ?? '')).map((transfer) => transfer.id)).toEqual([]);
  expect([...byGroup.values()].filter((ids) => ids.length > 1)).toEqual([]);
}

/**
 * `npm start` with its embedded sandbox, SIGKILLed in the middle of a burst of transfers, ten
 * times over. Stripe never loses an object it confirmed; neither may the sandbox: after each
 * restart every transfer the gateway recorded as paid is on the sandbox exactly once, and the
 * platform's balance is what the funding minus those transfers leaves.
 */
describe('the embedded sandbox killed with the gateway during a burst of transfers', () => {
  let stack: Stack;
  let admin: string;
  let writer: Awaited<ReturnType<typeof onboardedWriter>>;

  beforeAll(async () => {
    stack = await startEmbeddedStack({ MONEY_RECOVERY_INTERVAL_MS: '200' });
    admin = (await adminWithTwoFactor(stack)).token;
    writer = await onboardedWriter(stack);
    await fundPlatform(stack, admin, FUNDS_MINOR);
  }, 120_000);
  afterAll(() => stack?.close());

  it(
    'keeps every answered transfer, once, across ten kills and restarts',
    async () => {
      let unanswered = 0;
      for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
        const { answered, keys } = await burstThenKill(stack, admin, writer.writerId);
        expect(answered).toBeGreaterThanOrEqual(KILL_AFTER_ANSWERS);
        unanswered += BURST_SIZE - answered;

        await stack.restartGateway();
        const rows = await waitFor(() => gatewayTransfers(stack, admin, writer.writerId), {
          until: (all) => all.every((row) => row.status !== 'PENDING'),
          timeoutMs: 20_000,
          what: `cycle ${cycle}: no PENDING transfer left`,
        });
        expect(rows.filter((row) => keys.includes(row.idempotencyKey)).length).toBeGreaterThanOrEqual(answered);
        const onStripe = await sandboxTransfers(stack, writer.accountId);
        expectEveryPaidRowOnStripeOnce(rows, onStripe);
        const balance = await stack.stripe.balance.retrieve();
        const paidMinor = onStripe.reduce((sum, transfer) => sum + transfer.amount, 0);
        expect(balance.available.find((entry) => entry.currency === 'usd')?.amount).toBe(FUNDS_MINOR - paidMinor);
      }
      // The kills really fell in the middle of bursts.
      expect(unanswered).toBeGreaterThan(0);
      // Each cycle restarts the gateway and its sandbox, which the kit waits up to a minute for on
      // a busy machine; the bound is per cycle, not for all ten together.
    },
    CYCLES * 60_000,
  );
});
