import { graphql } from '../gql';
import { present } from '../kit/checks';
import { adminWithTwoFactor, execute, graphqlError, signUpWriter } from '../kit/flows';
import { CREATE_TRANSFER, fundPlatform, newKey } from '../kit/money';
import { approveOAuthLink, visit, writerAccount } from '../kit/oauth';
import { type Stack, startStack } from '../kit/stack';
import { waitFor } from '../kit/wait';

const OAuthDisconnect_Disconnect = graphql(`
  mutation OAuthDisconnect_Disconnect($id: ID!) {
    disconnectStripeAccount(writerId: $id) {
      id
      deauthorized
      onboardingStatus
      canReceiveTransfers
      accountConnection
    }
  }
`);

const OAuthDisconnect_AuditTrail = graphql(`
  query OAuthDisconnect_AuditTrail($id: ID!) {
    auditTrail(subjectId: $id) {
      nodes {
        action
        details
      }
    }
  }
`);

interface Delivery {
  event_type: string;
  account: string | null;
  status: string;
}

describe('an admin disconnects a Stripe account a writer connected through OAuth', () => {
  let stack: Stack;
  let adminToken: string;
  beforeAll(async () => {
    stack = await startStack();
    adminToken = (await adminWithTwoFactor(stack)).token;
    await fundPlatform(stack, adminToken, 50_000);
  });
  afterAll(() => stack.close());

  const connectedWriter = async () => {
    const writer = await signUpWriter(stack);
    expect((await visit(await approveOAuthLink(stack, writer))).status).toBe(303);
    const account = await writerAccount(stack, writer.writerId, writer.token);
    expect(account).toMatchObject({ accountConnection: 'OAUTH', onboardingStatus: 'ACTIVE' });
    return { ...writer, accountId: present(account.stripeAccountId, 'the connected account') };
  };

  it('Stripe sends account.application.deauthorized, and the writer is deauthorized and not payable', async () => {
    const writer = await connectedWriter();
    const { disconnectStripeAccount } = await execute(stack, OAuthDisconnect_Disconnect, { id: writer.writerId }, adminToken);
    expect(disconnectStripeAccount).toMatchObject({ deauthorized: true, canReceiveTransfers: false, accountConnection: 'OAUTH' });

    const delivered = await waitFor(
      async () =>
        ((await stack.control.get('webhook_deliveries')).data as Delivery[]).filter(
          (delivery) => delivery.event_type === 'account.application.deauthorized' && delivery.account === writer.accountId,
        ),
      {
        until: (deliveries) => deliveries.some((delivery) => delivery.status === 'succeeded'),
        what: 'account.application.deauthorized delivered to the gateway',
      },
    );
    expect(delivered.length).toBeGreaterThan(0);
    await expect(stack.stripe.accounts.retrieve(writer.accountId)).rejects.toThrow();

    const refusal = await graphqlError(
      stack,
      CREATE_TRANSFER,
      { input: { writerId: writer.writerId, amount: 500, currency: 'usd', description: 'After disconnect', idempotencyKey: newKey() } },
      adminToken,
    );
    expect(refusal.extensions).toMatchObject({ code: 'WRITER_NOT_PAYABLE', reason: 'ACCOUNT_DISCONNECTED', writerId: writer.writerId });
    const trail = (await execute(stack, OAuthDisconnect_AuditTrail, { id: writer.writerId }, adminToken)).auditTrail.nodes;
    expect(trail).toContainEqual({ action: 'WRITER_ACCOUNT_DISCONNECTED', details: { accountId: writer.accountId } });

    // Disconnected, the writer may connect an account again; once connected, they are payable again.
    expect((await visit(await approveOAuthLink(stack, writer))).status).toBe(303);
    const reconnected = await writerAccount(stack, writer.writerId, writer.token);
    expect(reconnected).toMatchObject({ deauthorized: false, onboardingStatus: 'ACTIVE', canReceiveTransfers: true });
    expect(reconnected.stripeAccountId).not.toBe(writer.accountId);
  });

  it('refuses an account the platform created, and one already disconnected, without calling Stripe twice', async () => {
    const created = await signUpWriter(stack);
    const refusal = await graphqlError(stack, OAuthDisconnect_Disconnect, { id: created.writerId }, adminToken);
    expect(refusal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'writerId' });
    expect(refusal.message).toMatch(/created by the platform/);

    const writer = await connectedWriter();
    await execute(stack, OAuthDisconnect_Disconnect, { id: writer.writerId }, adminToken);
    const again = await graphqlError(stack, OAuthDisconnect_Disconnect, { id: writer.writerId }, adminToken);
    expect(again.extensions.code).toBe('BAD_USER_INPUT');
    expect(again.message).toMatch(/no connected Stripe account/);
  });
});
