import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsCurrencyCode } from '../money/currency';
import { MAX_DESCRIPTION_LENGTH, MAX_STATEMENT_DESCRIPTOR_LENGTH, MAX_TOP_UP_AMOUNT_MINOR } from '../money/money-limits';
import { ConnectionType } from '../graphql/connection';
import { Trimmed } from '../graphql/input-validation';
import { IsIdempotencyKey } from '../money/idempotency-key';
import { TopUpStatus } from './top-up-status';
import { TopUp } from './top-up.entity';
import { PAGE_SIZE_DESCRIPTION } from '../graphql/query-cost';

export const TopUpConnection = ConnectionType(TopUp, 'TopUp');

@InputType({ description: 'Adds funds to the platform balance from its bank account.' })
export class CreateTopUpInput {
  @Field(() => Int, { description: `In minor units, 1 to ${MAX_TOP_UP_AMOUNT_MINOR}.` })
  @IsInt({ message: 'amount must be a whole number of minor units' })
  @Min(1, { message: 'amount must be at least 1' })
  @Max(MAX_TOP_UP_AMOUNT_MINOR, { message: `amount must be at most ${MAX_TOP_UP_AMOUNT_MINOR}` })
  amount: number;

  @Field({ description: 'ISO 4217 code, e.g. usd.' })
  @IsCurrencyCode()
  currency: string;

  @Field(() => String, { nullable: true, description: `A note kept with the top-up and sent to Stripe (up to ${MAX_DESCRIPTION_LENGTH} characters).` })
  @Trimmed()
  @IsOptional()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string | null;

  @Field(() => String, { nullable: true, description: `Shown on the bank statement, up to ${MAX_STATEMENT_DESCRIPTOR_LENGTH} characters (default "Top-up").` })
  @Trimmed()
  @IsOptional()
  @MaxLength(MAX_STATEMENT_DESCRIPTOR_LENGTH, { message: `statementDescriptor must be at most ${MAX_STATEMENT_DESCRIPTOR_LENGTH} characters` })
  @Matches(/^[^<>\\'"*]*$/, { message: 'statementDescriptor cannot contain < > \\ \' " or *' })
  statementDescriptor?: string | null;

  @Field({ description: 'Your unique key for this request: a retry with the same key and input returns the same top-up.' })
  @IsIdempotencyKey()
  idempotencyKey: string;

  @Field(() => String, {
    nullable: true,
    description: "The bank source to debit (a test bank token such as btok_us_verified in test mode); default: the platform's bank account.",
  })
  @IsOptional()
  @Matches(/^(btok|src|ba)_[A-Za-z0-9_]+$/, { message: 'source must be a bank source id or test bank token' })
  source?: string | null;
}

@ArgsType()
export class TopUpsFilter {
  @Field(() => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => TopUpStatus, { nullable: true })
  status?: TopUpStatus;
}
