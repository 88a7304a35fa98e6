import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { Money } from '../money/money.type';
import { LedgerAccount } from './ledger-account';

@ObjectType({ description: "A ledger account's balance in one currency, summed over every writer for the per-writer accounts." })
export class LedgerBalance {
  @Field(() => LedgerAccount)
  account: LedgerAccount;

  @Field()
  currency: string;

  @Field(() => Money, { description: 'Debits minus credits: the balances of one currency sum to zero.' })
  balance: Money;
}

@ArgsType()
export class LedgerBalancesArgs {
  @Field(() => String, { nullable: true, description: 'Only this currency.' })
  currency?: string;

  @Field(() => ID, { nullable: true, description: "Only this writer's accounts." })
  writerId?: string;
}
