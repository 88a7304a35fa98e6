import DataLoader from 'dataloader';
import type Stripe from 'stripe';
import { Field, ObjectType } from 'type-graphql';
import { Money, money } from '../money/money.type';
import { stripeFailure } from '../stripe/stripe-errors';

@ObjectType({ description: "A writer's Stripe balance on their connected account, read from Stripe." })
export class ConnectedBalance {
  @Field(() => [Money], { description: 'Paid out to their bank on their payout schedule.' })
  available: Money[];

  @Field(() => [Money], { description: 'Not yet available for payout.' })
  pending: Money[];
}

/** Stripe calls one request makes at once: a page of writers reads its balances a few at a time. */
const PARALLEL_READS = 4;

/**
 * Balances read through `Stripe-Account`, one loader per GraphQL request: an account asked for
 * twice is read once, and a page of writers does not open a call per row at the same moment.
 */
export class ConnectedBalances {
  private readonly byContext = new WeakMap<object, DataLoader<string, ConnectedBalance>>();

  constructor(private readonly stripe: Stripe) {}

  load(context: object, accountId: string): Promise<ConnectedBalance> {
    let loader = this.byContext.get(context);
    if (!loader) {
      loader = new DataLoader((accountIds) => this.readAll(accountIds));
      this.byContext.set(context, loader);
    }
    return loader.load(accountId);
  }

  private async readAll(accountIds: readonly string[]): Promise<Array<ConnectedBalance | Error>> {
    const results: Array<ConnectedBalance | Error> = [];
    for (let start = 0; start < accountIds.length; start += PARALLEL_READS) {
      const batch = accountIds.slice(start, start + PARALLEL_READS).map((accountId) => this.read(accountId).catch((error: Error) => error));
      results.push(...(await Promise.all(batch)));
    }
    return results;
  }

  private async read(accountId: string): Promise<ConnectedBalance> {
    let balance: Stripe.Balance;
    try {
      balance = await this.stripe.balance.retrieve({}, { stripeAccount: accountId });
    } catch (error) {
      throw stripeFailure(error, "read the writer's balance");
    }
    return {
      available: balance.available.map((entry) => money(entry.amount, entry.currency)),
      pending: balance.pending.map((entry) => money(entry.amount, entry.currency)),
    };
  }
}
