import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../graphql/context';
import { requireTeam } from '../identity/access';
import { MoneyActivityArgs, MoneyActivityDay, type MoneyActivityService } from './money-activity';

@Resolver()
export class MoneyActivityResolver {
  constructor(private readonly activity: MoneyActivityService) {}

  @Query(() => [MoneyActivityDay], { description: 'Top-ups and transfers per day in one currency, oldest day first (admins).' })
  moneyActivity(@Args() args: MoneyActivityArgs, @Ctx() context: GatewayContext): Promise<MoneyActivityDay[]> {
    requireTeam(context.viewer);
    return this.activity.daily(args);
  }
}
