import { IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsCurrencyCode } from '../money/currency';
import { MAX_DESCRIPTION_LENGTH, MAX_TRANSFER_AMOUNT_MINOR } from '../money/money-limits';
import { ConnectionType } from '../graphql/connection';
import { Trimmed } from '../graphql/input-validation';
import { IsIdempotencyKey } from '../money/idempotency-key';
import { TransferStatus } from './transfer-status';
import { Transfer } from './transfer.entity';
import { PAGE_SIZE_DESCRIPTION } from '../graphql/query-cost';

export const TransferConnection = ConnectionType(Transfer, 'Transfer');

@InputType({ description: "Sends money from the platform's available balance to a writer." })
export class CreateTransferInput {
  @Field(() => ID)
  @Length(1, 36)
  writerId: string;

  @Field(() => Int, { description: `In minor units, 1 to ${MAX_TRANSFER_AMOUNT_MINOR}.` })
  @IsInt({ message: 'amount must be a whole number of minor units' })
  @Min(1, { message: 'amount must be at least 1' })
  @Max(MAX_TRANSFER_AMOUNT_MINOR, { message: `amount must be at most ${MAX_TRANSFER_AMOUNT_MINOR}` })
  amount: number;

  @Field({ description: 'ISO 4217 code, e.g. usd; the platform must hold funds in it.' })
  @IsCurrencyCode()
  currency: string;

  @Field(() => String, { nullable: true, description: `A note kept with the transfer and sent to Stripe (up to ${MAX_DESCRIPTION_LENGTH} characters).` })
  @Trimmed()
  @IsOptional()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string | null;

  @Field({ description: 'Your unique key for this payment: a retry with the same key and input returns the same transfer and never pays twice.' })
  @IsIdempotencyKey()
  idempotencyKey: string;
}

@InputType({ description: 'Takes back part or all of a paid transfer.' })
export class ReverseTransferInput {
  @Field(() => ID)
  @Length(1, 36)
  transferId: string;

  @Field(() => Int, { nullable: true, description: 'In minor units; omit to reverse everything not yet reversed.' })
  @IsOptional()
  @IsInt({ message: 'amount must be a whole number of minor units' })
  @Min(1, { message: 'amount must be at least 1' })
  @Max(MAX_TRANSFER_AMOUNT_MINOR, { message: `amount must be at most ${MAX_TRANSFER_AMOUNT_MINOR}` })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'Why, for the audit trail and Stripe.' })
  @Trimmed()
  @IsOptional()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'Optional: a retry with the same key and input reverses once.' })
  @IsOptional()
  @IsIdempotencyKey()
  idempotencyKey?: string | null;
}

@ArgsType()
export class TransfersFilter {
  @Field(() => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => ID, { nullable: true, description: 'Only this writer (writers: only themself).' })
  writerId?: string;

  @Field(() => TransferStatus, { nullable: true })
  status?: TransferStatus;
}

@ArgsType()
export class WriterTransfersArgs {
  @Field(() => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => TransferStatus, { nullable: true })
  status?: TransferStatus;
}
