import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { CreateTransferInput } from '../gql/graphql';
import { first } from '../kit/checks';
import {
  adminWithTwoFactor,
  adminWithoutTwoFactor,
  execute,
  onboardedWriter,
  signUpWriter,
  waitForStatus,
  writerAccountId,
  type SignedInWriter,
} from '../kit/flows';
import { postGraphQL } from '../kit/graphql-client';
import { CANCEL_TOP_UP, CREATE_TOP_UP, CREATE_TRANSFER, REVERSE_TRANSFER, availableMinor, fundPlatform, moneyFootprint, newKey } from '../kit/money';
import { waitForDeauthorized } from '../kit/lifecycle';
import { type Stack, startStack } from '../kit/stack';

describe('money refusals: each has its code and writes nothing', () => {
  let stack: Stack;
  let admin: string;
  let adminSessionWithoutTwoFactor: string;
  let payable: SignedInWriter;
  let notOnboarded: SignedInWriter;
  let rejected: SignedInWriter;
  let disconnected: SignedInWriter;
  let paidTransferId: string;
  let settledTopUpId: string;

  beforeAll(async () => {
    stack = await startStack();
    adminSessionWithoutTwoFactor = await adminWithoutTwoFactor(stack);
    admin = (await adminWithTwoFactor(stack)).token;
    payable = await onboardedWriter(stack);
    notOnboarded = await signUpWriter(stack);
    rejected = await signUpWriter(stack);
    await stack.control.setAccountState(await writerAccountId(stack, rejected), 'rejected');
    await waitForStatus(stack, rejected.writerId, admin, 'REJECTED');
    const onboarded = await onboardedWriter(stack);
    disconnected = onboarded;
    await stack.control.deauthorize(onboarded.accountId);
    await waitForDeauthorized(stack, onboarded.writerId, admin);
    settledTopUpId = (await fundPlatform(stack, admin, 100_000)).id;
    const paid = await execute(
      stack,
      CREATE_TRANSFER,
      { input: { writerId: payable.writerId, amount: 3_000, currency: 'usd', idempotencyKey: newKey() } },
      admin,
    );
    paidTransferId = paid.createTransfer.id;
  });
  afterAll(() => stack.close());

  /** Runs the operation and checks its error code, and that no row, audit entry or Stripe transfer appeared. */
  async function expectRefused<TVariables>(operation: TypedDocumentNode<unknown, TVariables>, variables: TVariables, code: string, token = admin) {
    const footprint = await moneyFootprint(stack, admin);
    const stripeTransfers = (await stack.stripe.transfers.list({ limit: 100 })).data.length;
    const { body } = await postGraphQL(stack.url, operation, variables, { token });
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.data ?? null).toBeNull();
    expect(await moneyFootprint(stack, admin)).toEqual(footprint);
    expect((await stack.stripe.transfers.list({ limit: 100 })).data.length).toBe(stripeTransfers);
    return first(body.errors ?? [], 'a GraphQL error');
  }

  const transferInput = (overrides: Partial<CreateTransferInput> = {}) => ({
    input: { writerId: payable.writerId, amount: 1_000, currency: 'usd', idempotencyKey: newKey(), ...overrides },
  });

  it.each([
    ['zero', 0],
    ['negative', -100],
    ['over the maximum', 100_000_000],
  ])('refuses an amount that is %s as BAD_USER_INPUT', async (_label, amount) => {
    const error = await expectRefused(CREATE_TRANSFER, transferInput({ amount }), 'BAD_USER_INPUT');
    expect(JSON.stringify(error)).toMatch(/amount must be/);
  });

  it('refuses a fractional amount as BAD_USER_INPUT (GraphQL Int)', async () => {
    await expectRefused(CREATE_TRANSFER, transferInput({ amount: 12.5 }), 'BAD_USER_INPUT');
  });

  it('refuses an unknown currency as BAD_USER_INPUT', async () => {
    const error = await expectRefused(CREATE_TRANSFER, transferInput({ currency: 'xyz' }), 'BAD_USER_INPUT');
    expect(JSON.stringify(error)).toMatch(/ISO 4217/);
  });

  it('refuses a currency the platform holds none of as BAD_USER_INPUT on currency', async () => {
    const error = await expectRefused(CREATE_TRANSFER, transferInput({ currency: 'eur' }), 'BAD_USER_INPUT');
    expect(error.extensions).toMatchObject({ field: 'currency' });
    expect(error.message).toMatch(/holds no eur; it holds usd/);
  });

  it('refuses a writer who has not finished onboarding as WRITER_NOT_PAYABLE', async () => {
    const error = await expectRefused(CREATE_TRANSFER, transferInput({ writerId: notOnboarded.writerId }), 'WRITER_NOT_PAYABLE');
    expect(error.extensions).toMatchObject({ writerId: notOnboarded.writerId, onboardingStatus: expect.any(String) });
  });

  it('refuses a writer whose account Stripe rejected as WRITER_NOT_PAYABLE, saying so', async () => {
    const error = await expectRefused(CREATE_TRANSFER, transferInput({ writerId: rejected.writerId }), 'WRITER_NOT_PAYABLE');
    expect(error.extensions).toMatchObject({ writerId: rejected.writerId, onboardingStatus: 'REJECTED', reason: 'ACCOUNT_REJECTED' });
    expect(error.message).toMatch(/their Stripe account was rejected by Stripe/);
  });

  it('refuses a writer who disconnected their account as WRITER_NOT_PAYABLE, not as a Stripe error', async () => {
    const error = await expectRefused(CREATE_TRANSFER, transferInput({ writerId: disconnected.writerId }), 'WRITER_NOT_PAYABLE');
    expect(error.extensions).toMatchObject({ writerId: disconnected.writerId, reason: 'ACCOUNT_DISCONNECTED' });
    expect(error.message).toMatch(/no longer connected to the platform/);
  });

  it('refuses an unknown writer as NOT_FOUND', async () => {
    await expectRefused(CREATE_TRANSFER, transferInput({ writerId: '00000000-0000-0000-0000-000000000000' }), 'NOT_FOUND');
  });

  it('refuses more than the available balance as INSUFFICIENT_FUNDS, saying what is available', async () => {
    const available = await availableMinor(stack, admin);
    const error = await expectRefused(CREATE_TRANSFER, transferInput({ amount: available + 1 }), 'INSUFFICIENT_FUNDS');
    expect(error.extensions).toMatchObject({ available: { amount: available, currency: 'usd' }, requested: { amount: available + 1 } });
    expect(error.message).toContain(`available`);
  });

  it('refuses a writer calling createTransfer as FORBIDDEN', async () => {
    await expectRefused(CREATE_TRANSFER, transferInput(), 'FORBIDDEN', payable.token);
  });

  it('refuses an admin whose session has no two-factor as TWO_FACTOR_REQUIRED', async () => {
    await expectRefused(CREATE_TRANSFER, transferInput(), 'TWO_FACTOR_REQUIRED', adminSessionWithoutTwoFactor);
    await expectRefused(
      CREATE_TOP_UP,
      { input: { amount: 1_000, currency: 'usd', idempotencyKey: newKey() } },
      'TWO_FACTOR_REQUIRED',
      adminSessionWithoutTwoFactor,
    );
    await expectRefused(REVERSE_TRANSFER, { input: { transferId: paidTransferId } }, 'TWO_FACTOR_REQUIRED', adminSessionWithoutTwoFactor);
  });

  it('refuses anonymous callers as UNAUTHENTICATED', async () => {
    await expectRefused(CREATE_TRANSFER, transferInput(), 'UNAUTHENTICATED', '');
  });

  it('refuses a statement descriptor over 15 characters as BAD_USER_INPUT', async () => {
    await expectRefused(
      CREATE_TOP_UP,
      { input: { amount: 1_000, currency: 'usd', statementDescriptor: 'Sixteen chars!!!', idempotencyKey: newKey() } },
      'BAD_USER_INPUT',
    );
  });

  it('refuses cancelling a settled top-up as BAD_USER_INPUT', async () => {
    const error = await expectRefused(CANCEL_TOP_UP, { id: settledTopUpId }, 'BAD_USER_INPUT');
    expect(error.message).toMatch(/only a pending top-up/i);
  });

  it('refuses reversing more than was transferred as BAD_USER_INPUT', async () => {
    const error = await expectRefused(REVERSE_TRANSFER, { input: { transferId: paidTransferId, amount: 3_001 } }, 'BAD_USER_INPUT');
    expect(error.message).toContain('$30.00');
  });

  it('refuses reversing a transfer Stripe has not confirmed as BAD_USER_INPUT', async () => {
    await stack.control.fault('/v1/transfers', 'error', 1, 'POST');
    const pending = await execute(stack, CREATE_TRANSFER, transferInput(), admin);
    expect(pending.createTransfer.status).toBe('PENDING');
    const error = await expectRefused(REVERSE_TRANSFER, { input: { transferId: pending.createTransfer.id } }, 'BAD_USER_INPUT');
    expect(error.message).toMatch(/this one is PENDING/);
  });

  it('refuses reversing an unknown transfer as NOT_FOUND', async () => {
    await expectRefused(REVERSE_TRANSFER, { input: { transferId: '00000000-0000-0000-0000-000000000000' } }, 'NOT_FOUND');
  });
});
