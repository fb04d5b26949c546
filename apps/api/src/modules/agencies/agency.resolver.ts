import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/request-context.js';
import { Allow, PERSON } from '../../graphql/permissions.js';
import { ConnectionArgs } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { AgencyService } from './agency.service.js';
import {
  Agency,
  AgencyMemberConnection,
  AgencyMemberResult,
  AgencyResult,
  UpdateAgencyInput,
  UpdateAgencyMemberInput,
} from './agency.types.js';

@Resolver()
export class AgencyResolver {
  private readonly service = new AgencyService();

  @Allow(PERSON)
  @Query(() => Agency, { description: "The caller's agency." })
  async agency(@Ctx() ctx: RequestContext): Promise<Agency> {
    const agency = await this.service.current(ctx);
    if (!agency) throw notFound('agency');
    return agency;
  }

  @Allow(PERSON)
  @Query(() => AgencyMemberConnection)
  agencyMembers(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.service.members(ctx, args);
  }

  @Allow('agency:manage')
  @Mutation(() => AgencyResult)
  updateAgency(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateAgencyInput) {
    return this.service.update(ctx, input);
  }

  @Allow('agency:members')
  @Mutation(() => AgencyMemberResult)
  updateAgencyMember(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateAgencyMemberInput) {
    return this.service.updateMember(ctx, input);
  }

  @Allow('agency:members')
  @Mutation(() => AgencyMemberResult, { description: 'Removes a person from the agency and from its tenants.' })
  removeAgencyMember(@Ctx() ctx: RequestContext, @Arg('userId', () => ID) userId: string) {
    return this.service.remove(ctx, userId);
  }
}
