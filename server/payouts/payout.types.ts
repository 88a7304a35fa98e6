import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ConnectionType } from '../graphql/connection';
import { PAGE_SIZE_DESCRIPTION } from '../graphql/query-cost';
import { PayoutStatus } from './payout-status';
import { Payout } from './payout.entity';

export const PayoutConnection = ConnectionType(Payout, 'Payout');

@ArgsType()
export class WriterPayoutsArgs {
  @Field(() => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => PayoutStatus, { nullable: true })
  status?: PayoutStatus;
}

@ArgsType()
export class PayoutsArgs extends WriterPayoutsArgs {
  @Field(() => ID, { nullable: true, description: "One writer's payouts." })
  writerId?: string;
}
