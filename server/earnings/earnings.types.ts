import { IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsCurrencyCode } from '../money/currency';
import { MAX_TRANSFER_AMOUNT_MINOR } from '../money/money-limits';
import { Money } from '../money/money.type';
import { ConnectionType } from '../graphql/connection';
import { Trimmed } from '../graphql/input-validation';
import { PAGE_SIZE_DESCRIPTION } from '../graphql/query-cost';
import { Earning } from './earning.entity';

export const EarningConnection = ConnectionType(Earning, 'Earning');

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Records what a writer earned for a period; the same reference is recorded once.' })
export class RecordEarningsInput {
  @Field(() => ID)
  @Length(1, 36)
  writerId: string;

  @Field(() => Int, { description: 'The writer’s earning in minor units (after the revenue share).' })
  @IsInt({ message: 'amount must be a whole number of minor units' })
  @Min(1, { message: 'amount must be at least 1' })
  @Max(MAX_TRANSFER_AMOUNT_MINOR, { message: `amount must be at most ${MAX_TRANSFER_AMOUNT_MINOR}` })
  amount: number;

  @Field()
  @IsCurrencyCode()
  currency: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'periodStart must be a date written YYYY-MM-DD' })
  periodStart: string;

  @Field({ description: 'YYYY-MM-DD, not before periodStart' })
  @Matches(DATE, { message: 'periodEnd must be a date written YYYY-MM-DD' })
  periodEnd: string;

  @Field({ description: 'Your unique reference for this earning (up to 120 characters).' })
  @Trimmed()
  @Length(1, 120)
  reference: string;

  @Field(() => String, { nullable: true })
  @Trimmed()
  @IsOptional()
  @MaxLength(200)
  description?: string | null;
}

@InputType({ description: 'A CSV of earnings: columns writer, amount or revenue, currency, period_start, period_end, reference (and optionally description).' })
export class ImportEarningsInput {
  @Field({ description: 'The file’s text, at most about 90 kB per request (split larger files).' })
  @MaxLength(95_000, { message: 'csv is larger than 95,000 characters: split the file' })
  csv: string;

  @Field({ description: 'Check every row and report, writing nothing.' })
  dryRun: boolean;
}

@ObjectType({ description: 'A row of an import that was refused, and why.' })
export class EarningsImportRejection {
  @Field(() => Int, { description: 'The line in the file; the header is row 1.' })
  row: number;

  @Field()
  reason: string;
}

@ObjectType({ description: 'What an import did, or (dry run) would do.' })
export class EarningsImport {
  @Field(() => ID, { description: 'The import’s id (a dry run’s is never stored).' })
  id: string;

  @Field()
  dryRun: boolean;

  @Field(() => Int, { description: 'Data rows in the file.' })
  rowsTotal: number;

  @Field(() => Int, { description: 'Rows recorded (or, in a dry run, that would be).' })
  rowsAccepted: number;

  @Field(() => Int, { description: 'Rows whose reference was recorded before with the same values: skipped.' })
  rowsAlreadyRecorded: number;

  @Field(() => Money, { nullable: true, description: 'The sum of the accepted rows; null when none is.' })
  totalAmount: Money | null;

  @Field(() => [EarningsImportRejection], { description: 'Every refused row; when any is, nothing was written.' })
  rejected: EarningsImportRejection[];
}

@ArgsType()
export class WriterEarningsArgs {
  @Field(() => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}
