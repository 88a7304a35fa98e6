import type { CreateTopUpInput } from '../gql/graphql';
import { first } from '../kit/checks';
import { adminWithTwoFactor, onboardedWriter, type SignedInWriter } from '../kit/flows';
import { dataOf, postGraphQL } from '../kit/graphql-client';
import {
  CREATE_TOP_UP,
  availableMinor,
  createTransfer,
  fundPlatform,
  moneyFootprint,
  newKey,
  readTransfer,
  stripeTransfersInGroup,
  waitForTransferStatus,
} from '../kit/money';
import { type Stack, startStack } from '../kit/stack';
import { waitFor } from '../kit/wait';

// A short Stripe timeout makes `hang` faults cost a second; a short recovery interval finishes
// pending transfers while the test watches.
const ENVIRONMENT = { STRIPE_TIMEOUT_MS: '1000', MONEY_RECOVERY_INTERVAL_MS: '300' };

describe('a transfer is paid exactly once', () => {
  let stack: Stack;
  let admin: string;
  let writer: SignedInWriter;

  beforeAll(async () => {
    stack = await startStack(ENVIRONMENT);
    admin = (await adminWithTwoFactor(stack)).token;
    writer = await onboardedWriter(stack);
    await fundPlatform(stack, admin, 5_000_000);
  });
  afterAll(() => stack.close());

  it('answers one key sent 5 times in a row with the same response and one Stripe transfer', async () => {
    const input = { writerId: writer.writerId, amount: 1_000, idempotencyKey: newKey('sequential') };
    const before = await availableMinor(stack, admin);
    const responses = [];
    for (let attempt = 0; attempt < 5; attempt += 1) responses.push(await createTransfer(stack, admin, input));
    expect(first(responses).errors).toBeUndefined();
    expect(dataOf(first(responses)).createTransfer.status).toBe('PAID');
    for (const response of responses) expect(response).toEqual(first(responses));
    expect(await stripeTransfersInGroup(stack, dataOf(first(responses)).createTransfer.transferGroup)).toHaveLength(1);
    expect(await availableMinor(stack, admin)).toBe(before - 1_000);
  });

  it('answers one key sent 50 times at once with the same response and one Stripe transfer', async () => {
    const input = { writerId: writer.writerId, amount: 1_100, idempotencyKey: newKey('concurrent') };
    const before = await availableMinor(stack, admin);
    const footprint = await moneyFootprint(stack, admin);
    const responses = await Promise.all(Array.from({ length: 50 }, () => createTransfer(stack, admin, input)));
    expect(first(responses).errors).toBeUndefined();
    for (const response of responses) expect(response).toEqual(first(responses));
    const transfer = dataOf(first(responses)).createTransfer;
    expect(transfer.status).toBe('PAID');
    expect(await stripeTransfersInGroup(stack, transfer.transferGroup)).toHaveLength(1);
    expect(await availableMinor(stack, admin)).toBe(before - 1_100);
    expect(await moneyFootprint(stack, admin)).toEqual({ ...footprint, transfers: footprint.transfers + 1, auditEntries: footprint.auditEntries + 2 });
  });

  it('refuses the same key with another amount as IDEMPOTENCY_CONFLICT, writing nothing', async () => {
    const idempotencyKey = newKey('conflict');
    const original = await createTransfer(stack, admin, { writerId: writer.writerId, amount: 1_200, idempotencyKey });
    const footprint = await moneyFootprint(stack, admin);
    const second = await createTransfer(stack, admin, { writerId: writer.writerId, amount: 1_300, idempotencyKey });
    expect(second.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_CONFLICT');
    expect(second.data).toBeNull();
    expect(await moneyFootprint(stack, admin)).toEqual(footprint);
    expect(await stripeTransfersInGroup(stack, dataOf(original).createTransfer.transferGroup)).toHaveLength(1);
    // The original request still replays.
    expect(await createTransfer(stack, admin, { writerId: writer.writerId, amount: 1_200, idempotencyKey })).toEqual(original);
  });

  // When Stripe did the work, its transfer.created webhook may finish the row before the
  // unanswered call gives up, so the first answer can already be PAID.
  it('answers a top-up replayed with its key with the same top-up, and the key with other input as IDEMPOTENCY_CONFLICT', async () => {
    const input = { amount: 7_000, currency: 'usd', source: 'btok_us_verified', idempotencyKey: newKey('topup') };
    const send = (variables: CreateTopUpInput) => postGraphQL(stack.url, CREATE_TOP_UP, { input: variables }, { token: admin }).then(({ body }) => body);
    const responses = await Promise.all([send(input), send(input), send(input)]);
    responses.push(await send(input));
    for (const response of responses) expect(response).toEqual(first(responses));
    const topUp = dataOf(first(responses)).createTopUp;
    const onStripe = await stack.stripe.topups.list({ limit: 100 });
    expect(onStripe.data.filter((candidate) => candidate.metadata.top_up_id === topUp.id)).toHaveLength(1);
    expect((await send({ ...input, amount: 7_001 })).errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_CONFLICT');
  });

  it.each(['error_after', 'hang_after', 'bad_gateway_after'] as const)(
    'records a top-up whose answer was lost (%s) as pending, then finishes it with the same key: one Stripe top-up',
    async (mode) => {
      await stack.control.fault('/v1/topups', mode, 1, 'POST');
      const input = { amount: 6_000, currency: 'usd', source: 'btok_us_verified', idempotencyKey: newKey(`topup-${mode}`) };
      const firstAnswer = (await postGraphQL(stack.url, CREATE_TOP_UP, { input }, { token: admin })).body;
      expect(firstAnswer.errors).toBeUndefined();
      expect(dataOf(firstAnswer).createTopUp.status).toBe('PENDING');
      const topUpId = dataOf(firstAnswer).createTopUp.id;
      const recovered = await waitFor(async () => dataOf((await postGraphQL(stack.url, CREATE_TOP_UP, { input }, { token: admin })).body).createTopUp, {
        until: (topUp) => Boolean(topUp.stripeTopUpId),
        what: 'the recovered top-up on Stripe',
      });
      expect(recovered).toMatchObject({ id: topUpId, status: 'PENDING', failureCode: null });
      const onStripe = await stack.stripe.topups.list({ limit: 100 });
      expect(onStripe.data.filter((candidate) => candidate.metadata.top_up_id === topUpId).map((topUp) => topUp.id)).toEqual([recovered.stripeTopUpId]);
    },
  );

  describe.each([
    ['answers 500 before doing the work', 'error', ['PENDING']],
    ['does the work, then answers 500', 'error_after', ['PENDING', 'PAID']],
    ['never answers, having done nothing', 'hang', ['PENDING']],
    ['does the work, then never answers', 'hang_after', ['PENDING', 'PAID']],
    ['does the work, then a proxy in front of it answers 502 with an HTML page', 'bad_gateway_after', ['PENDING', 'PAID']],
  ] as const)('when Stripe %s on the first try', (_label, mode, firstStatuses) => {
    it('answers without an error, then pays it once with the same key', async () => {
      const before = await availableMinor(stack, admin);
      await stack.control.fault('/v1/transfers', mode, 1, 'POST');
      const input = { writerId: writer.writerId, amount: 1_400, idempotencyKey: newKey(mode) };
      const firstAnswer = await createTransfer(stack, admin, input);
      expect(firstAnswer.errors).toBeUndefined();
      const pending = dataOf(firstAnswer).createTransfer;
      expect(firstStatuses).toContain(pending.status);
      if (pending.status === 'PENDING')
        expect(pending).toMatchObject({ stripeTransferId: null, failureMessage: expect.stringMatching(/same idempotency key/) });

      const paid = await waitForTransferStatus(stack, admin, pending.id, 'PAID');
      expect(paid.failureMessage).toBeNull();
      const onStripe = await stripeTransfersInGroup(stack, pending.transferGroup);
      expect(onStripe.map((transfer) => transfer.id)).toEqual([paid.stripeTransferId]);
      expect(await availableMinor(stack, admin)).toBe(before - 1_400);
      // A client retry now answers with the finished transfer.
      expect((await createTransfer(stack, admin, input)).data?.createTransfer).toEqual(await readTransfer(stack, admin, pending.id));
    });
  });

  it('finishes a pending transfer when the client retries before the recovery pass does', async () => {
    await stack.restartGateway({ ...ENVIRONMENT, MONEY_RECOVERY_INTERVAL_MS: '3600000' });
    try {
      await stack.control.fault('/v1/transfers', 'error', 1, 'POST');
      const input = { writerId: writer.writerId, amount: 1_500, idempotencyKey: newKey('client-retry') };
      expect((await createTransfer(stack, admin, input)).data?.createTransfer.status).toBe('PENDING');
      const retried = dataOf(await createTransfer(stack, admin, input)).createTransfer;
      expect(retried.status).toBe('PAID');
      expect(await stripeTransfersInGroup(stack, retried.transferGroup)).toHaveLength(1);
    } finally {
      await stack.restartGateway(ENVIRONMENT);
    }
  });
});
