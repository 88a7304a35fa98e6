import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ActorLoaders } from '../audit/actor.loaders';
import { Actor } from '../audit/actor.type';
import type { GatewayContext } from '../graphql/context';
import { TransferReversal } from './transfer-reversal.entity';

/** `TransferReversal.createdBy`, batched with the other actors of the response. */
@Resolver(() => TransferReversal)
export class TransferReversalResolver {
  constructor(private readonly actors: ActorLoaders) {}

  @FieldResolver(() => Actor, { nullable: true, description: 'The admin who asked for the reversal.' })
  createdBy(@Root() reversal: TransferReversal, @Ctx() context: GatewayContext): Promise<Actor | null> {
    return reversal.createdByUserId ? this.actors.for(context).load(reversal.createdByUserId) : Promise.resolve(null);
  }
}
