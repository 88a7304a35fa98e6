import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { requireTeam } from '../identity/access';
import type { GatewayContext } from '../graphql/context';
import type { BalanceService } from './balance.service';
import { PlatformBalance } from './balance.types';
import { MoneyActivityArgs, MoneyActivityDay, type MoneyActivityService } from './money-activity';

@Resolver()
export class BalanceResolver {
  constructor(
    private readonly balance: BalanceService,
    private readonly activity: MoneyActivityService,
  ) {}

  @Query(() => PlatformBalance, { description: "The platform's Stripe balance and payout schedule (admins)." })
  platformBalance(@Ctx() context: GatewayContext): Promise<PlatformBalance> {
    requireTeam(context.viewer);
    return this.balance.platformBalance();
  }

  @Query(() => [MoneyActivityDay], { description: 'Top-ups and transfers per day in one currency, oldest day first (admins).' })
  moneyActivity(@Args() args: MoneyActivityArgs, @Ctx() context: GatewayContext): Promise<MoneyActivityDay[]> {
    requireTeam(context.viewer);
    return this.activity.daily(args);
  }
}
