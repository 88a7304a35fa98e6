import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import type { DataSource } from 'typeorm';
import { entities } from '../../server/app/entities';
import { openDatabase } from '../../server/db/data-source';
import { Database } from '../../server/db/database';
import { isUniqueViolation } from '../../server/db/unique-violation';
import { createLogger } from '../../server/logging/logger';
import { createMetrics } from '../../server/metrics/metrics';
import { WebhookEvent } from '../../server/webhooks/webhook-event.entity';
import { WebhookService } from '../../server/webhooks/webhook.service';
import { newDataDirectory } from '../kit/gateway-process';
import { createThrowawayDatabase } from '../kit/postgres';

const event = () =>
  ({
    id: `evt_${randomUUID().replace(/-/g, '')}`,
    object: 'event',
    type: 'balance.available',
    created: 1_700_000_000,
    data: { object: {} },
  }) as unknown as Stripe.Event;

/** The error the driver raises for `values`, as TypeORM hands it on. */
async function insertFailure(dataSource: DataSource, values: Record<string, unknown>): Promise<unknown> {
  return dataSource.manager.insert(WebhookEvent, values).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe.each([
  ['SQLite', async () => ({ databaseUrl: undefined, drop: async () => undefined })],
  [
    'PostgreSQL',
    async () => {
      const database = await createThrowawayDatabase();
      return { databaseUrl: database.url, drop: database.drop };
    },
  ],
])('which failed inserts count as a redelivered event, on %s', (_name, provision) => {
  let dataSource: DataSource;
  let webhooks: WebhookService;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const { databaseUrl, drop: dropDatabase } = await provision();
    drop = dropDatabase;
    dataSource = await openDatabase({ dataDirectory: newDataDirectory(), databaseUrl }, entities, createLogger({ logLevel: 'silent' }), createMetrics());
    webhooks = new WebhookService(new Database(dataSource), {} as Stripe, () => [], {}, createLogger({ logLevel: 'silent' }), createMetrics());
  });
  afterAll(async () => {
    await dataSource.destroy();
    await drop();
  });

  it('records an event once and reports the second delivery as a duplicate', async () => {
    const delivered = event();
    expect(await webhooks.record(delivered)).toBe(true);
    expect(await webhooks.record(delivered)).toBe(false);
    expect(await dataSource.manager.countBy(WebhookEvent, { id: delivered.id })).toBe(1);
  });

  it('treats the event id key refusing an insert as a unique violation', async () => {
    const delivered = event();
    await webhooks.record(delivered);
    const row = { id: delivered.id, type: 'balance.available', stripeCreated: 1, payload: '{}', receivedAt: new Date() };
    expect(isUniqueViolation(await insertFailure(dataSource, row))).toBe(true);
  });

  it('never treats a NOT NULL failure as a unique violation, so it is an error rather than a duplicate', async () => {
    const failure = await insertFailure(dataSource, { id: event().id, type: null, stripeCreated: 1, payload: '{}', receivedAt: new Date() });
    expect(failure).toBeInstanceOf(Error);
    expect(isUniqueViolation(failure)).toBe(false);
    await expect(webhooks.record({ ...event(), type: null } as unknown as Stripe.Event)).rejects.toThrow(/null/i);
  });
});
