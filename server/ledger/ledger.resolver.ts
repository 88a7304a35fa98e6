import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { requireTeam } from '../identity/access';
import { money } from '../money/money.type';
import type { GatewayContext } from '../graphql/context';
import type { LedgerService } from './ledger.service';
import { LedgerBalance, LedgerBalancesArgs } from './ledger.types';

@Resolver()
export class LedgerResolver {
  constructor(private readonly ledger: LedgerService) {}

  @Query(() => [LedgerBalance], { description: "Every ledger account's balance per currency (the team). Each currency's balances sum to zero." })
  async ledgerBalances(@Args() args: LedgerBalancesArgs, @Ctx() context: GatewayContext): Promise<LedgerBalance[]> {
    requireTeam(context.viewer);
    const balances = await this.ledger.balances({ currency: args.currency?.toLowerCase(), writerId: args.writerId });
    return balances.map((row) => ({ account: row.account, currency: row.currency, balance: money(row.balanceMinor, row.currency) }));
  }
}
