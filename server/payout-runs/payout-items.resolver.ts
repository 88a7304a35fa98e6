import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../graphql/context';
import type { Connection } from '../graphql/connection';
import type { MoneyLoaders } from '../transfers/transfer.loaders';
import { Transfer } from '../transfers/transfer.entity';
import { Writer } from '../writers/writer.entity';
import { PayoutItem } from './payout-item.entity';
import { PayoutItemConnection, PayoutItemsArgs } from './payout-run.types';
import type { PayoutRunService } from './payout-runs.service';

@Resolver(() => PayoutItem)
export class PayoutItemsResolver {
  constructor(
    private readonly loaders: MoneyLoaders,
    private readonly runs: PayoutRunService,
  ) {}

  @FieldResolver(() => Writer)
  async writer(@Root() item: PayoutItem, @Ctx() context: GatewayContext): Promise<Writer> {
    return (await this.loaders.for(context).writer.load(item.writerId))!;
  }

  @FieldResolver(() => Transfer, { nullable: true, description: 'The transfer that pays it, once written.' })
  transfer(@Root() item: PayoutItem): Promise<Transfer | null> | null {
    return item.transferId ? this.runs.transferOf(item.transferId) : null;
  }
}

/** `Writer.payoutItems`: whoever may read the writer sees their items in every run. */
@Resolver(() => Writer)
export class WriterPayoutItemsResolver {
  constructor(private readonly runs: PayoutRunService) {}

  @FieldResolver(() => PayoutItemConnection, { description: "The writer's items in payout runs, newest first." })
  payoutItems(@Root() writer: Writer, @Args() args: PayoutItemsArgs): Promise<Connection<PayoutItem>> {
    return this.runs.items({ ...args, writerId: writer.id });
  }
}
