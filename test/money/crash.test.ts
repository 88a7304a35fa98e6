import { adminWithTwoFactor, graphql, onboardedWriter, type SignedInWriter } from '../kit/flows';
import { availableMinor, createTransfer, fundPlatform, newKey, stripeTransfersInGroup, waitForTransferStatus } from '../kit/money';
import { type Stack, startStack } from '../kit/stack';

const ENVIRONMENT = { MONEY_RECOVERY_INTERVAL_MS: '300' };

/**
 * The gateway kills itself (SIGKILL, so nothing gets to clean up) at a named point of a
 * transfer; the sandbox, in this process, outlives it. After a restart on the same database,
 * exactly one Stripe transfer exists and the row is complete.
 */
describe('a gateway killed in the middle of a transfer', () => {
  let stack: Stack;
  let admin: string;
  let writer: SignedInWriter & { accountId: string };

  beforeAll(async () => {
    stack = await startStack(ENVIRONMENT);
    admin = (await adminWithTwoFactor(stack)).token;
    writer = await onboardedWriter(stack);
    await fundPlatform(stack, admin, 1_000_000);
  });
  afterAll(() => stack.close());

  const stripeTransfersToWriter = async () => (await stack.stripe.transfers.list({ destination: writer.accountId, limit: 100 })).data.length;

  it.each([
    ['transfer-row-committed', 0],
    ['stripe-answered', 1],
  ])('pays exactly once when killed right after %s', async (crashPoint, paidWhenKilled) => {
    const before = await availableMinor(stack, admin);
    const paidBefore = await stripeTransfersToWriter();
    const gateway = await stack.restartGateway({ CRASH_AFTER: crashPoint });
    const input = { writerId: writer.writerId, amount: 2_500, idempotencyKey: newKey(crashPoint) };
    await expect(createTransfer(stack, admin, input)).rejects.toThrow();
    await gateway.stop();
    expect(gateway.process.signalCode).toBe('SIGKILL');
    expect(await stripeTransfersToWriter()).toBe(paidBefore + paidWhenKilled);

    await stack.restartGateway();
    const listed = await graphql(
      stack,
      'query($writerId: ID) { transfers(first: 100, writerId: $writerId) { nodes { id idempotencyKey } } }',
      { writerId: writer.writerId },
      admin,
    );
    const row = listed.transfers.nodes.find((node: { idempotencyKey: string }) => node.idempotencyKey === input.idempotencyKey);
    expect(row).toBeDefined();
    const paid = await waitForTransferStatus(stack, admin, row.id, 'PAID');
    const onStripe = await stripeTransfersInGroup(stack, paid.transferGroup);
    expect(onStripe.map((transfer) => transfer.id)).toEqual([paid.stripeTransferId]);
    expect(await availableMinor(stack, admin)).toBe(before - 2_500);

    const replay = await createTransfer(stack, admin, input);
    expect(replay.data!.createTransfer).toMatchObject({ id: row.id, status: 'PAID', stripeTransferId: paid.stripeTransferId });
    expect(await stripeTransfersInGroup(stack, paid.transferGroup)).toHaveLength(1);
  });
});
