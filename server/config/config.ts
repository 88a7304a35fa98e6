import proxyAddr from 'proxy-addr';
import { z } from 'zod';
import { type ValidPayoutSchedule, parsePayoutScheduleSetting } from '../money/payout-schedule.rules';

// The one place that reads the environment. Every other module receives a `Config`.

const booleanFlag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true');
const optionalUrl = (schemes: string[], expected: string) =>
  z
    .string()
    .refine((value) => {
      try {
        return schemes.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, expected)
    .optional();

const atLeastOne = z.coerce.number({ message: 'a whole number, at least 1' }).int('a whole number, at least 1').min(1, 'a whole number, at least 1');

/** proxy-addr's names (loopback, linklocal, uniquelocal), addresses and CIDR ranges, comma-separated. */
const trustedProxies = z
  .string()
  .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
  .refine((entries) => {
    try {
      proxyAddr.compile(entries);
      return true;
    } catch {
      return false;
    }
  }, 'comma-separated proxy addresses or CIDR ranges, or loopback, linklocal, uniquelocal');

// Stripe's default rate limits (requests per second) for live and test mode.
const LIVE_REQUESTS_PER_SECOND = 100;
const TEST_REQUESTS_PER_SECOND = 25;

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'one of development, production, test' }).default('development'),
  PORT: z.coerce.number({ message: 'a port number from 0 to 65535' }).int('a port number from 0 to 65535').min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  TRUST_PROXY: trustedProxies.default([]),
  PUBLIC_URL: optionalUrl(['http:', 'https:'], 'an absolute http(s) URL such as https://payouts.example.com'),
  FRONTEND_URL: optionalUrl(['http:', 'https:'], 'an absolute http(s) URL of the Q&A frontend'),
  DATA_DIR: z.string().min(1, 'a directory path').default('./data'),
  DATABASE_URL: optionalUrl(['postgres:', 'postgresql:', 'sqlite:'], 'postgres://user@host:5432/db or sqlite:/path/to/file.db'),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/, 'a Stripe secret key (sk_test_…, rk_test_…, or sk_live_… with STRIPE_LIVE=1)')
    .optional(),
  STRIPE_LIVE: booleanFlag.default(false),
  STRIPE_API_URL: optionalUrl(['http:', 'https:'], 'the base URL of a Stripe-compatible API such as http://127.0.0.1:12111'),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'a webhook signing secret (whsec_…)').optional(),
  STRIPE_CONNECT_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'a webhook signing secret (whsec_…)').optional(),
  STRIPE_CLIENT_ID: z.string().regex(/^ca_\w+$/, 'a Connect client id (ca_…) from the platform settings').optional(),
  STRIPE_TIMEOUT_MS: z.coerce.number().int().min(100, 'milliseconds, at least 100').default(10000),
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535, 'a port number from 0 to 65535').optional(),
  REDIS_URL: optionalUrl(['redis:', 'rediss:'], 'redis://host:6379 (or rediss:// for TLS)'),
  REDIS_CHANNEL_PREFIX: z.string().regex(/^[\w.:-]{1,64}$/, 'letters, digits and . _ : - (at most 64)').default('payouts-gateway:'),
  JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  ADMIN_EMAIL: z.email('an email address').optional(),
  ADMIN_PASSWORD: z.string().min(12, 'at least 12 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
  INTROSPECTION: booleanFlag.optional(),
  SEED_DEMO: booleanFlag.default(true),
  MONEY_RECOVERY_INTERVAL_MS: z.coerce.number().int().min(100, 'milliseconds, at least 100').default(30000),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: atLeastOne.default(100),
  WS_MAX_CONNECTIONS_PER_ADDRESS: atLeastOne.default(50),
  METRICS_TOKEN: z.string().min(24, 'at least 24 characters').optional(),
  RESPONSE_CACHE: booleanFlag.optional(),
  APPLICATION_FEE_PERCENT: z.coerce.number({ message: 'a percentage from 0 to 100' }).min(0, 'a percentage from 0 to 100').max(100, 'a percentage from 0 to 100').default(10),
  APPLICATION_FEE_FIXED: z.coerce.number({ message: 'a whole number of minor units, at least 0' }).int('a whole number of minor units, at least 0').min(0, 'a whole number of minor units, at least 0').default(30),
  CHECKOUT_MIN_AMOUNT: atLeastOne.default(50),
  CHECKOUT_MAX_AMOUNT: atLeastOne.max(99_999_999, 'at most 99999999 (Stripe refuses more digits)').default(100_000),
  CHECKOUT_SESSIONS_PER_ADDRESS_PER_HOUR: atLeastOne.default(60),
  REVENUE_SHARE_PERCENT: z.coerce
    .number({ message: 'a percentage from 0 to 100, e.g. 70 or 62.5' })
    .min(0, 'a percentage from 0 to 100, e.g. 70 or 62.5')
    .max(100, 'a percentage from 0 to 100, e.g. 70 or 62.5')
    .default(70),
  STRIPE_REQUESTS_PER_SECOND: atLeastOne.optional(),
  PAYOUT_RUN_CONCURRENCY: atLeastOne.default(8),
  PAYOUT_RUN_LEASE_MS: z.coerce.number().int().min(500, 'milliseconds, at least 500').default(30000),
  PAYOUT_RUN_INTERVAL_MS: z.coerce.number().int().min(100, 'milliseconds, at least 100').default(5000),
  PAYOUT_SCHEDULE_DEFAULT: z.string().optional(),
  CRASH_AFTER: z.enum(['transfer-row-committed', 'stripe-answered'], { message: 'transfer-row-committed or stripe-answered (tests only)' }).optional(),
});

/** The platform's application fee on a payment, in minor units: the percentage rounded to the nearest unit, plus the fixed part. */
export function applicationFeeMinor(amountMinor: number, percent: number, fixedMinor: number): number {
  return Math.round((amountMinor * percent) / 100) + fixedMinor;
}

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  environment: Environment['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  /** Proxies whose X-Forwarded-For names the client (rate limits count per client address). */
  trustedProxies: string[];
  publicUrl: string | undefined;
  frontendUrl: string | undefined;
  dataDirectory: string;
  databaseUrl: string | undefined;
  /** Subscriptions fan out through Redis when set (several instances); in-process otherwise. */
  redisUrl: string | undefined;
  /** Channels are `<prefix><topic>`: platforms sharing a Redis need different prefixes. */
  redisChannelPrefix: string;
  stripe: {
    secretKey: string | undefined;
    apiUrl: string | undefined;
    webhookSecret: string | undefined;
    connectWebhookSecret: string | undefined;
    /** The platform's Connect OAuth client id (`ca_…`); with the sandbox, its own when unset. */
    clientId: string | undefined;
    timeoutMs: number;
  };
  jwtSecret: string | undefined;
  admin: { email: string | undefined; password: string | undefined };
  logLevel: Environment['LOG_LEVEL'];
  /** Also hides graphql-js's "Did you mean" hints from errors when off. */
  introspection: boolean;
  seedDemo: boolean;
  webSocket: {
    maxSubscriptionsPerConnection: number;
    /** Per client address as TRUST_PROXY reads it (an IPv6 client per /64). */
    maxConnectionsPerAddress: number;
  };
  /** Bearer token /metrics asks for; unset, /metrics answers only unproxied loopback clients. */
  metricsToken: string | undefined;
  /** Repeated reads answered from memory until the next write (SQLite, one instance, only). */
  responseCache: boolean;
  /** Readers paying for answers (Checkout destination charges). */
  payments: {
    /** The platform's share of each payment, in percent, before the fixed part. */
    applicationFeePercent: number;
    /** Added to every payment's fee, in the payment currency's minor units. */
    applicationFeeFixedMinor: number;
    minimumAmountMinor: number;
    maximumAmountMinor: number;
    /** Checkout Sessions one client address may start an hour (API keys with CHECKOUT_WRITE are not counted). */
    checkoutSessionsPerAddressPerHour: number;
  };
  earnings: {
    /** The writer's share of a `revenue` row of an earnings import, in percent. */
    revenueSharePercent: number;
  };
  payoutRuns: {
    /** Stripe requests per second the runs may make: Stripe allows 100 in live mode, 25 in test mode. */
    stripeRequestsPerSecond: number;
    /** Items one instance sends at the same time. */
    concurrency: number;
    /** How long a claimed item is this instance's before another may take it over. */
    leaseMs: number;
    /** How often each instance looks for executing runs to help with (and resumes them after a crash). */
    intervalMs: number;
  };
  /** The payout schedule new writers' accounts start on; unset, Stripe's default (daily, shortest delay). */
  defaultPayoutSchedule: ValidPayoutSchedule | undefined;
  money: {
    /** How often pending top-ups, transfers and reversals are finished with their Stripe idempotency keys. */
    recoveryIntervalMs: number;
    /** Tests only (NODE_ENV=test): the process kills itself at this point of a transfer. */
    crashAfter: 'transfer-row-committed' | 'stripe-answered' | undefined;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

const usesPostgres = (environment: Environment) => /^postgres(ql)?:/.test(environment.DATABASE_URL ?? '');

function crossFieldProblems(environment: Environment): string[] {
  const key = environment.STRIPE_SECRET_KEY;
  if (key && /_live_/.test(key) && !environment.STRIPE_LIVE) {
    return ['STRIPE_SECRET_KEY: a live key needs STRIPE_LIVE=1 (use sk_test_… for test mode)'];
  }
  if (environment.RESPONSE_CACHE && usesPostgres(environment)) {
    return ["RESPONSE_CACHE: only with SQLite (on PostgreSQL another instance's writes would not reach this cache)"];
  }
  if (environment.CHECKOUT_MIN_AMOUNT > environment.CHECKOUT_MAX_AMOUNT) {
    return [`CHECKOUT_MIN_AMOUNT: must not exceed CHECKOUT_MAX_AMOUNT (${environment.CHECKOUT_MAX_AMOUNT})`];
  }
  if (applicationFeeMinor(environment.CHECKOUT_MIN_AMOUNT, environment.APPLICATION_FEE_PERCENT, environment.APPLICATION_FEE_FIXED) >= environment.CHECKOUT_MIN_AMOUNT) {
    return ['APPLICATION_FEE_PERCENT / APPLICATION_FEE_FIXED: the fee must stay below CHECKOUT_MIN_AMOUNT, or the smallest payment leaves the writer nothing'];
  }
  const schedule = environment.PAYOUT_SCHEDULE_DEFAULT;
  const scheduleProblems = schedule ? parsePayoutScheduleSetting(schedule).problems : [];
  if (scheduleProblems.length > 0) {
    return [`PAYOUT_SCHEDULE_DEFAULT: expected manual, daily[:delayDays], weekly:<weekday>[:delayDays] or monthly:<1-31>[:delayDays]; ${scheduleProblems.join('; ')} (got ${JSON.stringify(schedule)})`];
  }
  if (environment.NODE_ENV === 'production' && !environment.JWT_SECRET) {
    return ['JWT_SECRET: required when NODE_ENV=production (at least 32 characters)'];
  }
  return [];
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const blankToUndefined = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: expected ${issue.message} (got ${JSON.stringify(source[String(issue.path[0])])})`),
    );
  }
  const environment = parsed.data;
  const problems = crossFieldProblems(environment);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    environment: environment.NODE_ENV,
    isProduction: environment.NODE_ENV === 'production',
    port: environment.PORT,
    host: environment.HOST,
    trustedProxies: environment.TRUST_PROXY,
    publicUrl: environment.PUBLIC_URL?.replace(/\/$/, ''),
    frontendUrl: environment.FRONTEND_URL?.replace(/\/$/, ''),
    dataDirectory: environment.DATA_DIR,
    databaseUrl: environment.DATABASE_URL,
    redisUrl: environment.REDIS_URL,
    redisChannelPrefix: environment.REDIS_CHANNEL_PREFIX,
    stripe: {
      secretKey: environment.STRIPE_SECRET_KEY,
      apiUrl: environment.STRIPE_API_URL,
      webhookSecret: environment.STRIPE_WEBHOOK_SECRET,
      connectWebhookSecret: environment.STRIPE_CONNECT_WEBHOOK_SECRET,
      clientId: environment.STRIPE_CLIENT_ID,
      timeoutMs: environment.STRIPE_TIMEOUT_MS,
    },
    jwtSecret: environment.JWT_SECRET,
    admin: { email: environment.ADMIN_EMAIL, password: environment.ADMIN_PASSWORD },
    logLevel: environment.LOG_LEVEL,
    introspection: environment.INTROSPECTION ?? environment.NODE_ENV !== 'production',
    seedDemo: environment.SEED_DEMO,
    webSocket: {
      maxSubscriptionsPerConnection: environment.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxConnectionsPerAddress: environment.WS_MAX_CONNECTIONS_PER_ADDRESS,
    },
    metricsToken: environment.METRICS_TOKEN,
    responseCache: environment.RESPONSE_CACHE ?? !usesPostgres(environment),
    payments: {
      applicationFeePercent: environment.APPLICATION_FEE_PERCENT,
      applicationFeeFixedMinor: environment.APPLICATION_FEE_FIXED,
      minimumAmountMinor: environment.CHECKOUT_MIN_AMOUNT,
      maximumAmountMinor: environment.CHECKOUT_MAX_AMOUNT,
      checkoutSessionsPerAddressPerHour: environment.CHECKOUT_SESSIONS_PER_ADDRESS_PER_HOUR,
    },
    earnings: { revenueSharePercent: environment.REVENUE_SHARE_PERCENT },
    payoutRuns: {
      stripeRequestsPerSecond: environment.STRIPE_REQUESTS_PER_SECOND ?? (/_live_/.test(environment.STRIPE_SECRET_KEY ?? '') ? LIVE_REQUESTS_PER_SECOND : TEST_REQUESTS_PER_SECOND),
      concurrency: environment.PAYOUT_RUN_CONCURRENCY,
      leaseMs: environment.PAYOUT_RUN_LEASE_MS,
      intervalMs: environment.PAYOUT_RUN_INTERVAL_MS,
    },
    defaultPayoutSchedule: environment.PAYOUT_SCHEDULE_DEFAULT ? parsePayoutScheduleSetting(environment.PAYOUT_SCHEDULE_DEFAULT).schedule : undefined,
    money: {
      recoveryIntervalMs: environment.MONEY_RECOVERY_INTERVAL_MS,
      crashAfter: environment.NODE_ENV === 'test' ? environment.CRASH_AFTER : undefined,
    },
  };
}
