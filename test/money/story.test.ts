import { graphql } from '../gql';
import { findIn, present } from '../kit/checks';
import { adminWithTwoFactor, execute, onboardedWriter } from '../kit/flows';
import { collect, postGraphQL, subscriptionsReady, webSocketClient } from '../kit/graphql-client';
import { webhooksSettled } from '../kit/metrics';
import {
  CANCEL_TOP_UP,
  REVERSE_TRANSFER,
  TOP_UP_UPDATED,
  TRANSFER_UPDATED,
  availableMinor,
  createTopUp,
  createTransfer,
  platformBalance,
  readTransfer,
  stripeTransfersInGroup,
  topUpStatus,
} from '../kit/money';
import { type Stack, startStack } from '../kit/stack';
import { waitFor } from '../kit/wait';

const MoneyStory_WriterTransferUpdated = graphql(`
  subscription MoneyStory_WriterTransferUpdated {
    transferUpdated {
      id
      status
      amountReversed {
        amount
      }
    }
  }
`);

const MoneyStory_OwnTransfers = graphql(`
  query MoneyStory_OwnTransfers($id: ID!) {
    writer(id: $id) {
      transfers {
        totalCount
        nodes {
          id
          status
        }
      }
    }
  }
`);

const MoneyStory_AuditTrail = graphql(`
  query MoneyStory_AuditTrail($id: ID!) {
    auditTrail(first: 20, subjectId: $id) {
      nodes {
        action
        actor {
          displayName
        }
        amount {
          amount
        }
      }
    }
  }
`);

const MoneyStory_FailedTopUps = graphql(`
  query MoneyStory_FailedTopUps {
    topUps(first: 5, status: FAILED) {
      nodes {
        id
        failureCode
      }
    }
  }
`);

describe('paying a writer: top up, settle, transfer, reverse', () => {
  let stack: Stack;
  let admin: string;

  beforeAll(async () => {
    stack = await startStack();
    admin = (await adminWithTwoFactor(stack)).token;
  });
  afterAll(() => stack.close());

  it('tells the admin the payout schedule is automatic, so added funds may be paid out', async () => {
    const balance = await platformBalance(stack, admin);
    expect(balance.payoutSchedule).toEqual({ interval: expect.any(String), delayDays: expect.any(Number) });
    if (balance.payoutSchedule!.interval === 'manual') expect(balance.warning).toBeNull();
    else expect(balance.warning).toMatch(/manual payout schedule/);
  });

  it('tops up with btok_us_verified, settles, transfers to an ACTIVE writer and reverses it in two steps', async () => {
    const writer = await onboardedWriter(stack);
    const adminSocket = webSocketClient(stack.url, admin);
    const writerSocket = webSocketClient(stack.url, writer.token);
    const topUpEvents = collect(adminSocket, TOP_UP_UPDATED, {});
    const adminTransferEvents = collect(adminSocket, TRANSFER_UPDATED, { writerId: writer.writerId });
    const writerTransferEvents = collect(writerSocket, MoneyStory_WriterTransferUpdated, {});
    await subscriptionsReady(adminSocket);
    await subscriptionsReady(writerSocket);

    const before = await availableMinor(stack, admin);
    const topUp = await createTopUp(stack, admin, { amount: 50_000, description: 'Ad revenue, week 23', statementDescriptor: 'Weekly top-up' });
    expect(topUp).toMatchObject({
      status: 'PENDING',
      stripeTopUpId: expect.stringMatching(/^tu_/),
      amount: { amount: 50_000, currency: 'usd', formatted: '$500.00' },
      statementDescriptor: 'Weekly top-up',
      cancelable: true,
      createdBy: { displayName: expect.any(String) },
    });
    expect(Date.parse(present(topUp.expectedAvailabilityDate, 'an expected availability date'))).toBeGreaterThan(Date.now());
    expect(findIn((await platformBalance(stack, admin)).pending, (entry) => entry.currency === 'usd', 'a pending usd balance').amount).toBeGreaterThanOrEqual(
      50_000,
    );

    await stack.control.settleTopUp(topUp.stripeTopUpId);
    await topUpEvents.next((event) => event.data?.topUpUpdated.id === topUp.id && event.data?.topUpUpdated.status === 'SUCCEEDED');
    expect(await topUpStatus(stack, admin, topUp.id)).toBe('SUCCEEDED');
    expect(await availableMinor(stack, admin)).toBe(before + 50_000);

    const { data, errors } = await createTransfer(stack, admin, { writerId: writer.writerId, amount: 12_345, description: 'Answers, May' });
    expect(errors).toBeUndefined();
    const transfer = present(data, 'the created transfer').createTransfer;
    expect(transfer).toMatchObject({
      status: 'PAID',
      stripeTransferId: expect.stringMatching(/^tr_/),
      amount: { amount: 12_345, currency: 'usd', formatted: '$123.45' },
      amountReversed: { amount: 0 },
      writer: { id: writer.writerId, stripeAccountId: writer.accountId },
      nextStates: ['PARTIALLY_REVERSED', 'REVERSED'],
    });
    expect(await availableMinor(stack, admin)).toBe(before + 50_000 - 12_345);
    const [onStripe] = await stripeTransfersInGroup(stack, present(transfer.transferGroup, 'a transfer group'));
    expect(onStripe).toMatchObject({ id: transfer.stripeTransferId, amount: 12_345, destination: writer.accountId, metadata: { transfer_id: transfer.id } });

    const own = await execute(stack, MoneyStory_OwnTransfers, { id: writer.writerId }, writer.token);
    expect(own.writer.transfers).toEqual({ totalCount: 1, nodes: [{ id: transfer.id, status: 'PAID' }] });
    await adminTransferEvents.next((event) => event.data?.transferUpdated.id === transfer.id && event.data?.transferUpdated.status === 'PAID');
    await writerTransferEvents.next((event) => event.data?.transferUpdated.id === transfer.id && event.data?.transferUpdated.status === 'PAID');

    const partial = await execute(stack, REVERSE_TRANSFER, { input: { transferId: transfer.id, amount: 2_345, reason: 'Answer removed' } }, admin);
    expect(partial.reverseTransfer).toMatchObject({
      status: 'PARTIALLY_REVERSED',
      amountReversed: { amount: 2_345 },
      reversibleAmount: { amount: 10_000 },
      reversals: [
        {
          status: 'SUCCEEDED',
          reason: 'Answer removed',
          amount: { amount: 2_345 },
          stripeReversalId: expect.stringMatching(/^trr_/),
          createdBy: { displayName: 'Admin' },
        },
      ],
    });
    expect(await availableMinor(stack, admin)).toBe(before + 50_000 - 10_000);

    const full = await execute(stack, REVERSE_TRANSFER, { input: { transferId: transfer.id, reason: 'Writer left' } }, admin);
    expect(full.reverseTransfer).toMatchObject({ status: 'REVERSED', amountReversed: { amount: 12_345 }, reversibleAmount: { amount: 0 }, nextStates: [] });
    expect(full.reverseTransfer.reversals).toHaveLength(2);
    expect(await availableMinor(stack, admin)).toBe(before + 50_000);
    expect((await stack.stripe.transfers.retrieve(present(transfer.stripeTransferId, 'a Stripe transfer id'))).amount_reversed).toBe(12_345);

    await writerTransferEvents.next((event) => event.data?.transferUpdated.id === transfer.id && event.data?.transferUpdated.status === 'REVERSED');
    // Webhooks for the same changes arrive later and change nothing.
    await webhooksSettled(stack);
    expect(await readTransfer(stack, admin, transfer.id)).toMatchObject({ status: 'REVERSED', amountReversed: { amount: 12_345 } });

    const trail = await execute(stack, MoneyStory_AuditTrail, { id: transfer.id }, admin);
    expect(trail.auditTrail.nodes.map((entry) => entry.action).sort()).toEqual(['TRANSFER_PAID', 'TRANSFER_REQUESTED']);
    expect(findIn(trail.auditTrail.nodes, (entry) => entry.action === 'TRANSFER_REQUESTED', 'a TRANSFER_REQUESTED entry').actor).toEqual({
      displayName: expect.any(String),
    });

    for (const events of [topUpEvents, adminTransferEvents, writerTransferEvents]) events.stop();
    await Promise.all([adminSocket.dispose(), writerSocket.dispose()]);
  });

  it('cancels a pending top-up, and refuses to cancel one that settled', async () => {
    const pending = await createTopUp(stack, admin, { amount: 5_000 });
    const canceled = await execute(stack, CANCEL_TOP_UP, { id: pending.id }, admin);
    expect(canceled.cancelTopUp).toMatchObject({ status: 'CANCELED', cancelable: false, nextStates: [] });

    const settled = await createTopUp(stack, admin, { amount: 5_000 });
    await stack.control.settleTopUp(settled.stripeTopUpId);
    await waitFor(() => topUpStatus(stack, admin, settled.id), { until: (status) => status === 'SUCCEEDED', what: `top-up ${settled.id} SUCCEEDED` });
    const { body } = await postGraphQL(stack.url, CANCEL_TOP_UP, { id: settled.id }, { token: admin });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/SUCCEEDED/);
  });

  it('records a top-up that fails at settlement as FAILED with its failure code', async () => {
    const topUp = await createTopUp(stack, admin, { amount: 5_000, source: 'btok_us_verified_insufficientFunds' });
    await stack.control.settleTopUp(topUp.stripeTopUpId);
    await waitFor(() => topUpStatus(stack, admin, topUp.id), { until: (status) => status === 'FAILED', what: `top-up ${topUp.id} FAILED` });
    const data = await execute(stack, MoneyStory_FailedTopUps, {}, admin);
    expect(data.topUps.nodes).toContainEqual({ id: topUp.id, failureCode: 'insufficient_funds' });
  });
});
