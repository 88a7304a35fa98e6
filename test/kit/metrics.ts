/** Reads one counter from the gateway's Prometheus /metrics. */
export async function readCounter(gatewayUrl: string, name: string): Promise<number> {
  const text = await (await fetch(`${gatewayUrl}/metrics`)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  if (!line) throw new Error(`metric ${name} not found`);
  return Number(line.split(' ')[1]);
}

/** Waits until background work (webhooks being applied) stops touching the database. */
async function quiescentQueryCount(gatewayUrl: string, quietMs = 300): Promise<number> {
  let previous = await readCounter(gatewayUrl, 'payouts_db_queries_total');
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const current = await readCounter(gatewayUrl, 'payouts_db_queries_total');
    if (current === previous) return current;
    previous = current;
  }
}

/** How many SQL statements `work` caused, measured once background work has settled. */
export async function countQueries(gatewayUrl: string, work: () => Promise<unknown>): Promise<number> {
  const before = await quiescentQueryCount(gatewayUrl);
  await work();
  return (await readCounter(gatewayUrl, 'payouts_db_queries_total')) - before;
}

/**
 * How many SQL statements `work` caused once background work has settled, with the session
 * behind `token` looked up just before (it is then held until the next write): the count holds
 * `work`'s own statements only, whether or not the session was held already.
 */
export async function countQueriesWithSession(gatewayUrl: string, token: string, work: () => Promise<unknown>): Promise<number> {
  await quiescentQueryCount(gatewayUrl);
  const viewer = { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ viewer { id } }' }) };
  await (await fetch(`${gatewayUrl}/graphql`, viewer)).text();
  const before = await readCounter(gatewayUrl, 'payouts_db_queries_total');
  await work();
  return (await readCounter(gatewayUrl, 'payouts_db_queries_total')) - before;
}
