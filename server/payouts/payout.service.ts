import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { Database } from '../db/database';
import { lockedRow } from '../db/row-lock';
import { isUniqueViolation } from '../db/unique-violation';
import { type Connection, paginate } from '../graphql/connection';
import type { Logger } from '../logging/logger';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { Writer } from '../writers/writer.entity';
import { PayoutStatus, payoutStatusAdvances, payoutStatusSame } from './payout-status';
import { Payout } from './payout.entity';
import { type PayoutFacts, payoutFacts } from './payout.stripe';
import { PayoutUpdated } from './payout.topics';

export interface PayoutsFilter {
  first?: number;
  after?: string;
  status?: PayoutStatus;
  writerId?: string;
}

/**
 * Writers' payouts as Stripe reports them in `payout.*` events on their accounts. Applying is
 * order-insensitive: a status only moves forward (pending, in transit, paid, then failed or
 * canceled), and within one status the newest event wins, so a late or repeated event changes
 * nothing.
 */
export class PayoutService {
  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly audit: AuditService,
    private readonly pubSub: GatewayPubSub,
    private readonly logger: Logger,
  ) {}

  list(filter: PayoutsFilter): Promise<Connection<Payout>> {
    const query = this.database.manager.createQueryBuilder(Payout, 'payout');
    if (filter.writerId) query.andWhere('payout.writerId = :writerId', { writerId: filter.writerId });
    if (filter.status) query.andWhere('payout.status = :status', { status: filter.status });
    return paginate(query, filter.first, filter.after);
  }

  async applyEvent(event: Stripe.Event): Promise<string> {
    const stripePayout = event.data.object as Stripe.Payout;
    if (!event.account) return `ignored: ${stripePayout.id} is the platform's own payout`;
    const writer = await this.database.manager.findOneBy(Writer, { stripeAccountId: event.account });
    if (!writer) return `ignored: ${event.account} is not a writer's account`;
    const facts = await this.withBankLast4(event.account, payoutFacts(stripePayout));
    try {
      return await this.apply(writer.id, facts, event.created);
    } catch (error) {
      // Another instance stored the same payout first: apply over its row.
      if (!isUniqueViolation(error)) throw error;
      return this.apply(writer.id, facts, event.created);
    }
  }

  private apply(writerId: string, facts: PayoutFacts, eventCreated: number): Promise<string> {
    return this.database.transaction(async ({ manager, afterCommit }) => {
      const held = await lockedRow(manager, Payout, { stripePayoutId: facts.stripePayoutId });
      const payout = held ?? manager.create(Payout, { id: randomUUID(), writerId, ...facts, stripeEventCreated: eventCreated });
      if (held && !isNewer(held, facts, eventCreated)) return `ignored: payout ${held.id} already holds ${held.status}, newer than this event`;
      const becameFailed = facts.status === PayoutStatus.FAILED && held?.status !== PayoutStatus.FAILED;
      if (held) Object.assign(held, { ...facts, bankLast4: facts.bankLast4 ?? held.bankLast4, stripeEventCreated: Math.max(eventCreated, held.stripeEventCreated) });
      const saved = await manager.save(payout);
      if (becameFailed) await this.recordFailure(manager, saved);
      afterCommit(() => this.pubSub.publish(PayoutUpdated, saved));
      return `payout ${saved.id} is ${saved.status}`;
    });
  }

  /** A failed payout is what support hears about first: it goes into the writer's audit trail. */
  private recordFailure(manager: EntityManager, payout: Payout): Promise<void> {
    return this.audit.record(manager, {
      actorUserId: null,
      action: AuditAction.PAYOUT_FAILED,
      subjectType: 'Writer',
      subjectId: payout.writerId,
      amountMinor: payout.amountMinor,
      currency: payout.currency,
      details: { stripePayoutId: payout.stripePayoutId, failureCode: payout.failureCode, failureMessage: payout.failureMessage, bankLast4: payout.bankLast4 },
    });
  }

  /** Events name the bank account by id; its last four digits are read once and kept. */
  private async withBankLast4(accountId: string, facts: PayoutFacts): Promise<PayoutFacts> {
    if (facts.bankLast4 || !facts.destination) return facts;
    const held = await this.database.manager.findOne(Payout, { where: { destination: facts.destination }, select: { id: true, bankLast4: true } });
    if (held?.bankLast4) return { ...facts, bankLast4: held.bankLast4 };
    try {
      const bank = await this.stripe.accounts.retrieveExternalAccount(accountId, facts.destination);
      return { ...facts, bankLast4: 'last4' in bank ? bank.last4 : null };
    } catch (error) {
      // A bank account deleted since: the payout is kept without its digits.
      this.logger.info({ err: error, destination: facts.destination }, 'bank account of a payout not read');
      return facts;
    }
  }
}

function isNewer(held: Payout, facts: PayoutFacts, eventCreated: number): boolean {
  if (payoutStatusAdvances(facts.status, held.status)) return true;
  return payoutStatusSame(facts.status, held.status) && eventCreated >= held.stripeEventCreated;
}
