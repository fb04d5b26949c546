import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { ChecksCredentials } from '../../graphql/credential-checks.js';
import { ConnectionArgs } from '../../graphql/connection.js';
import { InvitationService } from './invitation.service.js';
import {
  AcceptInvitationInput,
  AcceptInvitationResult,
  AgencyInvitationConnection,
  AgencyInvitationResult,
  InvitationPreviewResult,
  InviteAgencyMemberInput,
  InviteTenantMemberInput,
  TenantInvitationConnection,
  TenantInvitationResult,
} from './invitation.types.js';

@Resolver()
export class InvitationResolver {
  private readonly service = new InvitationService();

  @Allow('agency:members')
  @Mutation(() => AgencyInvitationResult, {
    description:
      "Invites a person into the caller's agency by email. The answer is the same whether or not the address has an account; the person joins only by accepting.",
  })
  inviteAgencyMember(@Ctx() ctx: RequestContext, @Arg('input') input: InviteAgencyMemberInput) {
    return this.service.inviteToAgency(ctx, input);
  }

  @Allow('agency:members')
  @Query(() => AgencyInvitationConnection, { description: "Invitations into the caller's agency, newest first." })
  agencyInvitations(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.service.listAgency(ctx, args);
  }

  @Allow('agency:members')
  @Mutation(() => AgencyInvitationResult, { description: 'Withdraws a pending invitation: its link stops working.' })
  revokeAgencyInvitation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.revokeAgency(ctx, id);
  }

  @Allow('agency:members')
  @Mutation(() => AgencyInvitationResult, {
    description: 'Sends the invitation again with a new link (valid 7 more days); the old link stops working.',
  })
  resendAgencyInvitation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.resendAgency(ctx, id);
  }

  @Allow('tenant:members')
  @Mutation(() => TenantInvitationResult, {
    description:
      'Invites a person to a role in the current tenant by email. The answer is the same whether or not the address has an account; the person joins only by accepting.',
  })
  inviteTenantMember(@Ctx() ctx: RequestContext, @Arg('input') input: InviteTenantMemberInput) {
    return this.service.inviteToTenant(ctx, input);
  }

  @Allow('tenant:members')
  @Query(() => TenantInvitationConnection, { description: 'Invitations into the current tenant, newest first.' })
  tenantInvitations(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.service.listTenant(ctx, args);
  }

  @Allow('tenant:members')
  @Mutation(() => TenantInvitationResult, { description: 'Withdraws a pending invitation into the current tenant.' })
  revokeTenantInvitation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.revokeTenant(ctx, id);
  }

  @Allow('tenant:members')
  @Mutation(() => TenantInvitationResult, {
    description: 'Sends the invitation again with a new link; the old link stops working.',
  })
  resendTenantInvitation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.resendTenant(ctx, id);
  }

  @Query(() => InvitationPreviewResult, {
    description: 'What an invitation link offers, for its holder (signed in or not).',
  })
  invitation(@Ctx() ctx: RequestContext, @Arg('token') token: string) {
    return this.service.preview(ctx, token.slice(0, 200));
  }

  @ChecksCredentials()
  @Mutation(() => AcceptInvitationResult, {
    description:
      'Accepts an invitation: signed in as the invited address, or with a name and a new password when the address has no account (then signed in at once). At most one per document.',
  })
  acceptInvitation(@Ctx() ctx: RequestContext, @Arg('input') input: AcceptInvitationInput) {
    return this.service.accept(ctx, input);
  }
}
