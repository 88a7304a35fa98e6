import { graphql } from './flows';
import { type MoneyAmount, createTransfer, fundPlatform, waitForTransferStatus } from './money';
import type { Stack } from './stack';
import { waitFor } from './wait';

const DAY_SECONDS = 24 * 60 * 60;

export const PAYOUT_FIELDS = 'id stripePayoutId status arrivalDate failureCode failureMessage bankLast4 automatic whatToDo createdAt amount { amount currency formatted }';

export const WRITER_PAYOUTS = `query WriterPayouts($id: ID!) {
  writer(id: $id) {
    id
    balance { available { amount currency } pending { amount currency } }
    payoutSchedule { interval delayDays weeklyAnchor monthlyAnchor }
    payouts(first: 50) { totalCount nodes { ${PAYOUT_FIELDS} } }
  }
}`;

export const UPDATE_PAYOUT_SCHEDULE = `mutation UpdatePayoutSchedule($input: UpdatePayoutScheduleInput!) {
  updatePayoutSchedule(input: $input) { id payoutSchedule { interval delayDays weeklyAnchor monthlyAnchor } }
}`;

export interface WriterPayouts {
  balance: { available: MoneyAmount[]; pending: MoneyAmount[] } | null;
  payoutSchedule: { interval: string; delayDays: number | null; weeklyAnchor: string | null; monthlyAnchor: number | null } | null;
  payouts: { totalCount: number; nodes: Array<Record<string, any>> };
}

export async function writerPayouts(stack: Stack, writerId: string, token: string): Promise<WriterPayouts> {
  return (await graphql(stack, WRITER_PAYOUTS, { id: writerId }, token)).writer;
}

export const availableIn = (balance: WriterPayouts['balance'], currency = 'usd') => balance?.available.find((entry) => entry.currency === currency)?.amount ?? 0;

/** Funds the platform and pays the writer `amountMinor`, waiting until the transfer is PAID. */
export async function payWriter(stack: Stack, adminToken: string, writerId: string, amountMinor: number) {
  await fundPlatform(stack, adminToken, amountMinor);
  const { data, errors } = await createTransfer(stack, adminToken, { writerId, amount: amountMinor });
  if (errors?.length) throw new Error(JSON.stringify(errors));
  return waitForTransferStatus(stack, adminToken, data!.createTransfer.id, 'PAID');
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

/** Polls the writer's payouts until `done` holds. */
export function waitForPayouts(stack: Stack, writerId: string, token: string, done: (payouts: WriterPayouts) => boolean, what: string) {
  return waitFor(() => writerPayouts(stack, writerId, token), { until: done, timeoutMs: 15000, what });
}
