import { Field, ObjectType, Query, Resolver } from 'type-graphql';

@ObjectType({ description: 'What this gateway is and how it is connected.' })
export class ServerInfo {
  @Field({ description: 'Gateway version.' })
  version: string;

  @Field({ description: 'True when Stripe calls go to the embedded sandbox instead of Stripe.' })
  sandbox: boolean;
}

@Resolver()
export class ServerInfoResolver {
  constructor(private readonly info: ServerInfo) {}

  @Query(() => ServerInfo)
  serverInfo(): ServerInfo {
    return this.info;
  }
}
