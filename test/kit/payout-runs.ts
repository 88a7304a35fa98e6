import { graphql } from '../gql';
import type { LedgerAccount, PayoutRunStatus } from '../gql/graphql';
import { execute } from './flows';
import { postGraphQL } from './graphql-client';
import type { Stack } from './stack';
import { waitFor } from './wait';

type Server = Pick<Stack, 'url'>;

graphql(`
  fragment Kit_PayoutRun on PayoutRun {
    id
    status
    currency
    description
    itemCount
    heldCount
    nextStates
    createdAt
    approvedAt
    completedAt
    totalAmount {
      amount
      currency
      formatted
    }
    heldAmount {
      amount
    }
    shortfall {
      amount
      formatted
    }
    minimumAmount {
      amount
    }
    createdBy {
      id
      displayName
    }
    approvedBy {
      id
      displayName
    }
    executedBy {
      id
      displayName
    }
    progress {
      itemsDone
      itemsTotal
      itemsFailed
      amountSent {
        amount
      }
    }
  }
`);

graphql(`
  fragment Kit_PayoutItem on PayoutItem {
    id
    writerId
    status
    heldReason
    failureMessage
    transferId
    amount {
      amount
      currency
    }
    writer {
      id
      email
    }
    transfer {
      id
      status
      transferGroup
      stripeTransferId
    }
  }
`);

export const IMPORT_EARNINGS = graphql(`
  mutation Kit_ImportEarnings($input: ImportEarningsInput!) {
    importEarnings(input: $input) {
      id
      dryRun
      rowsTotal
      rowsAccepted
      rowsAlreadyRecorded
      totalAmount {
        amount
        currency
      }
      rejected {
        row
        reason
      }
    }
  }
`);

export const CREATE_PAYOUT_RUN = graphql(`
  mutation Kit_CreatePayoutRun($input: CreatePayoutRunInput!) {
    createPayoutRun(input: $input) {
      ...Kit_PayoutRun
    }
  }
`);

export const APPROVE_PAYOUT_RUN = graphql(`
  mutation Kit_ApprovePayoutRun($id: ID!) {
    approvePayoutRun(id: $id) {
      ...Kit_PayoutRun
    }
  }
`);

export const EXECUTE_PAYOUT_RUN = graphql(`
  mutation Kit_ExecutePayoutRun($id: ID!) {
    executePayoutRun(id: $id) {
      ...Kit_PayoutRun
    }
  }
`);

export const PAYOUT_RUN = graphql(`
  query Kit_PayoutRun($id: ID!, $first: Int, $status: PayoutItemStatus) {
    payoutRun(id: $id) {
      ...Kit_PayoutRun
      items(first: $first, status: $status) {
        totalCount
        nodes {
          ...Kit_PayoutItem
        }
      }
    }
  }
`);

export const LEDGER_BALANCES = graphql(`
  query Kit_LedgerBalances {
    ledgerBalances {
      account
      currency
      balance {
        amount
      }
    }
  }
`);

const Kit_CreateWriter = graphql(`
  mutation Kit_CreateWriter($input: CreateWriterInput!) {
    createWriter(input: $input) {
      id
      stripeAccountId
    }
  }
`);

const Kit_SyncWriter = graphql(`
  mutation Kit_SyncWriter($id: ID!) {
    syncWriter(id: $id) {
      onboardingStatus
    }
  }
`);

export async function importEarnings(stack: Server, token: string, csv: string, dryRun = false) {
  return (await execute(stack, IMPORT_EARNINGS, { input: { csv, dryRun } }, token)).importEarnings;
}

export async function importEarningsError(stack: Server, token: string, csv: string) {
  const { body } = await postGraphQL(stack.url, IMPORT_EARNINGS, { input: { csv, dryRun: false } }, { token });
  return body.errors?.[0] as { message: string; extensions: Record<string, any> } | undefined;
}

/** An earnings CSV: one `amount` row per writer (id, email or acct_ id). */
export function earningsCsv(rows: Array<{ writer: string; amount: number; reference: string }>, currency = 'usd'): string {
  return [
    'writer,amount,currency,period_start,period_end,reference',
    ...rows.map((row) => `${row.writer},${row.amount},${currency},2026-11-01,2026-11-30,${row.reference}`),
  ].join('\n');
}

export async function createPayoutRun(stack: Server, token: string, input: { currency?: string; minimumAmount?: number; description?: string } = {}) {
  return (await execute(stack, CREATE_PAYOUT_RUN, { input: { currency: 'usd', minimumAmount: 100, ...input } }, token)).createPayoutRun;
}

export async function readPayoutRun(stack: Server, token: string, id: string, first = 100) {
  return (await execute(stack, PAYOUT_RUN, { id, first }, token)).payoutRun;
}

export async function waitForRunStatus(stack: Server, token: string, id: string, statuses: PayoutRunStatus[], timeoutMs = 60_000) {
  return waitFor(() => readPayoutRun(stack, token, id, 1), {
    until: (run) => statuses.includes(run.status),
    timeoutMs,
    what: `run ${id} ${statuses.join(' or ')}`,
  });
}

/** Every ledger account's balance, and whether each currency's sum to zero. */
export async function ledgerBalances(stack: Server, token: string) {
  const balances = (await execute(stack, LEDGER_BALANCES, {}, token)).ledgerBalances;
  const sums = new Map<string, number>();
  for (const row of balances) sums.set(row.currency, (sums.get(row.currency) ?? 0) + row.balance.amount);
  const of = (account: LedgerAccount, currency = 'usd') => balances.find((row) => row.account === account && row.currency === currency)?.balance.amount ?? 0;
  return { balances, sums: Object.fromEntries(sums), of };
}

const WRITERS_AT_ONCE = 10;

/** `count` ACTIVE writers added by the team (sign-ups are budgeted per address), a few at a time. */
export async function activeWriters(stack: Stack, token: string, count: number, label = 'run'): Promise<string[]> {
  const one = async (index: number) => {
    const input = { email: `${label}-writer-${index}@payouts.test`, displayName: `Writer ${index}`, country: 'US' };
    const writer = (await execute(stack, Kit_CreateWriter, { input }, token)).createWriter;
    await stack.control.completeOnboarding(writer.stripeAccountId);
    const synced = await execute(stack, Kit_SyncWriter, { id: writer.id }, token);
    if (synced.syncWriter.onboardingStatus !== 'ACTIVE') throw new Error(`writer ${writer.id} is ${synced.syncWriter.onboardingStatus}`);
    return writer.id;
  };
  const ids: string[] = [];
  for (let start = 0; start < count; start += WRITERS_AT_ONCE) {
    ids.push(...(await Promise.all(Array.from({ length: Math.min(WRITERS_AT_ONCE, count - start) }, (_, offset) => one(start + offset)))));
  }
  return ids;
}

/** Earnings of `amountMinor` for each writer, imported in files small enough for one request. */
export async function importEarningsFor(stack: Server, token: string, writerIds: string[], amountMinor: number, label = 'run'): Promise<void> {
  const ROWS_PER_FILE = 1000;
  for (let start = 0; start < writerIds.length; start += ROWS_PER_FILE) {
    const rows = writerIds
      .slice(start, start + ROWS_PER_FILE)
      .map((writer, offset) => ({ writer, amount: amountMinor, reference: `${label}-${start + offset}` }));
    const report = await importEarnings(stack, token, earningsCsv(rows));
    if (report.rowsAccepted !== rows.length)
      throw new Error(`import accepted ${report.rowsAccepted} of ${rows.length}: ${JSON.stringify(report.rejected.slice(0, 3))}`);
  }
}

/** How many transfers the sandbox holds: it outlives any gateway killed in a test. */
export const sandboxTransferCount = async (stack: Stack): Promise<number> => (await stack.control.get('state')).counts.transfers;

/** Every transfer Stripe holds for a run, counted by destination: exactly once means 1 each. */
export async function stripeTransfersOfRun(stack: Stack, runId: string) {
  const transfers = await stack.stripe.transfers.list({ transfer_group: runId, limit: 100 }).autoPagingToArray({ limit: 10_000 });
  const perDestination = new Map<string, number>();
  for (const transfer of transfers) perDestination.set(transfer.destination as string, (perDestination.get(transfer.destination as string) ?? 0) + 1);
  return {
    count: transfers.length,
    destinations: perDestination.size,
    paidTwice: [...perDestination.values()].filter((times) => times > 1).length,
    amountMinor: transfers.reduce((sum, transfer) => sum + transfer.amount, 0),
  };
}
