import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { ConnectionArgs } from '../../graphql/connection.js';
import { TenantMemberService } from './tenant-member.service.js';
import { TenantMemberConnection, TenantMemberResult, UpdateTenantMemberInput } from './tenant-member.types.js';

@Resolver()
export class TenantMemberResolver {
  private readonly service = new TenantMemberService();

  @Allow('tenant:read')
  @Query(() => TenantMemberConnection, { description: 'People with a role in the current tenant.' })
  tenantMembers(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.service.list(ctx, args);
  }

  @Allow('tenant:members')
  @Mutation(() => TenantMemberResult)
  updateTenantMember(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateTenantMemberInput) {
    return this.service.update(ctx, input);
  }

  @Allow('tenant:members')
  @Mutation(() => TenantMemberResult)
  removeTenantMember(@Ctx() ctx: RequestContext, @Arg('userId', () => ID) userId: string) {
    return this.service.remove(ctx, userId);
  }
}
