import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { graphql } from '../gql';
import { present } from '../kit/checks';
import { adminWithTwoFactor, createOnboardingLink, signUpWriter, writerAccountId, writerStatus } from '../kit/flows';
import type { GatewayProcess } from '../kit/gateway-process';
import { collect, dataOf, postGraphQL, subscriptionsReady, webSocketClient } from '../kit/graphql-client';
import { CREATE_TRANSFER, TOP_UP_UPDATED, TRANSFER_UPDATED, createTopUp, fundPlatform, newKey } from '../kit/money';
import { createThrowawayDatabase } from '../kit/postgres';
import { type Stack, startStack } from '../kit/stack';
import { waitFor } from '../kit/wait';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const Redis_StatusChanged = graphql(`
  subscription Redis_StatusChanged {
    onboardingStatusChanged {
      id
      onboardingStatus
      requirementsDue
      canReceiveTransfers
      createdAt
    }
  }
`);

const Redis_WriterStatusChanged = graphql(`
  subscription Redis_WriterStatusChanged($id: ID) {
    onboardingStatusChanged(writerId: $id) {
      id
    }
  }
`);

const Redis_LogIn = graphql(`
  mutation Redis_LogIn($input: LogInInput!) {
    logIn(input: $input) {
      token
    }
  }
`);

const Redis_LogOut = graphql(`
  mutation Redis_LogOut {
    logOut
  }
`);

/**
 * Two gateway instances on one PostgreSQL database and one Redis: a change made on the first
 * (a mutation, a webhook, the recovery worker) reaches subscribers connected to the second,
 * with every field resolved as if it had happened there, and access rules still applied.
 */
describe('several instances share subscriptions through Redis (REDIS_URL)', () => {
  // A prefix of our own keeps this platform's channels apart from anything else on the Redis.
  const channelPrefix = `payouts-test-${randomUUID().slice(0, 8)}:`;
  let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;
  let stack: Stack;
  let second: GatewayProcess;
  let redis: Redis;
  let admin: string;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    database = await createThrowawayDatabase();
    stack = await startStack({ DATABASE_URL: database.url, REDIS_URL, REDIS_CHANNEL_PREFIX: channelPrefix });
    second = await stack.spawnAnotherGateway();
    admin = (await adminWithTwoFactor(stack)).token;
  });
  afterAll(async () => {
    await second?.stop();
    await stack?.close();
    await database?.drop();
    redis?.disconnect();
  });

  /** Redis SUBSCRIBE runs after the GraphQL subscription starts: wait until Redis has it. */
  async function subscribedOnRedis(topic: string) {
    await waitFor(async () => ((await redis.pubsub('NUMSUB', channelPrefix + topic)) as [string, number])[1], {
      until: (subscribers) => subscribers >= 1,
      what: `a Redis subscriber on ${channelPrefix}${topic}`,
    });
  }

  it('reports Redis in readiness', async () => {
    expect(await (await fetch(`${second.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it("a writer's onboarding, changed on one instance, reaches an admin on the other; other writers still see nothing", async () => {
    const writer = await signUpWriter(stack);
    const bystander = await signUpWriter(stack);
    const adminClient = webSocketClient(second.url, admin);
    const bystanderClient = webSocketClient(second.url, bystander.token);
    const adminEvents = collect(adminClient, Redis_StatusChanged);
    const bystanderEvents = collect(bystanderClient, Redis_StatusChanged);
    try {
      await Promise.all([subscriptionsReady(adminClient), subscriptionsReady(bystanderClient)]);
      await subscribedOnRedis('ONBOARDING_STATUS_CHANGED');

      // The first link is minted on the first instance only; no webhook is involved.
      await createOnboardingLink(stack, writer);
      const started = await adminEvents.next((event) => event.data?.onboardingStatusChanged.id === writer.writerId);
      expect(started.data?.onboardingStatusChanged).toMatchObject({ onboardingStatus: 'IN_PROGRESS', canReceiveTransfers: false });
      expect(Number.isNaN(Date.parse(present(started.data?.onboardingStatusChanged.createdAt, 'a creation time')))).toBe(false);

      const { stripeAccountId } = await writerStatus(stack, writer.writerId, writer.token);
      await stack.control.completeOnboarding(stripeAccountId);
      const active = await adminEvents.next(
        (event) => event.data?.onboardingStatusChanged.id === writer.writerId && event.data.onboardingStatusChanged.onboardingStatus === 'ACTIVE',
      );
      expect(active.data?.onboardingStatusChanged).toMatchObject({ requirementsDue: [], canReceiveTransfers: true });
      await subscriptionsReady(bystanderClient);
      expect(bystanderEvents.events.filter((event) => event.data?.onboardingStatusChanged.id === writer.writerId)).toEqual([]);
    } finally {
      adminEvents.stop();
      bystanderEvents.stop();
      await Promise.all([adminClient.dispose(), bystanderClient.dispose()]);
    }
  });

  it('top-ups and transfers made on one instance reach subscribers on the other with every field', async () => {
    const writer = await signUpWriter(stack);
    await createOnboardingLink(stack, writer);
    await stack.control.completeOnboarding(await writerAccountId(stack, writer));
    await waitFor(() => writerStatus(stack, writer.writerId, writer.token), {
      until: (current) => current.onboardingStatus === 'ACTIVE',
      what: `writer ${writer.writerId} ACTIVE`,
    });

    const adminClient = webSocketClient(second.url, admin);
    const writerClient = webSocketClient(second.url, writer.token);
    const topUps = collect(adminClient, TOP_UP_UPDATED);
    const transfers = collect(adminClient, TRANSFER_UPDATED, {});
    const ownTransfers = collect(writerClient, TRANSFER_UPDATED, {});
    try {
      await Promise.all([subscriptionsReady(adminClient), subscriptionsReady(writerClient)]);
      await Promise.all([subscribedOnRedis('TOP_UP_UPDATED'), subscribedOnRedis('TRANSFER_UPDATED')]);

      const topUp = await createTopUp(stack, admin, { amount: 40_000, description: 'Ad revenue, week 47' });
      // Published once recorded, and again once Stripe has it: the second is what the mutation answered.
      const recorded = await topUps.next((event) => event.data?.topUpUpdated.id === topUp.id && event.data?.topUpUpdated.stripeTopUpId === topUp.stripeTopUpId);
      expect(recorded.data?.topUpUpdated).toEqual(topUp);

      await fundPlatform(stack, admin, 20_000);
      const input = { writerId: writer.writerId, amount: 12_500, currency: 'usd', description: 'Answers, November', idempotencyKey: newKey('redis') };
      const { body } = await postGraphQL(stack.url, CREATE_TRANSFER, { input }, { token: admin });
      expect(body.data?.createTransfer).toBeDefined();
      const created = dataOf(body).createTransfer;

      // PENDING is published only by the instance that took the mutation: it came through Redis.
      const pending = await transfers.next((event) => event.data?.transferUpdated.id === created.id && event.data?.transferUpdated.status === 'PENDING');
      expect(pending.data?.transferUpdated).toMatchObject({
        writerId: writer.writerId,
        amount: { amount: 12_500, currency: 'usd', formatted: '$125.00' },
        reversibleAmount: { amount: 0 },
        createdAt: created.createdAt,
      });
      const paid = await transfers.next((event) => event.data?.transferUpdated.id === created.id && event.data?.transferUpdated.status === 'PAID');
      expect(paid.data?.transferUpdated).toMatchObject({
        stripeTransferId: created.stripeTransferId ?? expect.stringMatching(/^tr_/),
        reversibleAmount: { amount: 12_500 },
        writer: { id: writer.writerId },
      });
      await ownTransfers.next((event) => event.data?.transferUpdated.id === created.id && event.data?.transferUpdated.status === 'PAID');
    } finally {
      topUps.stop();
      transfers.stop();
      ownTransfers.stop();
      await Promise.all([adminClient.dispose(), writerClient.dispose()]);
    }
  });

  it('counts failed sign-ins against one budget whichever instance they reach', async () => {
    const writer = await signUpWriter(stack);
    const guess = (url: string) => postGraphQL(url, Redis_LogIn, { input: { email: writer.email, password: 'guess-number-0' } });
    for (const url of [stack.url, second.url, stack.url, second.url, stack.url])
      expect((await guess(url)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await guess(second.url)).body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const right = await postGraphQL(stack.url, Redis_LogIn, { input: { email: writer.email, password: writer.password } });
    expect(right.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('a session signed out on one instance loses its subscriptions on the other', async () => {
    const writer = await signUpWriter(stack);
    await subscribedOnRedis('SESSION_REVOKED');
    const client = webSocketClient(second.url, writer.token);
    const events = collect(client, Redis_WriterStatusChanged, { id: writer.writerId });
    await subscriptionsReady(client);
    expect((await postGraphQL(stack.url, Redis_LogOut, {}, { token: writer.token })).body.data?.logOut).toBe(true);
    await events.settled();
    expect(events.failure).toMatchObject({ code: 4403 });
    await client.dispose();
  });

  it('an instance on Redis drains and exits 0 on SIGTERM, and its subscriptions leave Redis', async () => {
    expect(await second.stop('SIGTERM')).toBe(0);
    const [, subscribers] = (await redis.pubsub('NUMSUB', `${channelPrefix}TRANSFER_UPDATED`)) as [string, number];
    expect(subscribers).toBe(0);
  });
});
