import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { ConnectionArgs } from '../../graphql/connection.js';
import { DeletePayload } from '../common/delete.types.js';
import { AudienceService } from './audience.service.js';
import {
  Audience,
  AudienceConnection,
  AudienceResult,
  CreateAudienceInput,
  UpdateAudienceInput,
} from './audience.types.js';

@Resolver(() => Audience)
export class AudienceResolver {
  private readonly service = new AudienceService();

  @Allow('policy:read')
  @Query(() => AudienceConnection, { description: 'Audiences of the current tenant, in policy order.' })
  audiences(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.service.list(ctx, args);
  }

  @Allow('policy:read')
  @Query(() => Audience)
  audience(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow('policy:write')
  @Mutation(() => AudienceResult)
  createAudience(@Ctx() ctx: RequestContext, @Arg('input') input: CreateAudienceInput) {
    return this.service.create(ctx, input);
  }

  @Allow('policy:write')
  @Mutation(() => AudienceResult)
  updateAudience(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateAudienceInput) {
    return this.service.update(ctx, input);
  }

  @Allow('policy:write')
  @Mutation(() => DeletePayload, { description: 'Deletes the audience and unlinks it from its purposes.' })
  async deleteAudience(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return { deletedId: await this.service.delete(ctx, id) };
  }
}
