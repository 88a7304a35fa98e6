import { pipe } from '@graphql-yoga/subscription';
import { filter } from '../pubsub/pubsub';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { requireMoneyAdmin, requireSeesWriter, requireTeam, requireViewer } from '../identity/access';
import type { GatewayContext } from '../graphql/context';
import type { Connection } from '../graphql/connection';
import type { MoneyLoaders } from '../transfers/transfer.loaders';
import { Writer } from '../writers/writer.entity';
import type { PayoutScheduleService } from './payout-schedule.service';
import { UpdatePayoutScheduleInput } from './payout-schedule.types';
import { Payout } from './payout.entity';
import type { PayoutService } from './payout.service';
import { PayoutConnection, PayoutsArgs } from './payout.types';
import { PayoutUpdated } from './payout.topics';

/** The writer themself or the team, for one writer; checked when subscribing. */
function subscribeToPayouts({ args, context }: SubscribeResolverData<unknown, { writerId: string }, GatewayContext>) {
  requireSeesWriter(requireViewer(context.viewer), args.writerId, 'Writers can only follow their own payouts.');
  return pipe(
    context.pubSub.subscribe(PayoutUpdated),
    filter((payout: Payout) => payout.writerId === args.writerId),
  );
}

@Resolver(() => Payout)
export class PayoutsResolver {
  constructor(
    private readonly payoutService: PayoutService,
    private readonly schedules: PayoutScheduleService,
    private readonly loaders: MoneyLoaders,
  ) {}

  @Query(() => PayoutConnection, { description: "Writers' payouts to their banks, newest first (the team): e.g. status FAILED for the ones to follow up." })
  payouts(@Args() args: PayoutsArgs, @Ctx() context: GatewayContext): Promise<Connection<Payout>> {
    requireTeam(context.viewer);
    return this.payoutService.list(args);
  }

  @Mutation(() => Writer, {
    description: "Changes how Stripe pays a writer's balance out to their bank (Admin or Finance with two-factor); checked as Stripe checks it, audited.",
  })
  updatePayoutSchedule(@Arg('input') input: UpdatePayoutScheduleInput, @Ctx() context: GatewayContext): Promise<Writer> {
    return this.schedules.update(input, requireMoneyAdmin(context.viewer, 'Changing a payout schedule'));
  }

  @Subscription(() => Payout, {
    subscribe: subscribeToPayouts,
    description: "A payout of the writer's balance was made or changed status (the writer themself or the team).",
  })
  payoutUpdated(@Arg('writerId', () => ID) _writerId: string, @Root() payout: Payout): Payout {
    return payout;
  }

  @FieldResolver(() => Writer, { description: 'The writer whose balance was paid out.' })
  async writer(@Root() payout: Payout, @Ctx() context: GatewayContext): Promise<Writer> {
    return (await this.loaders.for(context).writer.load(payout.writerId))!;
  }
}
