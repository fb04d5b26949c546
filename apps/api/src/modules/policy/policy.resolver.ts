import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { PolicyService } from './policy.service.js';
import { PolicyDraft, PolicySettings, PolicySettingsResult, UpdatePolicySettingsInput } from './policy.types.js';

@Resolver()
export class PolicyResolver {
  private readonly service = new PolicyService();

  @Allow('policy:read')
  @Query(() => PolicySettings, {
    description: "The current tenant's policy-wide settings (defaults until first saved).",
  })
  policySettings(@Ctx() ctx: RequestContext) {
    return this.service.settings(ctx);
  }

  @Allow('policy:write')
  @Mutation(() => PolicySettingsResult)
  updatePolicySettings(@Ctx() ctx: RequestContext, @Arg('input') input: UpdatePolicySettingsInput) {
    return this.service.updateSettings(ctx, input);
  }

  @Allow('policy:read')
  @Query(() => PolicyDraft, {
    description: "The current tenant's policy as it stands now, as one structured snapshot.",
  })
  policyDraft(@Ctx() ctx: RequestContext) {
    return this.service.draft(ctx);
  }
}
