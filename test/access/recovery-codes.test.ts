import { elementAt } from '../kit/checks';
import { adminWithoutTwoFactor, graphql, graphqlError } from '../kit/flows';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Stack, startStack } from '../kit/stack';
import { totpCode } from '../kit/totp';

const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { token viewer { twoFactorVerified } } }';

// A lost phone must not lock an admin out for good, nor open a door for anyone else.
describe('two-factor recovery codes', () => {
  let stack: Stack;
  let codes: string[];
  let token: string;
  beforeAll(async () => {
    stack = await startStack();
    const first = await adminWithoutTwoFactor(stack);
    const { enrollTwoFactor } = await graphql(stack, 'mutation { enrollTwoFactor { secret } }', {}, first);
    const { confirmTwoFactor } = await graphql(
      stack,
      'mutation($otp: String!) { confirmTwoFactor(otp: $otp) { token recoveryCodes } }',
      { otp: await totpCode(enrollTwoFactor.secret) },
      first,
    );
    codes = confirmTwoFactor.recoveryCodes;
    token = confirmTwoFactor.token;
  });
  afterAll(() => stack.close());

  const code = (index: number) => elementAt(codes, index, 'a recovery code');
  const logInWith = (recoveryCode: string) => ({ input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD, recoveryCode } });

  it('hands out ten distinct codes once, when two-factor is turned on', () => {
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    codes.forEach((code) => expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/));
  });

  it('signs in with a code instead of the authenticator, as a two-factor session, once per code', async () => {
    const { logIn } = await graphql(stack, LOG_IN, logInWith(code(0).toUpperCase().replace(/-/g, ' ')));
    expect(logIn.viewer.twoFactorVerified).toBe(true);
    const reused = await graphqlError(stack, LOG_IN, logInWith(code(0)));
    expect(reused).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('recovery code') });
    expect((await graphqlError(stack, LOG_IN, logInWith('aaaa-bbbb-cccc-dddd'))).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('never accepts a code without the password', async () => {
    const error = await graphqlError(stack, LOG_IN, { input: { email: ADMIN_EMAIL, password: 'not-the-password-1', recoveryCode: code(1) } });
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
    const { logIn } = await graphql(stack, LOG_IN, logInWith(code(1)));
    expect(logIn.viewer.twoFactorVerified).toBe(true);
  });

  it('replaces every code with a new set, from a recent two-factor session', async () => {
    const { regenerateRecoveryCodes } = await graphql(stack, 'mutation { regenerateRecoveryCodes }', {}, token);
    expect(regenerateRecoveryCodes).toHaveLength(10);
    expect((await graphqlError(stack, LOG_IN, logInWith(code(2)))).extensions.code).toBe('UNAUTHENTICATED');
    const { logIn } = await graphql(stack, LOG_IN, logInWith(regenerateRecoveryCodes[0]));
    expect(logIn.viewer.twoFactorVerified).toBe(true);
    const withoutTwoFactor = await graphql(
      stack,
      'mutation($input: LogInInput!) { signUp: logIn(input: $input) { token } }',
      logInWith(regenerateRecoveryCodes[1]),
    );
    expect(withoutTwoFactor.signUp.token).toBeTruthy();
  });
});
