import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../money/money.type';

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

@ObjectType({ description: "The platform's Stripe balance per currency, and what could take funds out of it." })
export class PlatformBalance {
  @Field(() => [Money], { description: 'Can be transferred to writers now.' })
  available: Money[];

  @Field(() => [Money], { description: 'Not yet available (top-ups still settling).' })
  pending: Money[];

  @Field(() => PayoutSchedule, { nullable: true, description: "The platform's own payouts to its bank account; manual keeps added funds for transfers." })
  payoutSchedule: PayoutSchedule | null;

  @Field(() => String, { nullable: true, description: 'Set when the payout schedule is not manual: added funds may be paid out before you transfer them.' })
  warning: string | null;
}
