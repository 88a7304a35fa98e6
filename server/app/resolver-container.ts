import { MoneyActivityResolver } from '../activity/money-activity.resolver';
import { ApiKeysResolver } from '../auth/api-keys.resolver';
import type { ContainerType } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { BalanceResolver } from '../balance/balance.resolver';
import { HeartbeatResolver } from '../health/heartbeat.resolver';
import { type ServerInfo, ServerInfoResolver } from '../health/server-info.resolver';
import { OAuthResolver } from '../oauth/oauth.resolver';
import { PayoutsResolver } from '../payouts/payouts.resolver';
import { WriterPayoutsResolver } from '../payouts/writer-payouts.resolver';
import { OnboardingResolver } from '../onboarding/onboarding.resolver';
import { WriterOnboardingLinksResolver } from '../onboarding/writer-onboarding-links.resolver';
import { PaymentsResolver } from '../payments/payments.resolver';
import type { Services } from './services';
import { TopUpsResolver } from '../topups/top-ups.resolver';
import { TransferReversalResolver } from '../transfers/transfer-reversal.resolver';
import { TransfersResolver } from '../transfers/transfers.resolver';
import { WriterTransfersResolver } from '../transfers/writer-transfers.resolver';
import { TeamResolver } from '../team/team.resolver';
import { WritersResolver } from '../writers/writers.resolver';
import { EarningsResolver, WriterEarningsResolver } from '../earnings/earnings.resolver';
import { LedgerResolver } from '../ledger/ledger.resolver';
import { PayoutItemsResolver, WriterPayoutItemsResolver } from '../payout-runs/payout-items.resolver';
import { PayoutRunsResolver } from '../payout-runs/payout-runs.resolver';
import { WriterLifecycleResolver } from '../writers/writer-lifecycle.resolver';

/** type-graphql asks this container for resolver instances, so services arrive through constructors. */
export function createResolverContainer(services: Services, serverInfo: ServerInfo): ContainerType {
  const instances = new Map<Function, object>([
    [HeartbeatResolver, new HeartbeatResolver()],
    [ServerInfoResolver, new ServerInfoResolver(serverInfo)],
    [AuthResolver, new AuthResolver(services.auth, services.signUps)],
    [WritersResolver, new WritersResolver(services.writers, services.writerQueries)],
    [OnboardingResolver, new OnboardingResolver(services.onboarding)],
    [WriterOnboardingLinksResolver, new WriterOnboardingLinksResolver(services.onboarding)],
    [OAuthResolver, new OAuthResolver(services.oauth.links, services.oauth.disconnection)],
    [BalanceResolver, new BalanceResolver(services.money.balance)],
    [MoneyActivityResolver, new MoneyActivityResolver(services.money.activity)],
    [TopUpsResolver, new TopUpsResolver(services.money.topUps, services.actors)],
    [TransfersResolver, new TransfersResolver(services.money.transfers, services.money.loaders, services.actors)],
    [WriterTransfersResolver, new WriterTransfersResolver(services.money.loaders)],
    [TransferReversalResolver, new TransferReversalResolver(services.actors)],
    [AuditResolver, new AuditResolver(services.money.audit, services.actors)],
    [TeamResolver, new TeamResolver(services.team)],
    [ApiKeysResolver, new ApiKeysResolver(services.apiKeys)],
    [PaymentsResolver, new PaymentsResolver(services.payments.checkout, services.payments.payments, services.payments.refunds, services.payments.loaders)],
    [EarningsResolver, new EarningsResolver(services.earnings)],
    [WriterEarningsResolver, new WriterEarningsResolver(services.earnings, services.ledger)],
    [LedgerResolver, new LedgerResolver(services.ledger)],
    [PayoutRunsResolver, new PayoutRunsResolver(services.payoutRuns.runs, services.actors)],
    [PayoutItemsResolver, new PayoutItemsResolver(services.money.loaders, services.payoutRuns.runs)],
    [WriterPayoutItemsResolver, new WriterPayoutItemsResolver(services.payoutRuns.runs)],
    [PayoutsResolver, new PayoutsResolver(services.payouts.payouts, services.payouts.schedules, services.money.loaders)],
    [WriterLifecycleResolver, new WriterLifecycleResolver()],
    [WriterPayoutsResolver, new WriterPayoutsResolver(services.payouts.payouts, services.payouts.balances)],
  ]);
  return {
    get(resolverClass) {
      const instance = instances.get(resolverClass);
      if (!instance) throw new Error(`No instance registered for ${resolverClass.name}`);
      return instance;
    },
  };
}
