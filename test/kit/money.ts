import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { graphql } from '../gql';
import type { CreateTopUpInput, CreateTransferInput, TransferStatus } from '../gql/graphql';
import { present } from './checks';
import { execute } from './flows';
import { postGraphQL } from './graphql-client';
import type { Stack } from './stack';
import { waitFor } from './wait';

type GraphQLServer = Pick<Stack, 'url'>;

graphql(`
  fragment Kit_Transfer on Transfer {
    id
    stripeTransferId
    writerId
    status
    idempotencyKey
    transferGroup
    description
    failureCode
    failureMessage
    createdAt
    nextStates
    amount {
      amount
      currency
      formatted
    }
    amountReversed {
      amount
      currency
      formatted
    }
    reversibleAmount {
      amount
    }
    reversals {
      id
      stripeReversalId
      status
      reason
      amount {
        amount
        currency
      }
      createdBy {
        displayName
      }
    }
    writer {
      id
      stripeAccountId
    }
    createdBy {
      id
      displayName
    }
  }
`);

graphql(`
  fragment Kit_TopUp on TopUp {
    id
    stripeTopUpId
    status
    description
    statementDescriptor
    expectedAvailabilityDate
    failureCode
    idempotencyKey
    cancelable
    nextStates
    createdAt
    amount {
      amount
      currency
      formatted
    }
    createdBy {
      id
      displayName
    }
  }
`);

export const CREATE_TRANSFER = graphql(`
  mutation Kit_CreateTransfer($input: CreateTransferInput!) {
    createTransfer(input: $input) {
      ...Kit_Transfer
    }
  }
`);

export const REVERSE_TRANSFER = graphql(`
  mutation Kit_ReverseTransfer($input: ReverseTransferInput!) {
    reverseTransfer(input: $input) {
      ...Kit_Transfer
    }
  }
`);

export const CREATE_TOP_UP = graphql(`
  mutation Kit_CreateTopUp($input: CreateTopUpInput!) {
    createTopUp(input: $input) {
      ...Kit_TopUp
    }
  }
`);

export const CANCEL_TOP_UP = graphql(`
  mutation Kit_CancelTopUp($id: ID!) {
    cancelTopUp(id: $id) {
      ...Kit_TopUp
    }
  }
`);

export const TRANSFER = graphql(`
  query Kit_Transfer($id: ID!) {
    transfer(id: $id) {
      ...Kit_Transfer
    }
  }
`);

export const TOP_UP_UPDATED = graphql(`
  subscription Kit_TopUpUpdated {
    topUpUpdated {
      ...Kit_TopUp
    }
  }
`);

export const TRANSFER_UPDATED = graphql(`
  subscription Kit_TransferUpdated($writerId: ID) {
    transferUpdated(writerId: $writerId) {
      ...Kit_Transfer
    }
  }
`);

const Kit_PlatformBalance = graphql(`
  query Kit_PlatformBalance {
    platformBalance {
      available {
        amount
        currency
        formatted
      }
      pending {
        amount
        currency
        formatted
      }
      payoutSchedule {
        interval
        delayDays
      }
      warning
    }
  }
`);

export interface MoneyAmount {
  amount: number;
  currency: string;
  formatted: string;
}

export const newKey = (label = 'key') => `${label}-${randomUUID()}`;

export async function platformBalance(server: GraphQLServer, token: string) {
  return (await execute(server, Kit_PlatformBalance, {}, token)).platformBalance;
}

export async function availableMinor(server: GraphQLServer, token: string, currency = 'usd'): Promise<number> {
  const balance = await platformBalance(server, token);
  return balance.available.find((entry) => entry.currency === currency)?.amount ?? 0;
}

export async function createTopUp(server: GraphQLServer, token: string, input: Partial<CreateTopUpInput> = {}) {
  const data = await execute(
    server,
    CREATE_TOP_UP,
    { input: { amount: 100_000, currency: 'usd', source: 'btok_us_verified', idempotencyKey: newKey('topup'), ...input } },
    token,
  );
  return data.createTopUp;
}

const Kit_TopUpStatuses = graphql(`
  query Kit_TopUpStatuses {
    topUps(first: 100) {
      nodes {
        id
        status
      }
    }
  }
`);

/** The top-up's status, or undefined when it is not among the 100 newest. */
export async function topUpStatus(server: GraphQLServer, token: string, id: string) {
  const data = await execute(server, Kit_TopUpStatuses, {}, token);
  return data.topUps.nodes.find((node) => node.id === id)?.status;
}

/**
 * Tops up with btok_us_verified, settles it in the sandbox and waits until the gateway has seen it
 * succeed: its webhook may queue behind thousands of account events on a loaded machine.
 */
export async function fundPlatform(stack: Stack, token: string, amountMinor: number, currency = 'usd') {
  const topUp = await createTopUp(stack, token, { amount: amountMinor, currency });
  await stack.control.settleTopUp(present(topUp.stripeTopUpId, `a Stripe top-up for ${topUp.id}`));
  await waitFor(() => topUpStatus(stack, token, topUp.id), {
    until: (status) => status === 'SUCCEEDED',
    timeoutMs: 60_000,
    what: `top-up ${topUp.id} SUCCEEDED`,
  });
  return topUp;
}

export async function createTransfer(
  server: GraphQLServer,
  token: string,
  input: Omit<CreateTransferInput, 'currency' | 'idempotencyKey'> & Partial<CreateTransferInput>,
) {
  const { body } = await postGraphQL(server.url, CREATE_TRANSFER, { input: { currency: 'usd', idempotencyKey: newKey('transfer'), ...input } }, { token });
  return body;
}

export async function readTransfer(server: GraphQLServer, token: string, id: string) {
  return (await execute(server, TRANSFER, { id }, token)).transfer;
}

export function waitForTransferStatus(server: GraphQLServer, token: string, id: string, status: TransferStatus, timeoutMs?: number) {
  return waitFor(() => readTransfer(server, token, id), { until: (transfer) => transfer.status === status, timeoutMs, what: `transfer ${id} ${status}` });
}

/** What Stripe (the sandbox) holds for a transfer group: the check that nothing was paid twice. */
export async function stripeTransfersInGroup(stack: Stack, transferGroup: string): Promise<Stripe.Transfer[]> {
  return stack.stripe.transfers.list({ transfer_group: transferGroup, limit: 100 }).autoPagingToArray({ limit: 1000 });
}

const Kit_MoneyFootprint = graphql(`
  query Kit_MoneyFootprint {
    transfers(first: 100) {
      totalCount
    }
    topUps(first: 100) {
      totalCount
    }
    auditTrail(first: 100) {
      totalCount
    }
  }
`);

/** Rows the gateway wrote for money, read through its admin API (nothing written = no change). */
export async function moneyFootprint(server: GraphQLServer, token: string) {
  const data = await execute(server, Kit_MoneyFootprint, {}, token);
  return { transfers: data.transfers.totalCount, topUps: data.topUps.totalCount, auditEntries: data.auditTrail.totalCount };
}
