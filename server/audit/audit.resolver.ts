import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { requireTeam } from '../identity/access';
import { ConnectionType, type Connection } from '../graphql/connection';
import type { GatewayContext } from '../graphql/context';
import type { ActorLoaders } from './actor.loaders';
import { Actor } from './actor.type';
import { AuditEntry } from './audit-entry.entity';
import type { AuditService } from './audit.service';
import { PAGE_SIZE_DESCRIPTION } from '../graphql/query-cost';

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

@ArgsType()
export class AuditTrailArgs {
  @Field(() => Int, { nullable: true, description: PAGE_SIZE_DESCRIPTION })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => ID, { nullable: true, description: 'Only entries about this top-up, transfer, reversal or writer.' })
  subjectId?: string;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly actors: ActorLoaders,
  ) {}

  @Query(() => AuditEntryConnection, { description: 'Every money action and writer invitation, newest first: who, what, when (admins).' })
  auditTrail(@Args() args: AuditTrailArgs, @Ctx() context: GatewayContext): Promise<Connection<AuditEntry>> {
    requireTeam(context.viewer);
    return this.audit.list(args);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The admin who acted; null when Stripe or the gateway itself did.' })
  async actor(@Root() entry: AuditEntry, @Ctx() context: GatewayContext): Promise<Actor | null> {
    return entry.actorUserId ? this.actors.for(context).load(entry.actorUserId) : null;
  }
}
