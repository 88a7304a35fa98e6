import { graphql } from '../kit/flows';
import { READY_TIMEOUT_MS, spawnGateway, type GatewayProcess } from '../kit/gateway-process';
import { postGraphQL } from '../kit/graphql-client';
import type { Stack } from '../kit/stack';
import { waitFor } from '../kit/wait';

const ADMIN = { email: 'demo-admin@payouts.test', password: 'demo-password-123' };

describe('demo data on a first start against the sandbox', () => {
  let gateway: GatewayProcess;
  let token: string;
  const asStack = () => ({ url: gateway.url }) as Stack;
  beforeAll(async () => {
    gateway = await spawnGateway({ SEED_DEMO: '1', SANDBOX_PORT: '0', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }, READY_TIMEOUT_MS, 'start');
    const { body } = await postGraphQL(gateway.url, 'mutation($input: LogInInput!) { logIn(input: $input) { token } }', { input: ADMIN });
    token = body.data!.logIn.token;
  });
  afterAll(() => gateway.stop());

  it('serves at once and announces the demo data once it is seeded', async () => {
    await gateway.waitForOutput(/Demo data\s+seeded/);
  });

  it('seeds a dozen writers across every onboarding status', async () => {
    const { writerStatusCounts } = await graphql(asStack(), '{ writerStatusCounts { status count } }', {}, token);
    const counts = Object.fromEntries(writerStatusCounts.map((entry: { status: string; count: number }) => [entry.status, entry.count]));
    expect(Object.values(counts).reduce((sum: number, count) => sum + (count as number), 0)).toBe(12);
    for (const status of ['NOT_STARTED', 'IN_PROGRESS', 'PENDING_VERIFICATION', 'RESTRICTED', 'ACTIVE', 'REJECTED']) expect(counts[status]).toBeGreaterThan(0);
  });

  it('seeds settled and pending top-ups, transfers and a reversal, and funds stay consistent', async () => {
    // Transfers settle and the reversal lands through webhooks after the seed returns.
    const data = await waitFor(
      () =>
        graphql(
          asStack(),
          '{ topUps { nodes { status } } transfers { nodes { status amountReversed { amount } } } platformBalance { available { amount currency } } }',
          {},
          token,
        ),
      {
        until: (seeded) =>
          seeded.topUps.nodes.filter((topUp: { status: string }) => topUp.status === 'SUCCEEDED').length >= 2 &&
          seeded.transfers.nodes.some((transfer: { status: string }) => transfer.status === 'PARTIALLY_REVERSED'),
        what: 'two settled top-ups and the partly reversed transfer',
      },
    );
    const topUpStatuses = data.topUps.nodes.map((topUp: { status: string }) => topUp.status).sort();
    expect(topUpStatuses).toEqual(['PENDING', 'SUCCEEDED', 'SUCCEEDED']);
    expect(data.transfers.nodes.length).toBeGreaterThanOrEqual(5);
    expect(data.transfers.nodes.filter((transfer: { status: string }) => transfer.status === 'PARTIALLY_REVERSED')).toHaveLength(1);
    expect(data.platformBalance.available).toEqual([expect.objectContaining({ currency: 'usd', amount: expect.any(Number) })]);
  });

  it('does not seed again on a restart', async () => {
    const port = new URL(gateway.url).port;
    await gateway.stop();
    gateway = await spawnGateway(
      { SEED_DEMO: '1', PORT: port, DATA_DIR: gateway.dataDirectory, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
      READY_TIMEOUT_MS,
      'start',
    );
    const { writers } = await graphql(asStack(), '{ writers { totalCount } }', {}, token);
    expect(writers.totalCount).toBe(12);
  });
});
