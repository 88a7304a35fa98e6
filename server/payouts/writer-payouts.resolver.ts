import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireSeesWriter } from '../identity/access';
import type { GatewayContext } from '../graphql/context';
import type { Connection } from '../graphql/connection';
import { Writer } from '../writers/writer.entity';
import { ConnectedBalance, type ConnectedBalances } from './connected-balance';
import type { Payout } from './payout.entity';
import type { PayoutService } from './payout.service';
import { PayoutConnection, WriterPayoutsArgs } from './payout.types';

/** `Writer.balance` and `Writer.payouts`: what happens to the money after the transfer. */
@Resolver(() => Writer)
export class WriterPayoutsResolver {
  constructor(
    private readonly payoutService: PayoutService,
    private readonly balances: ConnectedBalances,
  ) {}

  @FieldResolver(() => ConnectedBalance, {
    nullable: true,
    description:
      "The writer's Stripe balance, read from Stripe (the writer themself and the team; API keys get FORBIDDEN). Null before their account exists or once it is disconnected.",
  })
  balance(@Root() writer: Writer, @Ctx() context: GatewayContext): Promise<ConnectedBalance> | null {
    requireSeesWriter(context.viewer, writer.id, "Only the writer and the platform team see a writer's Stripe balance.");
    // Read from Stripe, not from our rows: never answered again from the response cache.
    if (context.cacheTicket) context.cacheTicket.readsStripe = true;
    if (!writer.stripeAccountId || writer.deauthorized) return null;
    return this.balances.load(context, writer.stripeAccountId);
  }

  @FieldResolver(() => PayoutConnection, { description: "Payouts of the writer's Stripe balance to their bank, newest first, as Stripe reported them." })
  payouts(@Root() writer: Writer, @Args() args: WriterPayoutsArgs): Promise<Connection<Payout>> {
    return this.payoutService.list({ ...args, writerId: writer.id });
  }
}
