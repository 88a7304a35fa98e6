import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditDetails } from '../audit/audit-entry.entity';
import type { AuditService } from '../audit/audit.service';
import type { Database } from '../db/database';
import { lockedRow } from '../db/row-lock';
import { badUserInput } from '../errors/errors';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { AccountConnection } from '../writers/account-connection';
import { Writer } from '../writers/writer.entity';
import type { WriterService } from '../writers/writer.service';
import { type ConnectionRefusal, ConnectionRefusalReason, connectionRefusal } from '../writers/oauth-eligibility';
import { OnboardingStatusChanged } from '../writers/writer.topics';

export type ConnectionOutcome = { connected: Writer } | { refused: ConnectionRefusal };

/** Moves a writer onto the account they connected through OAuth, or records why not; audited either way. */
export class OAuthConnections {
  constructor(
    private readonly database: Database,
    private readonly writers: WriterService,
    private readonly audit: AuditService,
    private readonly pubSub: GatewayPubSub,
  ) {}

  /**
   * Re-checks, under the writer's row lock, what the link checked when it was made (the writer
   * may have started onboarding since), then stores the account and its state in one go.
   */
  async connect(writerId: string, account: Stripe.Account): Promise<ConnectionOutcome> {
    return this.database.transaction(async ({ manager, afterCommit }) => {
      const writer = await lockedRow(manager, Writer, { id: writerId });
      if (!writer) throw new Error(`writer ${writerId} vanished during the OAuth callback`);
      const refusal = connectionRefusal(writer) ?? (await this.ownedByAnother(manager, writer, account.id));
      const details = { accountId: account.id, previousAccountId: writer.stripeAccountId };
      if (refusal) {
        await this.record(writer, AuditAction.WRITER_ACCOUNT_CONNECTION_REFUSED, { ...details, reason: refusal.reason }, manager);
        return { refused: refusal };
      }
      const replaced = writer.stripeAccountId && writer.stripeAccountId !== account.id ? (writer.deauthorized ? 'DISCONNECTED' : 'UNUSED') : null;
      Object.assign(writer, { stripeAccountId: account.id, accountConnection: AccountConnection.OAUTH, deauthorized: false, accountSyncedAt: 0 });
      const saved = await manager.save(await this.writers.withAccountState(manager, writer, account, Math.floor(Date.now() / 1000)));
      await this.record(
        writer,
        AuditAction.WRITER_ACCOUNT_CONNECTED,
        { ...details, replacedAccount: replaced, onboardingStatus: saved.onboardingStatus },
        manager,
      );
      afterCommit(() => this.pubSub.publish(OnboardingStatusChanged, saved));
      return { connected: saved };
    });
  }

  /** Nothing changes (the writer said no on Stripe's page, or may not connect now), but the trail shows it. */
  async recordRefusal(writerId: string, reason: ConnectionRefusalReason, details: AuditDetails = {}): Promise<void> {
    await this.database.transaction(async ({ manager }) => {
      const writer = await manager.findOneByOrFail(Writer, { id: writerId });
      await this.record(writer, AuditAction.WRITER_ACCOUNT_CONNECTION_REFUSED, { ...details, reason }, manager);
    });
  }

  private async ownedByAnother(manager: EntityManager, writer: Writer, accountId: string): Promise<ConnectionRefusal | null> {
    const owner = await manager.findOneBy(Writer, { stripeAccountId: accountId });
    if (!owner || owner.id === writer.id) return null;
    return {
      reason: ConnectionRefusalReason.ACCOUNT_OF_ANOTHER_WRITER,
      error: badUserInput(`The Stripe account ${accountId} already belongs to another writer.`, 'writerId'),
    };
  }

  private record(writer: Writer, action: AuditAction, details: AuditDetails, manager: EntityManager): Promise<void> {
    return this.audit.record(manager, { actorUserId: writer.userId, action, subjectType: 'Writer', subjectId: writer.id, details });
  }
}
