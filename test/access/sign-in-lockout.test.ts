import { signInDelayMs } from '../../server/auth/login-throttle';
import { signUpWriter } from '../kit/flows';
import { postGraphQL } from '../kit/graphql-client';
import { type Stack, startStack } from '../kit/stack';

const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { token } }';

/**
 * Guessing one account's password from many places: the guesser is slowed and then stopped,
 * but the owner is never locked out of their own account by someone else's failures.
 */
describe('sign-in throttling that cannot lock out the owner', () => {
  let stack: Stack;
  // The test speaks for many clients through a proxy on this machine.
  beforeAll(async () => {
    stack = await startStack({ TRUST_PROXY: 'loopback' });
  });
  afterAll(() => stack.close());

  const logInFrom = async (address: string, email: string, password: string) => {
    const { body } = await postGraphQL(stack.url, LOG_IN, { input: { email, password } }, { headers: { 'x-forwarded-for': address } });
    return body.data?.logIn?.token ? 'SIGNED_IN' : (body.errors?.[0]?.extensions?.code as string);
  };
  /** `count` wrong guesses for `email`, five from each of as many addresses as that takes, side by side. */
  const guesses = (email: string, count: number, network: string) =>
    Promise.all(Array.from({ length: count }, (_, index) => logInFrom(`${network}.${Math.floor(index / 5) + 1}`, email, `guess-number-${index}`)));

  it('50 wrong passwords from many addresses do not stop the owner signing in from theirs, or from a new one', async () => {
    const owner = await signUpWriter(stack);
    expect(await logInFrom('192.0.2.10', owner.email, owner.password)).toBe('SIGNED_IN');

    const attack = await guesses(owner.email, 50, '198.51.100');
    expect(attack.every((code) => code === 'UNAUTHENTICATED')).toBe(true);

    expect(await logInFrom('192.0.2.10', owner.email, owner.password)).toBe('SIGNED_IN');
    expect(await logInFrom('192.0.2.77', owner.email, owner.password)).toBe('SIGNED_IN');
  }, 90_000);

  it('stops guessing one account from new places after a hundred failures, still letting the owner in from a known address', async () => {
    const owner = await signUpWriter(stack);
    expect(await logInFrom('192.0.2.20', owner.email, owner.password)).toBe('SIGNED_IN');

    const attack = await guesses(owner.email, 110, '203.0.113');
    expect(attack.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(100);
    expect(attack.filter((code) => code === 'RATE_LIMITED')).toHaveLength(10);
    expect(await logInFrom('203.0.113.200', owner.email, owner.password)).toBe('RATE_LIMITED');

    expect(await logInFrom('192.0.2.20', owner.email, owner.password)).toBe('SIGNED_IN');
  }, 90_000);

  it('stops one address after five wrong passwords for one account, without touching the owner elsewhere', async () => {
    const owner = await signUpWriter(stack);
    const tries = [];
    for (let index = 0; index < 6; index++) tries.push(await logInFrom('198.18.0.1', owner.email, `guess-number-${index}`));
    expect(tries).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    expect(await logInFrom('198.18.0.1', owner.email, owner.password)).toBe('RATE_LIMITED');
    expect(await logInFrom('198.18.0.2', owner.email, owner.password)).toBe('SIGNED_IN');
  });

  it('slows attempts from new places progressively after ten failures, never beyond three seconds', () => {
    expect([0, 5, 10].map(signInDelayMs)).toEqual([0, 0, 0]);
    expect([11, 12, 13, 14].map(signInDelayMs)).toEqual([100, 200, 400, 800]);
    expect(signInDelayMs(40)).toBe(3000);
  });
});
