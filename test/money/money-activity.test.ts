import { graphql } from '../gql';
import type { MoneyActivity_DaysQuery, MoneyActivity_DaysQueryVariables } from '../gql/graphql';
import { elementAt, first, present } from '../kit/checks';
import { adminWithTwoFactor, execute, graphqlError, onboardedWriter } from '../kit/flows';
import { dataOf, postGraphQL } from '../kit/graphql-client';
import { REVERSE_TRANSFER, createTopUp, createTransfer, fundPlatform, topUpStatus } from '../kit/money';
import { type Stack, startStack } from '../kit/stack';
import { waitFor } from '../kit/wait';

const MoneyActivity_Days = graphql(`
  query MoneyActivity_Days($currency: String!, $days: Int, $timeZone: String) {
    moneyActivity(currency: $currency, days: $days, timeZone: $timeZone) {
      date
      toppedUp {
        amount
        currency
        formatted
      }
      transferred {
        amount
      }
      reversed {
        amount
      }
    }
  }
`);

type ActivityDay = MoneyActivity_DaysQuery['moneyActivity'][number];

const today = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const sum = (days: ActivityDay[], pick: (day: ActivityDay) => number) => days.reduce((total, day) => total + pick(day), 0);

/** The overview chart's daily totals: what moved, per day, in the admin's time zone. */
describe('money activity per day', () => {
  let stack: Stack;
  let admin: string;

  beforeAll(async () => {
    stack = await startStack();
    admin = (await adminWithTwoFactor(stack)).token;
    const writer = await onboardedWriter(stack);
    await fundPlatform(stack, admin, 50_000);
    await createTopUp(stack, admin, { amount: 7_000 });
    const failed = await createTopUp(stack, admin, { amount: 900_000 });
    await stack.control.failTopUp(failed.stripeTopUpId, 'insufficient_funds');
    await waitFor(() => topUpStatus(stack, admin, failed.id), { until: (status) => status === 'FAILED', what: `top-up ${failed.id} FAILED` });
    const paid = await createTransfer(stack, admin, { writerId: writer.writerId, amount: 12_000 });
    expect(paid.errors).toBeUndefined();
    const { body } = await postGraphQL(
      stack.url,
      REVERSE_TRANSFER,
      { input: { transferId: dataOf(paid).createTransfer.id, amount: 2_000, reason: 'Duplicate answer' } },
      { token: admin },
    );
    expect(body.errors).toBeUndefined();
    expect((await createTransfer(stack, admin, { writerId: writer.writerId, amount: 5_000_000 })).errors?.[0]?.extensions?.code).toBe('INSUFFICIENT_FUNDS');
  });
  afterAll(() => stack.close());

  async function activity(variables: MoneyActivity_DaysQueryVariables): Promise<ActivityDay[]> {
    return (await execute(stack, MoneyActivity_Days, variables, admin)).moneyActivity;
  }

  it.each(['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'sums what moved, per day up to today in %s; failed top-ups and refused transfers count for nothing',
    async (timeZone) => {
      const before = today(timeZone);
      const days = await activity({ currency: 'USD', days: 3, timeZone });
      const after = today(timeZone);
      expect(days).toHaveLength(3);
      expect([before, after]).toContain(elementAt(days, 2, 'today').date);
      for (let index = 1; index < days.length; index += 1) {
        expect(Date.parse(elementAt(days, index).date) - Date.parse(elementAt(days, index - 1).date)).toBe(24 * 60 * 60 * 1000);
      }
      expect(sum(days, (day) => day.toppedUp.amount)).toBe(57_000);
      expect(sum(days, (day) => day.transferred.amount)).toBe(12_000);
      expect(sum(days, (day) => day.reversed.amount)).toBe(2_000);
      expect(days.find((day) => day.toppedUp.amount > 0)?.toppedUp).toEqual({ amount: 57_000, currency: 'usd', formatted: '$570.00' });
    },
  );

  it('counts days in the chosen zone: a zone 25 hours apart starts on another date', async () => {
    const [east, west] = await Promise.all([
      activity({ currency: 'usd', days: 1, timeZone: 'Pacific/Kiritimati' }),
      activity({ currency: 'usd', days: 1, timeZone: 'Pacific/Pago_Pago' }),
    ]);
    expect(first(east).date).not.toBe(first(west).date);
  });

  it('defaults to 14 days in UTC, and reports zeros for a currency nothing moved in', async () => {
    const days = await activity({ currency: 'eur' });
    expect(days).toHaveLength(14);
    expect(present(days.at(-1), 'today').date).toBe(today('UTC'));
    expect(days.every((day) => day.toppedUp.amount === 0 && day.transferred.amount === 0 && day.toppedUp.currency === 'eur')).toBe(true);
  });

  it.each([
    [{ currency: 'usd', days: 0 }, 'days must be at least 1'],
    [{ currency: 'usd', days: 91 }, 'days must be at most 90'],
    [{ currency: 'usd', timeZone: 'Mars/Olympus_Mons' }, 'timeZone must be an IANA time zone'],
    [{ currency: 'xyz' }, 'currency must be an ISO 4217 code'],
  ])('refuses %j with BAD_USER_INPUT', async (variables, message) => {
    const error = await graphqlError(stack, MoneyActivity_Days, variables, admin);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(error)).toContain(message);
  });
});
