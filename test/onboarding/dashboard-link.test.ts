import { graphql } from '../gql';
import { adminWithoutTwoFactor, execute, graphqlError, onboardedWriter, signUpWriter } from '../kit/flows';
import { type Stack, startStack } from '../kit/stack';

const DashboardLink_CreateDashboardLink = graphql(`
  mutation DashboardLink_CreateDashboardLink($id: ID!) {
    createDashboardLink(writerId: $id) {
      url
      createdAt
    }
  }
`);

/** Writers see their balance and payouts in Stripe's Express Dashboard, through a login link. */
describe("a writer's Stripe Express Dashboard link", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('signs an onboarded writer in to their Express Dashboard, a fresh link each time', async () => {
    const writer = await onboardedWriter(stack);
    const first = (await execute(stack, DashboardLink_CreateDashboardLink, { id: writer.writerId }, writer.token)).createDashboardLink;
    const second = (await execute(stack, DashboardLink_CreateDashboardLink, { id: writer.writerId }, writer.token)).createDashboardLink;
    expect(first.url).not.toBe(second.url);
    expect(Math.abs(Date.parse(first.createdAt) - Date.now())).toBeLessThan(60_000);
    const page = await fetch(first.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(writer.email);
  });

  it('asks a writer who has not submitted onboarding to finish it first, without calling Stripe', async () => {
    const writer = await signUpWriter(stack);
    const error = await graphqlError(stack, DashboardLink_CreateDashboardLink, { id: writer.writerId }, writer.token);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'writerId' });
    expect(error.message).toMatch(/finish onboarding first/);
  });

  it('never hands the link to anyone else: admins and other writers are refused', async () => {
    const writer = await onboardedWriter(stack);
    const other = await signUpWriter(stack);
    const admin = await adminWithoutTwoFactor(stack);
    expect((await graphqlError(stack, DashboardLink_CreateDashboardLink, { id: writer.writerId }, admin)).extensions.code).toBe('FORBIDDEN');
    expect((await graphqlError(stack, DashboardLink_CreateDashboardLink, { id: writer.writerId }, other.token)).extensions.code).toBe('FORBIDDEN');
  });

  it("reports Stripe's failure as STRIPE_ERROR with its request id, and works again once Stripe does", async () => {
    const writer = await onboardedWriter(stack);
    await stack.control.fault(`/v1/accounts/${writer.accountId}/login_links`, 'error', 1, 'POST');
    const error = await graphqlError(stack, DashboardLink_CreateDashboardLink, { id: writer.writerId }, writer.token);
    expect(error.extensions.code).toBe('STRIPE_ERROR');
    expect(error.extensions.stripeRequestId).toMatch(/^req_/);
    expect((await execute(stack, DashboardLink_CreateDashboardLink, { id: writer.writerId }, writer.token)).createDashboardLink.url).toMatch(/\/express\//);
  });
});
