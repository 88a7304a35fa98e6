import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../audit/actor.type';
import type { GatewayContext } from '../graphql/context';
import type { MoneyLoaders } from './transfer.loaders';
import { TransferReversal } from './transfer-reversal.entity';

/** `TransferReversal.createdBy`, batched with the other actors of the response. */
@Resolver(() => TransferReversal)
export class TransferReversalResolver {
  constructor(private readonly loaders: MoneyLoaders) {}

  @FieldResolver(() => Actor, { nullable: true, description: 'The admin who asked for the reversal.' })
  createdBy(@Root() reversal: TransferReversal, @Ctx() context: GatewayContext): Promise<Actor | null> {
    return reversal.createdByUserId ? this.loaders.for(context).actor.load(reversal.createdByUserId) : Promise.resolve(null);
  }
}
