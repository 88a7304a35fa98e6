import { adminWithTwoFactor, execute, teamMember } from '../kit/flows';
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
import { type Stack, startStack } from '../kit/stack';
import { waitFor } from '../kit/wait';

const WRITERS = 2000;
const EARNING_MINOR = 250;
// Short leases and frequent looks, so a run left by a killed gateway resumes within seconds.
const ENVIRONMENT = { PAYOUT_RUN_LEASE_MS: '2000', PAYOUT_RUN_INTERVAL_MS: '500', MONEY_RECOVERY_INTERVAL_MS: '2000', STRIPE_REQUESTS_PER_SECOND: '200' };

jest.setTimeout(600_000);

/**
 * A run of 2,000 writers whose gateway is killed with SIGKILL midway: after a restart on the same
 * SQLite file it finishes, every writer paid exactly once (counted in the sandbox by the run's
 * transfer_group) and the ledger balanced.
 */
describe('a payout run killed midway (SQLite)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(ENVIRONMENT);
  });
  afterAll(() => stack.close());

  it('resumes after SIGKILL and pays every writer exactly once', async () => {
    const admin = (await adminWithTwoFactor(stack)).token;
    const finance = (await teamMember(stack, admin, 'FINANCE')).token;
    const writerIds = await activeWriters(stack, admin, WRITERS);
    await importEarningsFor(stack, finance, writerIds, EARNING_MINOR);
    await fundPlatform(stack, admin, WRITERS * EARNING_MINOR);
    const run = await createPayoutRun(stack, finance, { minimumAmount: EARNING_MINOR });
    expect(run).toMatchObject({ itemCount: WRITERS, shortfall: { amount: 0 } });
    await execute(stack, APPROVE_PAYOUT_RUN, { id: run.id }, admin);
    const before = await sandboxTransferCount(stack);
    await execute(stack, EXECUTE_PAYOUT_RUN, { id: run.id }, admin);

    await waitFor(() => sandboxTransferCount(stack), {
      until: (count) => count - before >= WRITERS / 4,
      timeoutMs: 120_000,
      what: 'a quarter of the run sent',
    });
    await stack.gateway.stop('SIGKILL');
    const sentWhenKilled = (await sandboxTransferCount(stack)) - before;
    expect(sentWhenKilled).toBeLessThan(WRITERS);

    await stack.restartGateway(ENVIRONMENT);
    const finished = await waitForRunStatus(stack, admin, run.id, ['COMPLETED', 'COMPLETED_WITH_FAILURES'], 300_000);
    expect(finished).toMatchObject({ status: 'COMPLETED', progress: { itemsDone: WRITERS, itemsFailed: 0, amountSent: { amount: WRITERS * EARNING_MINOR } } });
    expect(await stripeTransfersOfRun(stack, run.id)).toEqual({ count: WRITERS, destinations: WRITERS, paidTwice: 0, amountMinor: WRITERS * EARNING_MINOR });
    const ledger = await ledgerBalances(stack, admin);
    expect(ledger.sums).toEqual({ usd: 0 });
    expect([ledger.of('WRITER_PAYABLE'), ledger.of('IN_TRANSIT'), ledger.of('WRITER_PAID')]).toEqual([0, 0, -WRITERS * EARNING_MINOR]);
  });
});
