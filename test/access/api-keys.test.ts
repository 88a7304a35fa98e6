import { adminWithTwoFactor, graphql, graphqlError, signUpWriter, teamMember } from '../kit/flows';
import { postGraphQL } from '../kit/graphql-client';
import { type Stack, startStack } from '../kit/stack';

const CREATE = 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name prefix scopes lastUsedAt revokedAt } } }';

// The platform's backend has credentials of its own: each can do what its scopes say, and no more.
describe('API keys for the platform’s backend', () => {
  let stack: Stack;
  let admin: string;
  beforeAll(async () => {
    stack = await startStack();
    admin = (await adminWithTwoFactor(stack)).token;
  });
  afterAll(() => stack.close());

  const withKey = async (secret: string, query: string, variables: Record<string, unknown> = {}) =>
    (await postGraphQL(stack.url, query, variables, { token: secret })).body;

  it('shows the secret once, keeps only its hash, and says when the key was last used', async () => {
    const { createApiKey } = await graphql(stack, CREATE, { input: { name: '  Ads backend  ', scopes: ['WRITERS_READ'] } }, admin);
    expect(createApiKey.secret).toMatch(/^pgk_[A-Za-z0-9_-]{43}$/);
    expect(createApiKey.apiKey).toMatchObject({
      name: 'Ads backend',
      prefix: createApiKey.secret.slice(0, 12),
      scopes: ['WRITERS_READ'],
      lastUsedAt: null,
      revokedAt: null,
    });
    expect((await withKey(createApiKey.secret, '{ writers { totalCount } }')).data?.writers.totalCount).toEqual(expect.any(Number));
    const { apiKeys } = await graphql(stack, '{ apiKeys { id prefix lastUsedAt } }', {}, admin);
    const listed = apiKeys.find((key: { id: string }) => key.id === createApiKey.apiKey.id);
    expect(listed).not.toHaveProperty('secret');
    const { auditTrail } = await graphql(stack, '{ auditTrail(first: 5) { nodes { action subjectId actor { displayName } } } }', {}, admin);
    expect(auditTrail.nodes).toContainEqual({ action: 'API_KEY_CREATED', subjectId: createApiKey.apiKey.id, actor: { displayName: 'Admin' } });
  });

  it('cannot do more than its scopes', async () => {
    const writer = await signUpWriter(stack);
    const reader = (await graphql(stack, CREATE, { input: { name: 'Reader', scopes: ['WRITERS_READ'] } }, admin)).createApiKey.secret;
    const earnings = (await graphql(stack, CREATE, { input: { name: 'Earnings', scopes: ['EARNINGS_WRITE'] } }, admin)).createApiKey.secret;
    expect((await withKey(reader, 'query($id: ID!) { writer(id: $id) { email } }', { id: writer.writerId })).data?.writer.email).toBe(writer.email);
    const refusals = await Promise.all([
      withKey(earnings, '{ writers { totalCount } }'),
      withKey(reader, '{ platformBalance { available { amount } } }'),
      withKey(reader, '{ transfers { totalCount } }'),
      withKey(reader, '{ auditTrail { totalCount } }'),
      withKey(reader, 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', {
        input: { name: 'Escalate', scopes: ['WRITERS_READ'] },
      }),
      withKey(reader, 'mutation($id: ID!) { syncWriter(id: $id) { id } }', { id: writer.writerId }),
    ]);
    expect(refusals.map((body) => body.errors?.[0]?.extensions?.code)).toEqual(Array(6).fill('FORBIDDEN'));
    expect((await withKey(reader, '{ viewer { id } }')).data).toEqual({ viewer: null });
  });

  it('is refused from the next request once revoked, and an invented key never works', async () => {
    const { createApiKey } = await graphql(stack, CREATE, { input: { name: 'Short-lived', scopes: ['WRITERS_READ'] } }, admin);
    await graphql(stack, 'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: createApiKey.apiKey.id }, admin);
    expect((await withKey(createApiKey.secret, '{ writers { totalCount } }')).errors?.[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringContaining('revoked'),
    });
    expect((await withKey(`pgk_${'A'.repeat(43)}`, '{ writers { totalCount } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is managed by admins with two-factor only, with its scopes checked', async () => {
    const finance = await teamMember(stack, admin, 'FINANCE');
    expect((await graphqlError(stack, CREATE, { input: { name: 'Mine', scopes: ['WRITERS_READ'] } }, finance.token)).extensions.code).toBe('FORBIDDEN');
    expect((await graphqlError(stack, CREATE, { input: { name: 'None', scopes: [] } }, admin)).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await graphqlError(stack, CREATE, { input: { name: '   ', scopes: ['WRITERS_READ'] } }, admin)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});
