import { Ctx, Query, Resolver } from 'type-graphql';
import { requireTeam } from '../identity/access';
import type { GatewayContext } from '../graphql/context';
import type { BalanceService } from './balance.service';
import { PlatformBalance } from './balance.types';

@Resolver()
export class BalanceResolver {
  constructor(private readonly balance: BalanceService) {}

  @Query(() => PlatformBalance, { description: "The platform's Stripe balance and payout schedule (admins)." })
  platformBalance(@Ctx() context: GatewayContext): Promise<PlatformBalance> {
    requireTeam(context.viewer);
    return this.balance.platformBalance();
  }
}
