import { adminWithoutTwoFactor, graphql, graphqlError } from '../kit/flows';
import { countQueriesWithSession } from '../kit/metrics';
import { type Stack, startStack } from '../kit/stack';

const WRITERS_PAGE = `query($first: Int, $after: String, $status: OnboardingStatus, $search: String) {
  writers(first: $first, after: $after, status: $status, search: $search) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id displayName email onboardingStatus requirementsDue stripeAccountId canReceiveTransfers } }
  }
}`;

describe('listing writers', () => {
  let stack: Stack;
  let adminToken: string;
  beforeAll(async () => {
    stack = await startStack();
    adminToken = await adminWithoutTwoFactor(stack);
    for (let index = 0; index < 45; index++) {
      await graphql(
        stack,
        'mutation($input: CreateWriterInput!) { createWriter(input: $input) { id } }',
        { input: { email: `author${index}@example.com`, displayName: `Author ${index}`, country: index % 2 ? 'US' : 'FR' } },
        adminToken,
      );
    }
  }, 120_000);
  afterAll(() => stack.close());

  it('pages through every writer once, newest first', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { writers }: any = await graphql(stack, WRITERS_PAGE, { first: 20, after }, adminToken);
      expect(writers.totalCount).toBe(45);
      seen.push(...writers.edges.map((edge: any) => edge.node.displayName));
      after = writers.pageInfo.hasNextPage ? writers.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
  });

  it('filters by status and searches by name or email', async () => {
    const notStarted = await graphql(stack, WRITERS_PAGE, { status: 'NOT_STARTED' }, adminToken);
    expect(notStarted.writers.totalCount).toBe(45);
    expect((await graphql(stack, WRITERS_PAGE, { status: 'ACTIVE' }, adminToken)).writers.totalCount).toBe(0);
    const search = await graphql(stack, WRITERS_PAGE, { search: 'author4' }, adminToken);
    const expected = [
      'author4@example.com',
      'author40@example.com',
      'author41@example.com',
      'author42@example.com',
      'author43@example.com',
      'author44@example.com',
    ];
    expect(search.writers.edges.map((edge: any) => edge.node.email).sort()).toEqual(expected.sort());
  });

  it('costs the same number of SQL queries for a page of 5 and a page of 45', async () => {
    const small = await countQueriesWithSession(stack, adminToken, () => graphql(stack, WRITERS_PAGE, { first: 5 }, adminToken));
    const large = await countQueriesWithSession(stack, adminToken, () => graphql(stack, WRITERS_PAGE, { first: 45 }, adminToken));
    expect(large).toBe(small);
  });

  it('refuses page sizes outside 1 to 100 and foreign cursors', async () => {
    expect((await graphqlError(stack, WRITERS_PAGE, { first: 0 }, adminToken)).extensions.code).toBe('BAD_USER_INPUT');
    expect((await graphqlError(stack, WRITERS_PAGE, { first: 101 }, adminToken)).extensions.code).toBe('BAD_USER_INPUT');
    expect((await graphqlError(stack, WRITERS_PAGE, { after: 'bm9wZQ' }, adminToken)).extensions.code).toBe('BAD_USER_INPUT');
  });
});
