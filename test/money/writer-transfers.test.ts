import { adminWithTwoFactor, graphql, onboardedWriter, type SignedInWriter } from '../kit/flows';
import { collect, postGraphQL, webSocketClient } from '../kit/graphql-client';
import { countQueriesWithSession } from '../kit/metrics';
import { CREATE_TRANSFER, fundPlatform, newKey } from '../kit/money';
import { type Stack, startStack } from '../kit/stack';

const WRITERS_WITH_TRANSFERS = `query($first: Int!) {
  writers(first: $first) {
    nodes { id transfers(first: 2) { totalCount pageInfo { hasNextPage } nodes { id amount { formatted } writer { id } createdBy { displayName } reversals { id } } } }
  }
}`;

describe("a writer's transfers", () => {
  let stack: Stack;
  let admin: string;
  let writers: [SignedInWriter, SignedInWriter, SignedInWriter, SignedInWriter];

  beforeAll(async () => {
    stack = await startStack();
    admin = (await adminWithTwoFactor(stack)).token;
    writers = [await onboardedWriter(stack), await onboardedWriter(stack), await onboardedWriter(stack), await onboardedWriter(stack)];
    await fundPlatform(stack, admin, 100_000);
    // writers[0] gets three transfers, the others one each, so every page loads the same fields.
    for (const [writer, amount] of [
      [writers[0], 100],
      [writers[0], 200],
      [writers[0], 300],
      [writers[1], 400],
      [writers[2], 500],
      [writers[3], 600],
    ] as const) {
      await graphql(stack, CREATE_TRANSFER, { input: { writerId: writer.writerId, amount, currency: 'usd', idempotencyKey: newKey() } }, admin);
    }
  });
  afterAll(() => stack.close());

  it('costs the same number of SQL statements for a page of one writer as for a page of four', async () => {
    const forOne = await countQueriesWithSession(stack, admin, () => graphql(stack, WRITERS_WITH_TRANSFERS, { first: 1 }, admin));
    const forFour = await countQueriesWithSession(stack, admin, () => graphql(stack, WRITERS_WITH_TRANSFERS, { first: 4 }, admin));
    expect(forFour).toBe(forOne);
    const page = await graphql(stack, WRITERS_WITH_TRANSFERS, { first: 4 }, admin);
    const totals = Object.fromEntries(page.writers.nodes.map((node: any) => [node.id, node.transfers.totalCount]));
    expect(totals).toEqual({ [writers[0].writerId]: 3, [writers[1].writerId]: 1, [writers[2].writerId]: 1, [writers[3].writerId]: 1 });
  });

  it('pages newest first with cursors that agree with the transfers query', async () => {
    const query = `query($id: ID!, $after: String) { writer(id: $id) { transfers(first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { id amount { amount } } } } }`;
    const first = (await graphql(stack, query, { id: writers[0].writerId }, writers[0].token)).writer.transfers;
    expect(first.nodes.map((node: any) => node.amount.amount)).toEqual([300, 200]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await graphql(stack, query, { id: writers[0].writerId, after: first.pageInfo.endCursor }, writers[0].token)).writer.transfers;
    expect(second.nodes.map((node: any) => node.amount.amount)).toEqual([100]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const same = await graphql(
      stack,
      'query($after: String) { transfers(first: 2, after: $after) { nodes { id amount { amount } } } }',
      { after: first.pageInfo.endCursor },
      writers[0].token,
    );
    expect(same.transfers.nodes).toEqual(second.nodes);
  });

  it('shows a writer only their own transfers', async () => {
    const own = await graphql(stack, '{ transfers(first: 10) { totalCount nodes { writer { id } } } }', {}, writers[1].token);
    expect(own.transfers.totalCount).toBe(1);
    expect(own.transfers.nodes).toEqual([{ writer: { id: writers[1].writerId } }]);
    const { body } = await postGraphQL(
      stack.url,
      'query($id: ID) { transfers(writerId: $id) { totalCount } }',
      { id: writers[0].writerId },
      { token: writers[1].token },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("refuses a writer's subscription to another writer's transfers when subscribing", async () => {
    const socket = webSocketClient(stack.url, writers[1].token);
    const other = collect(socket, 'subscription($id: ID) { transferUpdated(writerId: $id) { id } }', { id: writers[0].writerId });
    const event = await other.next();
    expect(event.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    other.stop();
    await socket.dispose();
  });
});
