import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { graphql } from '../gql';
import { first, present } from '../kit/checks';
import { createOnboardingLink, execute, signUpWriter, writerAccountId } from '../kit/flows';
import { writerPayouts } from '../kit/payouts';
import { type Stack, startStack } from '../kit/stack';
import { waitFor } from '../kit/wait';
import { deliverSigned } from '../kit/webhooks';

const CONNECT_SECRET = 'whsec_test_connect_payouts';

const PayoutWebhooks_SyncWriter = graphql(`
  mutation PayoutWebhooks_SyncWriter($id: ID!) {
    syncWriter(id: $id) {
      id
    }
  }
`);

/** Stripe delivers payout events in any order and sometimes twice: a status never goes back. */
describe('payout webhooks out of order and duplicated', () => {
  let stack: Stack;
  let outcomeOf: (eventId: string) => { outcome: string | null; processedAt: string | null } | undefined;
  beforeAll(async () => {
    stack = await startStack({ STRIPE_WEBHOOK_SECRET: 'whsec_test_platform_payouts', STRIPE_CONNECT_WEBHOOK_SECRET: CONNECT_SECRET });
    const database = new Database(join(stack.gateway.dataDirectory, 'gateway.sqlite'), { readonly: true });
    outcomeOf = (eventId) => database.prepare('SELECT outcome, processedAt FROM webhook_events WHERE id = ?').get(eventId) as any;
  });
  afterAll(() => stack.close());

  async function deliverApplied(event: Record<string, unknown>): Promise<string> {
    const answer = await deliverSigned(stack.url, JSON.stringify(event), { secret: CONNECT_SECRET });
    expect(answer.status).toBe(200);
    const stored = await waitFor(async () => outcomeOf(event.id as string), {
      until: (row) => Boolean(row?.processedAt),
      what: `event ${String(event.id)} applied`,
    });
    return present(stored?.outcome, `the outcome of event ${String(event.id)}`);
  }

  it('never regresses a status, applies a duplicate once, and takes a failure after paid', async () => {
    // The sandbox signs its own events with another secret: the writer's account is re-read instead.
    const signedUp = await signUpWriter(stack);
    await createOnboardingLink(stack, signedUp);
    const writer = { ...signedUp, accountId: await writerAccountId(stack, signedUp) };
    await stack.control.completeOnboarding(writer.accountId);
    await execute(stack, PayoutWebhooks_SyncWriter, { id: writer.writerId }, writer.token);
    const account = await stack.stripe.accounts.retrieve(writer.accountId);
    const bank = first(present(account.external_accounts, 'external accounts').data, 'a bank account');
    const createdSeconds = Math.floor(Date.now() / 1000);
    const payoutId = `po_${randomUUID().replace(/-/g, '').slice(0, 24)}`;
    const payout = (status: string, failure: { code: string; message: string } | null = null) => ({
      id: payoutId,
      object: 'payout',
      amount: 1500,
      currency: 'usd',
      arrival_date: createdSeconds + 86400,
      automatic: true,
      created: createdSeconds,
      destination: bank.id,
      failure_code: failure?.code ?? null,
      failure_message: failure?.message ?? null,
      method: 'standard',
      status,
      type: 'bank_account',
      livemode: false,
      metadata: {},
    });
    const event = (type: string, object: object, offsetSeconds: number, id = `evt_${randomUUID().replace(/-/g, '')}`) => ({
      id,
      object: 'event',
      api_version: '2026-10-28.endive',
      created: createdSeconds + offsetSeconds,
      type,
      account: writer.accountId,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object },
    });
    const status = async () =>
      (await writerPayouts(stack, writer.writerId, writer.token)).payouts.nodes.map((node) => ({
        id: node.stripePayoutId,
        status: node.status,
        bankLast4: node.bankLast4,
      }));

    const paid = event('payout.paid', payout('paid'), 2);
    await deliverApplied(paid);
    expect(await status()).toEqual([{ id: payoutId, status: 'PAID', bankLast4: bank.last4 }]);

    expect(await deliverApplied(event('payout.created', payout('pending'), 0))).toMatch(/^ignored/);
    expect(await deliverApplied(event('payout.updated', payout('in_transit'), 1))).toMatch(/^ignored/);
    const again = await deliverSigned(stack.url, JSON.stringify(paid), { secret: CONNECT_SECRET });
    expect(again).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect(await status()).toEqual([{ id: payoutId, status: 'PAID', bankLast4: bank.last4 }]);

    // A bank can return a payout Stripe had marked paid: failed wins, and nothing older undoes it.
    await deliverApplied(event('payout.failed', payout('failed', { code: 'account_closed', message: 'The bank account has been closed.' }), 5));
    expect(await deliverApplied(event('payout.paid', payout('paid'), 3))).toMatch(/^ignored/);
    const [held] = (await writerPayouts(stack, writer.writerId, writer.token)).payouts.nodes;
    expect(held).toMatchObject({ status: 'FAILED', failureCode: 'account_closed', failureMessage: 'The bank account has been closed.' });
  });

  it("ignores the platform's own payouts and accounts that are not writers'", async () => {
    const platformPayout = {
      id: 'po_platform',
      object: 'payout',
      amount: 100,
      currency: 'usd',
      arrival_date: 0,
      automatic: false,
      created: 0,
      destination: null,
      status: 'paid',
    };
    const base = {
      object: 'event',
      api_version: '2026-10-28.endive',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: platformPayout },
    };
    expect(await deliverApplied({ ...base, id: `evt_${randomUUID().replace(/-/g, '')}`, type: 'payout.paid', account: 'acct_nobody' })).toMatch(/not a writer/);
  });
});
