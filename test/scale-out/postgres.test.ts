import { graphql } from '../gql';
import { first, present } from '../kit/checks';
import { adminWithTwoFactor, execute, onboardedWriter } from '../kit/flows';
import { dataOf, postGraphQL } from '../kit/graphql-client';
import { CREATE_TRANSFER, REVERSE_TRANSFER, availableMinor, createTopUp, newKey, readTransfer, stripeTransfersInGroup, topUpStatus } from '../kit/money';
import { createThrowawayDatabase } from '../kit/postgres';
import { type Stack, startStack } from '../kit/stack';
import { waitFor } from '../kit/wait';

const Postgres_MoneyActivity = graphql(`
  query Postgres_MoneyActivity {
    moneyActivity(currency: "usd", days: 2) {
      date
      toppedUp {
        amount
      }
      transferred {
        amount
      }
    }
  }
`);

const Postgres_SignUp = graphql(`
  mutation Postgres_SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
    }
  }
`);

describe('on PostgreSQL (DATABASE_URL), with the same migrations', () => {
  let stack: Stack;
  let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;
  let admin: string;
  beforeAll(async () => {
    database = await createThrowawayDatabase();
    stack = await startStack({ DATABASE_URL: database.url });
    admin = (await adminWithTwoFactor(stack)).token;
  });
  afterAll(async () => {
    await stack.close();
    await database.drop();
  });

  it('onboards a writer, funds the platform and pays once for 30 concurrent requests with one key', async () => {
    const writer = await onboardedWriter(stack);
    const topUp = await createTopUp(stack, admin, { amount: 50_000, source: 'btok_us_verified' });
    await stack.control.settleTopUp(topUp.stripeTopUpId);
    await waitFor(() => topUpStatus(stack, admin, topUp.id), { until: (status) => status === 'SUCCEEDED', what: `top-up ${topUp.id} SUCCEEDED` });
    expect(await availableMinor(stack, admin)).toBe(50_000);

    const input = { writerId: writer.writerId, amount: 12_345, currency: 'usd', description: 'October share', idempotencyKey: newKey('pg') };
    const answers = await Promise.all(Array.from({ length: 30 }, () => postGraphQL(stack.url, CREATE_TRANSFER, { input }, { token: admin })));
    const ids = new Set(answers.map(({ body }) => body.data?.createTransfer.id));
    expect(ids.size).toBe(1);
    const transfer = await readTransfer(stack, admin, present(first([...ids]), 'the transfer id'));
    expect(await stripeTransfersInGroup(stack, present(transfer.transferGroup, 'a transfer group'))).toHaveLength(1);
    expect(await availableMinor(stack, admin)).toBe(50_000 - 12_345);

    const { moneyActivity } = await execute(stack, Postgres_MoneyActivity, {}, admin);
    expect(moneyActivity.reduce((sum, day) => sum + day.toppedUp.amount, 0)).toBe(50_000);
    expect(moneyActivity.reduce((sum, day) => sum + day.transferred.amount, 0)).toBe(12_345);
  });

  it('lets one of many simultaneous sign-ups with one email through on two instances, refusing the rest as BAD_USER_INPUT', async () => {
    const second = await stack.spawnAnotherGateway();
    try {
      const input = { email: `same-moment-${newKey('email')}@example.com`, password: 'answers-pay-42', displayName: 'Same Moment', country: 'US' };
      const answers = await Promise.all(Array.from({ length: 10 }, (_, index) => postGraphQL(index % 2 ? second.url : stack.url, Postgres_SignUp, { input })));
      expect(answers.filter(({ body }) => body.data?.signUp.token)).toHaveLength(1);
      const refusals = answers.flatMap(({ body }) => body.errors ?? []);
      expect(refusals).toHaveLength(9);
      for (const refusal of refusals) expect(refusal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    } finally {
      await second.stop();
    }
  });

  it('pays once when the same request reaches two gateway instances at the same time', async () => {
    const writer = await onboardedWriter(stack);
    const second = await stack.spawnAnotherGateway();
    try {
      const input = {
        writerId: writer.writerId,
        amount: 2_500,
        currency: 'usd',
        description: 'Split across instances',
        idempotencyKey: newKey('two-instances'),
      };
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, index) => postGraphQL(index % 2 ? second.url : stack.url, CREATE_TRANSFER, { input }, { token: admin })),
      );
      const ids = new Set(answers.map(({ body }) => body.data?.createTransfer.id ?? JSON.stringify(body.errors)));
      expect(ids.size).toBe(1);
      const transferId = first([...ids], 'the transfer id');
      const transfer = await waitFor(() => readTransfer(stack, admin, transferId), {
        until: (current) => current.status === 'PAID',
        what: 'the transfer PAID',
      });
      expect(await stripeTransfersInGroup(stack, present(transfer.transferGroup, 'a transfer group'))).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it('reverses a transfer once when full reversals with different keys reach two instances at the same time', async () => {
    const writer = await onboardedWriter(stack);
    const second = await stack.spawnAnotherGateway();
    try {
      const input = { writerId: writer.writerId, amount: 4_000, currency: 'usd', description: 'Reversed twice at once', idempotencyKey: newKey('pg-reverse') };
      const created = dataOf((await postGraphQL(stack.url, CREATE_TRANSFER, { input }, { token: admin })).body).createTransfer;
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          postGraphQL(
            index % 2 ? second.url : stack.url,
            REVERSE_TRANSFER,
            { input: { transferId: created.id, reason: 'Duplicate', idempotencyKey: newKey('full') } },
            { token: admin },
          ),
        ),
      );
      const succeeded = answers.filter(({ body }) => !body.errors);
      expect(succeeded).toHaveLength(1);
      for (const { body } of answers.filter((answer) => answer.body.errors)) expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const [onStripe] = await stripeTransfersInGroup(stack, present(created.transferGroup, 'a transfer group'));
      expect(onStripe?.amount_reversed).toBe(4_000);
      expect(await readTransfer(stack, admin, created.id)).toMatchObject({ status: 'REVERSED', amountReversed: { amount: 4_000 } });
    } finally {
      await second.stop();
    }
  });
});
