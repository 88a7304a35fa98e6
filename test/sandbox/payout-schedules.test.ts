import type Stripe from 'stripe';
import { first } from '../kit/checks';
import { fundPlatform, onboardedAccount, startTestSandbox, type TestSandbox } from './sandbox.kit';

/**
 * Automatic payouts as the sandbox clock crosses dates: each test gives a writer funds, then
 * moves the clock to one UTC midnight after another and notes on which it was paid out.
 */
const DAY_SECONDS = 24 * 60 * 60;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

let kit: TestSandbox;

beforeAll(async () => {
  kit = await startTestSandbox({ settleDelaySeconds: 60 });
  await fundPlatform(kit, 1_000_000);
});
afterAll(() => kit.close());

interface Advanced {
  now: number;
  scheduled_payouts: string[];
}

const advance = (seconds: number) => kit.control<Advanced>('POST', '/_sandbox/clock/advance', { seconds });

/** Moves the sandbox clock to one minute past the next UTC midnight. */
async function toNextMidnight(): Promise<Advanced> {
  const { now } = await kit.control<{ now: number }>('GET', '/_sandbox/clock');
  return advance(DAY_SECONDS - (now % DAY_SECONDS) + 60);
}

async function writerOnSchedule(schedule: Stripe.AccountUpdateParams.Settings.Payouts.Schedule, amount: number) {
  const writer = await onboardedAccount(kit);
  await kit.stripe.accounts.update(writer.id, { settings: { payouts: { schedule } } });
  await kit.stripe.transfers.create({ amount, currency: 'usd', destination: writer.id });
  return writer;
}

/** The day (1 = the first midnight crossed) on which each payout of the writer was made. */
async function payoutDaysOver(days: number, writer: Stripe.Account): Promise<{ day: number; payout: Stripe.Payout }[]> {
  const made: { day: number; payout: Stripe.Payout }[] = [];
  for (let day = 1; day <= days; day += 1) {
    const { scheduled_payouts: scheduled } = await toNextMidnight();
    for (const id of scheduled) {
      const payout = await kit
        .stripeFor(writer.id)
        .payouts.retrieve(id)
        .catch(() => undefined);
      if (payout) made.push({ day, payout });
    }
  }
  return made;
}

const dateIn = (days: number, nowSeconds: number) => new Date((nowSeconds - (nowSeconds % DAY_SECONDS) + days * DAY_SECONDS) * 1000);

test('daily with delay_days 2: funds are paid out on the third midnight, whole and automatic', async () => {
  const writer = await writerOnSchedule({ interval: 'daily', delay_days: 2 }, 2500);
  const made = await payoutDaysOver(4, writer);
  expect(made.map(({ day }) => day)).toEqual([3]);
  const { payout } = first(made, 'a payout');
  expect(payout).toMatchObject({ amount: 2500, automatic: true, status: 'pending', reconciliation_status: 'in_progress' });
  await advance(60);
  const paid = await kit.stripeFor(writer.id).payouts.retrieve(payout.id);
  expect(paid).toMatchObject({ status: 'paid', reconciliation_status: 'completed' });
  await expect(kit.stripeFor(writer.id).payouts.cancel(paid.id)).rejects.toMatchObject({ statusCode: 400 });
  expect(first((await kit.stripeFor(writer.id).balance.retrieve()).available, 'an available balance').amount).toBe(0);
});

test('weekly: paid out on the anchor day only', async () => {
  const { now } = await kit.control<{ now: number }>('GET', '/_sandbox/clock');
  const anchor = WEEKDAYS[dateIn(4, now).getUTCDay()];
  const writer = await writerOnSchedule({ interval: 'weekly', weekly_anchor: anchor, delay_days: 1 }, 1200);
  expect((await payoutDaysOver(6, writer)).map(({ day }) => day)).toEqual([4]);
});

test('monthly: paid out on the anchor date only', async () => {
  const { now } = await kit.control<{ now: number }>('GET', '/_sandbox/clock');
  const anchor = dateIn(3, now).getUTCDate();
  const writer = await writerOnSchedule({ interval: 'monthly', monthly_anchor: anchor, delay_days: 1 }, 900);
  expect((await payoutDaysOver(5, writer)).map(({ day }) => day)).toEqual([3]);
});

test('manual: nothing is paid out, however many dates pass', async () => {
  const writer = await writerOnSchedule({ interval: 'manual' }, 700);
  expect(await payoutDaysOver(3, writer)).toEqual([]);
  expect(first((await kit.stripeFor(writer.id).balance.retrieve()).available, 'an available balance').amount).toBe(700);
});
