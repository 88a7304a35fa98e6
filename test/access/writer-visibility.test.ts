import type { GraphQLError } from 'graphql';
import { requireSeesWriter, visibleWriterId } from '../../server/identity/access';
import { ApiKeyScope } from '../../server/identity/api-key-scope';
import { Role, TEAM_ROLES, type Viewer } from '../../server/identity/viewer';

const SELF = 'writer-self';
const OTHER = 'writer-other';
const REFUSAL = 'Writers can only see their own things.';

const person = (role: Role, writerId: string | null = null): Viewer => ({ userId: `user-${role}`, role, twoFactorVerified: true, writerId });
const apiKey = (scopes: ApiKeyScope[]): Viewer => ({ userId: 'key', role: Role.API_KEY, twoFactorVerified: false, writerId: null, apiKeyScopes: scopes });

const writer = person(Role.WRITER, SELF);
const writerWithoutRecord = person(Role.WRITER);
const keyWithScope = apiKey([ApiKeyScope.WRITERS_READ]);
const keyWithOtherScope = apiKey([ApiKeyScope.CHECKOUT_WRITE]);

/** What a call gives back: its result ('every' for no writer filter), or the refusal's code and message. */
function outcomeOf(call: () => unknown): unknown {
  try {
    const result = call();
    return result === undefined ? 'every' : result;
  } catch (error) {
    const refusal = error as GraphQLError;
    return { code: refusal.extensions.code, message: refusal.message };
  }
}

const FORBIDDEN = { code: 'FORBIDDEN', message: REFUSAL };
const UNAUTHENTICATED = { code: 'UNAUTHENTICATED', message: expect.any(String) as string };

// Who asks, for which writer (null: names none), the scope the read lets API keys in with, and
// the writer filter visibleWriterId applies ('every' for none), or the refusal.
type ListCase = [name: string, viewer: Viewer | null, requested: string | null, scope: ApiKeyScope | undefined, filter: unknown];
const LISTS: ListCase[] = [
  ['a writer, for themself', writer, SELF, undefined, SELF],
  ['a writer, naming no one', writer, null, undefined, SELF],
  ['a writer, for another writer', writer, OTHER, undefined, FORBIDDEN],
  ['a writer without a writer record', writerWithoutRecord, null, undefined, 'none'],
  ['a writer without a writer record, for a writer', writerWithoutRecord, OTHER, undefined, FORBIDDEN],
  ...TEAM_ROLES.map((role): ListCase => [`${role}, for one writer`, person(role), OTHER, undefined, OTHER]),
  ...TEAM_ROLES.map((role): ListCase => [`${role}, for every writer`, person(role), null, undefined, 'every']),
  ['an API key with the scope, for one writer', keyWithScope, OTHER, ApiKeyScope.WRITERS_READ, OTHER],
  ['an API key with the scope, for every writer', keyWithScope, null, ApiKeyScope.WRITERS_READ, 'every'],
  ['an API key without the scope, for one writer', keyWithOtherScope, OTHER, ApiKeyScope.WRITERS_READ, FORBIDDEN],
  ['an API key without the scope, naming no one', keyWithOtherScope, null, ApiKeyScope.WRITERS_READ, 'none'],
  ['an API key where the read lets no key in', keyWithScope, OTHER, undefined, FORBIDDEN],
  ['no viewer', null, null, ApiKeyScope.WRITERS_READ, UNAUTHENTICATED],
];

// Who asks, whose record it is, the scope the read lets API keys in with, and the answer.
type RecordCase = [name: string, viewer: Viewer | null, owner: string, scope: ApiKeyScope | undefined, answer: unknown];
const RECORDS: RecordCase[] = [
  ['a writer, their own', writer, SELF, undefined, 'seen'],
  ["a writer, another writer's", writer, OTHER, undefined, FORBIDDEN],
  ["a writer without a writer record, a writer's", writerWithoutRecord, OTHER, undefined, FORBIDDEN],
  ...TEAM_ROLES.map((role): RecordCase => [`${role}, any writer's`, person(role), OTHER, undefined, 'seen']),
  ['an API key with the scope', keyWithScope, OTHER, ApiKeyScope.WRITERS_READ, 'seen'],
  ['an API key without the scope', keyWithOtherScope, OTHER, ApiKeyScope.WRITERS_READ, FORBIDDEN],
  ['an API key where the read lets no key in', keyWithScope, OTHER, undefined, FORBIDDEN],
  ['no viewer', null, OTHER, ApiKeyScope.WRITERS_READ, UNAUTHENTICATED],
];

describe('who sees which writer', () => {
  it.each(LISTS)('lists: %s', (_name, viewer, requested, scope, filter) => {
    expect(outcomeOf(() => visibleWriterId(viewer, requested, REFUSAL, scope))).toEqual(filter);
  });

  it.each(RECORDS)('one record: %s', (_name, viewer, owner, scope, answer) => {
    expect(outcomeOf(() => requireSeesWriter(viewer, owner, REFUSAL, scope) && 'seen')).toEqual(answer);
  });
});
