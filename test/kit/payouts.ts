import { graphql } from '../gql';
import type { Kit_WriterPayoutsQuery } from '../gql/graphql';
import { execute } from './flows';
import { dataOf } from './graphql-client';
import { createTransfer, fundPlatform, waitForTransferStatus } from './money';
import type { Stack } from './stack';
import { waitFor } from './wait';

const DAY_SECONDS = 24 * 60 * 60;

graphql(`
  fragment Kit_Payout on Payout {
    id
    stripePayoutId
    status
    arrivalDate
    failureCode
    failureMessage
    bankLast4
    automatic
    whatToDo
    createdAt
    amount {
      amount
      currency
      formatted
    }
  }
`);

export const WRITER_PAYOUTS = graphql(`
  query Kit_WriterPayouts($id: ID!) {
    writer(id: $id) {
      id
      balance {
        available {
          amount
          currency
        }
        pending {
          amount
          currency
        }
      }
      payoutSchedule {
        interval
        delayDays
        weeklyAnchor
        monthlyAnchor
      }
      payouts(first: 50) {
        totalCount
        nodes {
          ...Kit_Payout
        }
      }
    }
  }
`);

export const PAYOUT_UPDATED = graphql(`
  subscription Kit_PayoutUpdated($id: ID!) {
    payoutUpdated(writerId: $id) {
      ...Kit_Payout
    }
  }
`);

export const UPDATE_PAYOUT_SCHEDULE = graphql(`
  mutation Kit_UpdatePayoutSchedule($input: UpdatePayoutScheduleInput!) {
    updatePayoutSchedule(input: $input) {
      id
      payoutSchedule {
        interval
        delayDays
        weeklyAnchor
        monthlyAnchor
      }
    }
  }
`);

export type WriterPayouts = Kit_WriterPayoutsQuery['writer'];

export async function writerPayouts(stack: Pick<Stack, 'url'>, writerId: string, token: string): Promise<WriterPayouts> {
  return (await execute(stack, WRITER_PAYOUTS, { id: writerId }, token)).writer;
}

export const availableIn = (balance: WriterPayouts['balance'], currency = 'usd') =>
  balance?.available.find((entry) => entry.currency === currency)?.amount ?? 0;

/** Funds the platform and pays the writer `amountMinor`, waiting until the transfer is PAID. */
export async function payWriter(stack: Stack, adminToken: string, writerId: string, amountMinor: number) {
  await fundPlatform(stack, adminToken, amountMinor);
  const sent = dataOf(await createTransfer(stack, adminToken, { writerId, amount: amountMinor }));
  return waitForTransferStatus(stack, adminToken, sent.createTransfer.id, 'PAID');
}

/** Moves the sandbox clock to one minute past each of the next `count` UTC midnights; returns the payouts the schedule made. */
export async function crossMidnights(stack: Stack, count: number): Promise<string[]> {
  const made: string[] = [];
  for (let crossed = 0; crossed < count; crossed += 1) {
    const { now } = await stack.control.get('clock');
    const advanced = await stack.control.advanceClock(DAY_SECONDS - (now % DAY_SECONDS) + 60);
    made.push(...advanced.scheduled_payouts);
  }
  return made;
}

/** Waits until the writer's payouts satisfy `done`. */
export function waitForPayouts(stack: Pick<Stack, 'url'>, writerId: string, token: string, done: (payouts: WriterPayouts) => boolean, what: string) {
  return waitFor(() => writerPayouts(stack, writerId, token), { until: done, what });
}
