import type { Config } from '../config/config';
import { ActorLoaders } from '../audit/actor.loaders';
import { actorsById } from '../auth/actors';
import { AuthService } from '../auth/auth.service';
import { SignUpService } from '../auth/sign-up.service';
import { LoginThrottle } from '../auth/login-throttle';
import type { SharedBudgets } from '../rate-limits/budgets';
import { SessionTokens } from '../auth/session-tokens';
import { SessionService } from '../auth/session.service';
import { RecoveryCodes } from '../auth/recovery-codes';
import { ApiKeys } from '../auth/api-keys.service';
import { Credentials } from '../auth/credentials';
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import { OnboardingRedirects } from '../onboarding/onboarding-redirects';
import { OnboardingService } from '../onboarding/onboarding.service';
import { onboardingStarted } from '../onboarding/onboarding-started';
import { createPayoutServices, type PayoutServices } from '../payouts/payout-services';
import { createOAuthServices, type OAuthServices } from '../oauth/oauth-services';
import { createPaymentServices, type PaymentServices } from '../payments/payment-services';
import type { GatewayPubSub } from '../pubsub/pubsub';
import type { StripeConnection } from '../stripe/stripe-client';
import { createMoneyServices, type MoneyServices } from './money-services';
import { TeamService } from '../team/team.service';
import { WebhookService } from '../webhooks/webhook.service';
import type { WebhookHandlers } from '../webhooks/webhook-handler';
import { accountWebhookHandlers } from '../writers/account.webhooks';
import { WriterService } from '../writers/writer.service';
import { WriterQueries } from '../writers/writer.queries';
import { EarningsService } from '../earnings/earnings.service';
import { LedgerService } from '../ledger/ledger.service';
import { TransferPostings } from '../transfers/transfer-postings';
import { createPayoutRunServices, type PayoutRunServices } from '../payout-runs/payout-run-services';

export interface ServiceDependencies {
  config: Config;
  database: Database;
  stripe: StripeConnection;
  pubSub: GatewayPubSub;
  logger: Logger;
  metrics: Metrics;
  jwtSecret: string;
  /** The gateway's public base URL, known once it listens. */
  publicUrl: () => string;
  /** Webhook signing secrets, known once endpoints are registered. */
  webhookSecrets: () => string[];
  /** STRIPE_CLIENT_ID, or the sandbox's, known once the callback is registered with it. */
  oauthClientId: () => string | undefined;
  /** With REDIS_URL: sign-in and sign-up budgets are shared by every instance. */
  sharedBudgets?: SharedBudgets;
}

/** Work that runs in the background while the gateway is up (recovery passes, sweeps). */
export interface BackgroundJob {
  start(): void;
  stop(): Promise<void>;
}

export interface Services {
  /** Who is behind each action (`createdBy`, `actor`), batched per response. */
  actors: ActorLoaders;
  auth: AuthService;
  signUps: SignUpService;
  sessionTokens: SessionTokens;
  sessions: SessionService;
  credentials: Credentials;
  apiKeys: ApiKeys;
  team: TeamService;
  writers: WriterService;
  writerQueries: WriterQueries;
  onboarding: OnboardingService;
  onboardingRedirects: OnboardingRedirects;
  oauth: OAuthServices;
  webhooks: WebhookService;
  money: MoneyServices;
  payments: PaymentServices;
  ledger: LedgerService;
  earnings: EarningsService;
  payoutRuns: PayoutRunServices;
  payouts: PayoutServices;
  backgroundJobs: BackgroundJob[];
}

/** The composition root: every service is built here, once, and handed its collaborators. */
export function createServices(dependencies: ServiceDependencies): Services {
  const { config, database, stripe, pubSub, logger } = dependencies;
  const sessionTokens = new SessionTokens(dependencies.jwtSecret);
  const sessions = new SessionService(database, sessionTokens, pubSub);
  const writers = new WriterService(database, stripe.client, pubSub, logger, onboardingStarted, config.defaultPayoutSchedule);
  const onboardingUrls = { publicUrl: dependencies.publicUrl, frontendUrl: config.frontendUrl };
  const onboarding = new OnboardingService(database, stripe.client, writers, sessionTokens, onboardingUrls);
  const onboardingRedirects = new OnboardingRedirects(sessionTokens, writers, onboardingUrls, logger);
  const money = createMoneyServices({ config, database, stripe: stripe.client, pubSub, logger, writers });
  const ledger = new LedgerService(database);
  const earnings = new EarningsService(database, ledger, money.audit, config.earnings.revenueSharePercent);
  const payoutRuns = createPayoutRuns(dependencies, money, ledger);
  money.transferListeners.add(new TransferPostings(ledger));
  money.transferListeners.add(payoutRuns.itemSync);
  const people = createPeopleServices(dependencies, { sessionTokens, sessions, writers, audit: money.audit });
  const oauth = createOAuthServices({
    database,
    stripe: stripe.client,
    sessions,
    writers,
    audit: money.audit,
    pubSub,
    logger,
    options: { clientId: dependencies.oauthClientId, ...onboardingUrls, connectBaseUrl: config.stripe.apiUrl },
  });
  const payments = createPaymentServices({
    config,
    database,
    stripe: stripe.client,
    pubSub,
    logger,
    writers,
    audit: money.audit,
    ledger,
    publicUrl: dependencies.publicUrl,
    sharedBudgets: dependencies.sharedBudgets,
  });
  const payouts = createPayoutServices({ database, stripe: stripe.client, pubSub, logger, writers, audit: money.audit });
  const webhooks = createWebhookService(dependencies, {
    ...accountWebhookHandlers(database, stripe.client, writers),
    ...money.webhookHandlers,
    ...payments.webhookHandlers,
    ...payouts.webhookHandlers,
  });
  const actors = new ActorLoaders((ids) => actorsById(database.manager, ids));
  return {
    actors,
    ...people,
    sessionTokens,
    sessions,
    writers,
    writerQueries: new WriterQueries(database),
    onboarding,
    onboardingRedirects,
    oauth,
    webhooks,
    money,
    payments,
    ledger,
    earnings,
    payoutRuns,
    payouts,
    backgroundJobs: [webhooks, money.recovery, payments.recovery, payoutRuns.executor],
  };
}

type PeopleServices = Pick<Services, 'auth' | 'signUps' | 'credentials' | 'apiKeys' | 'team'>;

/** Signing in and up, API keys and the team: who may act, and how they prove it. */
function createPeopleServices(
  dependencies: ServiceDependencies,
  built: { sessionTokens: SessionTokens; sessions: SessionService; writers: WriterService; audit: MoneyServices['audit'] },
): PeopleServices {
  const { database, logger, config, sharedBudgets } = dependencies;
  const { sessionTokens, sessions, writers, audit } = built;
  const throttle = new LoginThrottle(sharedBudgets);
  const auth = new AuthService(database, sessions, new RecoveryCodes(database), throttle);
  const signUps = new SignUpService(database, sessionTokens, throttle, writers, audit, auth, config.frontendUrl);
  const apiKeys = new ApiKeys(database, audit, logger, sharedBudgets);
  const consoleUrl = () => `${dependencies.publicUrl()}/admin`;
  const team = new TeamService(database, sessions, auth, audit, consoleUrl);
  return { auth, signUps, apiKeys, credentials: new Credentials(sessions, apiKeys), team };
}

function createWebhookService(dependencies: ServiceDependencies, handlers: WebhookHandlers): WebhookService {
  const { database, stripe, webhookSecrets, logger, metrics } = dependencies;
  return new WebhookService(database, stripe.client, webhookSecrets, handlers, logger, metrics);
}

function createPayoutRuns(dependencies: ServiceDependencies, money: MoneyServices, ledger: LedgerService): PayoutRunServices {
  const { config, database, pubSub, logger, sharedBudgets } = dependencies;
  const { balance, audit, transfers, transferIntents } = money;
  return createPayoutRunServices({ config, database, ledger, balance, audit, transfers, transferIntents, pubSub, logger, sharedBudgets });
}
