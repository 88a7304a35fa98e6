import { Arg, Args, Ctx, FieldResolver, Float, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireScopeOr, requireTeamEditor, requireTeamOrScope } from '../identity/access';
import { ApiKeyScope } from '../identity/api-key-scope';
import type { Viewer } from '../identity/viewer';
import { Money, money } from '../money/money.type';
import type { GatewayContext } from '../graphql/context';
import type { Connection } from '../graphql/connection';
import type { LedgerService } from '../ledger/ledger.service';
import { Writer } from '../writers/writer.entity';
import { Earning } from './earning.entity';
import type { EarningsService } from './earnings.service';
import { EarningConnection, EarningsImport, ImportEarningsInput, RecordEarningsInput, WriterEarningsArgs } from './earnings.types';

/** The platform's backend (an API key with EARNINGS_WRITE) or an Admin or Finance member. */
const requireEarningsWriter = (viewer: Viewer | null): Viewer =>
  requireScopeOr(viewer, ApiKeyScope.EARNINGS_WRITE, (person) => requireTeamEditor(person, 'Recording earnings'));

@Resolver()
export class EarningsResolver {
  constructor(private readonly earnings: EarningsService) {}

  @Query(() => Float, {
    description:
      "The writer's share of a revenue row in percent (REVENUE_SHARE_PERCENT), rounded down to the minor unit; an amount row is recorded as it is (the team, or an API key with EARNINGS_WRITE).",
  })
  revenueSharePercent(@Ctx() context: GatewayContext): number {
    requireTeamOrScope(context.viewer, ApiKeyScope.EARNINGS_WRITE);
    return this.earnings.revenueSharePercent;
  }

  @Mutation(() => Earning, {
    description:
      "Records a writer's earning and credits their payable balance; the same reference is recorded once (API key with EARNINGS_WRITE, or Admin/Finance).",
  })
  recordEarnings(@Arg('input') input: RecordEarningsInput, @Ctx() context: GatewayContext): Promise<Earning> {
    return this.earnings.record(input, requireEarningsWriter(context.viewer));
  }

  @Mutation(() => EarningsImport, {
    description:
      'Imports a CSV of earnings (revenue rows get REVENUE_SHARE_PERCENT). Every row is checked first; if any is refused nothing is written. References recorded before are skipped.',
  })
  importEarnings(@Arg('input') input: ImportEarningsInput, @Ctx() context: GatewayContext): Promise<EarningsImport> {
    return this.earnings.importCsv(input, requireEarningsWriter(context.viewer));
  }
}

/** `Writer.earnings` and `Writer.payableBalance`: whoever may read the writer may read these. */
@Resolver(() => Writer)
export class WriterEarningsResolver {
  constructor(
    private readonly earningsService: EarningsService,
    private readonly ledger: LedgerService,
  ) {}

  @FieldResolver(() => EarningConnection, { description: "The writer's earnings, newest first." })
  earnings(@Root() writer: Writer, @Args() args: WriterEarningsArgs): Promise<Connection<Earning>> {
    return this.earningsService.listForWriter(writer.id, args.first, args.after);
  }

  @FieldResolver(() => [Money], { description: 'What the writer is owed and has not been sent yet, per currency (from the ledger).' })
  async payableBalance(@Root() writer: Writer): Promise<Money[]> {
    return (await this.ledger.payable(writer.id)).map((row) => money(row.amountMinor, row.currency));
  }
}
