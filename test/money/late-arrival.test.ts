import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import Database from 'better-sqlite3';
import { present } from '../kit/checks';
import { adminWithTwoFactor, onboardedWriter } from '../kit/flows';
import { postGraphQL } from '../kit/graphql-client';
import { CREATE_TOP_UP, CREATE_TRANSFER, fundPlatform, newKey, readTransfer } from '../kit/money';
import { type Stack, startStack } from '../kit/stack';
import { waitFor } from '../kit/wait';

// Recovery waits an hour while a request is set up, then runs every 300 ms after a restart.
const QUIET = { STRIPE_TIMEOUT_MS: '1000', MONEY_RECOVERY_INTERVAL_MS: '3600000' };
const RECOVERING = { STRIPE_TIMEOUT_MS: '1000', MONEY_RECOVERY_INTERVAL_MS: '300' };

/**
 * A request Stripe never answered is retried with its key for a day, then recorded as failed.
 * Should Stripe's record of it still turn up (a request that reached Stripe very late), Stripe
 * is the truth: the row takes Stripe's status and the key answers with the row again.
 */
describe('a payment the gateway gave up on, found on Stripe afterwards', () => {
  let stack: Stack;
  let admin: string;

  beforeAll(async () => {
    stack = await startStack(QUIET);
    admin = (await adminWithTwoFactor(stack)).token;
  });
  afterEach(() => stack.restartGateway(QUIET));
  afterAll(() => stack.close());

  /** Stops the gateway, moves a row's creation two days back (past Stripe's key window) and restarts with recovery on. */
  async function ageRow(table: 'top_ups' | 'transfers', id: string): Promise<void> {
    await stack.gateway.stop('SIGTERM');
    const database = new Database(join(stack.gateway.dataDirectory, 'gateway.sqlite'));
    try {
      expect(database.prepare(`UPDATE ${table} SET createdAt = datetime('now', '-2 days') WHERE id = ?`).run(id).changes).toBe(1);
    } finally {
      database.close();
    }
    await stack.restartGateway(RECOVERING);
  }

  const send = <TData, TInput>(document: TypedDocumentNode<TData, { input: TInput }>, input: TInput) =>
    postGraphQL(stack.url, document, { input }, { token: admin }).then(({ body }) => body);

  it('a top-up: failed after a day unanswered, then PENDING again when Stripe has it, and settles', async () => {
    await stack.control.fault('/v1/topups', 'hang', 1, 'POST');
    const input = { amount: 4_200, currency: 'usd', source: 'btok_us_verified', idempotencyKey: newKey('late-topup') };
    const pending = present((await send(CREATE_TOP_UP, input)).data, 'the pending top-up').createTopUp;
    expect(pending).toMatchObject({ status: 'PENDING', stripeTopUpId: null });

    await ageRow('top_ups', pending.id);
    await waitFor(() => send(CREATE_TOP_UP, input), { until: (body) => body.data?.createTopUp.status === 'FAILED', what: 'the top-up FAILED' });

    const onStripe = await stack.stripe.topups.create({ amount: 4_200, currency: 'usd', source: 'btok_us_verified', metadata: { top_up_id: pending.id } });
    const replayed = await waitFor(() => send(CREATE_TOP_UP, input), {
      until: (body) => body.data?.createTopUp.stripeTopUpId === onStripe.id,
      what: 'the replayed top-up with its Stripe id',
    });
    expect(replayed.data?.createTopUp).toMatchObject({ id: pending.id, status: 'PENDING', stripeTopUpId: onStripe.id, failureCode: null });
    await stack.control.settleTopUp(onStripe.id);
    await waitFor(() => send(CREATE_TOP_UP, input), { until: (body) => body.data?.createTopUp.status === 'SUCCEEDED', what: 'the top-up SUCCEEDED' });
  });

  it('a transfer: failed after a day unanswered, then PAID when Stripe has it, and its key answers with it', async () => {
    const writer = await onboardedWriter(stack);
    await fundPlatform(stack, admin, 20_000);
    await stack.control.fault('/v1/transfers', 'hang', 1, 'POST');
    const input = { writerId: writer.writerId, amount: 3_300, currency: 'usd', idempotencyKey: newKey('late-transfer') };
    const pending = present((await send(CREATE_TRANSFER, input)).data, 'the pending transfer').createTransfer;
    expect(pending.status).toBe('PENDING');

    await ageRow('transfers', pending.id);
    await waitFor(() => readTransfer(stack, admin, pending.id), { until: (transfer) => transfer.status === 'FAILED', what: `transfer ${pending.id} FAILED` });

    const onStripe = await stack.stripe.transfers.create({
      amount: 3_300,
      currency: 'usd',
      destination: writer.accountId,
      transfer_group: present(pending.transferGroup, 'a transfer group'),
      metadata: { transfer_id: pending.id },
    });
    const paid = await waitFor(() => readTransfer(stack, admin, pending.id), {
      until: (transfer) => transfer.status === 'PAID',
      what: `transfer ${pending.id} PAID`,
    });
    expect(paid).toMatchObject({ stripeTransferId: onStripe.id, failureMessage: null });
    expect((await send(CREATE_TRANSFER, input)).data?.createTransfer).toEqual(paid);
  });
});
