import { collect, postGraphQL, webSocketClient } from '../kit/graphql-client';
import { type Stack, startStack } from '../kit/stack';

const LIST_MUTATIONS = '{ __schema { mutationType { fields { name } } } }';
const MUTATION_TYPE = '{ __type(name: "Mutation") { fields { name } } }';
const MISSPELT_FIELD = '{ viewr { id } }';
const MISSPELT_ENUM = 'query($status: OnboardingStatus) { writers(status: $status) { totalCount } }';

interface ErrorShape {
  message: string;
  extensions?: { code?: string };
}

/** The errors graphql-ws hands back for one operation: an error message, or a result with errors. */
async function webSocketErrors(stack: Stack, query: string, variables: Record<string, unknown> = {}): Promise<ErrorShape[]> {
  const client = webSocketClient(stack.url);
  const operation = collect(client, query, variables);
  await operation.settled();
  await client.dispose();
  return (operation.failure ?? operation.events[0]?.errors ?? []) as ErrorShape[];
}

const codeAndMessage = (errors: ErrorShape[] | undefined) => (errors ?? []).map(({ message, extensions }) => ({ message, code: extensions?.code }));

// In production nobody signed out learns the schema: neither by introspection nor by the
// "Did you mean …" hints in error messages, over HTTP or over WebSocket.
describe('in production, the schema stays private on every transport', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ NODE_ENV: 'production', JWT_SECRET: 'production-privacy-secret-long-enough-for-hs256' });
  });
  afterAll(() => stack.close());

  it.each([
    ['__schema', LIST_MUTATIONS],
    ['__type', MUTATION_TYPE],
  ])('refuses introspection (%s) over HTTP and over WebSocket with the same code and message', async (_name, query) => {
    const { status, body } = await postGraphQL(stack.url, query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    const overHttp = codeAndMessage(body.errors);
    expect(overHttp).toEqual([{ message: expect.stringMatching(/introspection/i), code: 'GRAPHQL_VALIDATION_FAILED' }]);
    expect(codeAndMessage(await webSocketErrors(stack, query))).toEqual(overHttp);
  });

  it('suggests no field name over HTTP or WebSocket', async () => {
    const { body } = await postGraphQL(stack.url, MISSPELT_FIELD);
    expect(codeAndMessage(body.errors)).toEqual([{ message: 'Cannot query field "viewr" on type "Query".', code: 'GRAPHQL_VALIDATION_FAILED' }]);
    expect(codeAndMessage(await webSocketErrors(stack, MISSPELT_FIELD))).toEqual(codeAndMessage(body.errors));
    expect(codeAndMessage(await webSocketErrors(stack, 'subscription { heartbeet }'))).toEqual([
      { message: 'Cannot query field "heartbeet" on type "Subscription".', code: 'GRAPHQL_VALIDATION_FAILED' },
    ]);
  });

  it('suggests no enum value for a bad variable, over HTTP or WebSocket', async () => {
    const { body } = await postGraphQL(stack.url, MISSPELT_ENUM, { status: 'ACTIV' });
    const overHttp = codeAndMessage(body.errors);
    expect(overHttp).toEqual([
      { message: 'Variable "$status" got invalid value "ACTIV"; Value "ACTIV" does not exist in "OnboardingStatus" enum.', code: 'BAD_USER_INPUT' },
    ]);
    expect(codeAndMessage(await webSocketErrors(stack, MISSPELT_ENUM, { status: 'ACTIV' }))).toEqual(overHttp);
  });
});
