import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { OnboardingStatus } from '../writers/onboarding-status';
import type { Database } from '../db/database';
import { Writer } from '../writers/writer.entity';
import { PayoutItem } from './payout-item.entity';
import { PayoutItemStatus } from './payout-run-status';

const LOOKUP_CHUNK = 500;

/** Why a writer owed money cannot receive it yet, to follow their name; null when they can. Read from what the gateway holds (webhooks keep it current). */
export function holdReasonOf(writer: Writer | undefined): string | null {
  if (!writer) return 'no longer exists';
  if (!writer.stripeAccountId) return 'has no Stripe account yet';
  if (writer.deauthorized) return 'disconnected their Stripe account from the platform';
  if (writer.onboardingStatus === OnboardingStatus.REJECTED) return 'had their Stripe account rejected by Stripe, which is final';
  if (writer.canReceiveTransfers) return null;
  const due = writer.requirementsDue.length > 0 ? `; Stripe still needs ${writer.requirementsDue.slice(0, 3).join(', ')}` : '';
  const status = writer.onboardingStatus.toLowerCase().replace(/_/g, ' ');
  return `has not finished Stripe onboarding (${status}; transfers ${writer.transfersCapability ?? 'not requested'})${due}`;
}

/** One item per writer owed at least the minimum: PENDING to pay, or HELD with the reason. */
export async function draftItems(
  database: Database,
  runId: string,
  currency: string,
  payables: Array<{ writerId: string; amountMinor: number }>,
): Promise<PayoutItem[]> {
  const writers = new Map<string, Writer>();
  for (let start = 0; start < payables.length; start += LOOKUP_CHUNK) {
    const ids = payables.slice(start, start + LOOKUP_CHUNK).map((payable) => payable.writerId);
    for (const writer of await database.manager.findBy(Writer, { id: In(ids) })) writers.set(writer.id, writer);
  }
  const now = new Date();
  return payables.map((payable) => {
    const heldReason = holdReasonOf(writers.get(payable.writerId));
    const item: PayoutItem = Object.assign(new PayoutItem(), {
      id: randomUUID(),
      runId,
      writerId: payable.writerId,
      amountMinor: payable.amountMinor,
      currency,
      status: heldReason ? PayoutItemStatus.HELD : PayoutItemStatus.PENDING,
      heldReason,
      failureMessage: null,
      attempt: 0,
      transferId: null,
      claimedBy: null,
      leaseExpiresAtMs: 0,
      createdAt: now,
      updatedAt: now,
    });
    return item;
  });
}
