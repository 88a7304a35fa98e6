import { Field, Int, ObjectType } from 'type-graphql';
import { formatMinorUnits } from './currency';

@ObjectType({ description: 'An amount of money in the minor unit of its currency (cents for usd, yen for jpy).' })
export class Money {
  @Field(() => Int, { name: 'amount', description: 'In minor units: 1234 is $12.34 in usd.' })
  amountMinor: number;

  @Field({ description: 'Lowercase ISO 4217 code, as Stripe writes it.' })
  currency: string;

  @Field({ description: 'For display, e.g. "$12.34".' })
  formatted: string;
}

export function money(amountMinor: number, currency: string): Money {
  return { amountMinor, currency, formatted: formatMinorUnits(amountMinor, currency) };
}

/** Money as clients see it (`amount`, not `amountMinor`), for error extensions. */
export function moneyJson(amountMinor: number, currency: string) {
  return { amount: amountMinor, currency, formatted: formatMinorUnits(amountMinor, currency) };
}
