import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { leanEntities } from '../db/lean-rows';
import { badUserInput } from '../errors/errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size';

// Relay cursor connections over (createdAt, id), newest first: stable under inserts and one
// indexed query per page whatever its size.

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'More items follow: pass endCursor as `after`.' })
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<TNode> {
  edges: Array<{ cursor: string; node: TNode }>;
  nodes: TNode[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. */
export function ConnectionType<TNode extends object>(nodeType: ClassType<TNode>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field({ description: 'Opaque; pass as `after` to continue after this item.' })
    cursor: string;

    @Field(() => nodeType)
    node: TNode;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<TNode> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [nodeType], { description: 'The nodes of `edges`, for clients that need no cursors.' })
    nodes: TNode[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many nodes match the filters, across all pages.' })
    totalCount: number;
  }
  return ConnectionClass;
}

export interface CursorFields {
  createdAt: Date;
  id: string;
}

// A cursor carries the creation time exactly as the database stores it, so comparing it in SQL
// never depends on how a driver formats dates (SQLite keeps text, PostgreSQL a timestamp).
export function encodeCursor(storedCreatedAt: unknown, id: string): string {
  const createdAt = storedCreatedAt instanceof Date ? storedCreatedAt.toISOString() : String(storedCreatedAt);
  return Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { createdAt: string; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    // not ours: refused below
  }
  throw badUserInput('The `after` cursor is not one this API returned.', 'after');
}

export function pageSize(first: number | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return size;
}

/** Runs one page of `query` (already filtered) after `after`, newest first. */
export async function paginate<TNode extends ObjectLiteral & CursorFields>(
  query: SelectQueryBuilder<TNode>,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<TNode>> {
  const size = pageSize(first);
  const alias = query.alias;
  const totalCount = await query.clone().getCount();
  if (after) {
    const cursor = decodeCursor(after);
    query.andWhere(`(${alias}.createdAt < :cursorCreatedAt OR (${alias}.createdAt = :cursorCreatedAt AND ${alias}.id < :cursorId))`, {
      cursorCreatedAt: cursor.createdAt,
      cursorId: cursor.id,
    });
  }
  const { entities: rows, raw } = await leanEntities(
    query
      .orderBy(`${alias}.createdAt`, 'DESC')
      .addOrderBy(`${alias}.id`, 'DESC')
      .limit(size + 1),
  );
  const edges = rows.slice(0, size).map((node, index) => ({ cursor: encodeCursor(raw[index]!.createdAt, node.id), node }));
  return connectionOf(edges, totalCount, rows.length > size, after);
}

/** A page as a connection: its `edges`, whether rows follow it (`more`), and whether it came `after` a cursor. */
export function connectionOf<TNode>(
  edges: Array<{ cursor: string; node: TNode }>,
  totalCount: number,
  more: boolean,
  after: string | undefined,
): Connection<TNode> {
  const pageInfo = { hasNextPage: more, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null };
  return { edges, nodes: edges.map((edge) => edge.node), totalCount, pageInfo };
}
