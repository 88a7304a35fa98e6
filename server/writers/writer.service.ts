import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { type EntityManager, IsNull } from 'typeorm';
import { requireSeesWriter, requireWriter } from '../identity/access';
import { ApiKeyScope } from '../identity/api-key-scope';
import type { Viewer } from '../identity/viewer';
import type { Database } from '../db/database';
import { badUserInput, notFound } from '../errors/errors';
import type { Logger } from '../logging/logger';
import type { ValidPayoutSchedule } from '../money/payout-schedule.rules';
import { writerAccountStripeKeyOf } from '../money-intents/idempotency-keys';
import { OnboardingStatus } from './onboarding-status';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { stripeFailure } from '../stripe/stripe-errors';
import { accountEndOf } from './account-end';
import { ACCOUNT_STATE_FIELDS, accountStateOf } from './account-state';
import { accountParams } from './account.stripe';
import type { OnboardingStarted } from './onboarding-started';
import { PAYABLE_COUNTRIES } from './payable-countries';
import { Writer } from './writer.entity';
import { disconnectedUnreadable, endedNotPayable, notPayable } from './writer-refusals';
import type { CreateWriterInput } from './writer.types';
import { OnboardingStatusChanged } from './writer.topics';

/** Writers and their Stripe accounts: created, read, kept in step with what Stripe says. */
export class WriterService {
  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly pubSub: GatewayPubSub,
    private readonly logger: Logger,
    private readonly onboardingStarted: OnboardingStarted,
    /** PAYOUT_SCHEDULE_DEFAULT, given to every account the platform creates. */
    private readonly defaultPayoutSchedule?: ValidPayoutSchedule,
  ) {}

  /** A writer the viewer may see: the team and WRITERS_READ keys see all, a writer only themself. */
  async readable(id: string, viewer: Viewer): Promise<Writer> {
    const writer = await this.byId(id);
    requireSeesWriter(viewer, writer.id, 'Writers can only see their own record.', ApiKeyScope.WRITERS_READ);
    return writer;
  }

  /** The signed-in writer's own record, for what goes to the writer alone; anyone else gets `refusal`. */
  async ownRecord(viewer: Viewer, id: string, refusal: string): Promise<Writer> {
    requireWriter(viewer, refusal);
    return this.readable(id, viewer);
  }

  async byId(id: string): Promise<Writer> {
    const writer = await this.database.manager.findOneBy(Writer, { id });
    if (!writer) throw notFound('Writer', id);
    return writer;
  }

  /** For writers the platform already knows; they can sign up later with the same email. */
  async create(input: CreateWriterInput): Promise<Writer> {
    const email = input.email.trim().toLowerCase();
    const country = input.country.toUpperCase();
    if (!PAYABLE_COUNTRIES.has(country)) throw badUserInput(`Writers in ${country} cannot be paid by this platform.`, 'country');
    const writer = await this.database.transaction(async ({ manager }) => {
      if (await manager.existsBy(Writer, { email })) throw badUserInput('A writer with this email already exists.', 'email');
      return manager.save(
        manager.create(Writer, {
          id: randomUUID(),
          userId: null,
          email,
          displayName: input.displayName.trim(),
          country,
          requirementsDue: [],
          onboardingStatus: OnboardingStatus.NOT_STARTED,
        }),
      );
    });
    await this.ensureStripeAccountQuietly(writer.id);
    return this.byId(writer.id);
  }

  /**
   * The writer's Express connected account, created on first need. The idempotency key is
   * derived from the writer id, so a retry after a timeout returns the same account.
   */
  async ensureStripeAccount(writerId: string): Promise<Writer> {
    const writer = await this.byId(writerId);
    if (writer.stripeAccountId) return writer;
    let account: Stripe.Account;
    try {
      account = await this.stripe.accounts.create(accountParams(writer, this.defaultPayoutSchedule), { idempotencyKey: writerAccountStripeKeyOf(writer.id) });
    } catch (error) {
      throw stripeFailure(error, 'create the connected account');
    }
    await this.database.transaction(({ manager }) => manager.update(Writer, { id: writer.id, stripeAccountId: IsNull() }, { stripeAccountId: account.id }));
    return this.applyAccount(account, Math.floor(Date.now() / 1000));
  }

  /** Sign-up succeeds even when Stripe is down; the account is created again on the next need. */
  async ensureStripeAccountQuietly(writerId: string): Promise<void> {
    await this.ensureStripeAccount(writerId).catch((error: unknown) => this.logger.warn({ err: error, writerId }, 'connected account not created yet'));
  }

  /** Re-reads the account from Stripe (the source of truth) and stores what it says. */
  async sync(writerId: string): Promise<Writer> {
    const writer = await this.ensureStripeAccount(writerId);
    if (writer.deauthorized) throw disconnectedUnreadable(writer);
    let account: Stripe.Account;
    try {
      account = await this.stripe.accounts.retrieve(writer.stripeAccountId!);
    } catch (error) {
      throw stripeFailure(error, 'read the connected account');
    }
    return this.applyAccount(account, Math.floor(Date.now() / 1000));
  }

  /**
   * Re-checks with Stripe that the writer can receive a transfer now. An account that has ended
   * is refused from what we hold first: Stripe answers "No such account" for a disconnected one,
   * and a rejection is final.
   */
  async assertPayable(writerId: string): Promise<Writer> {
    const writer = await this.byId(writerId);
    if (!writer.stripeAccountId) throw notPayable(writer, 'has no Stripe account yet');
    const ended = accountEndOf(writer);
    if (ended) throw endedNotPayable(writer, ended);
    const synced = await this.sync(writerId);
    const endedNow = accountEndOf(synced);
    if (endedNow) throw endedNotPayable(synced, endedNow);
    if (!synced.canReceiveTransfers) throw notPayable(synced, `is ${synced.onboardingStatus} (transfers ${synced.transfersCapability})`);
    return synced;
  }

  /**
   * Stores an account's state unless what we hold was read later than `observedAtSeconds`
   * (webhooks arrive in any order). Publishes the change once committed.
   */
  async applyAccount(account: Stripe.Account, observedAtSeconds: number): Promise<Writer> {
    const { writer, changed } = await this.database.transaction(async ({ manager, afterCommit }) => {
      const current = await manager.findOneBy(Writer, { stripeAccountId: account.id });
      if (!current) throw notFound('Writer with account', account.id);
      if (observedAtSeconds < current.accountSyncedAt) return { writer: current, changed: false };
      const before = { ...current };
      const next = await this.withAccountState(manager, current, account, observedAtSeconds);
      const changed = ACCOUNT_STATE_FIELDS.some((field) => String(next[field]) !== String(before[field]));
      const saved = await manager.save(next);
      if (changed) afterCommit(() => this.pubSub.publish(OnboardingStatusChanged, saved));
      return { writer: saved, changed };
    });
    if (changed) this.logger.info({ writerId: writer.id, status: writer.onboardingStatus }, 'onboarding status changed');
    return writer;
  }

  /** The first onboarding link moves a writer from NOT_STARTED to IN_PROGRESS. */
  async markOnboardingStarted(writerId: string): Promise<void> {
    await this.database.transaction(async ({ manager, afterCommit }) => {
      const writer = await manager.findOneBy(Writer, { id: writerId });
      if (writer?.onboardingStatus !== OnboardingStatus.NOT_STARTED) return;
      const saved = await manager.save(Object.assign(writer, { onboardingStatus: OnboardingStatus.IN_PROGRESS }));
      afterCommit(() => this.pubSub.publish(OnboardingStatusChanged, saved));
    });
  }

  async markDeauthorized(accountId: string): Promise<string> {
    return this.database.transaction(async ({ manager, afterCommit }) => {
      const writer = await manager.findOneBy(Writer, { stripeAccountId: accountId });
      if (!writer) return `no writer for ${accountId}`;
      if (writer.deauthorized) return 'already deauthorized';
      const saved = await manager.save(Object.assign(writer, { deauthorized: true, onboardingStatus: OnboardingStatus.RESTRICTED }));
      afterCommit(() => this.pubSub.publish(OnboardingStatusChanged, saved));
      return `writer ${writer.id} deauthorized`;
    });
  }

  /** The writer with what the account says now, unsaved (the caller's transaction saves it). */
  async withAccountState(manager: EntityManager, writer: Writer, account: Stripe.Account, observedAtSeconds: number): Promise<Writer> {
    return Object.assign(writer, accountStateOf(writer, account, await this.onboardingStarted(manager, writer.id), observedAtSeconds));
  }
}
