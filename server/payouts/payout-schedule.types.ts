import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: "A writer's payout schedule, checked as Stripe checks settings.payouts.schedule." })
export class UpdatePayoutScheduleInput {
  @Field(() => ID)
  writerId: string;

  @Field({ description: 'manual, daily, weekly or monthly.' })
  interval: string;

  @Field(() => Int, { nullable: true, description: 'Days funds wait after becoming available, 2 to 31; leave out for the shortest Stripe allows.' })
  delayDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Weekly payouts only (and required for them): monday to sunday.' })
  weeklyAnchor?: string | null;

  @Field(() => Int, { nullable: true, description: 'Monthly payouts only (and required for them): the day of the month, 1 to 31.' })
  monthlyAnchor?: number | null;
}
