import { graphql } from '../gql';
import { findIn } from '../kit/checks';
import {
  adminWithTwoFactor,
  createOnboardingLink,
  execute,
  graphqlError,
  onboardedWriter,
  signUpWriter,
  teamMember,
  waitForStatus,
  writerAccountId,
} from '../kit/flows';
import { fundPlatform } from '../kit/money';
import { APPROVE_PAYOUT_RUN, EXECUTE_PAYOUT_RUN, createPayoutRun, importEarnings, ledgerBalances, readPayoutRun, waitForRunStatus } from '../kit/payout-runs';
import { type Stack, startStack } from '../kit/stack';

const PayoutRunStory_GraceView = graphql(`
  query PayoutRunStory_GraceView($id: ID!) {
    writer(id: $id) {
      payableBalance {
        amount
        currency
      }
      earnings {
        totalCount
        nodes {
          reference
          amount {
            amount
          }
          revenue {
            amount
          }
        }
      }
    }
  }
`);

const PayoutRunStory_KatherineView = graphql(`
  query PayoutRunStory_KatherineView($id: ID!) {
    writer(id: $id) {
      payableBalance {
        amount
      }
      payoutItems {
        nodes {
          status
          runId
          amount {
            amount
          }
        }
      }
    }
  }
`);

/**
 * The story of issue "pay every writer their share": earnings for three writers (one not
 * onboarded) are imported, a run is drafted, refused to its creator, approved by Finance and
 * executed; the held writer onboards and a new run pays them. The ledger sums to zero and every
 * Stripe transfer carries its run's transfer_group.
 */
describe('payout runs: earnings → draft → approval → execution → the held writer paid later', () => {
  let stack: Stack;
  let admin: string;
  let finance: string;

  beforeAll(async () => {
    stack = await startStack({ REVENUE_SHARE_PERCENT: '50' });
    admin = (await adminWithTwoFactor(stack)).token;
    finance = (await teamMember(stack, admin, 'FINANCE')).token;
    await fundPlatform(stack, admin, 1_000_000);
  });
  afterAll(() => stack.close());

  it('pays two writers, holds the one not onboarded, then pays them in a new run', async () => {
    const ada = await onboardedWriter(stack, { displayName: 'Ada Lovelace' });
    const grace = await onboardedWriter(stack, { displayName: 'Grace Hopper' });
    const katherine = await signUpWriter(stack, { displayName: 'Katherine Johnson' });
    const csv = [
      'writer,amount,revenue,currency,period_start,period_end,reference',
      `${ada.writerId},1500,,usd,2026-11-01,2026-11-30,nov-ada`,
      `${grace.email},,5000,usd,2026-11-01,2026-11-30,nov-grace`,
      `${katherine.writerId},1200,,usd,2026-11-01,2026-11-30,nov-katherine`,
    ].join('\n');

    const dryRun = await importEarnings(stack, finance, csv, true);
    expect(dryRun).toMatchObject({ dryRun: true, rowsTotal: 3, rowsAccepted: 3, rejected: [], totalAmount: { amount: 1500 + 2500 + 1200 } });
    expect((await ledgerBalances(stack, admin)).balances).toEqual([]);
    const imported = await importEarnings(stack, finance, csv);
    expect(imported).toMatchObject({ dryRun: false, rowsAccepted: 3, totalAmount: { amount: 5200, currency: 'usd' } });
    expect(await importEarnings(stack, finance, csv)).toMatchObject({ rowsAccepted: 0, rowsAlreadyRecorded: 3, totalAmount: { amount: 0 } });

    const graceView = await execute(stack, PayoutRunStory_GraceView, { id: grace.writerId }, grace.token);
    expect(graceView.writer.payableBalance).toEqual([{ amount: 2500, currency: 'usd' }]);
    expect(graceView.writer.earnings.nodes).toEqual([{ reference: 'nov-grace', amount: { amount: 2500 }, revenue: { amount: 5000 } }]);

    const run = await createPayoutRun(stack, admin, { minimumAmount: 1000, description: 'November answers' });
    expect(run).toMatchObject({
      status: 'DRAFT',
      itemCount: 2,
      heldCount: 1,
      totalAmount: { amount: 4000 },
      heldAmount: { amount: 1200 },
      shortfall: { amount: 0 },
      approvedBy: null,
    });
    const drafted = await readPayoutRun(stack, admin, run.id);
    const held = findIn(drafted.items.nodes, (item) => item.writerId === katherine.writerId, "Katherine's item");
    expect(held).toMatchObject({ status: 'HELD', transferId: null });
    expect(held.heldReason).toMatch(/onboarding/);

    const refusal = await graphqlError(stack, APPROVE_PAYOUT_RUN, { id: run.id }, admin);
    expect(refusal.extensions.code).toBe('FORBIDDEN');
    expect(refusal.message).toMatch(/another team member/);
    const approved = (await execute(stack, APPROVE_PAYOUT_RUN, { id: run.id }, finance)).approvePayoutRun;
    expect(approved).toMatchObject({ status: 'APPROVED', approvedBy: { displayName: 'FINANCE Member' } });

    await execute(stack, EXECUTE_PAYOUT_RUN, { id: run.id }, finance);
    const finished = await waitForRunStatus(stack, admin, run.id, ['COMPLETED', 'COMPLETED_WITH_FAILURES']);
    expect(finished).toMatchObject({ status: 'COMPLETED', progress: { itemsDone: 2, itemsTotal: 2, itemsFailed: 0, amountSent: { amount: 4000 } } });
    const items = (await readPayoutRun(stack, admin, run.id)).items.nodes;
    expect(items.map((item) => item.status).sort()).toEqual(['HELD', 'PAID', 'PAID']);
    const onStripe = await stack.stripe.transfers.list({ transfer_group: run.id, limit: 100 });
    expect(onStripe.data.map((transfer) => [transfer.destination, transfer.amount]).sort()).toEqual(
      [
        [ada.accountId, 1500],
        [grace.accountId, 2500],
      ].sort(),
    );

    await createOnboardingLink(stack, katherine);
    const stripeAccountId = await writerAccountId(stack, katherine);
    await stack.control.completeOnboarding(stripeAccountId);
    await waitForStatus(stack, katherine.writerId, katherine.token, 'ACTIVE');
    const second = await createPayoutRun(stack, finance, { minimumAmount: 1000 });
    expect(second).toMatchObject({ itemCount: 1, heldCount: 0, totalAmount: { amount: 1200 } });
    await execute(stack, APPROVE_PAYOUT_RUN, { id: second.id }, admin);
    await execute(stack, EXECUTE_PAYOUT_RUN, { id: second.id }, admin);
    await waitForRunStatus(stack, admin, second.id, ['COMPLETED']);
    const secondOnStripe = await stack.stripe.transfers.list({ transfer_group: second.id, limit: 100 });
    expect(secondOnStripe.data.map((transfer) => [transfer.destination, transfer.amount])).toEqual([[stripeAccountId, 1200]]);

    const everyTransfer = await stack.stripe.transfers.list({ limit: 100 });
    expect(everyTransfer.data.map((transfer) => transfer.transfer_group).sort()).toEqual([run.id, run.id, second.id].sort());
    const ledger = await ledgerBalances(stack, admin);
    expect(ledger.sums).toEqual({ usd: 0 });
    expect({
      revenueShare: ledger.of('REVENUE_SHARE'),
      payable: ledger.of('WRITER_PAYABLE'),
      inTransit: ledger.of('IN_TRANSIT'),
      paid: ledger.of('WRITER_PAID'),
    }).toEqual({ revenueShare: 5200, payable: 0, inTransit: 0, paid: -5200 });

    const katherineView = await execute(stack, PayoutRunStory_KatherineView, { id: katherine.writerId }, katherine.token);
    expect(katherineView.writer).toEqual({
      payableBalance: [],
      payoutItems: {
        nodes: [
          { status: 'PAID', runId: second.id, amount: { amount: 1200 } },
          { status: 'HELD', runId: run.id, amount: { amount: 1200 } },
        ],
      },
    });
  });
});
