import { Ctx, Query, Resolver } from 'type-graphql';
import { requireAdmin } from '../auth/access';
import type { GatewayContext } from '../graphql/context';
import type { BalanceService } from './balance.service';
import { PlatformBalance } from './balance.types';

@Resolver()
export class BalanceResolver {
  constructor(private readonly balance: BalanceService) {}

  @Query(() => PlatformBalance, { description: "The platform's Stripe balance and payout schedule (admins)." })
  platformBalance(@Ctx() context: GatewayContext): Promise<PlatformBalance> {
    requireAdmin(context.viewer);
    return this.balance.platformBalance();
  }
}
