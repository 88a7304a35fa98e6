import { graphql } from '../gql';
import { present } from '../kit/checks';
import { adminWithoutTwoFactor, adminWithTwoFactor, execute, graphqlError } from '../kit/flows';
import { type Stack, startStack } from '../kit/stack';

const WriterInvite_CreateWriter = graphql(`
  mutation WriterInvite_CreateWriter($input: CreateWriterInput!) {
    createWriter(input: $input) {
      id
      signedUp
      stripeAccountId
    }
  }
`);

const WriterInvite_Invite = graphql(`
  mutation WriterInvite_Invite($id: ID!) {
    inviteWriter(writerId: $id) {
      token
      url
      expiresAt
    }
  }
`);

const WriterInvite_SignUp = graphql(`
  mutation WriterInvite_SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      viewer {
        role
        writer {
          id
          email
          signedUp
          stripeAccountId
        }
      }
    }
  }
`);

const WriterInvite_SignedUp = graphql(`
  query WriterInvite_SignedUp($id: ID!) {
    writer(id: $id) {
      signedUp
    }
  }
`);

const WriterInvite_AuditTrail = graphql(`
  query WriterInvite_AuditTrail($id: ID) {
    auditTrail(subjectId: $id) {
      nodes {
        action
        subjectType
        actor {
          displayName
        }
      }
    }
  }
`);

const FRONTEND_URL = 'http://localhost:5173';

// A writer the platform added already has a Stripe account (and perhaps money on its way):
// signing up with their email takes all of it over, so it takes the invitation sent to them.
describe('writers the platform added sign up through their invitation', () => {
  let stack: Stack;
  let adminToken: string;
  let adminWithoutTwoFactorToken: string;
  let emailCounter = 0;
  beforeAll(async () => {
    stack = await startStack({ FRONTEND_URL });
    adminWithoutTwoFactorToken = await adminWithoutTwoFactor(stack);
    adminToken = (await adminWithTwoFactor(stack)).token;
  });
  afterAll(() => stack.close());

  async function knownWriter() {
    const email = `known-${++emailCounter}@example.com`;
    const { createWriter } = await execute(stack, WriterInvite_CreateWriter, { input: { email, displayName: 'Known Writer', country: 'US' } }, adminToken);
    return { id: createWriter.id as string, email, stripeAccountId: createWriter.stripeAccountId as string };
  }
  const signUpInput = (email: string, inviteToken?: string | null) => ({
    email,
    password: 'answers-pay-42',
    displayName: 'Claimed Writer',
    country: 'US',
    inviteToken,
  });

  it('refuses to hand an added writer to whoever signs up first with their email', async () => {
    const writer = await knownWriter();
    const error = await graphqlError(stack, WriterInvite_SignUp, { input: signUpInput(writer.email) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inviteToken' });
    expect((await execute(stack, WriterInvite_SignedUp, { id: writer.id }, adminToken)).writer.signedUp).toBe(false);
    // Nothing half-written: the email is still free for the invited writer.
    const { token } = (await execute(stack, WriterInvite_Invite, { id: writer.id }, adminToken)).inviteWriter;
    expect((await execute(stack, WriterInvite_SignUp, { input: signUpInput(writer.email, token) })).signUp.viewer.writer?.id).toBe(writer.id);
  });

  it('lets the invited writer take over their record and Stripe account, once', async () => {
    const writer = await knownWriter();
    const { inviteWriter } = await execute(stack, WriterInvite_Invite, { id: writer.id }, adminToken);
    expect(Date.parse(inviteWriter.expiresAt) - Date.now()).toBeGreaterThan(6 * 24 * 3600 * 1000);
    const url = new URL(present(inviteWriter.url, 'the invitation URL'));
    expect(`${url.origin}${url.pathname}`).toBe(`${FRONTEND_URL}/sign-up`);
    expect(url.searchParams.get('invite')).toBe(inviteWriter.token);

    const { signUp } = await execute(stack, WriterInvite_SignUp, { input: signUpInput(writer.email.toUpperCase(), inviteWriter.token) });
    expect(signUp.viewer).toMatchObject({
      role: 'WRITER',
      writer: { id: writer.id, email: writer.email, signedUp: true, stripeAccountId: writer.stripeAccountId },
    });

    const again = await graphqlError(stack, WriterInvite_SignUp, { input: signUpInput(writer.email, inviteWriter.token) });
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const reinvite = await graphqlError(stack, WriterInvite_Invite, { id: writer.id }, adminToken);
    expect(reinvite.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'writerId' });
  });

  it.each([
    [
      'another writer’s invitation',
      async (invited: { id: string }) => (await execute(stack, WriterInvite_Invite, { id: invited.id }, adminToken)).inviteWriter.token as string,
    ],
    ['a made-up token', async () => 'not-an-invitation'],
    ['a session token', async () => adminToken],
  ])('refuses %s', async (_name, tokenFor) => {
    const [writer, other] = [await knownWriter(), await knownWriter()];
    const error = await graphqlError(stack, WriterInvite_SignUp, { input: signUpInput(writer.email, await tokenFor(other)) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inviteToken' });
    expect((await execute(stack, WriterInvite_SignedUp, { id: writer.id }, adminToken)).writer.signedUp).toBe(false);
  });

  it('refuses an invitation presented with an email the platform does not know', async () => {
    const writer = await knownWriter();
    const { token } = (await execute(stack, WriterInvite_Invite, { id: writer.id }, adminToken)).inviteWriter;
    const error = await graphqlError(stack, WriterInvite_SignUp, { input: signUpInput('stranger@example.com', token) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inviteToken' });
  });

  it('takes an admin with two-factor, and records who invited and who accepted in the audit trail', async () => {
    const writer = await knownWriter();
    const withoutTwoFactor = await graphqlError(stack, WriterInvite_Invite, { id: writer.id }, adminWithoutTwoFactorToken);
    expect(withoutTwoFactor.extensions.code).toBe('TWO_FACTOR_REQUIRED');
    const { token } = (await execute(stack, WriterInvite_Invite, { id: writer.id }, adminToken)).inviteWriter;
    await execute(stack, WriterInvite_SignUp, { input: signUpInput(writer.email, token) });
    const { auditTrail } = await execute(stack, WriterInvite_AuditTrail, { id: writer.id }, adminToken);
    expect(auditTrail.nodes).toEqual([
      { action: 'WRITER_INVITE_ACCEPTED', subjectType: 'Writer', actor: { displayName: 'Claimed Writer' } },
      { action: 'WRITER_INVITED', subjectType: 'Writer', actor: { displayName: 'Admin' } },
    ]);
  });

  it('answers NOT_FOUND for an unknown writer', async () => {
    const error = await graphqlError(stack, WriterInvite_Invite, { id: '00000000-0000-0000-0000-000000000000' }, adminToken);
    expect(error.extensions.code).toBe('NOT_FOUND');
  });
});
