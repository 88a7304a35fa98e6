import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../graphql/context';
import { requireTeamAdmin } from '../identity/access';
import { ApiKey, CreateApiKeyInput, CreatedApiKey } from './api-key.types';
import type { ApiKeys } from './api-keys.service';

@Resolver()
export class ApiKeysResolver {
  constructor(private readonly keys: ApiKeys) {}

  @Query(() => [ApiKey], { description: "The platform backend's API keys, newest first, revoked ones included (admins with two-factor)." })
  apiKeys(@Ctx() context: GatewayContext): Promise<ApiKey[]> {
    requireTeamAdmin(context.viewer, 'Managing API keys');
    return this.keys.list();
  }

  @Mutation(() => CreatedApiKey, { description: 'Creates an API key with scopes (admins with two-factor; audited); its secret is shown only in this answer.' })
  createApiKey(@Arg('input') input: CreateApiKeyInput, @Ctx() context: GatewayContext): Promise<CreatedApiKey> {
    return this.keys.create(input, requireTeamAdmin(context.viewer, 'Creating an API key'));
  }

  @Mutation(() => ApiKey, { description: 'Revokes an API key: it is refused from the next request on (admins with two-factor; audited).' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<ApiKey> {
    return this.keys.revoke(id, requireTeamAdmin(context.viewer, 'Revoking an API key'));
  }
}
