import type Stripe from 'stripe';
import type { WebhookHandlers } from '../webhooks/webhook-handler';
import { Writer } from './writer.entity';
import type { WriterService } from './writer.service';
import type { Database } from '../db/database';

/**
 * Account events are applied by re-reading the account from Stripe, so their order never
 * matters; an event older than the state already held is skipped without a call.
 */
export function accountWebhookHandlers(database: Database, stripe: Stripe, writers: WriterService): WebhookHandlers {
  const refresh = async (accountId: string, eventCreated: number) => {
    const writer = await database.manager.findOneBy(Writer, { stripeAccountId: accountId });
    if (!writer) return `ignored: ${accountId} is not a writer's account`;
    if (eventCreated < writer.accountSyncedAt) return 'ignored: older than the state held';
    const account = await stripe.accounts.retrieve(accountId);
    const updated = await writers.applyAccount(account, Math.floor(Date.now() / 1000));
    return `writer ${updated.id} is ${updated.onboardingStatus}`;
  };
  return {
    'account.updated': (event) => refresh((event.data.object as Stripe.Account).id, event.created),
    'capability.updated': (event) => {
      const capability = event.data.object as Stripe.Capability;
      return refresh(typeof capability.account === 'string' ? capability.account : capability.account.id, event.created);
    },
    'account.application.deauthorized': (event) => writers.markDeauthorized(event.account ?? ''),
  };
}
