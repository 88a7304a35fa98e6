import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Database } from '../db/database';
import { type Connection, paginate } from '../graphql/connection';
import { insertRow } from '../db/insert-row';
import type { AuditAction } from './audit-action';
import { type AuditDetails, AuditEntry } from './audit-entry.entity';

export interface AuditInput {
  /** The admin who asked; null when Stripe or the gateway itself acted. */
  actorUserId: string | null;
  action: AuditAction;
  subjectType:
    | 'TopUp'
    | 'Transfer'
    | 'TransferReversal'
    | 'Writer'
    | 'TeamMember'
    | 'TeamInvite'
    | 'ApiKey'
    | 'Payment'
    | 'Refund'
    | 'Dispute'
    | 'Earning'
    | 'EarningsImport'
    | 'PayoutRun'
    | 'Payout';
  subjectId: string;
  amountMinor?: number;
  currency?: string;
  details?: AuditDetails;
}

export interface AuditFilter {
  first?: number;
  after?: string;
  subjectId?: string;
}

/** The append-only trail of money actions. Entries are only ever inserted. */
export class AuditService {
  constructor(private readonly database: Database) {}

  /** Inside the transaction that makes the change, so the trail and the change commit together. */
  async record(manager: EntityManager, input: AuditInput): Promise<void> {
    await insertRow(manager, AuditEntry, {
      id: randomUUID(),
      actorUserId: input.actorUserId,
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      amountMinor: input.amountMinor ?? null,
      currency: input.currency ?? null,
      details: input.details ?? {},
      createdAt: new Date(),
    });
  }

  /** What a signed-in user did to a subject when no money moved: `record` with the actor and the subject. */
  recordAct(
    manager: EntityManager,
    actor: { userId: string },
    action: AuditAction,
    [subjectType, subjectId]: [AuditInput['subjectType'], string],
    details: AuditDetails,
  ): Promise<void> {
    return this.record(manager, { actorUserId: actor.userId, action, subjectType, subjectId, details });
  }

  list(filter: AuditFilter): Promise<Connection<AuditEntry>> {
    const query = this.database.manager.createQueryBuilder(AuditEntry, 'entry');
    if (filter.subjectId) query.andWhere('entry.subjectId = :subjectId', { subjectId: filter.subjectId });
    return paginate(query, filter.first, filter.after);
  }
}
