import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { graphql } from './flows';
import { postGraphQL } from './graphql-client';
import type { Stack } from './stack';
import { waitFor } from './wait';

export const TRANSFER_FIELDS = `
  id stripeTransferId writerId status idempotencyKey transferGroup description failureCode failureMessage createdAt nextStates
  amount { amount currency formatted }
  amountReversed { amount currency formatted }
  reversibleAmount { amount }
  reversals { id stripeReversalId status reason amount { amount currency } createdBy { displayName } }
  writer { id stripeAccountId }
  createdBy { id displayName }
`;

export const TOP_UP_FIELDS = `
  id stripeTopUpId status description statementDescriptor expectedAvailabilityDate failureCode idempotencyKey cancelable nextStates createdAt
  amount { amount currency formatted }
  createdBy { id displayName }
`;

export const CREATE_TRANSFER = `mutation CreateTransfer($input: CreateTransferInput!) { createTransfer(input: $input) { ${TRANSFER_FIELDS} } }`;
export const REVERSE_TRANSFER = `mutation ReverseTransfer($input: ReverseTransferInput!) { reverseTransfer(input: $input) { ${TRANSFER_FIELDS} } }`;
export const CREATE_TOP_UP = `mutation CreateTopUp($input: CreateTopUpInput!) { createTopUp(input: $input) { ${TOP_UP_FIELDS} } }`;
export const CANCEL_TOP_UP = `mutation CancelTopUp($id: ID!) { cancelTopUp(id: $id) { ${TOP_UP_FIELDS} } }`;
export const TRANSFER = `query Transfer($id: ID!) { transfer(id: $id) { ${TRANSFER_FIELDS} } }`;
export const PLATFORM_BALANCE = `{ platformBalance { available { amount currency formatted } pending { amount currency formatted } payoutSchedule { interval delayDays } warning } }`;

export interface MoneyAmount {
  amount: number;
  currency: string;
  formatted: string;
}

export const newKey = (label = 'key') => `${label}-${randomUUID()}`;

export async function platformBalance(stack: Stack, token: string): Promise<{ available: MoneyAmount[]; pending: MoneyAmount[]; payoutSchedule: { interval: string } | null; warning: string | null }> {
  return (await graphql(stack, PLATFORM_BALANCE, {}, token)).platformBalance;
}

export async function availableMinor(stack: Stack, token: string, currency = 'usd'): Promise<number> {
  const balance = await platformBalance(stack, token);
  return balance.available.find((entry) => entry.currency === currency)?.amount ?? 0;
}

export async function createTopUp(stack: Stack, token: string, input: Partial<{ amount: number; currency: string; description: string; statementDescriptor: string; source: string; idempotencyKey: string }> = {}) {
  const data = await graphql(stack, CREATE_TOP_UP, { input: { amount: 100_000, currency: 'usd', source: 'btok_us_verified', idempotencyKey: newKey('topup'), ...input } }, token);
  return data.createTopUp;
}

export async function topUpStatus(stack: Stack, token: string, id: string): Promise<string> {
  const data = await graphql(stack, 'query { topUps(first: 100) { nodes { id status } } }', {}, token);
  return data.topUps.nodes.find((node: { id: string }) => node.id === id)?.status;
}

/**
 * Tops up with btok_us_verified, settles it in the sandbox and waits until the gateway has seen it
 * succeed: its webhook may queue behind thousands of account events on a loaded machine.
 */
export async function fundPlatform(stack: Stack, token: string, amountMinor: number, currency = 'usd') {
  const topUp = await createTopUp(stack, token, { amount: amountMinor, currency });
  await stack.control.settleTopUp(topUp.stripeTopUpId);
  await waitFor(() => topUpStatus(stack, token, topUp.id), { until: (status) => status === 'SUCCEEDED', timeoutMs: 60_000, what: `top-up ${topUp.id} SUCCEEDED` });
  return topUp;
}

export async function createTransfer(stack: Stack, token: string, input: { writerId: string; amount: number; currency?: string; description?: string; idempotencyKey?: string }) {
  const { body } = await postGraphQL(stack.url, CREATE_TRANSFER, { input: { currency: 'usd', idempotencyKey: newKey('transfer'), ...input } }, { token });
  return body;
}

export async function readTransfer(stack: Stack, token: string, id: string) {
  return (await graphql(stack, TRANSFER, { id }, token)).transfer;
}

export function waitForTransferStatus(stack: Stack, token: string, id: string, status: string, timeoutMs?: number) {
  return waitFor(() => readTransfer(stack, token, id), { until: (transfer) => transfer.status === status, timeoutMs, what: `transfer ${id} ${status}` });
}

/** What Stripe (the sandbox) holds for a transfer group: the check that nothing was paid twice. */
export async function stripeTransfersInGroup(stack: Stack, transferGroup: string): Promise<Stripe.Transfer[]> {
  return stack.stripe.transfers.list({ transfer_group: transferGroup, limit: 100 }).autoPagingToArray({ limit: 1000 });
}

/** Rows the gateway wrote for money, read through its admin API (nothing written = no change). */
export async function moneyFootprint(stack: Stack, token: string) {
  const data = await graphql(
    stack,
    '{ transfers(first: 100) { totalCount } topUps(first: 100) { totalCount } auditTrail(first: 100) { totalCount } }',
    {},
    token,
  );
  return { transfers: data.transfers.totalCount, topUps: data.topUps.totalCount, auditEntries: data.auditTrail.totalCount };
}
