import { graphql } from '../gql';
import type { UpdatePayoutScheduleInput } from '../gql/graphql';
import { first, present } from '../kit/checks';
import { adminWithTwoFactor, execute, graphqlError, onboardedWriter, teamMember } from '../kit/flows';
import { postGraphQL } from '../kit/graphql-client';
import { CREATE_TOP_UP, createTopUp } from '../kit/money';
import { UPDATE_PAYOUT_SCHEDULE, writerPayouts } from '../kit/payouts';
import { type Stack, startStack } from '../kit/stack';

const PayoutSchedule_AuditTrail = graphql(`
  query PayoutSchedule_AuditTrail($id: ID!) {
    auditTrail(subjectId: $id, first: 1) {
      nodes {
        action
        actor {
          id
        }
        details
      }
    }
  }
`);

const PayoutSchedule_TopUpCount = graphql(`
  query PayoutSchedule_TopUpCount {
    topUps {
      totalCount
    }
  }
`);

/** Payout schedules live on the connected account's settings.payouts.schedule; the gateway checks them as Stripe does. */
describe('payout schedules', () => {
  let stack: Stack;
  let admin: string;
  let writer: Awaited<ReturnType<typeof onboardedWriter>>;
  beforeAll(async () => {
    stack = await startStack({ PAYOUT_SCHEDULE_DEFAULT: 'weekly:friday:7' });
    admin = (await adminWithTwoFactor(stack)).token;
    writer = await onboardedWriter(stack);
  });
  afterAll(() => stack.close());

  const stripeSchedule = async () =>
    present((await stack.stripe.accounts.retrieve(writer.accountId)).settings?.payouts, 'payout settings on the account').schedule;
  const update = (input: Omit<UpdatePayoutScheduleInput, 'writerId'>, token = admin) =>
    execute(stack, UPDATE_PAYOUT_SCHEDULE, { input: { writerId: writer.writerId, ...input } }, token);

  it('new writers start on PAYOUT_SCHEDULE_DEFAULT', async () => {
    expect(await stripeSchedule()).toEqual({ interval: 'weekly', weekly_anchor: 'friday', delay_days: 7 });
    expect((await writerPayouts(stack, writer.writerId, writer.token)).payoutSchedule).toEqual({
      interval: 'weekly',
      weeklyAnchor: 'friday',
      delayDays: 7,
      monthlyAnchor: null,
    });
  });

  it.each([
    [
      { interval: 'daily', delayDays: 14 },
      { interval: 'daily', delay_days: 14 },
      { interval: 'daily', delayDays: 14, weeklyAnchor: null, monthlyAnchor: null },
    ],
    [
      { interval: 'weekly', weeklyAnchor: 'Tuesday' },
      { interval: 'weekly', weekly_anchor: 'tuesday', delay_days: 2 },
      { interval: 'weekly', delayDays: 2, weeklyAnchor: 'tuesday', monthlyAnchor: null },
    ],
    [
      { interval: 'monthly', monthlyAnchor: 31, delayDays: 3 },
      { interval: 'monthly', monthly_anchor: 31, delay_days: 3 },
      { interval: 'monthly', delayDays: 3, weeklyAnchor: null, monthlyAnchor: 31 },
    ],
    [{ interval: 'manual' }, { interval: 'manual', delay_days: 2 }, { interval: 'manual', delayDays: 2, weeklyAnchor: null, monthlyAnchor: null }],
  ])('%j reaches the account as Stripe holds it', async (input, onStripe, ours) => {
    const { updatePayoutSchedule } = await update(input);
    expect(updatePayoutSchedule.payoutSchedule).toEqual(ours);
    expect(await stripeSchedule()).toEqual(onStripe);
  });

  it('audits each change with what it was and what it became', async () => {
    await update({ interval: 'daily', delayDays: 5 });
    const { auditTrail } = await execute(stack, PayoutSchedule_AuditTrail, { id: writer.writerId }, admin);
    expect(first(auditTrail.nodes, 'an audit entry')).toMatchObject({
      action: 'PAYOUT_SCHEDULE_CHANGED',
      actor: { id: expect.any(String) },
      details: { before: expect.any(String), after: 'daily, 5 days delay' },
    });
  });

  it.each([
    [{ interval: 'hourly' }, 'interval'],
    [{ interval: 'weekly' }, 'weeklyAnchor'],
    [{ interval: 'weekly', weeklyAnchor: 'someday' }, 'weeklyAnchor'],
    [{ interval: 'daily', weeklyAnchor: 'monday' }, 'weeklyAnchor'],
    [{ interval: 'monthly' }, 'monthlyAnchor'],
    [{ interval: 'monthly', monthlyAnchor: 32 }, 'monthlyAnchor'],
    [{ interval: 'weekly', weeklyAnchor: 'monday', monthlyAnchor: 3 }, 'monthlyAnchor'],
    [{ interval: 'daily', delayDays: 1 }, 'delayDays'],
    [{ interval: 'daily', delayDays: 32 }, 'delayDays'],
  ])('refuses %j naming %s, and changes nothing', async (input, field) => {
    const before = await stripeSchedule();
    const error = await graphqlError(stack, UPDATE_PAYOUT_SCHEDULE, { input: { writerId: writer.writerId, ...input } }, admin);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toContain(field);
    expect(await stripeSchedule()).toEqual(before);
  });

  it('is for Admin and Finance with two-factor; writers and viewers are refused', async () => {
    const viewer = await teamMember(stack, admin, 'VIEWER');
    const finance = await teamMember(stack, admin, 'FINANCE');
    expect((await graphqlError(stack, UPDATE_PAYOUT_SCHEDULE, { input: { writerId: writer.writerId, interval: 'daily' } }, writer.token)).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await graphqlError(stack, UPDATE_PAYOUT_SCHEDULE, { input: { writerId: writer.writerId, interval: 'daily' } }, viewer.token)).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await update({ interval: 'daily' }, finance.token)).updatePayoutSchedule.payoutSchedule?.interval).toBe('daily');
  });

  it("refuses top-ups while the platform's own payouts are automatic (Stripe: top-ups need a manual schedule)", async () => {
    const platformId = stack.sandbox.platformAccountId;
    await stack.stripe.accounts.update(platformId, { settings: { payouts: { schedule: { interval: 'daily' } } } });
    try {
      const { body } = await postGraphQL(
        stack.url,
        CREATE_TOP_UP,
        { input: { amount: 1000, currency: 'usd', idempotencyKey: 'automatic-platform' } },
        { token: admin },
      );
      expect(body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/manual payout schedule/),
        extensions: { code: 'FORBIDDEN', reason: 'PLATFORM_AUTOMATIC_PAYOUTS', payoutInterval: 'daily' },
      });
      expect((await execute(stack, PayoutSchedule_TopUpCount, {}, admin)).topUps.totalCount).toBe(0);
    } finally {
      await stack.stripe.accounts.update(platformId, { settings: { payouts: { schedule: { interval: 'manual' } } } });
    }
    expect((await createTopUp(stack, admin, { amount: 1000 })).status).toBe('PENDING');
  });
});
