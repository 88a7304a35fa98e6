import { randomUUID } from 'node:crypto';
import { adminWithTwoFactor, graphql, onboardedWriter, teamMember } from '../kit/flows';
import { collect, subscriptionsReady, webSocketClient } from '../kit/graphql-client';
import { fundPlatform } from '../kit/money';
import { APPROVE_PAYOUT_RUN, EXECUTE_PAYOUT_RUN, createPayoutRun, earningsCsv, importEarnings } from '../kit/payout-runs';
import { type Stack, startStack } from '../kit/stack';

const PROGRESS_FIELDS = 'runId status itemsDone itemsTotal itemsFailed amountSent { amount currency }';
const EVERY_RUN = `subscription { payoutRunProgress { ${PROGRESS_FIELDS} } }`;
const ONE_RUN = `subscription($runId: ID!) { payoutRunProgress(runId: $runId) { ${PROGRESS_FIELDS} } }`;

interface ProgressEvent {
  payoutRunProgress: {
    runId: string;
    status: string;
    itemsDone: number;
    itemsTotal: number;
    itemsFailed: number;
    amountSent: { amount: number; currency: string };
  };
}

/**
 * What a console showing runs hears: every run's drafting, approval, execution and cancelation
 * without naming a run, and only its own run's when it names one.
 */
describe('payout-run progress, live for one run or every run', () => {
  let stack: Stack;
  let admin: string;
  let finance: string;
  let viewer: string;

  beforeAll(async () => {
    stack = await startStack();
    admin = (await adminWithTwoFactor(stack)).token;
    finance = (await teamMember(stack, admin, 'FINANCE')).token;
    viewer = (await teamMember(stack, admin, 'VIEWER')).token;
    await fundPlatform(stack, admin, 100_000);
  });
  afterAll(() => stack.close());

  it('pushes a run drafted, approved, executed to completion, and another canceled', async () => {
    const writers = [await onboardedWriter(stack, { displayName: 'Ada Lovelace' }), await onboardedWriter(stack, { displayName: 'Grace Hopper' })] as const;
    await importEarnings(
      stack,
      finance,
      earningsCsv(writers.map((writer, index) => ({ writer: writer.writerId, amount: 1_000 + index, reference: `live-${index}` }))),
    );
    const client = webSocketClient(stack.url, viewer);
    const everyRun = collect<ProgressEvent>(client, EVERY_RUN);
    const unrelatedRun = collect<ProgressEvent>(client, ONE_RUN, { runId: randomUUID() });
    await subscriptionsReady(client);
    const of = (runId: string, status: string) => (event: { data?: ProgressEvent | null }) =>
      event.data?.payoutRunProgress.runId === runId && event.data.payoutRunProgress.status === status;

    const run = await createPayoutRun(stack, admin, { minimumAmount: 100 });
    const drafted = await everyRun.next(of(run.id, 'DRAFT'));
    expect(drafted.data!.payoutRunProgress).toMatchObject({ itemsDone: 0, itemsTotal: 2, itemsFailed: 0, amountSent: { amount: 0, currency: 'usd' } });
    const thisRun = collect<ProgressEvent>(client, ONE_RUN, { runId: run.id });
    await subscriptionsReady(client);

    await graphql(stack, APPROVE_PAYOUT_RUN, { id: run.id }, finance);
    await thisRun.next(of(run.id, 'APPROVED'));
    await everyRun.next(of(run.id, 'APPROVED'));
    await graphql(stack, EXECUTE_PAYOUT_RUN, { id: run.id }, finance);
    const completed = await thisRun.next(of(run.id, 'COMPLETED'), 30_000);
    expect(completed.data!.payoutRunProgress).toMatchObject({ itemsDone: 2, itemsTotal: 2, itemsFailed: 0, amountSent: { amount: 2_001 } });
    expect(thisRun.events.every((event) => event.data?.payoutRunProgress.runId === run.id)).toBe(true);
    await everyRun.next(of(run.id, 'COMPLETED'));

    await importEarnings(stack, finance, earningsCsv([{ writer: writers[0].writerId, amount: 500, reference: 'live-later' }]));
    const later = await createPayoutRun(stack, finance, { minimumAmount: 100 });
    await everyRun.next(of(later.id, 'DRAFT'));
    await graphql(stack, 'mutation($id: ID!) { cancelPayoutRun(id: $id) { id } }', { id: later.id }, admin);
    await everyRun.next(of(later.id, 'CANCELED'));
    expect(thisRun.events.some((event) => event.data?.payoutRunProgress.runId === later.id)).toBe(false);
    expect(unrelatedRun.events).toEqual([]);
    for (const subscription of [everyRun, unrelatedRun, thisRun]) subscription.stop();
    await client.dispose();
  });
});
