import proxyAddr from 'proxy-addr';
import { z } from 'zod';
import { atLeastOne, booleanFlag, optionalUrl } from './environment-fields';

/** proxy-addr's names (loopback, linklocal, uniquelocal), addresses and CIDR ranges, comma-separated. */
const trustedProxies = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .refine((entries) => {
    try {
      proxyAddr.compile(entries);
      return true;
    } catch {
      return false;
    }
  }, 'comma-separated proxy addresses or CIDR ranges, or loopback, linklocal, uniquelocal');

/** Where the gateway listens, who may read it, and what it logs. */
export const serverEnvironment = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'one of development, production, test' }).default('development'),
  PORT: z.coerce.number({ message: 'a port number from 0 to 65535' }).int('a port number from 0 to 65535').min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  TRUST_PROXY: trustedProxies.default([]),
  PUBLIC_URL: optionalUrl(['http:', 'https:'], 'an absolute http(s) URL such as https://payouts.example.com'),
  FRONTEND_URL: optionalUrl(['http:', 'https:'], 'an absolute http(s) URL of the Q&A frontend'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'one of fatal, error, warn, info, debug, trace, silent' })
    .default('info'),
  INTROSPECTION: booleanFlag.optional(),
  SEED_DEMO: booleanFlag.default(true),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: atLeastOne.default(100),
  WS_MAX_CONNECTIONS_PER_ADDRESS: atLeastOne.default(50),
  METRICS_TOKEN: z.string().min(24, 'at least 24 characters').optional(),
});

export type ServerEnvironment = z.infer<typeof serverEnvironment>;

export interface ServerConfig {
  environment: ServerEnvironment['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  /** Proxies whose X-Forwarded-For names the client (rate limits count per client address). */
  trustedProxies: string[];
  publicUrl: string | undefined;
  frontendUrl: string | undefined;
  logLevel: ServerEnvironment['LOG_LEVEL'];
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
}

export function serverConfig(environment: ServerEnvironment): ServerConfig {
  return {
    environment: environment.NODE_ENV,
    isProduction: environment.NODE_ENV === 'production',
    port: environment.PORT,
    host: environment.HOST,
    trustedProxies: environment.TRUST_PROXY,
    publicUrl: environment.PUBLIC_URL?.replace(/\/$/, ''),
    frontendUrl: environment.FRONTEND_URL?.replace(/\/$/, ''),
    logLevel: environment.LOG_LEVEL,
    introspection: environment.INTROSPECTION ?? environment.NODE_ENV !== 'production',
    seedDemo: environment.SEED_DEMO,
    webSocket: {
      maxSubscriptionsPerConnection: environment.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxConnectionsPerAddress: environment.WS_MAX_CONNECTIONS_PER_ADDRESS,
    },
    metricsToken: environment.METRICS_TOKEN,
  };
}
