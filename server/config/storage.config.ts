import { z } from 'zod';
import { booleanFlag, optionalUrl } from './environment-fields';

/** Where the gateway keeps its data, and how instances share events. */
export const storageEnvironment = z.object({
  DATA_DIR: z.string().min(1, 'a directory path').default('./data'),
  DATABASE_URL: optionalUrl(['postgres:', 'postgresql:', 'sqlite:'], 'postgres://user@host:5432/db or sqlite:/path/to/file.db'),
  REDIS_URL: optionalUrl(['redis:', 'rediss:'], 'redis://host:6379 (or rediss:// for TLS)'),
  REDIS_CHANNEL_PREFIX: z
    .string()
    .regex(/^[\w.:-]{1,64}$/, 'letters, digits and . _ : - (at most 64)')
    .default('payouts-gateway:'),
  RESPONSE_CACHE: booleanFlag.optional(),
});

type StorageEnvironment = z.infer<typeof storageEnvironment>;

export interface StorageConfig {
  dataDirectory: string;
  databaseUrl: string | undefined;
  /** Subscriptions fan out through Redis when set (several instances); in-process otherwise. */
  redisUrl: string | undefined;
  /** Channels are `<prefix><topic>`: platforms sharing a Redis need different prefixes. */
  redisChannelPrefix: string;
  /** Repeated reads answered from memory until the next write (SQLite, one instance, only). */
  responseCache: boolean;
}

const usesPostgres = (environment: StorageEnvironment) => /^postgres(ql)?:/.test(environment.DATABASE_URL ?? '');

export function storageProblems(environment: StorageEnvironment): string[] {
  if (environment.RESPONSE_CACHE && usesPostgres(environment)) {
    return ["RESPONSE_CACHE: only with SQLite (on PostgreSQL another instance's writes would not reach this cache)"];
  }
  return [];
}

export function storageConfig(environment: StorageEnvironment): StorageConfig {
  return {
    dataDirectory: environment.DATA_DIR,
    databaseUrl: environment.DATABASE_URL,
    redisUrl: environment.REDIS_URL,
    redisChannelPrefix: environment.REDIS_CHANNEL_PREFIX,
    responseCache: environment.RESPONSE_CACHE ?? !usesPostgres(environment),
  };
}
