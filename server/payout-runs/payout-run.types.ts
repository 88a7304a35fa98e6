import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsCurrencyCode } from '../money/currency';
import { MAX_TRANSFER_AMOUNT_MINOR } from '../money/money-limits';
import { Money } from '../money/money.type';
import { ConnectionType } from '../graphql/connection';
import { Trimmed } from '../graphql/input-validation';
import { PAGE_SIZE_DESCRIPTION } from '../graphql/query-cost';
import { PayoutItem } from './payout-item.entity';
import { PayoutItemStatus, PayoutRunStatus } from './payout-run-status';
import { PayoutRun } from './payout-run.entity';

export const PayoutRunConnection = ConnectionType(PayoutRun, 'PayoutRun');
export const PayoutItemConnection = ConnectionType(PayoutItem, 'PayoutItem');

@InputType({ description: 'Drafts a run paying every writer owed at least minimumAmount in currency.' })
export class CreatePayoutRunInput {
  @Field()
  @IsCurrencyCode()
  currency: string;

  @Field(() => Int, { description: 'In minor units: writers owed less wait for a later run.' })
  @IsInt({ message: 'minimumAmount must be a whole number of minor units' })
  @Min(1, { message: 'minimumAmount must be at least 1' })
  @Max(MAX_TRANSFER_AMOUNT_MINOR, { message: `minimumAmount must be at most ${MAX_TRANSFER_AMOUNT_MINOR}` })
  minimumAmount: number;

  @Field(() => String, { nullable: true, description: 'Sent to Stripe with every transfer of the run.' })
  @Trimmed()
  @IsOptional()
  @MaxLength(200)
  description?: string | null;
}

@ArgsType()
export class PayoutRunsArgs {
  @Field(() => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => PayoutRunStatus, { nullable: true })
  status?: PayoutRunStatus;
}

@ArgsType()
export class PayoutItemsArgs {
  @Field(() => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => PayoutItemStatus, { nullable: true })
  status?: PayoutItemStatus;
}

@ObjectType({ description: 'Where an executing run stands.' })
export class PayoutRunProgress {
  @Field(() => ID)
  runId: string;

  @Field(() => PayoutRunStatus)
  status: PayoutRunStatus;

  @Field(() => Int, { description: 'Items PAID or FAILED.' })
  itemsDone: number;

  @Field(() => Int, { description: 'Items to send (HELD ones not counted).' })
  itemsTotal: number;

  @Field(() => Int)
  itemsFailed: number;

  @Field(() => Money, { description: 'The sum of the PAID items.' })
  amountSent: Money;
}
