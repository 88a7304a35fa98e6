import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { AuditAction } from '../audit/audit-action';
import type { AuditInput, AuditService } from '../audit/audit.service';
import type { StatusMoves } from '../money-intents/move-status';
import type { Database } from '../db/database';
import { lockedRow } from '../db/row-lock';
import { isUniqueViolation } from '../db/unique-violation';
import { type Connection, paginate } from '../graphql/connection';
import type { Logger } from '../logging/logger';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { Writer } from '../writers/writer.entity';
import { PAYOUT_LIFECYCLE, PayoutStatus } from './payout-status';
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
    private readonly statuses: StatusMoves<AuditInput>,
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
    return this.database.transaction(async (transaction) => {
      const { manager, afterCommit } = transaction;
      const held = await lockedRow(manager, Payout, { stripePayoutId: facts.stripePayoutId });
      if (!held) {
        const saved = await manager.save(manager.create(Payout, { id: randomUUID(), writerId, ...facts, stripeEventCreated: eventCreated }));
        if (saved.status === PayoutStatus.FAILED) await this.audit.record(manager, failed(saved));
        afterCommit(() => this.pubSub.publish(PayoutUpdated, saved));
        return `payout ${saved.id} is ${saved.status}`;
      }
      if (!isNewer(held, facts, eventCreated)) return `ignored: payout ${held.id} already holds ${held.status}, newer than this event`;
      const becameFailed = facts.status === PayoutStatus.FAILED && held.status !== PayoutStatus.FAILED;
      const { status, ...known } = facts;
      await this.statuses.moveStatus(transaction, {
        lifecycle: PAYOUT_LIFECYCLE,
        entity: Payout,
        row: held,
        to: status,
        set: { ...known, bankLast4: known.bankLast4 ?? held.bankLast4, stripeEventCreated: Math.max(eventCreated, held.stripeEventCreated) },
        // A failed payout is what support hears about first: it goes into the writer's audit trail.
        audit: becameFailed ? failed : undefined,
        publish: (payout) => this.pubSub.publish(PayoutUpdated, payout),
      });
      return `payout ${held.id} is ${held.status}`;
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
  if (PAYOUT_LIFECYCLE.supersedes(facts.status, held.status)) return true;
  return PAYOUT_LIFECYCLE.sameRank(facts.status, held.status) && eventCreated >= held.stripeEventCreated;
}

function failed(payout: Payout): AuditInput {
  return {
    actorUserId: null,
    action: AuditAction.PAYOUT_FAILED,
    subjectType: 'Writer',
    subjectId: payout.writerId,
    amountMinor: payout.amountMinor,
    currency: payout.currency,
    details: { stripePayoutId: payout.stripePayoutId, failureCode: payout.failureCode, failureMessage: payout.failureMessage, bankLast4: payout.bankLast4 },
  };
}
