import { randomUUID } from 'node:crypto';
import { adminWithTwoFactor, execute, teamMember } from '../kit/flows';
import type { GatewayProcess } from '../kit/gateway-process';
import { fundPlatform } from '../kit/money';
import {
  APPROVE_PAYOUT_RUN,
  EXECUTE_PAYOUT_RUN,
  activeWriters,
  createPayoutRun,
  importEarningsFor,
  ledgerBalances,
  sandboxTransferCount,
  stripeTransfersOfRun,
  waitForRunStatus,
} from '../kit/payout-runs';
import { createThrowawayDatabase } from '../kit/postgres';
import { type Stack, startStack } from '../kit/stack';
import { waitFor } from '../kit/wait';

// Enough writers that the run outlasts the kill by seconds at the budget below, few enough
// that setting them up holds on a loaded 2-core machine.
const WRITERS = 1000;
const EARNING_MINOR = 300;
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

jest.setTimeout(600_000);

/**
 * Two gateways on one PostgreSQL database and one Redis execute a 1,000-writer run together
 * (items claimed with FOR UPDATE SKIP LOCKED, one Stripe request budget in Redis); one is
 * killed with SIGKILL midway, the other finishes. Every writer is paid exactly once.
 */
describe('one payout run executed by two instances (PostgreSQL + Redis)', () => {
  let stack: Stack;
  let second: GatewayProcess | undefined;
  let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;
  const environment = () => ({
    DATABASE_URL: database.url,
    REDIS_URL,
    REDIS_CHANNEL_PREFIX: `payout-run-test-${randomUUID().slice(0, 8)}:`,
    PAYOUT_RUN_LEASE_MS: '2000',
    PAYOUT_RUN_INTERVAL_MS: '300',
    STRIPE_REQUESTS_PER_SECOND: '100',
  });
  let shared: ReturnType<typeof environment>;

  beforeAll(async () => {
    database = await createThrowawayDatabase();
    shared = environment();
    stack = await startStack(shared);
  });
  afterAll(async () => {
    await second?.stop('SIGTERM');
    await stack.close();
    await database.drop();
  });

  it('shares the work, survives losing one instance, pays every writer exactly once', async () => {
    const admin = (await adminWithTwoFactor(stack)).token;
    const finance = (await teamMember(stack, admin, 'FINANCE')).token;
    const writerIds = await activeWriters(stack, admin, WRITERS, 'pg');
    await importEarningsFor(stack, finance, writerIds, EARNING_MINOR, 'pg');
    await fundPlatform(stack, admin, WRITERS * EARNING_MINOR);
    second = await stack.spawnAnotherGateway();
    const run = await createPayoutRun(stack, finance, { minimumAmount: EARNING_MINOR });
    await execute(stack, APPROVE_PAYOUT_RUN, { id: run.id }, admin);
    const before = await sandboxTransferCount(stack);
    await execute(stack, EXECUTE_PAYOUT_RUN, { id: run.id }, admin);

    await waitFor(() => sandboxTransferCount(stack), { until: (count) => count - before >= WRITERS / 3, timeoutMs: 120_000, what: 'a third of the run sent' });
    await stack.gateway.stop('SIGKILL');
    const sentWhenKilled = (await sandboxTransferCount(stack)) - before;
    expect(sentWhenKilled).toBeLessThan(WRITERS);

    const survivor = { url: second.url };
    const finished = await waitForRunStatus(survivor, admin, run.id, ['COMPLETED', 'COMPLETED_WITH_FAILURES'], 300_000);
    expect(finished).toMatchObject({ status: 'COMPLETED', progress: { itemsDone: WRITERS, itemsFailed: 0 } });
    expect(await stripeTransfersOfRun(stack, run.id)).toEqual({ count: WRITERS, destinations: WRITERS, paidTwice: 0, amountMinor: WRITERS * EARNING_MINOR });
    const ledger = await ledgerBalances(survivor, admin);
    expect(ledger.sums).toEqual({ usd: 0 });
    expect(ledger.of('WRITER_PAID')).toBe(-WRITERS * EARNING_MINOR);
    await stack.restartGateway(shared);
  });
});
