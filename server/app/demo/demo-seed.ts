import type { Database } from '../../db/database';
import type { Logger } from '../../logging/logger';
import type { Services } from '../services';
import { Writer } from '../../writers/writer.entity';
import { seedMoney } from './demo-money';
import { DEMO_WRITERS } from './demo-writers';

/** The sandbox's control API moves accounts and top-ups along, as the hosted pages and time would. */
async function sandboxControl(sandboxUrl: string, path: string, form: Record<string, string> = {}): Promise<void> {
  const response = await fetch(`${sandboxUrl}/_sandbox/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  if (!response.ok) throw new Error(`sandbox ${path} answered ${response.status}`);
}

async function seedWriters(services: Services, sandboxUrl: string): Promise<Writer[]> {
  const writers: Writer[] = [];
  for (const demo of DEMO_WRITERS) {
    const writer = await services.writers.create(demo);
    if (demo.sandboxState) {
      await services.onboarding.issueLink(writer.id);
      await sandboxControl(sandboxUrl, `accounts/${writer.stripeAccountId}/set_state`, { state: demo.sandboxState });
    }
    writers.push(await services.writers.sync(writer.id));
  }
  return writers;
}

/**
 * On a first start against the embedded sandbox, fills an empty platform with demo data so
 * the console shows a living platform at once. Never runs against real Stripe.
 */
export async function seedDemoData(services: Services, database: Database, sandboxUrl: string, logger: Logger): Promise<boolean> {
  if ((await services.writerQueries.count()) > 0) return false;
  const writers = await seedWriters(services, sandboxUrl);
  await seedMoney(services, database, writers, (stripeTopUpId) => sandboxControl(sandboxUrl, `topups/${stripeTopUpId}/settle`));
  logger.info({ writers: writers.length }, 'demo data seeded');
  return true;
}
