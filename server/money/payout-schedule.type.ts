import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "How Stripe pays the platform's own balance out to its bank account." })
export class PayoutSchedule {
  @Field({ description: 'manual, daily, weekly or monthly.' })
  interval: string;

  @Field(() => Int, { nullable: true, description: 'Days funds are held before a payout.' })
  delayDays: number | null;

  @Field(() => String, { nullable: true, description: 'For weekly payouts: the day of the week.' })
  weeklyAnchor: string | null;

  @Field(() => Int, { nullable: true, description: 'For monthly payouts: the day of the month.' })
  monthlyAnchor: number | null;
}
