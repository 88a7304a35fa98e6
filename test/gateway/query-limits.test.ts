import { first, present } from '../kit/checks';
import { collect, getGraphQL, postGraphQL, webSocketClient } from '../kit/graphql-client';
import { type GatewayProcess, spawnGateway } from '../kit/gateway-process';

const tooDeep = '{ __type(name: "Query") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }';
const aliasFlood = `{ ${Array.from({ length: 40 }, (_, index) => `a${index}: serverInfo { version }`).join(' ')} }`;
const tokenFlood = `{ ${'__typename '.repeat(2500)}}`;
// Short tokens: a GET carries the query in its URL, which Node caps at 16 kB of headers.
const compactTokenFlood = `{ ${'a '.repeat(2500)}}`;
const directiveFlood = `{ ${Array.from({ length: 25 }, () => '... on Query @include(if: true) { __typename }').join(' ')} }`;
const costly = `{ ${'topUps { ...Page } '.repeat(60)}} fragment Page on TopUpConnection { edges { node { id amount { amount currency formatted } } } pageInfo { hasNextPage } }`;

const hugePage = '{ writers(first: 10000) { nodes { id email } } }';
// Within the alias limit, each alias a full page: wide rather than deep.
const expensiveAliases = `{ ${Array.from({ length: 12 }, (_, index) => `a${index}: writers(first: 100) { nodes { id email displayName country createdAt } }`).join(' ')} }`;
// An integrator's page: fifty writers with their latest three transfers each.
const integratorPage = `{ writers(first: 50) { totalCount nodes { id displayName email country onboardingStatus requirementsDue stripeAccountId canReceiveTransfers createdAt updatedAt
  transfers(first: 3) { totalCount nodes { id status amount { amount currency formatted } createdAt } } } } }`;

const overLimits: Array<[string, string, string]> = [
  ['a too-deep query', tooDeep, 'QUERY_TOO_DEEP'],
  ['an alias flood', aliasFlood, 'TOO_MANY_ALIASES'],
  ['a directive flood', directiveFlood, 'TOO_MANY_DIRECTIVES'],
  ['a token flood', tokenFlood, 'TOO_MANY_TOKENS'],
  ['a token flood of short tokens', compactTokenFlood, 'TOO_MANY_TOKENS'],
  ['a costly query', costly, 'QUERY_TOO_COSTLY'],
  ['a page of 10,000', hugePage, 'QUERY_TOO_COSTLY'],
  ['full pages under many aliases', expensiveAliases, 'QUERY_TOO_COSTLY'],
];

/** The errors graphql-ws hands back for one operation: an error message, or a result with errors. */
async function webSocketErrors(url: string, query: string, variables: Record<string, unknown> = {}) {
  const client = webSocketClient(url);
  const operation = collect(client, query, variables);
  await operation.settled();
  await client.dispose();
  return (operation.failure ?? operation.events[0]?.errors ?? []) as Array<{ message: string; extensions?: { code?: string } }>;
}

describe('query limits and request safety', () => {
  let gateway: GatewayProcess;
  beforeAll(async () => {
    gateway = await spawnGateway({ STRIPE_API_URL: 'http://127.0.0.1:9', STRIPE_WEBHOOK_SECRET: 'whsec_unused' });
  });
  afterAll(() => gateway.stop());

  it.each(overLimits)('refuses %s over HTTP POST with its code', async (_name, query, code) => {
    const { status, body } = await postGraphQL(gateway.url, query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
  });

  it.each(overLimits.filter(([, query]) => query !== tokenFlood))('refuses %s over HTTP GET with its code', async (_name, query, code) => {
    const { status, body } = await getGraphQL(gateway.url, query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
  });

  it("lets an integrator's page of writers with their latest transfers through the limits (to the access check)", async () => {
    const { body } = await postGraphQL(gateway.url, integratorPage);
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('counts a page size given in a variable', async () => {
    const query = 'query($first: Int) { writers(first: $first) { nodes { id email } } }';
    expect((await postGraphQL(gateway.url, query, { first: 10_000 })).body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect((await postGraphQL(gateway.url, query, { first: 50 })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a costly subscription over WebSocket with its code', async () => {
    const client = webSocketClient(gateway.url);
    const pages = Array.from({ length: 14 }, (_, index) => `p${index}: transfers(first: 100) { nodes { id status createdAt updatedAt } }`).join(' ');
    const subscription = collect(client, `subscription { transferUpdated { writer { ${pages} } } }`);
    await subscription.settled();
    const errors = subscription.failure as Array<{ extensions?: { code?: string } }>;
    expect(errors.map((error) => error.extensions?.code)).toContain('QUERY_TOO_COSTLY');
    await client.dispose();
  });

  it('answers a GET query within the limits', async () => {
    expect(
      await getGraphQL(gateway.url, 'query Info($withVersion: Boolean!) { serverInfo { version @include(if: $withVersion) sandbox } }', { withVersion: true }),
    ).toEqual({
      status: 200,
      body: { data: { serverInfo: { version: expect.any(String), sandbox: true } } },
    });
  });

  it.each(overLimits)('refuses %s sent over WebSocket with the code and message HTTP gives', async (_name, query) => {
    const { body } = await postGraphQL(gateway.url, query);
    const errors = await webSocketErrors(gateway.url, query);
    const overHttp = first(present(body.errors, 'errors over HTTP'), 'an error over HTTP');
    expect(errors.map(({ message, extensions }) => ({ message, code: extensions?.code }))).toContainEqual({
      message: overHttp.message,
      code: overHttp.extensions?.code,
    });
  });

  it.each([
    ['a too-deep query', tooDeep.replace('{', 'subscription {').replace('__type(name: "Query")', 'heartbeat __type(name: "Query")'), 'QUERY_TOO_DEEP'],
    ['an alias flood', `subscription { ${Array.from({ length: 40 }, (_, index) => `a${index}: heartbeat`).join(' ')} }`, 'TOO_MANY_ALIASES'],
    ['a token flood', `subscription { heartbeat ${'__typename '.repeat(2500)}}`, 'TOO_MANY_TOKENS'],
  ])('refuses %s over WebSocket with its code', async (_name, query, code) => {
    const client = webSocketClient(gateway.url);
    const subscription = collect(client, query);
    await subscription.settled();
    const errors = subscription.failure as Array<{ extensions?: { code?: string } }>;
    expect(errors.map((error) => error.extensions?.code)).toContain(code);
    await client.dispose();
  });

  // Outside production (introspection on) the schema is public, and the hints help integrators.
  it('keeps "Did you mean" hints where introspection is on, over HTTP and WebSocket', async () => {
    const { body } = await postGraphQL(gateway.url, '{ viewr { id } }');
    expect(body.errors?.[0]?.message).toBe('Cannot query field "viewr" on type "Query". Did you mean "viewer"?');
    expect(first(await webSocketErrors(gateway.url, '{ viewr { id } }'), 'an error over WebSocket').message).toBe(body.errors?.[0]?.message);
  });

  it('refuses a cross-site simple POST (CSRF prevention)', async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ serverInfo { version } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a simple GET query without a preflight header', async () => {
    const response = await fetch(`${gateway.url}/graphql?query=${encodeURIComponent('{ serverInfo { version } }')}`);
    expect(response.status).toBe(400);
  });

  it('refuses batched HTTP requests', async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ serverInfo { version } }' }, { query: '{ serverInfo { version } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it.each([
    ['a body that is not JSON', '{"query": "{ serverInfo { version } }"', 400, 'BAD_REQUEST'],
    ['a body over 100 kB', JSON.stringify({ query: '{ serverInfo { version } }', variables: { padding: 'x'.repeat(120_000) } }), 413, 'PAYLOAD_TOO_LARGE'],
  ])('answers %s with a JSON error, never a page or a stack', async (_name, body, status, code) => {
    const response = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: expect.any(String), extensions: { code } }] });
    expect(text).not.toMatch(/node_modules|at \w+ \(/);
  });
});
