import type Stripe from 'stripe';
import { AuditAction } from '../audit/audit-action';
import type { AuditService } from '../audit/audit.service';
import type { Viewer } from '../identity/viewer';
import type { Database } from '../db/database';
import { lockedRow } from '../db/row-lock';
import { badUserInput } from '../errors/errors';
import { OnboardingStatus } from '../writers/onboarding-status';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { stripeFailure } from '../stripe/stripe-errors';
import { AccountConnection } from '../writers/account-connection';
import { Writer } from '../writers/writer.entity';
import type { WriterService } from '../writers/writer.service';
import type { OAuthPlatform } from './oauth-platform';
import { deauthorizeParams } from './oauth.stripe';
import { OnboardingStatusChanged } from '../writers/writer.topics';

/**
 * The platform lets go of an account a writer connected through OAuth. Stripe ends the
 * connection (`oauth.deauthorize`) and says so by `account.application.deauthorized`; the
 * writer is marked at once, so no transfer can start in between.
 */
export class OAuthDisconnectService {
  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly writers: WriterService,
    private readonly audit: AuditService,
    private readonly pubSub: GatewayPubSub,
    private readonly platform: OAuthPlatform,
  ) {}

  async disconnect(admin: Viewer, writerId: string): Promise<Writer> {
    const writer = await this.writers.byId(writerId);
    const accountId = writer.stripeAccountId;
    if (!accountId || writer.deauthorized) throw badUserInput(`${writer.displayName} has no connected Stripe account to disconnect.`, 'writerId');
    if (writer.accountConnection !== AccountConnection.OAUTH) {
      throw badUserInput(
        `${writer.displayName}'s Stripe account was created by the platform, not connected through OAuth, so it cannot be disconnected; Stripe keeps it with the platform.`,
        'writerId',
      );
    }
    try {
      await this.stripe.oauth.deauthorize(deauthorizeParams(this.platform.requireClientId(), accountId));
    } catch (error) {
      throw stripeFailure(error, 'disconnect the account');
    }
    return this.markDisconnected(admin, writer.id, accountId);
  }

  private markDisconnected(admin: Viewer, writerId: string, accountId: string): Promise<Writer> {
    return this.database.transaction(async ({ manager, afterCommit }) => {
      const writer = await lockedRow(manager, Writer, { id: writerId });
      if (!writer) throw new Error(`writer ${writerId} vanished while being disconnected`);
      // The webhook may have marked it already; the admin's action is recorded all the same.
      if (!writer.deauthorized) {
        Object.assign(writer, { deauthorized: true, onboardingStatus: OnboardingStatus.RESTRICTED });
        await manager.save(writer);
        afterCommit(() => this.pubSub.publish(OnboardingStatusChanged, writer));
      }
      await this.audit.record(manager, {
        actorUserId: admin.userId,
        action: AuditAction.WRITER_ACCOUNT_DISCONNECTED,
        subjectType: 'Writer',
        subjectId: writer.id,
        details: { accountId },
      });
      return writer;
    });
  }
}
