import { adminWithTwoFactor, execute, teamMember } from '../kit/flows';
import { fundPlatform } from '../kit/money';
import {
  APPROVE_PAYOUT_RUN,
  EXECUTE_PAYOUT_RUN,
  activeWriters,
  createPayoutRun,
  importEarningsFor,
  ledgerBalances,
  stripeTransfersOfRun,
  waitForRunStatus,
} from '../kit/payout-runs';
import { busiestSecond, recordingProxy, type RecordingProxy } from '../kit/recording-proxy';
import { type Stack, startStack } from '../kit/stack';

const WRITERS = 150;
const EARNING_MINOR = 400;
const REQUESTS_PER_SECOND = 25;

jest.setTimeout(300_000);

/**
 * Stripe (the sandbox) answers 429 rate_limit to one transfer request in four. The run still
 * completes, no writer is paid twice, and the transfer requests Stripe saw — measured at a proxy
 * in front of it — never exceed the configured rate in any second.
 */
describe('a payout run under Stripe rate limits', () => {
  let stack: Stack;
  let proxy: RecordingProxy;
  beforeAll(async () => {
    stack = await startStack();
    proxy = await recordingProxy(stack.sandbox.url, (method, path) => method === 'POST' && path === '/v1/transfers');
    await stack.restartGateway({ STRIPE_API_URL: proxy.url, STRIPE_REQUESTS_PER_SECOND: String(REQUESTS_PER_SECOND), PAYOUT_RUN_CONCURRENCY: '16' });
  });
  afterAll(async () => {
    await stack.close();
    await proxy.close();
  });

  it('backs off on 429, stays within the rate and pays each writer once', async () => {
    const admin = (await adminWithTwoFactor(stack)).token;
    const finance = (await teamMember(stack, admin, 'FINANCE')).token;
    const writerIds = await activeWriters(stack, admin, WRITERS, 'limits');
    await importEarningsFor(stack, finance, writerIds, EARNING_MINOR, 'limits');
    await fundPlatform(stack, admin, WRITERS * EARNING_MINOR);
    const run = await createPayoutRun(stack, finance, { minimumAmount: EARNING_MINOR });
    await execute(stack, APPROVE_PAYOUT_RUN, { id: run.id }, admin);
    await stack.control.fault('/v1/transfers', 'rate_limited', 10_000, 'POST', 4);

    proxy.arrivals.length = 0;
    await execute(stack, EXECUTE_PAYOUT_RUN, { id: run.id }, admin);
    await waitForRunStatus(stack, admin, run.id, ['COMPLETED', 'COMPLETED_WITH_FAILURES'], 240_000);
    await stack.control.clearFaults();

    const finished = await waitForRunStatus(stack, admin, run.id, ['COMPLETED']);
    expect(finished.progress).toMatchObject({ itemsDone: WRITERS, itemsFailed: 0 });
    expect(await stripeTransfersOfRun(stack, run.id)).toEqual({ count: WRITERS, destinations: WRITERS, paidTwice: 0, amountMinor: WRITERS * EARNING_MINOR });
    expect((await ledgerBalances(stack, admin)).sums).toEqual({ usd: 0 });
    // A quarter of the requests were answered 429, so more requests than writers reached Stripe.
    expect(proxy.arrivals.length).toBeGreaterThan(WRITERS * 1.2);
    const elapsedSeconds = (Math.max(...proxy.arrivals) - Math.min(...proxy.arrivals)) / 1000;
    const figures = {
      requests: proxy.arrivals.length,
      elapsedSeconds: Number(elapsedSeconds.toFixed(1)),
      averagePerSecond: Number((proxy.arrivals.length / elapsedSeconds).toFixed(1)),
      busiestSecond: busiestSecond(proxy.arrivals),
    };
    console.log(`payout run under 429s: ${JSON.stringify(figures)}`);
    expect(figures.busiestSecond).toBeLessThanOrEqual(REQUESTS_PER_SECOND);
  });
});
