import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import type { WriteClock } from './write-clock';

/**
 * Counts every statement for /metrics (and the writes for the response cache) and sends errors
 * and slow queries to the log.
 */
export class QueryLogger implements TypeOrmLogger {
  constructor(
    private readonly logger: Logger,
    private readonly metrics: Metrics,
    private readonly writeClock: WriteClock,
  ) {}

  logQuery(query: string): void {
    this.metrics.databaseQueries.inc();
    this.writeClock.observe(query);
  }

  logQueryError(error: string | Error, query: string): void {
    this.metrics.databaseQueries.inc();
    this.writeClock.observe(query);
    this.logger.debug({ err: error, query }, 'query failed');
  }

  logQuerySlow(timeMs: number, query: string): void {
    this.logger.warn({ timeMs, query }, 'slow query');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
