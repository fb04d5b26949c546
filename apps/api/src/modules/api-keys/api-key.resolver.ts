import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { ConnectionArgs } from '../../graphql/connection.js';
import { ApiKeyService } from './api-key.service.js';
import { ApiKey, ApiKeyConnection, CreateApiKeyInput, CreateApiKeyResult } from './api-key.types.js';

@Resolver()
export class ApiKeyResolver {
  private readonly service = new ApiKeyService();

  @Allow('tenant:apikeys')
  @Query(() => ApiKeyConnection, { description: 'API keys of the current tenant (admins only).' })
  apiKeys(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.service.list(ctx, args);
  }

  @Allow('tenant:apikeys')
  @Mutation(() => CreateApiKeyResult)
  createApiKey(@Ctx() ctx: RequestContext, @Arg('input') input: CreateApiKeyInput) {
    return this.service.create(ctx, input);
  }

  @Allow('tenant:apikeys')
  @Mutation(() => ApiKey, { description: 'Revokes a key at once; revoking twice is harmless.' })
  revokeApiKey(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.revoke(ctx, id);
  }
}
