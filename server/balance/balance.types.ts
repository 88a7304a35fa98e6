import { Field, ObjectType } from 'type-graphql';
import { Money } from '../money/money.type';
import { PayoutSchedule } from '../money/payout-schedule.type';

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
