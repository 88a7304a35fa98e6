import { pipe } from '@graphql-yoga/subscription';
import { filter } from '../pubsub/pubsub';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { requireMoneyAdmin, requireTeam } from '../identity/access';
import type { ActorLoaders } from '../audit/actor.loaders';
import { Actor } from '../audit/actor.type';
import type { GatewayContext } from '../graphql/context';
import type { Connection } from '../graphql/connection';
import { progressView } from './payout-run-progress';
import { PayoutRun } from './payout-run.entity';
import type { PayoutRunService } from './payout-runs.service';
import type { PayoutItem } from './payout-item.entity';
import { CreatePayoutRunInput, PayoutItemConnection, PayoutItemsArgs, PayoutRunConnection, PayoutRunProgress, PayoutRunsArgs } from './payout-run.types';
import { type PayoutRunProgressEvent, PayoutRunProgressed } from './payout-run.topics';

function subscribeToProgress({ args, context }: SubscribeResolverData<unknown, { runId?: string | null }, GatewayContext>) {
  requireTeam(context.viewer);
  return pipe(
    context.pubSub.subscribe(PayoutRunProgressed),
    filter((progress: PayoutRunProgressEvent) => !args.runId || progress.runId === args.runId),
  );
}

const MONEY_ACTION = 'Payout runs';

/** Payout runs: the team reads them; Admin and Finance members with two-factor act on them. */
@Resolver(() => PayoutRun)
export class PayoutRunsResolver {
  constructor(
    private readonly runs: PayoutRunService,
    private readonly actors: ActorLoaders,
  ) {}

  @Query(() => PayoutRunConnection, { description: 'Payout runs, newest first (the team).' })
  payoutRuns(@Args() args: PayoutRunsArgs, @Ctx() context: GatewayContext): Promise<Connection<PayoutRun>> {
    requireTeam(context.viewer);
    return this.runs.list(args);
  }

  @Query(() => PayoutRun, { description: 'One payout run (the team).' })
  payoutRun(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<PayoutRun> {
    requireTeam(context.viewer);
    return this.runs.byId(id);
  }

  @Mutation(() => PayoutRun, {
    description:
      'Drafts a run: an item per writer owed at least the minimum; writers who cannot receive transfers are HELD with the reason; the shortfall says what to top up.',
  })
  createPayoutRun(@Arg('input') input: CreatePayoutRunInput, @Ctx() context: GatewayContext): Promise<PayoutRun> {
    return this.runs.create(input, requireMoneyAdmin(context.viewer, MONEY_ACTION));
  }

  @Mutation(() => PayoutRun, { description: 'Approves a draft; only a team member other than its creator may.' })
  approvePayoutRun(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<PayoutRun> {
    return this.runs.approve(id, requireMoneyAdmin(context.viewer, MONEY_ACTION));
  }

  @Mutation(() => PayoutRun, { description: 'Starts sending an approved run; every instance helps and a crash resumes where it stopped.' })
  executePayoutRun(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<PayoutRun> {
    return this.runs.execute(id, requireMoneyAdmin(context.viewer, MONEY_ACTION));
  }

  @Mutation(() => PayoutRun, { description: 'Cancels a draft or approved run; nothing was sent.' })
  cancelPayoutRun(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<PayoutRun> {
    return this.runs.cancel(id, requireMoneyAdmin(context.viewer, MONEY_ACTION));
  }

  @Mutation(() => PayoutRun, { description: 'Sends the failed items of a run completed with failures again.' })
  retryPayoutRunItems(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<PayoutRun> {
    return this.runs.retry(id, requireMoneyAdmin(context.viewer, MONEY_ACTION));
  }

  @Subscription(() => PayoutRunProgress, {
    subscribe: subscribeToProgress,
    description: 'A run was drafted, approved, canceled or moved on while executing (the team): one run, or every run when runId is omitted.',
  })
  payoutRunProgress(@Arg('runId', () => ID, { nullable: true }) _runId: string | null, @Root() progress: PayoutRunProgressEvent): PayoutRunProgress {
    return progressView(progress);
  }

  @FieldResolver(() => PayoutItemConnection, { description: 'Its items, newest first; filter by status.' })
  items(@Root() run: PayoutRun, @Args() args: PayoutItemsArgs): Promise<Connection<PayoutItem>> {
    return this.runs.items({ ...args, runId: run.id });
  }

  @FieldResolver(() => PayoutRunProgress, { description: 'Items done, failed and the amount sent so far.' })
  async progress(@Root() run: PayoutRun): Promise<PayoutRunProgress> {
    return progressView(await this.runs.progress(run));
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'Who drafted it.' })
  createdBy(@Root() run: PayoutRun, @Ctx() context: GatewayContext): Promise<Actor | null> {
    return this.actors.for(context).load(run.createdByUserId);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'Who approved it (never its creator).' })
  async approvedBy(@Root() run: PayoutRun, @Ctx() context: GatewayContext): Promise<Actor | null> {
    return run.approvedByUserId ? this.actors.for(context).load(run.approvedByUserId) : null;
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'Who started sending it.' })
  async executedBy(@Root() run: PayoutRun, @Ctx() context: GatewayContext): Promise<Actor | null> {
    return run.executedByUserId ? this.actors.for(context).load(run.executedByUserId) : null;
  }
}
