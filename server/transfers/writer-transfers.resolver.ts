import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../graphql/context';
import type { Connection } from '../graphql/connection';
import { Writer } from '../writers/writer.entity';
import type { MoneyLoaders } from './transfer.loaders';
import type { Transfer } from './transfer.entity';
import { TransferConnection, WriterTransfersArgs } from './transfer.types';

/** `Writer.transfers`: whoever may see the writer may see their transfers. Batched per request. */
@Resolver(() => Writer)
export class WriterTransfersResolver {
  constructor(private readonly loaders: MoneyLoaders) {}

  @FieldResolver(() => TransferConnection, { description: "The writer's transfers, newest first." })
  transfers(@Root() writer: Writer, @Args() args: WriterTransfersArgs, @Ctx() context: GatewayContext): Promise<Connection<Transfer>> {
    return this.loaders.for(context).writerTransfers.load({ writerId: writer.id, first: args.first, after: args.after, status: args.status });
  }
}
