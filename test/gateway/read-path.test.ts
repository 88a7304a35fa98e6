import { adminWithoutTwoFactor, graphql } from '../kit/flows';
import { countQueries, countQueriesWithSession } from '../kit/metrics';
import { type Stack, startStack } from '../kit/stack';

const NESTED_PAGE = `query($first: Int!) {
  writers(first: $first) {
    totalCount
    nodes { id displayName email onboardingStatus requirementsDue canReceiveTransfers createdAt transfers(first: 3) { totalCount nodes { id amount { formatted } } } onboardingLinks { id } }
  }
}`;

const addWriter = (stack: Stack, token: string, index: number) =>
  graphql(
    stack,
    'mutation($input: CreateWriterInput!) { createWriter(input: $input) { id } }',
    { input: { email: `reader${index}@example.com`, displayName: `Reader ${index}`, country: 'US' } },
    token,
  );

describe('the read path', () => {
  let stack: Stack;
  let admin: string;
  beforeAll(async () => {
    stack = await startStack();
    admin = await adminWithoutTwoFactor(stack);
    for (let index = 0; index < 12; index += 1) await addWriter(stack, admin, index);
  });
  afterAll(() => stack.close());

  it('sends as many SQL statements for a page of 12 writers with their transfers and links as for a page of 2', async () => {
    const small = await countQueriesWithSession(stack, admin, () => graphql(stack, NESTED_PAGE, { first: 2 }, admin));
    const large = await countQueriesWithSession(stack, admin, () => graphql(stack, NESTED_PAGE, { first: 12 }, admin));
    expect(large).toBe(small);
  });

  it('answers a repeated read without a single SQL statement, until a write changes what it would say', async () => {
    const query = 'query Count($first: Int!) { writers(first: $first) { totalCount nodes { id } } }';
    const first = await graphql(stack, query, { first: 3 }, admin);
    let repeated: any;
    expect(await countQueries(stack, async () => (repeated = await graphql(stack, query, { first: 3 }, admin)))).toBe(0);
    expect(repeated).toEqual(first);
    await addWriter(stack, admin, 100);
    const after = await graphql(stack, query, { first: 3 }, admin);
    expect(after.writers.totalCount).toBe(first.writers.totalCount + 1);
  });
});
