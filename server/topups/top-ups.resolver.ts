import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { requireTeam, requireMoneyAdmin } from '../identity/access';
import type { ActorLoaders } from '../audit/actor.loaders';
import { Actor } from '../audit/actor.type';
import type { GatewayContext } from '../graphql/context';
import type { Connection } from '../graphql/connection';
import { TopUp } from './top-up.entity';
import type { TopUpService } from './top-up.service';
import { CreateTopUpInput, TopUpConnection, TopUpsFilter } from './top-up.types';
import { TopUpUpdated } from './top-up.topics';

function subscribeToTopUps({ context }: SubscribeResolverData<unknown, object, GatewayContext>) {
  requireTeam(context.viewer);
  return context.pubSub.subscribe(TopUpUpdated);
}

@Resolver(() => TopUp)
export class TopUpsResolver {
  constructor(
    private readonly topUpService: TopUpService,
    private readonly actors: ActorLoaders,
  ) {}

  @Query(() => TopUpConnection, { description: 'Top-ups, newest first (admins).' })
  topUps(@Args() filter: TopUpsFilter, @Ctx() context: GatewayContext): Promise<Connection<TopUp>> {
    requireTeam(context.viewer);
    return this.topUpService.list(filter);
  }

  @Mutation(() => TopUp, { description: 'Adds funds to the platform balance from its bank account (admins with two-factor). PENDING until Stripe settles it.' })
  createTopUp(@Arg('input') input: CreateTopUpInput, @Ctx() context: GatewayContext): Promise<TopUp> {
    return this.topUpService.create(input, requireMoneyAdmin(context.viewer));
  }

  @Mutation(() => TopUp, { description: 'Cancels a top-up that has not settled yet (admins with two-factor).' })
  cancelTopUp(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<TopUp> {
    return this.topUpService.cancel(id, requireMoneyAdmin(context.viewer));
  }

  @Subscription(() => TopUp, { subscribe: subscribeToTopUps, description: 'A top-up was created or changed status (admins).' })
  topUpUpdated(@Root() topUp: TopUp): TopUp {
    return topUp;
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The admin who asked for it.' })
  createdBy(@Root() topUp: TopUp, @Ctx() context: GatewayContext): Promise<Actor | null> {
    return this.actors.for(context).load(topUp.createdByUserId);
  }
}
