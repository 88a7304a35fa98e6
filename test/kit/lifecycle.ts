import { graphql } from '../gql';
import { type SignedInWriter, createOnboardingLink, execute, signUpWriter, waitForStatus, writerAccountId } from './flows';
import type { Stack } from './stack';
import { waitFor } from './wait';

/** Every state a writer's account can be in, as the console and the API tell them apart. */
export const LIFECYCLE_STATES = ['NOT_STARTED', 'IN_PROGRESS', 'PENDING_VERIFICATION', 'RESTRICTED', 'ACTIVE', 'REJECTED', 'DEAUTHORIZED'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

const SANDBOX_STATE: Partial<Record<LifecycleState, string>> = { PENDING_VERIFICATION: 'pending_verification', RESTRICTED: 'restricted', REJECTED: 'rejected', ACTIVE: 'active' };

const Kit_WriterDeauthorized = graphql(`
  query Kit_WriterDeauthorized($id: ID!) {
    writer(id: $id) {
      deauthorized
    }
  }
`);

/** Waits until the gateway has applied the writer's `account.application.deauthorized`. */
export function waitForDeauthorized(stack: Pick<Stack, 'url'>, writerId: string, token: string) {
  return waitFor(async () => (await execute(stack, Kit_WriterDeauthorized, { id: writerId }, token)).writer.deauthorized, { what: `writer ${writerId} deauthorized` });
}

/** A writer signed up and brought to `state` through the sandbox, as Stripe would move them. */
export async function writerInState(stack: Stack, state: LifecycleState, displayName: string): Promise<SignedInWriter & { accountId: string }> {
  const writer = await signUpWriter(stack, { displayName });
  const accountId = await writerAccountId(stack, writer);
  if (state !== 'NOT_STARTED') await createOnboardingLink(stack, writer);
  const sandboxState = SANDBOX_STATE[state] ?? (state === 'DEAUTHORIZED' ? 'active' : undefined);
  if (sandboxState) await stack.control.setAccountState(accountId, sandboxState);
  if (state === 'DEAUTHORIZED') {
    await waitForStatus(stack, writer.writerId, writer.token, 'ACTIVE');
    await stack.control.deauthorize(accountId);
    await waitForDeauthorized(stack, writer.writerId, writer.token);
  } else {
    await waitForStatus(stack, writer.writerId, writer.token, state);
  }
  return { ...writer, accountId };
}
