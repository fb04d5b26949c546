import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { ConnectionArgs } from '../../graphql/connection.js';
import { DeletePayload } from '../common/delete.types.js';
import { CookieService } from './cookie.service.js';
import { Cookie, CookieConnection, CookieResult, CreateCookieInput, UpdateCookieInput } from './cookie.types.js';

@Resolver(() => Cookie)
export class CookieResolver {
  private readonly service = new CookieService();

  @Allow('policy:read')
  @Query(() => CookieConnection, { description: 'Cookies of the current tenant, in policy order.' })
  cookies(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.service.list(ctx, args);
  }

  @Allow('policy:read')
  @Query(() => Cookie)
  cookie(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow('policy:write')
  @Mutation(() => CookieResult)
  createCookie(@Ctx() ctx: RequestContext, @Arg('input') input: CreateCookieInput) {
    return this.service.create(ctx, input);
  }

  @Allow('policy:write')
  @Mutation(() => CookieResult)
  updateCookie(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateCookieInput) {
    return this.service.update(ctx, input);
  }

  @Allow('policy:write')
  @Mutation(() => DeletePayload)
  async deleteCookie(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return { deletedId: await this.service.delete(ctx, id) };
  }
}
