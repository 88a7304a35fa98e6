import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ApiKeyScope } from '../identity/api-key-scope';
import { requireScopeOr, requireTeamEditor, requireTeamOrScope, requireViewer } from '../identity/access';
import type { GatewayContext } from '../graphql/context';
import type { Connection } from '../graphql/connection';
import { Writer } from './writer.entity';
import type { WriterQueries } from './writer.queries';
import type { WriterService } from './writer.service';
import { CreateWriterInput, WriterConnection, WriterStatusCount, WritersFilter } from './writer.types';

@Resolver(() => Writer)
export class WritersResolver {
  constructor(
    private readonly writerService: WriterService,
    private readonly writerQueries: WriterQueries,
  ) {}

  @Query(() => Writer, { description: 'A writer; writers may read only themself.' })
  writer(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<Writer> {
    return this.writerService.readable(id, requireScopeOr(context.viewer, ApiKeyScope.WRITERS_READ, requireViewer));
  }

  @Query(() => WriterConnection, { description: 'Writers, newest first (admins).' })
  writers(@Args() filter: WritersFilter, @Ctx() context: GatewayContext): Promise<Connection<Writer>> {
    requireTeamOrScope(context.viewer, ApiKeyScope.WRITERS_READ);
    return this.writerQueries.list(filter);
  }

  @Query(() => [WriterStatusCount], { description: 'How many writers are in each onboarding status (admins).' })
  writerStatusCounts(@Ctx() context: GatewayContext): Promise<WriterStatusCount[]> {
    requireTeamOrScope(context.viewer, ApiKeyScope.WRITERS_READ);
    return this.writerQueries.countsByStatus();
  }

  @Mutation(() => Writer, { description: 'Adds a writer the platform already knows and creates their Stripe account (admins).' })
  createWriter(@Arg('input') input: CreateWriterInput, @Ctx() context: GatewayContext): Promise<Writer> {
    requireTeamEditor(context.viewer, 'Adding a writer');
    return this.writerService.create(input);
  }

  @Mutation(() => Writer, {
    description:
      "Re-reads the writer's account from Stripe. FORBIDDEN with extensions.reason ACCOUNT_DISCONNECTED once the writer disconnected it: Stripe lets no one read it.",
  })
  async syncWriter(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<Writer> {
    await this.writerService.readable(id, requireViewer(context.viewer));
    return this.writerService.sync(id);
  }
}
