import type { Stack } from './stack';
import { waitFor } from './wait';

/** Reads one counter from the gateway's Prometheus /metrics. */
export async function readCounter(gatewayUrl: string, name: string): Promise<number> {
  const text = await (await fetch(`${gatewayUrl}/metrics`)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  if (!line) throw new Error(`metric ${name} not found`);
  return Number(line.split(' ')[1]);
}

/**
 * Resolves once no webhook is on its way or waiting to be applied: the sandbox has delivered
 * every event (read first: the gateway counts an event as queued before acknowledging it) and
 * the gateway has applied every one it stored.
 */
export async function webhooksSettled(stack: Pick<Stack, 'url' | 'control'>): Promise<void> {
  await waitFor(
    async () => {
      const { counts } = (await stack.control.get('state')) as { counts: { webhook_deliveries_pending: number } };
      const queued = await readCounter(stack.url, 'payouts_webhook_apply_queue_depth');
      return { deliveriesPending: counts.webhook_deliveries_pending, queued };
    },
    { until: ({ deliveriesPending, queued }) => deliveriesPending === 0 && queued === 0, what: 'every webhook delivered and applied' },
  );
}

/** How many SQL statements `work` caused, counted once webhooks from earlier steps have been applied. */
export async function countQueries(stack: Pick<Stack, 'url' | 'control'>, work: () => Promise<unknown>): Promise<number> {
  await webhooksSettled(stack);
  const before = await readCounter(stack.url, 'payouts_db_queries_total');
  await work();
  return (await readCounter(stack.url, 'payouts_db_queries_total')) - before;
}

/**
 * How many SQL statements `work` caused once background work has settled, with the session
 * behind `token` looked up just before (it is then held until the next write): the count holds
 * `work`'s own statements only, whether or not the session was held already.
 */
export async function countQueriesWithSession(stack: Pick<Stack, 'url' | 'control'>, token: string, work: () => Promise<unknown>): Promise<number> {
  await webhooksSettled(stack);
  const gatewayUrl = stack.url;
  const viewer = {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ viewer { id } }' }),
  };
  await (await fetch(`${gatewayUrl}/graphql`, viewer)).text();
  const before = await readCounter(gatewayUrl, 'payouts_db_queries_total');
  await work();
  return (await readCounter(gatewayUrl, 'payouts_db_queries_total')) - before;
}
