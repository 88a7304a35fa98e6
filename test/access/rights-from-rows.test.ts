import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import jwt from 'jsonwebtoken';
import { adminWithTwoFactor, graphql, graphqlError, signUpWriter, teamMember } from '../kit/flows';
import { collect, postGraphQL, subscriptionsReady, webSocketClient } from '../kit/graphql-client';
import type { GatewayProcess } from '../kit/gateway-process';
import { createThrowawayDatabase } from '../kit/postgres';
import { type Stack, startStack } from '../kit/stack';
import { totpCode } from '../kit/totp';

const JWT_SECRET = 'rights-from-rows-secret-long-enough-for-hs256';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const WRITERS = '{ writers { totalCount } }';
const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { token viewer { role } } }';
const UPDATE = 'mutation($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { id role } }';
const REMOVE = 'mutation($id: ID!) { removeTeamMember(id: $id) { id } }';
const TOP_UP =
  'mutation($key: String!) { createTopUp(input: { amount: 1000, currency: "usd", description: "Rights check", statementDescriptor: "RIGHTS", idempotencyKey: $key }) { id } }';

const firstError = async (url: string, query: string, token: string) => (await postGraphQL(url, query, {}, { token })).body.errors?.[0];

const codeOf = async (url: string, query: string, token: string, variables: Record<string, unknown> = {}) => {
  const { body } = await postGraphQL(url, query, variables, { token });
  return body.errors?.[0]?.extensions?.code ?? 'OK';
};

/** A live subscription on `url` whose connection's end the test can wait for. */
async function liveConnection(url: string, token: string) {
  const client = webSocketClient(url, token);
  const events = collect(client, 'subscription { topUpUpdated { id } }');
  await subscriptionsReady(client);
  expect(events.failure).toBeUndefined();
  return {
    async closed() {
      await events.settled(20_000);
      await client.dispose();
      return events.failure as { code: number; reason: string };
    },
  };
}

/**
 * A session's rights are what its user and session rows say at each request, never what its
 * token once said: a demotion, a removal or a sign-out takes effect on the next request and
 * ends the member's live connections, on the instance that made the change and on the others.
 */
function rightsScenarios(name: string, start: () => Promise<{ stack: Stack; other: () => string; close: () => Promise<void> }>) {
  describe(name, () => {
    let context: Awaited<ReturnType<typeof start>>;
    let stack: Stack;
    let admin: string;
    beforeAll(async () => {
      context = await start();
      stack = context.stack;
      admin = (await adminWithTwoFactor(stack)).token;
    });
    afterAll(() => context.close());

    it('a demoted admin is refused on the next request, on every instance, and their connection closes', async () => {
      const member = await teamMember(stack, admin, 'ADMIN');
      expect(await codeOf(context.other(), TOP_UP, member.token, { key: randomUUID() })).toBe('OK');
      const connection = await liveConnection(context.other(), member.token);

      await graphql(stack, UPDATE, { input: { id: member.userId, role: 'VIEWER' } }, admin);

      const refused = await firstError(context.other(), WRITERS, member.token);
      expect(refused).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('role on the team changed') });
      expect(await connection.closed()).toMatchObject({ code: 4403 });
      // Signed in again, they have the new role's rights only.
      const { logIn } = await graphql(stack, LOG_IN, { input: { email: member.email, password: member.password, otp: await nextCode(member.secret) } });
      expect(logIn.viewer.role).toBe('VIEWER');
      expect(await codeOf(context.other(), WRITERS, logIn.token)).toBe('OK');
      expect(await codeOf(context.other(), TOP_UP, logIn.token, { key: randomUUID() })).toBe('FORBIDDEN');
    });

    it('a removed member is refused on the next request, cannot sign in again, and their connection closes', async () => {
      const member = await teamMember(stack, admin, 'FINANCE');
      const connection = await liveConnection(context.other(), member.token);

      await graphql(stack, REMOVE, { id: member.userId }, admin);

      const refused = await firstError(context.other(), WRITERS, member.token);
      expect(refused).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('removed from the team') });
      expect(await connection.closed()).toMatchObject({ code: 4403 });
      const again = await graphqlError(stack, LOG_IN, { input: { email: member.email, password: member.password, otp: await nextCode(member.secret) } });
      expect(again.extensions.code).toBe('UNAUTHENTICATED');
      const { teamMembers } = await graphql(stack, '{ teamMembers { id } }', {}, admin);
      expect(teamMembers.map((each: { id: string }) => each.id)).not.toContain(member.userId);
    });

    it('a signed-out admin is refused on the next request, on every instance, and their connection closes', async () => {
      const member = await teamMember(stack, admin, 'ADMIN');
      const connection = await liveConnection(context.other(), member.token);
      await graphql(stack, 'mutation { logOut }', {}, member.token);
      expect(await codeOf(context.other(), WRITERS, member.token)).toBe('UNAUTHENTICATED');
      expect(await connection.closed()).toMatchObject({ code: 4403 });
    });

    it('keeps the team with an admin, and refuses changing one’s own role or removing oneself', async () => {
      const { viewer } = await graphql(stack, '{ viewer { id } }', {}, admin);
      expect((await graphqlError(stack, UPDATE, { input: { id: viewer.id, role: 'VIEWER' } }, admin)).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
      });
      expect((await graphqlError(stack, REMOVE, { id: viewer.id }, admin)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      const writer = await signUpWriter(stack);
      expect((await graphqlError(stack, UPDATE, { input: { id: writer.userId, role: 'ADMIN' } }, admin)).extensions.code).toBe('NOT_FOUND');
    });
  });
}

/** A code from the step after the one last used, so a code accepted at enrolment is not replayed. */
const nextCode = (secret: string) => totpCode(secret, 1);

rightsScenarios('on SQLite, one instance', async () => {
  const stack = await startStack({ JWT_SECRET });
  return { stack, other: () => stack.url, close: () => stack.close() };
});

rightsScenarios('on PostgreSQL and Redis, across two instances', async () => {
  const database = await createThrowawayDatabase();
  const stack = await startStack({ JWT_SECRET, DATABASE_URL: database.url, REDIS_URL, REDIS_CHANNEL_PREFIX: `rights-${randomUUID().slice(0, 8)}:` });
  const second: GatewayProcess = await stack.spawnAnotherGateway();
  return {
    stack,
    other: () => second.url,
    async close() {
      await second.stop();
      await stack.close();
      await database.drop();
    },
  };
});

describe('rights never come from the token', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ JWT_SECRET });
  });
  afterAll(() => stack.close());

  it('a writer’s token re-signed with admin claims still reads as the writer', async () => {
    const writer = await signUpWriter(stack);
    const claims = jwt.decode(writer.token) as Record<string, unknown>;
    const { exp: _exp, iat: _iat, ...rest } = claims;
    const boasting = jwt.sign({ ...rest, role: 'ADMIN', tfa: true }, JWT_SECRET, { algorithm: 'HS256', expiresIn: 3600 });
    expect(await codeOf(stack.url, WRITERS, boasting)).toBe('FORBIDDEN');
  });

  it('a role changed in the database counts from the next request', async () => {
    const admin = (await adminWithTwoFactor(stack)).token;
    const member = await teamMember(stack, admin, 'FINANCE');
    expect(await codeOf(stack.url, TOP_UP, member.token, { key: randomUUID() })).toBe('OK');
    const file = new Database(join(stack.gateway.dataDirectory, 'gateway.sqlite'));
    try {
      file.prepare('UPDATE users SET role = ? WHERE id = ?').run('VIEWER', member.userId);
    } finally {
      file.close();
    }
    expect(await codeOf(stack.url, TOP_UP, member.token, { key: randomUUID() })).toBe('FORBIDDEN');
    expect(await codeOf(stack.url, WRITERS, member.token)).toBe('OK');
  });

  it('a read repeated from memory is refused once another connection to the database ends the session', async () => {
    const writer = await signUpWriter(stack);
    const ownTransfers = '{ transfers(first: 1) { totalCount } }';
    expect(await codeOf(stack.url, ownTransfers, writer.token)).toBe('OK');
    expect(await codeOf(stack.url, ownTransfers, writer.token)).toBe('OK');
    const { sid } = jwt.decode(writer.token) as { sid: string };
    const file = new Database(join(stack.gateway.dataDirectory, 'gateway.sqlite'));
    try {
      expect(file.prepare("UPDATE sessions SET revokedAt = datetime('now'), endedReason = 'SIGNED_OUT' WHERE id = ?").run(sid).changes).toBe(1);
    } finally {
      file.close();
    }
    expect(await codeOf(stack.url, ownTransfers, writer.token)).toBe('UNAUTHENTICATED');
  });
});
