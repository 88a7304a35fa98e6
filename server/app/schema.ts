import 'reflect-metadata';
import { MoneyActivityResolver } from '../activity/money-activity.resolver';
import { ApiKeysResolver } from '../auth/api-keys.resolver';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType } from 'type-graphql';
import { AuditResolver } from '../audit/audit.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { BalanceResolver } from '../balance/balance.resolver';
import { HeartbeatResolver } from '../health/heartbeat.resolver';
import { ServerInfoResolver } from '../health/server-info.resolver';
import { OAuthResolver } from '../oauth/oauth.resolver';
import { PayoutsResolver } from '../payouts/payouts.resolver';
import { WriterPayoutsResolver } from '../payouts/writer-payouts.resolver';
import { OnboardingResolver } from '../onboarding/onboarding.resolver';
import { PaymentsResolver } from '../payments/payments.resolver';
import { TopUpsResolver } from '../topups/top-ups.resolver';
import { TransfersResolver } from '../transfers/transfers.resolver';
import { WriterTransfersResolver } from '../transfers/writer-transfers.resolver';
import { TransferReversalResolver } from '../transfers/transfer-reversal.resolver';
import { WriterOnboardingLinksResolver } from '../onboarding/writer-onboarding-links.resolver';
import { TeamResolver } from '../team/team.resolver';
import { WritersResolver } from '../writers/writers.resolver';
import { WriterLifecycleResolver } from '../writers/writer-lifecycle.resolver';
import type { GatewayPubSub } from '../pubsub/pubsub';
import { validateArgument } from '../graphql/input-validation';
import { EarningsResolver, WriterEarningsResolver } from '../earnings/earnings.resolver';
import { LedgerResolver } from '../ledger/ledger.resolver';
import { PayoutItemsResolver, WriterPayoutItemsResolver } from '../payout-runs/payout-items.resolver';
import { PayoutRunsResolver } from '../payout-runs/payout-runs.resolver';

export const resolverClasses = [
  HeartbeatResolver,
  ServerInfoResolver,
  AuthResolver,
  WritersResolver,
  OnboardingResolver,
  WriterOnboardingLinksResolver,
  OAuthResolver,
  BalanceResolver,
  MoneyActivityResolver,
  TopUpsResolver,
  TransfersResolver,
  WriterTransfersResolver,
  TransferReversalResolver,
  AuditResolver,
  TeamResolver,
  ApiKeysResolver,
  PaymentsResolver,
  EarningsResolver,
  WriterEarningsResolver,
  LedgerResolver,
  PayoutRunsResolver,
  PayoutItemsResolver,
  WriterPayoutItemsResolver,
  PayoutsResolver,
  WriterPayoutsResolver,
  WriterLifecycleResolver,
] as const;

export interface SchemaOptions {
  container: ContainerType;
  pubSub: GatewayPubSub;
  emitSchemaFile?: string;
}

export function buildGatewaySchema(options: SchemaOptions): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolverClasses] as [Function, ...Function[]],
    container: options.container,
    pubSub: options.pubSub.byName,
    validateFn: validateArgument,
    emitSchemaFile: options.emitSchemaFile ? { path: options.emitSchemaFile, sortedSchema: true } : false,
  });
}
