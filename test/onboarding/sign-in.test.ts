import jwt from 'jsonwebtoken';
import { graphql } from '../gql';
import { elementAt } from '../kit/checks';
import { adminWithoutTwoFactor, createOnboardingLink, execute, graphqlError, signUpWriter } from '../kit/flows';
import { postGraphQL } from '../kit/graphql-client';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type Stack, startStack } from '../kit/stack';
import { totpCode } from '../kit/totp';

const SignIn_SignUp = graphql(`
  mutation SignIn_SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
    }
  }
`);

const SignIn_LogIn = graphql(`
  mutation SignIn_LogIn($input: LogInInput!) {
    logIn(input: $input) {
      token
      viewer {
        role
        twoFactorEnabled
        twoFactorVerified
      }
    }
  }
`);

const SignIn_Viewer = graphql(`
  query SignIn_Viewer {
    viewer {
      id
      email
      role
      writer {
        id
      }
    }
  }
`);

const SignIn_CreateOnboardingLink = graphql(`
  mutation SignIn_CreateOnboardingLink($id: ID!) {
    createOnboardingLink(writerId: $id) {
      url
    }
  }
`);

const SignIn_WritersMatching = graphql(`
  query SignIn_WritersMatching($search: String) {
    writers(search: $search) {
      totalCount
    }
  }
`);

const SignIn_Writer = graphql(`
  query SignIn_Writer($id: ID!) {
    writer(id: $id) {
      id
    }
  }
`);

const SignIn_WriterCount = graphql(`
  query SignIn_WriterCount {
    writers {
      totalCount
    }
  }
`);

const SignIn_EnrollSecret = graphql(`
  mutation SignIn_EnrollSecret {
    enrollTwoFactor {
      secret
    }
  }
`);

const SignIn_EnrollTwoFactor = graphql(`
  mutation SignIn_EnrollTwoFactor {
    enrollTwoFactor {
      secret
      otpauthUrl
    }
  }
`);

const SignIn_ConfirmWrongCode = graphql(`
  mutation SignIn_ConfirmWrongCode {
    confirmTwoFactor(otp: "000000") {
      token
    }
  }
`);

const SignIn_ConfirmTwoFactor = graphql(`
  mutation SignIn_ConfirmTwoFactor($otp: String!) {
    confirmTwoFactor(otp: $otp) {
      viewer {
        twoFactorEnabled
        twoFactorVerified
      }
    }
  }
`);

const JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

describe('sign-up, sign-in and sessions', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ JWT_SECRET, TRUST_PROXY: 'loopback' });
  });
  afterAll(() => stack.close());

  const signUpInput = (overrides: Record<string, string>) => ({
    email: 'new@example.com',
    password: 'answers-pay-42',
    displayName: 'New Writer',
    country: 'US',
    ...overrides,
  });

  it.each([
    ['a malformed email', { email: 'not-an-email' }, 'email'],
    ['a weak password', { password: 'short' }, 'password'],
    ['a password without digits', { password: 'onlyletters-here' }, 'password'],
    ['an unpayable country', { country: 'BR' }, 'country'],
    ['a made-up country code', { country: 'USA' }, 'country'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_name, overrides, field) => {
    const error = await graphqlError(stack, SignIn_SignUp, { input: signUpInput(overrides) });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(error)).toContain(field);
    expect(JSON.stringify(error)).not.toContain('answers-pay-42');
    const { writers } = await execute(stack, SignIn_WritersMatching, { search: signUpInput(overrides).email }, await adminWithoutTwoFactor(stack));
    expect(writers.totalCount).toBe(0);
  });

  it('refuses a duplicate email, whatever its case', async () => {
    const writer = await signUpWriter(stack);
    const error = await graphqlError(stack, SignIn_SignUp, { input: signUpInput({ email: writer.email.toUpperCase() }) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const writer = await signUpWriter(stack);
    const wrongPassword = await graphqlError(stack, SignIn_LogIn, { input: { email: writer.email, password: 'not-the-password-1' } });
    const unknownEmail = await graphqlError(stack, SignIn_LogIn, { input: { email: 'nobody@example.com', password: 'not-the-password-1' } });
    expect(wrongPassword.message).toBe(unknownEmail.message);
    expect(wrongPassword.extensions.code).toBe(unknownEmail.extensions.code);
  });

  it('throttles repeated failures for one email', async () => {
    const writer = await signUpWriter(stack);
    const attempt = () => graphqlError(stack, SignIn_LogIn, { input: { email: writer.email, password: 'guess-number-0' } });
    for (let failure = 0; failure < 5; failure++) expect((await attempt()).extensions.code).toBe('UNAUTHENTICATED');
    const throttled = await attempt();
    expect(throttled.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    const correctButThrottled = await graphqlError(stack, SignIn_LogIn, { input: { email: writer.email, password: writer.password } });
    expect(correctButThrottled.extensions.code).toBe('RATE_LIMITED');
  });

  it('counts guesses sent side by side as it counts guesses sent one after another', async () => {
    const writer = await signUpWriter(stack);
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, n) => graphqlError(stack, SignIn_LogIn, { input: { email: writer.email, password: `guess-number-${n}` } })),
    );
    const codes = guesses.map((error) => error.extensions.code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(7);
  });

  it('stops an address that spent its budget from spending other people’s (locking their accounts)', async () => {
    const victim = await signUpWriter(stack);
    const from = (address: string, email: string, password: string) =>
      postGraphQL(stack.url, SignIn_LogIn, { input: { email, password } }, { headers: { 'x-forwarded-for': address } });
    for (let index = 0; index < 30; index++) {
      expect((await from('198.51.100.77', `nobody-${index}@example.com`, 'guess-number-0')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (let index = 0; index < 6; index++) {
      expect((await from('198.51.100.77', victim.email, 'guess-number-0')).body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    }
    expect((await from('198.51.100.78', victim.email, victim.password)).body.data?.logIn.token).toBeTruthy();
  });

  it('limits sign-ups from one address (each opens a Stripe account), counting the address behind a local proxy', async () => {
    const signUpFrom = (address: string, index: number) =>
      postGraphQL(
        stack.url,
        SignIn_SignUp,
        { input: signUpInput({ email: `crowd-${address}-${index}@example.com` }) },
        { headers: { 'x-forwarded-for': address } },
      );
    const crowd = [];
    for (let index = 0; index < 31; index++) crowd.push(await signUpFrom('203.0.113.50', index));
    expect(crowd.slice(0, 30).every(({ body }) => body.data?.signUp.token)).toBe(true);
    expect(elementAt(crowd, 30).body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect((await signUpFrom('203.0.113.51', 0)).body.data?.signUp.token).toBeTruthy();
  });

  it('returns the viewer with their writer, and refuses bad and expired tokens', async () => {
    const writer = await signUpWriter(stack);
    const { viewer } = await execute(stack, SignIn_Viewer, {}, writer.token);
    expect(viewer).toMatchObject({ email: writer.email, role: 'WRITER', writer: { id: writer.writerId } });
    expect(await execute(stack, SignIn_Viewer, {})).toEqual({ viewer: null });

    const garbage = await graphqlError(stack, SignIn_Viewer, {}, 'not-a-token');
    expect(garbage.extensions.code).toBe('UNAUTHENTICATED');
    const forged = jwt.sign({ sub: writer.userId, role: 'ADMIN', tfa: true }, 'some-other-secret-of-sufficient-length', { issuer: 'payouts-gateway' });
    expect((await graphqlError(stack, SignIn_Viewer, {}, forged)).extensions.code).toBe('UNAUTHENTICATED');
    const expired = jwt.sign({ sub: writer.userId, role: 'WRITER', tfa: false, exp: Math.floor(Date.now() / 1000) - 60 }, JWT_SECRET, {
      issuer: 'payouts-gateway',
    });
    const expiredError = await graphqlError(stack, SignIn_Viewer, {}, expired);
    expect(expiredError).toMatchObject({ message: 'Your session has expired; sign in again.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('keeps writers to themselves and onboarding links to their writer', async () => {
    const writer = await signUpWriter(stack);
    const other = await signUpWriter(stack);
    const admin = await adminWithoutTwoFactor(stack);
    expect((await graphqlError(stack, SignIn_Writer, { id: other.writerId }, writer.token)).extensions.code).toBe('FORBIDDEN');
    expect((await graphqlError(stack, SignIn_WriterCount, {}, writer.token)).extensions.code).toBe('FORBIDDEN');
    expect((await graphqlError(stack, SignIn_CreateOnboardingLink, { id: writer.writerId }, admin)).extensions.code).toBe('FORBIDDEN');
    expect((await graphqlError(stack, SignIn_CreateOnboardingLink, { id: writer.writerId }, other.token)).extensions.code).toBe('FORBIDDEN');
    expect((await graphqlError(stack, SignIn_CreateOnboardingLink, { id: writer.writerId })).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('signs up while Stripe is unreachable; the link then fails with STRIPE_ERROR and a retry creates exactly one account', async () => {
    await stack.control.fault('/v1/accounts', 'error', 2);
    const writer = await signUpWriter(stack);
    const error = await graphqlError(stack, SignIn_CreateOnboardingLink, { id: writer.writerId }, writer.token);
    expect(error.extensions).toMatchObject({ code: 'STRIPE_ERROR' });
    expect(error.extensions).toHaveProperty('stripeRequestId');

    const link = await createOnboardingLink(stack, writer);
    expect(link.url).toMatch(/^http/);
    const accounts = await stack.stripe.accounts.list({ limit: 100 });
    expect(accounts.data.filter((account) => account.metadata?.writer_id === writer.writerId)).toHaveLength(1);
  });

  it('turns two-factor on only from a recent sign-in, so an older stolen session cannot enrol its own authenticator', async () => {
    const writer = await signUpWriter(stack);
    const { iat, exp: _exp, ...claims } = jwt.decode(writer.token) as Record<string, number | string>;
    const signedAgo = (seconds: number) => jwt.sign({ ...claims, iat: (iat as number) - seconds }, JWT_SECRET, { algorithm: 'HS256', expiresIn: 3600 });
    const old = await graphqlError(stack, SignIn_EnrollSecret, {}, signedAgo(11 * 60));
    expect(old.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RECENT_SIGN_IN_REQUIRED' });
    const recent = await execute(stack, SignIn_EnrollSecret, {}, signedAgo(5 * 60));
    expect(recent.enrollTwoFactor.secret).toMatch(/^[A-Z2-7]+$/);
  });

  it('turns two-factor on; sign-in then needs a fresh code, and a code works once', async () => {
    const token = await adminWithoutTwoFactor(stack);
    const { enrollTwoFactor } = await execute(stack, SignIn_EnrollTwoFactor, {}, token);
    expect(enrollTwoFactor.otpauthUrl).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    const wrong = await graphqlError(stack, SignIn_ConfirmWrongCode, {}, token);
    expect(wrong.extensions.code).toBe('BAD_USER_INPUT');
    const confirmCode = await totpCode(enrollTwoFactor.secret);
    const { confirmTwoFactor } = await execute(stack, SignIn_ConfirmTwoFactor, { otp: confirmCode }, token);
    expect(confirmTwoFactor.viewer).toEqual({ twoFactorEnabled: true, twoFactorVerified: true });

    const credentials = { email: ADMIN_EMAIL, password: ADMIN_PASSWORD };
    expect((await graphqlError(stack, SignIn_LogIn, { input: credentials })).extensions.code).toBe('TWO_FACTOR_REQUIRED');
    expect((await graphqlError(stack, SignIn_LogIn, { input: { ...credentials, otp: confirmCode } })).extensions.code).toBe('UNAUTHENTICATED');
    const nextCode = await totpCode(enrollTwoFactor.secret, 1);
    const { logIn } = await execute(stack, SignIn_LogIn, { input: { ...credentials, otp: nextCode } });
    expect(logIn.viewer).toEqual({ role: 'ADMIN', twoFactorEnabled: true, twoFactorVerified: true });
    expect((await graphqlError(stack, SignIn_LogIn, { input: { ...credentials, otp: nextCode } })).extensions.code).toBe('UNAUTHENTICATED');
  });
});
