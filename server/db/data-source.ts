import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database as SqliteConnection } from 'better-sqlite3';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver';
import type { Config } from '../config/config';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import { QueryLogger } from './query-logger';
import { prepareSqliteConnection } from './sqlite-pragmas';
import { WriteClock } from './write-clock';
import { migrations } from './migrations';

export function sqliteFilePath(config: Pick<Config, 'dataDirectory' | 'databaseUrl'>): string {
  if (config.databaseUrl?.startsWith('sqlite:')) return config.databaseUrl.slice('sqlite:'.length);
  return join(config.dataDirectory, 'gateway.sqlite');
}

const SLOW_QUERY_MS = 200;

// Another process writing to the file (a maintenance script, a second gateway by mistake) moves
// the clock too: its commits change SQLite's data_version as this connection sees it.
function watchOtherConnections(driver: BetterSqlite3Driver, writeClock: WriteClock): void {
  const dataVersion = (driver.databaseConnection as SqliteConnection).prepare('PRAGMA data_version').pluck();
  writeClock.watchOtherConnections(() => dataVersion.get());
}

function connectionOptions(config: Pick<Config, 'dataDirectory' | 'databaseUrl'>, entities: Function[], queryLogger: QueryLogger): DataSourceOptions {
  const shared = {
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    logging: true,
    logger: queryLogger,
    maxQueryExecutionTime: SLOW_QUERY_MS,
  } as const;
  if (config.databaseUrl && !config.databaseUrl.startsWith('sqlite:')) {
    return { ...shared, type: 'postgres', url: config.databaseUrl, extra: { max: 10 } };
  }
  const file = resolve(sqliteFilePath(config));
  mkdirSync(resolve(file, '..'), { recursive: true });
  return {
    ...shared,
    type: 'better-sqlite3',
    database: file,
    prepareDatabase: prepareSqliteConnection,
  };
}

/** Opens the database with the given entities (app/ lists every domain's) and brings its schema up to date. */
export async function openDatabase(
  config: Pick<Config, 'dataDirectory' | 'databaseUrl'>,
  entities: Function[],
  logger: Logger,
  metrics: Metrics,
  writeClock = new WriteClock(),
): Promise<DataSource> {
  const dataSource = new DataSource(connectionOptions(config, entities, new QueryLogger(logger, metrics, writeClock)));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  if (dataSource.driver instanceof BetterSqlite3Driver) watchOtherConnections(dataSource.driver, writeClock);
  return dataSource;
}
