import type { Config } from '../../config/config';
import type { Database } from '../../db/database';
import type { Logger } from '../../logging/logger';
import type { Services } from '../services';
import { seedDemoData } from './demo-seed';

export interface DemoSeeding {
  /** Whether demo data is being seeded on this start. */
  seeding: boolean;
  /** True once seeded, false when not seeded. */
  done: Promise<boolean>;
}

/**
 * Demo data on a first start against the sandbox, seeded while the gateway already serves. Its
 * dozens of routine lines (every webhook applied) would bury the start-up banner, so only
 * warnings are logged while it runs, unless a more verbose LOG_LEVEL was asked for.
 */
function seedDemo(config: Config, services: Services, database: Database, logger: Logger): Promise<boolean> {
  const level = logger.level;
  if (level === 'info') logger.level = 'warn';
  return seedDemoData(services, database, config.stripe.apiUrl!, logger)
    .catch((error: unknown) => {
      logger.error({ err: error }, 'demo data could not be seeded');
      return false;
    })
    .finally(() => {
      logger.level = level;
    });
}

/** Only a first start against the sandbox seeds: a database that already has writers keeps what it has. */
export async function startDemoSeeding(config: Config, isSandbox: boolean, services: Services, database: Database, logger: Logger): Promise<DemoSeeding> {
  const wanted = config.seedDemo && isSandbox && !config.stripe.secretKey && Boolean(config.stripe.apiUrl);
  const seeding = wanted && (await services.writerQueries.count()) === 0;
  return { seeding, done: seeding ? seedDemo(config, services, database, logger) : Promise.resolve(false) };
}
