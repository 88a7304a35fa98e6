import { adminWithTwoFactor } from '../kit/flows';
import { postGraphQL } from '../kit/graphql-client';
import { type Stack, startStack } from '../kit/stack';

// The console's cookie session beside the API's bearer tokens.
describe('the console session cookie', () => {
  let stack: Stack;
  let token: string;
  beforeAll(async () => {
    stack = await startStack();
    token = (await adminWithTwoFactor(stack)).token;
  });
  afterAll(() => stack.close());

  const viewerWithCookie = (cookie: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${stack.url}/graphql`, { method: 'POST', headers: { cookie, ...headers }, body: JSON.stringify({ query: '{ viewer { email role } }' }) });

  it('is set only for a session token the gateway accepts, HttpOnly and SameSite=Strict', async () => {
    const refused = await fetch(`${stack.url}/admin/session`, { method: 'POST', headers: { authorization: 'Bearer not-a-token' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('set-cookie')).toBeNull();
    expect(((await refused.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const accepted = await fetch(`${stack.url}/admin/session`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(accepted.status).toBe(200);
    const setCookie = accepted.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^console-session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    expect(Number(/Max-Age=(\d+)/.exec(setCookie)![1])).toBeGreaterThan(11 * 3600);
  });

  it('authenticates GraphQL requests, while a simple cross-site request is still refused', async () => {
    const cookie = `console-session=${encodeURIComponent(token)}`;
    const answer = (await (await viewerWithCookie(cookie)).json()) as any;
    expect(answer.data.viewer.role).toBe('ADMIN');
    // A form post from another site is a "simple" request: Apollo's CSRF prevention refuses it.
    const simple = await viewerWithCookie(cookie, { 'content-type': 'text/plain' });
    expect(simple.status).toBe(400);
  });

  it('lets a bearer token win over the cookie, so API clients never act as the browser', async () => {
    const { body } = await postGraphQL(
      stack.url,
      '{ viewer { email } }',
      {},
      { token: 'garbage', headers: { cookie: `console-session=${encodeURIComponent(token)}` } },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs the session out and clears the cookie on DELETE', async () => {
    const cookie = `console-session=${encodeURIComponent(token)}`;
    const deleted = await fetch(`${stack.url}/admin/session`, { method: 'DELETE', headers: { cookie } });
    expect(deleted.status).toBe(204);
    expect(deleted.headers.get('set-cookie')).toMatch(/^console-session=; .*Max-Age=0/);
    const { body } = await postGraphQL(stack.url, '{ viewer { id } }', {}, { token });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
