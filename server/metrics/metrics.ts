import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics served at /metrics. One registry per gateway, so tests can run several. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'payouts_' });
  return {
    registry,
    databaseQueries: new Counter({ name: 'payouts_db_queries_total', help: 'SQL statements sent to the database.', registers: [registry] }),
    webhookEvents: new Counter({
      name: 'payouts_webhook_events_total',
      help: 'Stripe events received, by type and whether they were redeliveries.',
      labelNames: ['type', 'duplicate'] as const,
      registers: [registry],
    }),
    webhookApplyQueueDepth: new Gauge({
      name: 'payouts_webhook_apply_queue_depth',
      help: 'Stripe events stored and not applied yet (waiting or being applied).',
      registers: [registry],
    }),
    webhookDeferred: new Counter({
      name: 'payouts_webhook_deferred_total',
      help: 'Deliveries answered 503 (Retry-After) because the apply queue was full; Stripe delivers them again.',
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
