import { pipe } from '@graphql-yoga/subscription';
import { filter } from '../pubsub/pubsub';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { requireMoneyAdmin, requireViewer, visibleWriterId } from '../identity/access';
import type { ActorLoaders } from '../audit/actor.loaders';
import { Actor } from '../audit/actor.type';
import type { GatewayContext } from '../graphql/context';
import type { Connection } from '../graphql/connection';
import { Writer } from '../writers/writer.entity';
import type { MoneyLoaders } from './transfer.loaders';
import { TransferReversal } from './transfer-reversal.entity';
import { Transfer } from './transfer.entity';
import type { TransferService } from './transfer.service';
import { CreateTransferInput, ReverseTransferInput, TransferConnection, TransfersFilter } from './transfer.types';
import { TransferUpdated } from './transfer.topics';

/** Admins follow one writer or all; a writer only themself. Checked when subscribing. */
function subscribeToTransfers({ args, context }: SubscribeResolverData<unknown, { writerId?: string | null }, GatewayContext>) {
  const writerId = visibleWriterId(requireViewer(context.viewer), args.writerId, 'Writers can only follow their own transfers.');
  return pipe(
    context.pubSub.subscribe(TransferUpdated),
    filter((transfer: Transfer) => !writerId || transfer.writerId === writerId),
  );
}

@Resolver(() => Transfer)
export class TransfersResolver {
  constructor(
    private readonly transferService: TransferService,
    private readonly loaders: MoneyLoaders,
    private readonly actors: ActorLoaders,
  ) {}

  @Query(() => TransferConnection, { description: 'Transfers, newest first. Admins: all or one writer; writers: their own.' })
  transfers(@Args() filter: TransfersFilter, @Ctx() context: GatewayContext): Promise<Connection<Transfer>> {
    return this.transferService.list(filter, requireViewer(context.viewer));
  }

  @Query(() => Transfer, { description: 'One transfer; writers may read only their own.' })
  transfer(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<Transfer> {
    return this.transferService.readable(id, requireViewer(context.viewer));
  }

  @Mutation(() => Transfer, {
    description: 'Pays a writer from the available balance (admins with two-factor). Exactly once per idempotencyKey; PENDING while Stripe has not confirmed.',
  })
  createTransfer(@Arg('input') input: CreateTransferInput, @Ctx() context: GatewayContext): Promise<Transfer> {
    return this.transferService.create(input, requireMoneyAdmin(context.viewer));
  }

  @Mutation(() => Transfer, { description: 'Takes back part or all of a paid transfer (admins with two-factor).' })
  reverseTransfer(@Arg('input') input: ReverseTransferInput, @Ctx() context: GatewayContext): Promise<Transfer> {
    return this.transferService.reverse(input, requireMoneyAdmin(context.viewer));
  }

  @Subscription(() => Transfer, {
    subscribe: subscribeToTransfers,
    description: 'A transfer was created or changed. Admins: one writer or all (omit writerId); writers: their own.',
  })
  transferUpdated(@Arg('writerId', () => ID, { nullable: true }) _writerId: string | null, @Root() transfer: Transfer): Transfer {
    return transfer;
  }

  @FieldResolver(() => Writer)
  async writer(@Root() transfer: Transfer, @Ctx() context: GatewayContext): Promise<Writer> {
    return (await this.loaders.for(context).writer.load(transfer.writerId))!;
  }

  @FieldResolver(() => [TransferReversal], { description: 'Oldest first; counted as 10 in the query cost.' })
  reversals(@Root() transfer: Transfer, @Ctx() context: GatewayContext): Promise<TransferReversal[]> {
    return this.loaders.for(context).reversals.load(transfer.id);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The admin who sent it.' })
  createdBy(@Root() transfer: Transfer, @Ctx() context: GatewayContext): Promise<Actor | null> {
    return this.actors.for(context).load(transfer.createdByUserId);
  }
}
