import { graphql } from '../gql';
import { present } from '../kit/checks';
import { adminWithTwoFactor, execute, onboardedWriter } from '../kit/flows';
import { collect, subscriptionsReady, webSocketClient } from '../kit/graphql-client';
import { PAYOUT_UPDATED, UPDATE_PAYOUT_SCHEDULE, availableIn, crossMidnights, payWriter, waitForPayouts, writerPayouts } from '../kit/payouts';
import { type Stack, startStack } from '../kit/stack';

const PayoutsStory_Overview = graphql(`
  query PayoutsStory_Overview($id: ID!) {
    payouts(status: FAILED, first: 50) {
      totalCount
      nodes {
        stripePayoutId
        writer {
          id
        }
      }
    }
    auditTrail(subjectId: $id, first: 20) {
      nodes {
        action
        amount {
          amount
        }
        details
      }
    }
  }
`);

/**
 * After the transfer: the money sits in the writer's Stripe balance, then Stripe pays it to their
 * bank on their schedule as the sandbox clock passes payout dates. The gateway follows it all
 * from payout.* webhooks on the connected account.
 */
describe('payouts to writers’ banks', () => {
  let stack: Stack;
  let admin: string;
  beforeAll(async () => {
    stack = await startStack();
    admin = (await adminWithTwoFactor(stack)).token;
  });
  afterAll(() => stack.close());

  it('transfer → balance → payout made and paid on the schedule, live, agreeing with Stripe', async () => {
    const writer = await onboardedWriter(stack);
    await execute(stack, UPDATE_PAYOUT_SCHEDULE, { input: { writerId: writer.writerId, interval: 'daily', delayDays: 2 } }, admin);
    await payWriter(stack, admin, writer.writerId, 4200);
    expect(availableIn((await writerPayouts(stack, writer.writerId, writer.token)).balance)).toBe(4200);

    const client = webSocketClient(stack.url, writer.token);
    const live = collect(client, PAYOUT_UPDATED, { id: writer.writerId });
    await subscriptionsReady(client);

    // delay_days 2: funds that arrived today are paid out on the third midnight, not before.
    expect(await crossMidnights(stack, 2)).toEqual([]);
    const [payoutId] = await crossMidnights(stack, 1);
    expect(payoutId).toMatch(/^po_/);
    const created = await live.next((event) => event.data?.payoutUpdated.stripePayoutId === payoutId);
    expect(created.data?.payoutUpdated).toMatchObject({ status: 'PENDING', automatic: true, amount: { amount: 4200, currency: 'usd' }, bankLast4: '6789' });

    await stack.control.advanceClock(3600);
    await live.next((event) => event.data?.payoutUpdated.status === 'PAID');
    const after = await waitForPayouts(stack, writer.writerId, writer.token, (payouts) => payouts.payouts.nodes[0]?.status === 'PAID', 'payout PAID');
    expect(availableIn(after.balance)).toBe(0);

    const stripePayouts = await stack.stripe.payouts.list({ limit: 100 }, { stripeAccount: writer.accountId });
    expect(
      after.payouts.nodes.map((payout) => ({
        id: payout.stripePayoutId,
        status: payout.status.toLowerCase(),
        amount: payout.amount.amount,
        arrival: Date.parse(present(payout.arrivalDate, 'an arrival date')) / 1000,
      })),
    ).toEqual(stripePayouts.data.map((payout) => ({ id: payout.id, status: payout.status, amount: payout.amount, arrival: payout.arrival_date })));
    live.stop();
    await client.dispose();
  });

  it("a failing test bank number: FAILED with Stripe's code and message, for the writer and the admin, and the funds back in the balance", async () => {
    const writer = await onboardedWriter(stack);
    await stack.stripe.accounts.createExternalAccount(writer.accountId, { external_account: 'btok_us_verified_noAccount', default_for_currency: true });
    await execute(stack, UPDATE_PAYOUT_SCHEDULE, { input: { writerId: writer.writerId, interval: 'daily' } }, admin);
    await payWriter(stack, admin, writer.writerId, 3100);
    const [payoutId] = await crossMidnights(stack, 3);
    expect(payoutId).toMatch(/^po_/);
    await stack.control.advanceClock(3600);

    const failed = {
      stripePayoutId: payoutId,
      status: 'FAILED',
      failureCode: 'no_account',
      failureMessage: expect.stringMatching(/No bank account could be located/),
      bankLast4: '1116',
      whatToDo: expect.stringMatching(/Express Dashboard.*bank account details/),
    };
    const seenByWriter = await waitForPayouts(
      stack,
      writer.writerId,
      writer.token,
      (payouts) => payouts.payouts.nodes.some((payout) => payout.status === 'FAILED'),
      'payout FAILED',
    );
    expect(seenByWriter.payouts.nodes).toContainEqual(expect.objectContaining(failed));
    expect(availableIn(seenByWriter.balance)).toBe(3100);
    const seenByAdmin = await writerPayouts(stack, writer.writerId, admin);
    expect(seenByAdmin.payouts.nodes).toContainEqual(expect.objectContaining(failed));

    const overview = await execute(stack, PayoutsStory_Overview, { id: writer.writerId }, admin);
    expect(overview.payouts.nodes).toContainEqual({ stripePayoutId: payoutId, writer: { id: writer.writerId } });
    expect(overview.auditTrail.nodes).toContainEqual(
      expect.objectContaining({
        action: 'PAYOUT_FAILED',
        amount: { amount: 3100 },
        details: expect.objectContaining({ stripePayoutId: payoutId, failureCode: 'no_account' }),
      }),
    );
  });
});
