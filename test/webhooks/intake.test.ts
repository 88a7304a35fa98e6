import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import express from 'express';
import Stripe from 'stripe';
import type { DataSource } from 'typeorm';
import { entities } from '../../server/app/entities';
import { openDatabase } from '../../server/db/data-source';
import { Database } from '../../server/db/database';
import { createLogger } from '../../server/logging/logger';
import { createMetrics } from '../../server/metrics/metrics';
import type { WebhookHandlers } from '../../server/webhooks/webhook-handler';
import { webhookRoutes } from '../../server/webhooks/webhook.routes';
import { DEFAULT_INTAKE_LIMITS, WebhookService } from '../../server/webhooks/webhook.service';
import { first } from '../kit/checks';
import { newDataDirectory } from '../kit/gateway-process';
import { deliverSigned } from '../kit/webhooks';

const SECRET = 'whsec_intake_test';
const silent = createLogger({ logLevel: 'silent' });

const eventAbout = (objectId: string, type = 'transfer.updated') =>
  ({
    id: `evt_${randomUUID().replace(/-/g, '')}`,
    object: 'event',
    type,
    created: 1_700_000_000,
    data: { object: { id: objectId } },
  }) as unknown as Stripe.Event;

/** A gate the test opens: handlers wait on it, so the queue can be held full. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('webhook intake', () => {
  let dataDirectory: string;
  let dataSource: DataSource;
  let metrics: ReturnType<typeof createMetrics>;
  const applied: string[] = [];
  let hold = gate();
  const handlers: WebhookHandlers = {
    'transfer.updated': async (event) => {
      await hold.opened;
      applied.push(event.id);
      return 'applied';
    },
  };
  const service = (limits = DEFAULT_INTAKE_LIMITS) =>
    new WebhookService(new Database(dataSource), new Stripe('sk_test_intake'), () => [SECRET], handlers, silent, metrics, limits);
  const stored = () => new SqliteDatabase(join(dataDirectory, 'gateway.sqlite'), { readonly: true });

  beforeAll(async () => {
    dataDirectory = newDataDirectory();
    metrics = createMetrics();
    dataSource = await openDatabase({ dataDirectory, databaseUrl: undefined }, entities, silent, metrics);
  });
  afterAll(() => dataSource.destroy());
  beforeEach(() => {
    applied.length = 0;
    hold = gate();
  });

  const statements = async () => first((await metrics.databaseQueries.get()).values, 'a database query count').value;

  it('stores a burst in a few transactions, each event committed before its promise resolves', async () => {
    const webhooks = service();
    const burst = Array.from({ length: 60 }, (_, index) => eventAbout(`tr_${index}`));
    const before = await statements();
    const recorded = await Promise.all(burst.map((event) => webhooks.record(event)));
    expect(recorded.every(Boolean)).toBe(true);
    // One event a transaction would be 3 statements each (BEGIN, INSERT, COMMIT).
    expect((await statements()) - before).toBeLessThan(12);
    const reader = stored();
    const count = reader
      .prepare(`SELECT COUNT(*) AS count FROM webhook_events WHERE id IN (${burst.map(() => '?').join(',')})`)
      .get(...burst.map((event) => event.id)) as { count: number };
    reader.close();
    expect(count.count).toBe(60);
  });

  it('tells a redelivery in the same burst apart, and lets a bad event fail alone', async () => {
    const webhooks = service();
    const twice = eventAbout('tr_twice');
    const good = eventAbout('tr_good');
    const bad = { ...eventAbout('tr_bad'), type: null } as unknown as Stripe.Event;
    const results = await Promise.allSettled([webhooks.record(twice), webhooks.record(twice), webhooks.record(good), webhooks.record(bad)]);
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : 'refused'))).toEqual([true, false, true, 'refused']);
  });

  it("applies each object's events in the order received, other objects alongside", async () => {
    const webhooks = service();
    const first = [eventAbout('tr_a'), eventAbout('tr_a'), eventAbout('tr_a')];
    const other = eventAbout('tr_b');
    for (const event of [...first, other]) {
      await webhooks.record(event);
      webhooks.enqueue(event);
    }
    hold.open();
    await webhooks.stop();
    expect(applied.filter((id) => id !== other.id)).toEqual(first.map((event) => event.id));
    expect(applied).toContain(other.id);
    const reader = stored();
    const unapplied = reader
      .prepare(`SELECT COUNT(*) AS count FROM webhook_events WHERE processedAt IS NULL AND id IN (${applied.map(() => '?').join(',')})`)
      .get(...applied) as { count: number };
    reader.close();
    expect(unapplied.count).toBe(0);
  });

  describe('over HTTP', () => {
    let server: Server;
    let url: string;
    let webhooks: WebhookService;
    beforeAll(async () => {
      webhooks = service({ applyConcurrency: 2, maxQueueDepth: 3, retryAfterSeconds: 7 });
      const app = express().use('/webhooks/stripe', webhookRoutes(webhooks, silent));
      server = app.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      hold.open();
      await webhooks.stop();
      await new Promise((resolve) => server.close(resolve));
    });

    it('answers 503 with Retry-After while the apply queue is full, stores nothing then, and exports its depth', async () => {
      const deliver = (event: Stripe.Event) => deliverSigned(url, JSON.stringify(event), { secret: SECRET });
      for (const index of [1, 2, 3]) expect(await deliver(eventAbout(`tr_full_${index}`))).toEqual({ status: 200, body: { received: true, duplicate: false } });
      expect(await metrics.registry.getSingleMetricAsString('payouts_webhook_apply_queue_depth')).toMatch(/payouts_webhook_apply_queue_depth 3$/m);

      const refused = eventAbout('tr_refused');
      const response = await fetch(`${url}/webhooks/stripe`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'stripe-signature': new Stripe('sk_test_sign').webhooks.generateTestHeaderString({ payload: JSON.stringify(refused), secret: SECRET }),
        },
        body: JSON.stringify(refused),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('7');
      const reader = stored();
      expect(reader.prepare('SELECT id FROM webhook_events WHERE id = ?').get(refused.id)).toBeUndefined();
      reader.close();

      hold.open();
      await webhooks.stop();
      expect(await metrics.registry.getSingleMetricAsString('payouts_webhook_apply_queue_depth')).toMatch(/payouts_webhook_apply_queue_depth 0$/m);
      expect((await deliver(refused)).status).toBe(200);
    });
  });
});
