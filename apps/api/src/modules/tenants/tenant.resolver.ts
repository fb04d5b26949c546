import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { MaxLength } from 'class-validator';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
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

  @Allow()
  @Query(() => TenantConnection, { description: 'The tenants the caller can open.' })
  tenants(@Ctx() ctx: RequestContext, @Args() args: TenantListArgs) {
    return this.service.list(ctx, args);
  }

  @Allow()
  @Query(() => Tenant)
  tenant(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.byId(ctx, id);
  }

  @Allow()
  @Query(() => Tenant)
  tenantBySlug(@Ctx() ctx: RequestContext, @Arg('slug') slug: string) {
    return this.service.bySlug(ctx, slug);
  }

  @Allow()
  @Query(() => Tenant, {
    description: "The tenant this request works in (X-Tenant header, API key, or a person's only tenant).",
  })
  currentTenant(@Ctx() ctx: RequestContext) {
    return this.service.byId(ctx, ctx.tenantId);
  }

  @Allow('tenant:create')
  @Mutation(() => TenantResult, { description: 'Agency owners create tenants.' })
  createTenant(@Ctx() ctx: RequestContext, @Arg('input') input: CreateTenantInput) {
    return this.service.create(ctx, input);
  }

  @Allow()
  @Mutation(() => TenantResult)
  updateTenant(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateTenantInput) {
    return this.service.update(ctx, input);
  }

  @Allow()
  @Mutation(() => DeletePayload, { description: 'Deletes the tenant and all its data. Agency owners only.' })
  async deleteTenant(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return { deletedId: await this.service.delete(ctx, id) };
  }
}
