import { graphql } from '../gql';
import { adminWithoutTwoFactor, adminWithTwoFactor, execute, graphqlError } from '../kit/flows';
import { createTopUp } from '../kit/money';
import { type Stack, startStack } from '../kit/stack';

const WriterInput_SignUp = graphql(`
  mutation WriterInput_SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      viewer {
        displayName
        writer {
          displayName
          email
        }
      }
    }
  }
`);

const WriterInput_CreateWriter = graphql(`
  mutation WriterInput_CreateWriter($input: CreateWriterInput!) {
    createWriter(input: $input) {
      id
      displayName
      email
      country
    }
  }
`);

const WriterInput_Search = graphql(`
  query WriterInput_Search($search: String) {
    writers(search: $search, first: 100) {
      nodes {
        displayName
      }
    }
  }
`);

const WriterInput_Writers = graphql(`
  query WriterInput_Writers {
    writers {
      totalCount
    }
  }
`);

/** Names and notes are trimmed before they are validated; a search matches what was typed, literally. */
describe('what writers and admins type', () => {
  let stack: Stack;
  let admin: string;
  beforeAll(async () => {
    stack = await startStack();
    admin = await adminWithoutTwoFactor(stack);
  });
  afterAll(() => stack.close());

  const signUpInput = (overrides: Record<string, string>) => ({
    email: `input-${Math.random().toString(36).slice(2, 10)}@example.com`,
    password: 'answers-pay-42',
    displayName: 'Ana',
    country: 'US',
    ...overrides,
  });
  const writerInput = (overrides: Record<string, string>) => ({
    email: `added-${Math.random().toString(36).slice(2, 10)}@example.com`,
    displayName: 'Ana',
    country: 'US',
    ...overrides,
  });
  const writerCount = async () => (await execute(stack, WriterInput_Writers, {}, admin)).writers.totalCount as number;
  const searchNames = async (search: string) =>
    (await execute(stack, WriterInput_Search, { search }, admin)).writers.nodes.map((node: { displayName: string }) => node.displayName).sort();

  it.each(['   ', '\t\n ', '\u00a0'])('refuses a whitespace-only displayName (%j) at sign-up and in createWriter, on the field', async (displayName) => {
    const writersBefore = await writerCount();
    const atSignUp = await graphqlError(stack, WriterInput_SignUp, { input: signUpInput({ displayName }) });
    expect(atSignUp.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'displayName', messages: [expect.stringMatching(/1 to 120/)] }] });
    const added = await graphqlError(stack, WriterInput_CreateWriter, { input: writerInput({ displayName }) }, admin);
    expect(added.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'displayName', messages: [expect.any(String)] }] });
    expect(await writerCount()).toBe(writersBefore);
  });

  it('stores padded names, emails and country codes trimmed', async () => {
    const email = signUpInput({}).email;
    const signedUp = (await execute(stack, WriterInput_SignUp, { input: signUpInput({ displayName: '  Ana  ', email: `  ${email}  ` }) })).signUp.viewer;
    expect(signedUp).toEqual({ displayName: 'Ana', writer: { displayName: 'Ana', email } });
    const added = (
      await execute(
        stack,
        WriterInput_CreateWriter,
        { input: writerInput({ displayName: '\tBea  Lopez ', email: ' Bea@Example.com ', country: ' de ' }) },
        admin,
      )
    ).createWriter;
    expect(added).toMatchObject({ displayName: 'Bea  Lopez', email: 'bea@example.com', country: 'DE' });
  });

  it('checks the length of a note after trimming it, and keeps a blank note as none', async () => {
    const { token } = await adminWithTwoFactor(stack);
    const note = 'x'.repeat(200);
    expect((await createTopUp(stack, token, { description: `   ${note}   ` })).description).toBe(note);
    const blank = await createTopUp(stack, token, { description: '   ', statementDescriptor: '   Ad revenue   ' });
    expect(blank).toMatchObject({ description: null, statementDescriptor: 'Ad revenue' });
  });

  it('matches %, _ and the escape character in a search literally', async () => {
    for (const displayName of ['100% Organic', 'Snake_Case Sam', 'Snakexcase Sid', 'Wow! Writer', 'Plain Writer']) {
      await execute(stack, WriterInput_CreateWriter, { input: writerInput({ displayName }) }, admin);
    }
    expect(await searchNames('%')).toEqual(['100% Organic']);
    // Every Stripe account id holds an underscore (acct_…), so a lone "_" matches them all: literally.
    expect(await searchNames('e_c')).toEqual(['Snake_Case Sam']);
    expect(await searchNames('snake_case')).toEqual(['Snake_Case Sam']);
    expect(await searchNames('!')).toEqual(['Wow! Writer']);
    expect(await searchNames('!%')).toEqual([]);
    expect(await searchNames('writer')).toEqual(['Plain Writer', 'Wow! Writer']);
  });
});
