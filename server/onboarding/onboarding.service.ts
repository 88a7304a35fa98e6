import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { In } from 'typeorm';
import type { SessionTokens } from '../auth/session-tokens';
import type { Viewer } from '../identity/viewer';
import type { Database } from '../db/database';
import { AppError, ErrorCode, badUserInput } from '../errors/errors';
import { stripeFailure } from '../stripe/stripe-errors';
import { AccountEnd, accountEndOf } from '../writers/account-end';
import type { Writer } from '../writers/writer.entity';
import type { WriterService } from '../writers/writer.service';
import { OnboardingLinkRecord } from './onboarding-link.entity';
import { OnboardingStatus } from '../writers/onboarding-status';
import { type DashboardLink, type IssuedOnboardingLink, OnboardingLinkType, type OnboardingLink } from './onboarding.types';
import { accountLinkExpiresAt, accountLinkParams } from './account-link.stripe';

// The state in refresh/return URLs outlives Stripe's 5-minute link: a writer may come back later.
const REDIRECT_STATE_LIFETIME_SECONDS = 60 * 60;

/** Onboarding not yet submitted: no Dashboard to open. */
const UNSUBMITTED: readonly OnboardingStatus[] = [OnboardingStatus.NOT_STARTED, OnboardingStatus.IN_PROGRESS];

export interface OnboardingUrls {
  /** The gateway's public base URL (known once it listens). */
  publicUrl: () => string;
  /** The platform's app, where writers are signed in; the gateway's own pages when unset. */
  frontendUrl: string | undefined;
}

export class OnboardingService {
  constructor(
    private readonly database: Database,
    private readonly stripe: Stripe,
    private readonly writers: WriterService,
    private readonly tokens: SessionTokens,
    private readonly urls: OnboardingUrls,
  ) {}

  /** Only the writer themself receives the URL (Stripe: never send it outside the application). */
  async createLinkFor(viewer: Viewer, writerId: string): Promise<OnboardingLink> {
    const refusal = 'Onboarding links go only to the writer they belong to; ask the writer to open onboarding themself.';
    return this.issueLink((await this.writers.ownRecord(viewer, writerId, refusal)).id);
  }

  /**
   * A sign-in to the writer's Express Dashboard, where Stripe shows their balance and payouts.
   * Like onboarding links it logs into the writer's account, so only the writer receives it; Stripe
   * issues one only once the writer has submitted their details.
   */
  async createDashboardLinkFor(viewer: Viewer, writerId: string): Promise<DashboardLink> {
    const writer = await this.writers.ownRecord(viewer, writerId, 'Dashboard links sign in as the writer, so they go only to the writer themself.');
    if (writer.deauthorized) throw onboardingEnded(writer, AccountEnd.DISCONNECTED, 'its Express Dashboard cannot be opened from here');
    if (!writer.stripeAccountId || UNSUBMITTED.includes(writer.onboardingStatus)) {
      throw badUserInput('The Stripe dashboard opens once onboarding is submitted: finish onboarding first (createOnboardingLink).', 'writerId');
    }
    try {
      const link = await this.stripe.accounts.createLoginLink(writer.stripeAccountId);
      return { url: link.url, createdAt: new Date(link.created * 1000) };
    } catch (error) {
      throw stripeFailure(error, 'create the dashboard link');
    }
  }

  /** Issues a link for a writer whose right to it was already established (their own request, the demo). */
  async issueLink(writerId: string): Promise<OnboardingLink> {
    const writer = await this.writers.ensureStripeAccount(writerId);
    // A rejected or disconnected account would only send the writer to refresh_url again.
    const end = accountEndOf(writer);
    if (end) throw onboardingEnded(writer, end, 'onboarding cannot continue');
    // Writers' accounts have the Express Dashboard, and Stripe refuses account_update links for
    // those: account_onboarding both starts onboarding and, once submitted, reviews and updates it.
    const type = OnboardingLinkType.ACCOUNT_ONBOARDING;
    const state = this.tokens.signState(writer.id, REDIRECT_STATE_LIFETIME_SECONDS);
    let link: Stripe.AccountLink;
    try {
      link = await this.stripe.accountLinks.create(
        accountLinkParams(writer.stripeAccountId!, type, this.redirectUrl('refresh', state), this.redirectUrl('return', state)),
      );
    } catch (error) {
      throw stripeFailure(error, 'create the onboarding link');
    }
    const record = await this.database.transaction(({ manager }) =>
      manager.save(
        manager.create(OnboardingLinkRecord, { id: randomUUID(), writerId: writer.id, type, expiresAt: accountLinkExpiresAt(link), createdAt: new Date() }),
      ),
    );
    await this.writers.markOnboardingStarted(writer.id);
    return { id: record.id, url: link.url, type, expiresAt: record.expiresAt };
  }

  /** The latest links issued to each writer (newest first, at most `perWriter`), for a DataLoader. */
  async issuedLinks(writerIds: readonly string[], perWriter: number): Promise<IssuedOnboardingLink[][]> {
    const records = await this.database.manager.find(OnboardingLinkRecord, {
      where: { writerId: In([...new Set(writerIds)]) },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const byWriter = new Map<string, IssuedOnboardingLink[]>();
    for (const record of records) {
      const links = byWriter.get(record.writerId) ?? [];
      if (links.length < perWriter)
        links.push({ id: record.id, type: record.type as OnboardingLinkType, createdAt: record.createdAt, expiresAt: record.expiresAt });
      byWriter.set(record.writerId, links);
    }
    return writerIds.map((writerId) => byWriter.get(writerId) ?? []);
  }

  private redirectUrl(kind: 'refresh' | 'return', state: string): string {
    const url = new URL(`/connect/onboarding/${kind}`, this.urls.publicUrl());
    url.searchParams.set('state', state);
    return url.toString();
  }
}

const ENDED_BECAUSE: Record<AccountEnd, string> = {
  [AccountEnd.REJECTED]: 'Stripe rejected this payouts account',
  [AccountEnd.DISCONNECTED]: 'This Stripe account is no longer connected to the platform',
};

/** FORBIDDEN with the reason, so the app tells the writer instead of offering onboarding again. */
function onboardingEnded(writer: Writer, end: AccountEnd, consequence: string): AppError {
  return new AppError(ErrorCode.Forbidden, `${ENDED_BECAUSE[end]}, so ${consequence}; contact the platform for help.`, { reason: end, writerId: writer.id });
}
