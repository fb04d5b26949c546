import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import type { RequestContext } from '../../context/request-context.js';
import { ConnectionArgs } from '../../graphql/connection.js';
import { DeletePayload } from '../common/delete.types.js';
import { TenantService } from './tenant.service.js';
import { CreateTenantInput, Tenant, TenantConnection, TenantResult, UpdateTenantInput } from './tenant.types.js';

@ArgsType()
class TenantListArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Matches legal name, trading name or slug.' })
  @MaxLength(200)
  search?: string | null;
}

@Resolver(() => Tenant)
export class TenantResolver {
  private readonly service = new TenantService();

  @Query(() => TenantConnection, { description: 'The tenants the caller can open.' })
  tenants(@Ctx() ctx: RequestContext, @Args() args: TenantListArgs) {
    return this.service.list(ctx, args);
  }

  @Query(() => Tenant)
  tenant(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.byId(ctx, id);
  }

  @Query(() => Tenant)
  tenantBySlug(@Ctx() ctx: RequestContext, @Arg('slug') slug: string) {
    return this.service.bySlug(ctx, slug);
  }

  @Query(() => Tenant, { description: 'The tenant this request works in (X-Tenant header, API key, or a person\'s only tenant).' })
  currentTenant(@Ctx() ctx: RequestContext) {
    ctx.assertSignedIn();
    return this.service.byId(ctx, ctx.tenantId);
  }

  @Mutation(() => TenantResult, { description: 'Agency owners create tenants.' })
  createTenant(@Ctx() ctx: RequestContext, @Arg('input') input: CreateTenantInput) {
    return this.service.create(ctx, input);
  }

  @Mutation(() => TenantResult)
  updateTenant(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateTenantInput) {
    return this.service.update(ctx, input);
  }

  @Mutation(() => DeletePayload, { description: 'Deletes the tenant and all its data. Agency owners only.' })
  async deleteTenant(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return { deletedId: await this.service.delete(ctx, id) };
  }
}
