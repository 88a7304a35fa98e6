import { Counter, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics served at /metrics. One registry per gateway, so tests can run several. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'payouts_' });
  return {
    registry,
    databaseQueries: new Counter({ name: 'payouts_db_queries_total', help: 'SQL statements sent to the database.', registers: [registry] }),
    webhookEvents: new Counter({ name: 'payouts_webhook_events_total', help: 'Stripe events received, by type and whether they were redeliveries.', labelNames: ['type', 'duplicate'] as const, registers: [registry] }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
