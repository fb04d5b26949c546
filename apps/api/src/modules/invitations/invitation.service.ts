import { randomUUID } from 'node:crypto';
import { canGrant, problem, type AgencyRole, type TenantRole } from '@noticeboard/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context/request-context.js';
import { paginate, type ConnectionArgs } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { existingId } from '../../graphql/ids.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import type { Transactional } from '../../queue/job.js';
import { AgencyEntity, AgencyMemberEntity } from '../agencies/agency.entity.js';
import { AuthService } from '../auth/auth.service.js';
import { LinkNotValid, LinkProblem } from '../auth/auth.types.js';
import { hashPassword } from '../auth/password.js';
import {
  AGENCY_INVITATION_PREFIX,
  newSecret,
  parseTenantToken,
  parseToken,
  sha256,
  TENANT_INVITATION_PREFIX,
  tenantToken,
} from '../auth/token.js';
import { UserEntity } from '../auth/user.entity.js';
import { createAccount, newAccountProblems, normalEmail, toUser } from '../auth/user.service.js';
import { sendAccountEmail } from '../email/account-email.job.js';
import { TenantEntity, TenantMemberEntity } from '../tenants/tenant.entity.js';
import { AgencyInvitationEntity, TenantInvitationEntity, type InvitationEntity } from './invitation.entity.js';
import {
  InvitationAccepted,
  InvitationKind,
  InvitationPreview,
  InvitationStatus,
  SignInRequired,
  WrongAccount,
  type AcceptInvitationInput,
  type AgencyInvitation,
  type InviteAgencyMemberInput,
  type InviteTenantMemberInput,
  type TenantInvitation,
} from './invitation.types.js';

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;

const oneLine = (text: string, max = 120) => text.replace(/\s+/g, ' ').trim().slice(0, max);

export function invitationStatus(i: InvitationEntity, now = new Date()): InvitationStatus {
  if (i.revokedAt) return InvitationStatus.REVOKED;
  if (i.acceptedAt) return InvitationStatus.ACCEPTED;
  if (i.expiresAt <= now) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}

/** What an inviter sees of an invitation, agency or tenant alike. */
function toInvitation<R extends AgencyInvitationEntity['role'] | TenantInvitationEntity['role']>(
  i: InvitationEntity & { role: R },
): { id: string; email: string; role: R; status: InvitationStatus; createdAt: Date; expiresAt: Date } {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    status: invitationStatus(i),
    createdAt: i.createdAt,
    expiresAt: i.expiresAt,
  };
}

/** The columns of a new, pending invitation whose link is `token`. */
const pendingInvitation = (input: { email: string; token: string; invitedBy: string | null }) => ({
  id: randomUUID(),
  email: input.email,
  tokenHash: sha256(input.token),
  invitedBy: input.invitedBy,
  expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
  acceptedAt: null,
  acceptedBy: null,
  revokedAt: null,
});

export const invitationLink = (publicUrl: string, token: string) => `${publicUrl}/accept-invitation#${token}`;

function invitationText(input: { inviter: string | null; what: string; role: string; link: string }): string {
  return [
    `${input.inviter ? `${oneLine(input.inviter, 80)} invited you` : 'You are invited'} to ${input.what} on Noticeboard, as ${input.role}.`,
    `Accept the invitation here (the link works once, for ${INVITATION_DAYS} days):\n${input.link}`,
    'If you have an account with this address, sign in to it first; otherwise you will choose your name and password.',
    'If you did not expect this invitation, ignore this email: nothing happens unless you accept.',
  ].join('\n\n');
}

/**
 * Invites `email` into an agency: replaces a pending invitation to the same address (its link stops working),
 * stores the new link's hash and sends the link. Also the CLI's way to give a new agency its first owner.
 */
export async function inviteIntoAgency(
  tx: Transactional & { em: EntityManager },
  input: { agencyId: string; email: string; role: AgencyRole; invitedBy: string | null; publicUrl: string },
): Promise<{ invitation: AgencyInvitationEntity; link: string }> {
  const invitations = tx.em.getRepository(AgencyInvitationEntity);
  await tx.em.query(
    'UPDATE agency_invitations SET revoked_at = now() WHERE agency_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL',
    [input.agencyId, input.email],
  );
  const token = `${AGENCY_INVITATION_PREFIX}${newSecret()}`;
  const { id, ...row } = pendingInvitation({ email: input.email, token, invitedBy: input.invitedBy });
  await invitations.insert({ agencyId: input.agencyId, id, role: input.role, ...row });
  const agency = await tx.em.getRepository(AgencyEntity).findOneByOrFail({ id: input.agencyId });
  const inviter = input.invitedBy ? await tx.em.getRepository(UserEntity).findOneBy({ id: input.invitedBy }) : null;
  const link = invitationLink(input.publicUrl, token);
  await sendAccountEmail(tx, {
    kind: 'AGENCY_INVITATION',
    to: input.email,
    subject: `Invitation to join ${oneLine(agency.name, 100)} on Noticeboard`,
    text: invitationText({
      inviter: inviter?.name ?? null,
      what: `join ${oneLine(agency.name)}`,
      role: input.role === 'OWNER' ? 'an owner' : 'a member',
      link,
    }),
  });
  return { invitation: await invitations.findOneByOrFail({ agencyId: input.agencyId, id }), link };
}

type Found =
  { kind: 'AGENCY'; invitation: AgencyInvitationEntity } | { kind: 'TENANT'; invitation: TenantInvitationEntity };

export class InvitationService {
  private readonly auth = new AuthService();

  // ---- agency -----------------------------------------------------------------------------------------------

  async inviteToAgency(
    ctx: RequestContext,
    input: InviteAgencyMemberInput,
  ): Promise<AgencyInvitation | ValidationFailed> {
    const email = normalEmail(input.email);
    if (!email) return ValidationFailed.of([problem('email', 'INVALID_FORMAT', 'must be an email address')]);
    // Only colleagues' addresses are compared: whether an address has an account, or works elsewhere, is not said.
    const colleague = await ctx.em
      .getRepository(AgencyMemberEntity)
      .createQueryBuilder('m')
      .innerJoin(UserEntity, 'u', 'u.id = m.userId')
      .where('m.agencyId = :agencyId AND u.email = :email', { agencyId: ctx.agencyId, email })
      .getOne();
    if (colleague)
      return ValidationFailed.of([problem('email', 'DUPLICATE', 'this person is already a member of your agency')]);
    const { invitation } = await inviteIntoAgency(ctx, {
      agencyId: ctx.agencyId!,
      email,
      role: input.role,
      invitedBy: ctx.userId,
      publicUrl: ctx.config.publicUrl,
    });
    return toInvitation(invitation);
  }

  listAgency(ctx: RequestContext, args: ConnectionArgs) {
    const query = ctx.em
      .getRepository(AgencyInvitationEntity)
      .createQueryBuilder('i')
      .where('i.agencyId = :agencyId', { agencyId: ctx.agencyId });
    return paginate(query, args, ['i.createdAt', 'i.id'], (i) => [i.createdAt.toISOString(), i.id], toInvitation, true);
  }

  private async agencyInvitation(ctx: RequestContext, id: string): Promise<AgencyInvitationEntity> {
    const found = await ctx.em
      .getRepository(AgencyInvitationEntity)
      .findOneBy({ agencyId: ctx.agencyId!, id: existingId(id, 'invitation') });
    if (!found) throw notFound('invitation');
    return found;
  }

  async revokeAgency(ctx: RequestContext, id: string): Promise<AgencyInvitation | ValidationFailed> {
    const invitation = await this.agencyInvitation(ctx, id);
    if (invitationStatus(invitation) !== InvitationStatus.PENDING)
      return ValidationFailed.of([problem('id', 'NOT_ALLOWED', 'only a pending invitation can be withdrawn')]);
    await ctx.em
      .getRepository(AgencyInvitationEntity)
      .update({ agencyId: invitation.agencyId, id: invitation.id }, { revokedAt: new Date() });
    return toInvitation(await this.agencyInvitation(ctx, id));
  }

  /** Sends a new link (the old one stops working), for 7 more days. */
  async resendAgency(ctx: RequestContext, id: string): Promise<AgencyInvitation | ValidationFailed> {
    const previous = await this.agencyInvitation(ctx, id);
    if (previous.acceptedAt)
      return ValidationFailed.of([problem('id', 'NOT_ALLOWED', 'this invitation was accepted already')]);
    const { invitation } = await inviteIntoAgency(ctx, {
      agencyId: previous.agencyId,
      email: previous.email,
      role: previous.role,
      invitedBy: ctx.userId,
      publicUrl: ctx.config.publicUrl,
    });
    return toInvitation(invitation);
  }

  // ---- tenant -----------------------------------------------------------------------------------------------

  async inviteToTenant(
    ctx: RequestContext,
    input: InviteTenantMemberInput,
  ): Promise<TenantInvitation | ValidationFailed> {
    if (!canGrant(ctx.tenant!.role, input.role))
      return ValidationFailed.of([problem('role', 'NOT_ALLOWED', 'you cannot grant a role above your own')]);
    const email = normalEmail(input.email);
    if (!email) return ValidationFailed.of([problem('email', 'INVALID_FORMAT', 'must be an email address')]);
    const member = await ctx.em
      .getRepository(TenantMemberEntity)
      .createQueryBuilder('m')
      .innerJoin(UserEntity, 'u', 'u.id = m.userId')
      .where('m.tenantId = :tenantId AND u.email = :email', { tenantId: ctx.tenantId, email })
      .getOne();
    if (member)
      return ValidationFailed.of([problem('email', 'DUPLICATE', 'this person is already a member of the tenant')]);
    return toInvitation(await this.sendTenantInvitation(ctx, email, input.role));
  }

  private async sendTenantInvitation(
    ctx: RequestContext,
    email: string,
    role: TenantRole,
  ): Promise<TenantInvitationEntity> {
    const invitations = ctx.em.getRepository(TenantInvitationEntity);
    await ctx.em.query(
      'UPDATE tenant_invitations SET revoked_at = now() WHERE tenant_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL',
      [ctx.tenantId, email],
    );
    const token = tenantToken(TENANT_INVITATION_PREFIX, ctx.tenantId, newSecret());
    const { id, ...row } = pendingInvitation({ email, token, invitedBy: ctx.userId });
    await invitations.insert({ tenantId: ctx.tenantId, id, role, ...row });
    const tenant = await ctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: ctx.tenantId });
    const agency = await ctx.em.getRepository(AgencyEntity).findOneByOrFail({ id: tenant.agencyId });
    const inviter = ctx.userId ? await ctx.em.getRepository(UserEntity).findOneBy({ id: ctx.userId }) : null;
    const company = oneLine(tenant.tradingName || tenant.legalName);
    await sendAccountEmail(ctx, {
      kind: 'TENANT_INVITATION',
      to: email,
      subject: `Invitation to work on ${company}'s privacy compliance`,
      text: invitationText({
        inviter: inviter?.name ?? null,
        what: `work on the privacy compliance of ${company} (run by ${oneLine(agency.name)})`,
        role: `${role.toLowerCase()}`,
        link: invitationLink(ctx.config.publicUrl, token),
      }),
    });
    return invitations.findOneByOrFail({ tenantId: ctx.tenantId, id });
  }

  listTenant(ctx: RequestContext, args: ConnectionArgs) {
    const query = ctx.em
      .getRepository(TenantInvitationEntity)
      .createQueryBuilder('i')
      .where('i.tenantId = :tenantId', { tenantId: ctx.tenantId });
    return paginate(query, args, ['i.createdAt', 'i.id'], (i) => [i.createdAt.toISOString(), i.id], toInvitation, true);
  }

  private async tenantInvitation(ctx: RequestContext, id: string): Promise<TenantInvitationEntity> {
    const found = await ctx.em
      .getRepository(TenantInvitationEntity)
      .findOneBy({ tenantId: ctx.tenantId, id: existingId(id, 'invitation') });
    if (!found) throw notFound('invitation');
    return found;
  }

  async revokeTenant(ctx: RequestContext, id: string): Promise<TenantInvitation | ValidationFailed> {
    const invitation = await this.tenantInvitation(ctx, id);
    if (!canGrant(ctx.tenant!.role, invitation.role))
      return ValidationFailed.of([
        problem('id', 'NOT_ALLOWED', 'you cannot withdraw an invitation to a role above your own'),
      ]);
    if (invitationStatus(invitation) !== InvitationStatus.PENDING)
      return ValidationFailed.of([problem('id', 'NOT_ALLOWED', 'only a pending invitation can be withdrawn')]);
    await ctx.em
      .getRepository(TenantInvitationEntity)
      .update({ tenantId: invitation.tenantId, id: invitation.id }, { revokedAt: new Date() });
    return toInvitation(await this.tenantInvitation(ctx, id));
  }

  async resendTenant(ctx: RequestContext, id: string): Promise<TenantInvitation | ValidationFailed> {
    const previous = await this.tenantInvitation(ctx, id);
    if (!canGrant(ctx.tenant!.role, previous.role))
      return ValidationFailed.of([
        problem('id', 'NOT_ALLOWED', 'you cannot resend an invitation to a role above your own'),
      ]);
    if (previous.acceptedAt)
      return ValidationFailed.of([problem('id', 'NOT_ALLOWED', 'this invitation was accepted already')]);
    return toInvitation(await this.sendTenantInvitation(ctx, previous.email, previous.role));
  }

  // ---- the invited person -----------------------------------------------------------------------------------

  /** The invitation a token names, or why it does not work. A tenant's is read with that tenant in scope. */
  private async find(ctx: RequestContext, token: string): Promise<Found | LinkNotValid> {
    const trimmed = token.trim();
    let found: Found | null = null;
    if (parseToken(AGENCY_INVITATION_PREFIX, trimmed)) {
      const invitation = await ctx.em.getRepository(AgencyInvitationEntity).findOneBy({ tokenHash: sha256(trimmed) });
      found = invitation && { kind: 'AGENCY', invitation };
    } else {
      const parsed = parseTenantToken(TENANT_INVITATION_PREFIX, trimmed);
      if (parsed) {
        const invitation = await ctx.tx.inTenant(parsed.tenantId, () =>
          ctx.em
            .getRepository(TenantInvitationEntity)
            .findOneBy({ tenantId: parsed.tenantId, tokenHash: sha256(trimmed) }),
        );
        found = invitation && { kind: 'TENANT', invitation };
      }
    }
    if (!found) return LinkNotValid.create(LinkProblem.UNKNOWN);
    const status = invitationStatus(found.invitation);
    if (status === InvitationStatus.PENDING) return found;
    return LinkNotValid.create(
      status === InvitationStatus.ACCEPTED
        ? LinkProblem.USED
        : status === InvitationStatus.REVOKED
          ? LinkProblem.REVOKED
          : LinkProblem.EXPIRED,
    );
  }

  async preview(ctx: RequestContext, token: string): Promise<InvitationPreview | LinkNotValid> {
    const found = await this.find(ctx, token);
    if (found instanceof LinkNotValid) return found;
    const { invitation } = found;
    const preview = new InvitationPreview();
    preview.kind = found.kind === 'AGENCY' ? InvitationKind.AGENCY : InvitationKind.TENANT;
    preview.email = invitation.email;
    preview.role = invitation.role;
    preview.expiresAt = invitation.expiresAt;
    preview.invitedByName = invitation.invitedBy
      ? ((await ctx.em.getRepository(UserEntity).findOneBy({ id: invitation.invitedBy }))?.name ?? null)
      : null;
    preview.accountExists = (await ctx.em.getRepository(UserEntity).countBy({ email: invitation.email })) > 0;
    if (found.kind === 'AGENCY') {
      preview.agencyName = (
        await ctx.em.getRepository(AgencyEntity).findOneByOrFail({ id: found.invitation.agencyId })
      ).name;
      preview.tenantName = null;
    } else {
      const tenantId = found.invitation.tenantId;
      const tenant = await ctx.tx.inTenant(tenantId, () =>
        ctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId }),
      );
      preview.tenantName = tenant.tradingName || tenant.legalName;
      preview.agencyName = (await ctx.em.getRepository(AgencyEntity).findOneByOrFail({ id: tenant.agencyId })).name;
    }
    return preview;
  }

  /**
   * Accepts an invitation as the person it was sent to: signed in to the account with the invited address, or,
   * when that address has no account, by choosing a name and a password (holding the link proves the address).
   * Single use: the acceptance is recorded only if the invitation is still pending at that moment.
   */
  async accept(
    ctx: RequestContext,
    input: AcceptInvitationInput,
  ): Promise<InvitationAccepted | LinkNotValid | WrongAccount | SignInRequired | ValidationFailed> {
    const found = await this.find(ctx, input.token);
    if (found instanceof LinkNotValid) return found;
    const { invitation } = found;
    const users = ctx.em.getRepository(UserEntity);
    let user: UserEntity;
    let session: { token: string; expiresAt: Date } | null = null;
    if (ctx.actor.kind === 'user') {
      user = await users.findOneByOrFail({ id: ctx.actor.userId });
      if (user.email !== invitation.email) return WrongAccount.create(invitation.email);
    } else if (ctx.actor.kind === 'anonymous') {
      if (await users.countBy({ email: invitation.email })) return SignInRequired.create();
      const problems = newAccountProblems(input.name, input.password);
      if (problems.length) return ValidationFailed.of(problems);
      const passwordHash = await ctx.tx.withoutConnection(() => hashPassword(input.password!));
      user = await createAccount(ctx.em, { email: invitation.email, name: input.name!, passwordHash });
    } else {
      return WrongAccount.create(invitation.email);
    }

    if (!(await this.markAccepted(ctx, found, user.id))) return LinkNotValid.create(LinkProblem.USED);
    const accepted = new InvitationAccepted();
    accepted.kind = found.kind === 'AGENCY' ? InvitationKind.AGENCY : InvitationKind.TENANT;
    if (found.kind === 'AGENCY') {
      const agencyId = found.invitation.agencyId;
      const membership = await ctx.em.getRepository(AgencyMemberEntity).findOneBy({ userId: user.id });
      if (membership?.agencyId === agencyId)
        return ValidationFailed.of([problem('token', 'DUPLICATE', 'you are a member of this agency already')]);
      if (membership)
        return ValidationFailed.of([
          problem(
            'token',
            'NOT_ALLOWED',
            "you belong to another agency's staff: someone there must remove you before you can join this one",
          ),
        ]);
      await ctx.em.getRepository(AgencyMemberEntity).insert({ agencyId, userId: user.id, role: found.invitation.role });
      accepted.tenantId = null;
      accepted.tenantSlug = null;
    } else {
      const { tenantId, role } = found.invitation;
      const slug = await ctx.tx.inTenant(tenantId, async () => {
        if (await ctx.em.getRepository(TenantMemberEntity).findOneBy({ tenantId, userId: user.id })) return null;
        await ctx.em.getRepository(TenantMemberEntity).insert({ tenantId, userId: user.id, role });
        return (await ctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId })).slug;
      });
      if (!slug) return ValidationFailed.of([problem('token', 'DUPLICATE', 'you are a member of this tenant already')]);
      accepted.tenantId = tenantId;
      accepted.tenantSlug = slug;
    }
    if (ctx.actor.kind === 'anonymous') session = await this.auth.openSession(ctx, user);
    accepted.user = toUser(user);
    accepted.token = session?.token ?? null;
    accepted.tokenExpiresAt = session?.expiresAt ?? null;
    return accepted;
  }

  private async markAccepted(ctx: RequestContext, found: Found, userId: string): Promise<boolean> {
    const where = 'id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()';
    if (found.kind === 'AGENCY') {
      const [, count] = await ctx.em.query(
        `UPDATE agency_invitations SET accepted_at = now(), accepted_by = $2 WHERE ${where} AND agency_id = $3`,
        [found.invitation.id, userId, found.invitation.agencyId],
      );
      return count === 1;
    }
    const { tenantId, id } = found.invitation;
    return ctx.tx.inTenant(tenantId, async () => {
      const [, count] = await ctx.em.query(
        `UPDATE tenant_invitations SET accepted_at = now(), accepted_by = $2 WHERE ${where} AND tenant_id = $3`,
        [id, userId, tenantId],
      );
      return count === 1;
    });
  }
}
