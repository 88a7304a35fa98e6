import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse } from 'graphql';
import { MAX_QUERY_COST, queryCost } from '../../server/graphql/query-cost';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));
const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(query), variables);

describe('the query cost model', () => {
  it('counts each field once per item a connection asks for', () => {
    // writers, nodes, and per writer: id and email.
    expect(cost('{ writers(first: 50) { nodes { id email } } }')).toBe(2 + 50 * 2);
    expect(cost('{ writers { nodes { id } } }')).toBe(2 + 20);
    expect(cost('{ writers(first: 10000) { totalCount } }')).toBe(2);
  });

  it('multiplies nested connections and reads page sizes from variables', () => {
    const nested = 'query($first: Int, $transfers: Int) { writers(first: $first) { nodes { id transfers(first: $transfers) { nodes { id status } } } } }';
    // Per writer: id, transfers, nodes, then per transfer id and status.
    expect(cost(nested, { first: 50, transfers: 3 })).toBe(2 + 50 * (3 + 3 * 2));
    expect(cost(nested)).toBe(2 + 20 * (3 + 20 * 2));
  });

  it('counts edges like nodes, and fragments where they are spread', () => {
    const query =
      '{ topUps(first: 10) { edges { cursor node { ...TopUpRow } } pageInfo { hasNextPage } } } fragment TopUpRow on TopUp { id amount { amount currency } }';
    // topUps, edges, pageInfo + hasNextPage; per edge: cursor, node, id, amount + 2.
    expect(cost(query)).toBe(4 + 10 * 6);
  });

  it('bounds lists that are not connections by what they can hold', () => {
    expect(cost('{ writer(id: "w") { onboardingLinks { id } } }')).toBe(2 + 10);
    expect(cost('{ moneyActivity(currency: "usd", days: 90) { date } }')).toBe(1 + 90);
  });

  it('lets the console and an integrator through and refuses pages nobody needs', () => {
    const integrator = `{ writers(first: 50) { totalCount nodes { id displayName email country onboardingStatus requirementsDue stripeAccountId canReceiveTransfers createdAt updatedAt
      transfers(first: 3) { totalCount nodes { id status amount { amount currency formatted } createdAt } } } } }`;
    expect(cost(integrator)).toBeLessThanOrEqual(MAX_QUERY_COST);
    expect(cost('{ writers(first: 10000) { nodes { id } } }')).toBeGreaterThan(MAX_QUERY_COST);
    expect(cost('{ writers(first: 100) { nodes { id transfers(first: 100) { nodes { id } } } } }')).toBeGreaterThan(MAX_QUERY_COST);
  });
});
