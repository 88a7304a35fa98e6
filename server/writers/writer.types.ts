import { IsEmail, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../graphql/connection';
import { Trimmed } from '../graphql/input-validation';
import { OnboardingStatus } from './onboarding-status';
import { Writer } from './writer.entity';
import { PAGE_SIZE_DESCRIPTION } from '../graphql/query-cost';

export const WriterConnection = ConnectionType(Writer, 'Writer');

@ArgsType()
export class WritersFilter {
  @Field(() => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => OnboardingStatus, { nullable: true })
  status?: OnboardingStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Matches part of the name, email or Stripe account id, in any case (as typed: % and _ are no wildcards).',
  })
  @Trimmed()
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class CreateWriterInput {
  @Field()
  @Trimmed()
  @IsEmail({}, { message: 'email must be a valid email address' })
  email: string;

  @Field()
  @Trimmed()
  @Length(1, 120, { message: 'displayName must be 1 to 120 characters' })
  displayName: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  @Trimmed()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO 3166-1 code' })
  country: string;
}

@ObjectType()
export class WriterStatusCount {
  @Field(() => OnboardingStatus)
  status: OnboardingStatus;

  @Field(() => Int)
  count: number;
}
