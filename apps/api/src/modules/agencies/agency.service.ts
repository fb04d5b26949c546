import { randomUUID } from 'node:crypto';
import { problem, requiredText, slugFromName, type AgencyRole } from '@noticeboard/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context/request-context.js';
import { notFound } from '../../graphql/errors.js';
import { existingId } from '../../graphql/ids.js';
import { paginate, type ConnectionArgs } from '../../graphql/connection.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { UserEntity } from '../auth/user.entity.js';
import { seedDefaultCatalog } from '../catalog/catalog.service.js';
import { AgencyEntity, AgencyMemberEntity } from './agency.entity.js';
import {
  AGENCY_NAME_MAX,
  type Agency,
  type AgencyMember,
  type UpdateAgencyInput,
  type UpdateAgencyMemberInput,
} from './agency.types.js';

const toAgency = (a: AgencyEntity): Agency => ({
  id: a.id,
  name: a.name,
  slug: a.slug,
  requireTwoFactor: a.requireTwoFactor,
  createdAt: a.createdAt,
});

const agencyName = requiredText(AGENCY_NAME_MAX, 'agency name');

/** Creates an agency (CLI and first run; there is no self-service sign-up); its first owner comes by invitation. */
export async function createAgency(
  em: EntityManager,
  input: { name: string },
): Promise<AgencyEntity | ValidationFailed> {
  const name = agencyName.safeParse(input.name);
  if (!name.success)
    return ValidationFailed.of([
      problem('name', 'REQUIRED', `agency name is required (at most ${AGENCY_NAME_MAX} characters)`),
    ]);
  let slug = slugFromName(name.data);
  if (await em.getRepository(AgencyEntity).findOneBy({ slug }))
    slug = `${slug.slice(0, 54)}-${randomUUID().slice(0, 8)}`;
  const agency = { id: randomUUID(), name: name.data, slug, requireTwoFactor: false };
  await em.getRepository(AgencyEntity).insert(agency);
  await seedDefaultCatalog(em, agency.id);
  return em.getRepository(AgencyEntity).findOneByOrFail({ id: agency.id });
}

/**
 * Creates an agency owned by an account that exists already: the operator's own first-run account (its password
 * chosen in the operator's environment), or a test's. Everyone else joins by accepting an invitation.
 */
export async function createAgencyOwnedBy(
  em: EntityManager,
  input: { name: string; owner: UserEntity },
): Promise<AgencyEntity | ValidationFailed> {
  if (await em.getRepository(AgencyMemberEntity).findOneBy({ userId: input.owner.id })) {
    return ValidationFailed.of([problem('ownerEmail', 'DUPLICATE', 'this person already belongs to an agency')]);
  }
  const agency = await createAgency(em, input);
  if (agency instanceof ValidationFailed) return agency;
  await em.getRepository(AgencyMemberEntity).insert({ agencyId: agency.id, userId: input.owner.id, role: 'OWNER' });
  return agency;
}

export class AgencyService {
  async current(ctx: RequestContext): Promise<Agency | null> {
    const agencyId = ctx.agencyId;
    if (!agencyId) return null;
    const agency = await ctx.em.getRepository(AgencyEntity).findOneBy({ id: agencyId });
    return agency ? toAgency(agency) : null;
  }

  async update(ctx: RequestContext, input: UpdateAgencyInput): Promise<Agency | ValidationFailed> {
    const changes: Partial<AgencyEntity> = {};
    if (input.name !== undefined && input.name !== null) {
      const name = agencyName.safeParse(input.name);
      if (!name.success)
        return ValidationFailed.of([
          problem('name', 'REQUIRED', `agency name is required (at most ${AGENCY_NAME_MAX} characters)`),
        ]);
      changes.name = name.data;
    }
    if (input.requireTwoFactor !== undefined && input.requireTwoFactor !== null) {
      // Whoever turns it on must already sign in that way: the requirement would otherwise lock them out at once.
      if (
        input.requireTwoFactor &&
        !(await ctx.em.getRepository(UserEntity).findOneByOrFail({ id: ctx.userId! })).totpEnabledAt
      ) {
        return ValidationFailed.of([
          problem('requireTwoFactor', 'NOT_ALLOWED', 'turn on two-factor sign-in for your own account first'),
        ]);
      }
      changes.requireTwoFactor = input.requireTwoFactor;
    }
    if (Object.keys(changes).length) await ctx.em.getRepository(AgencyEntity).update({ id: ctx.agencyId! }, changes);
    return toAgency(await ctx.em.getRepository(AgencyEntity).findOneByOrFail({ id: ctx.agencyId! }));
  }

  private memberQuery(ctx: RequestContext) {
    return ctx.em
      .getRepository(AgencyMemberEntity)
      .createQueryBuilder('m')
      .innerJoinAndMapOne('m.user', UserEntity, 'u', 'u.id = m.userId')
      .where('m.agencyId = :agencyId', { agencyId: ctx.agencyId });
  }

  private toMember(m: AgencyMemberEntity & { user?: UserEntity }): AgencyMember {
    return { userId: m.userId, email: m.user!.email, name: m.user!.name, role: m.role, createdAt: m.createdAt };
  }

  /** Every member of the caller's agency; members of an agency may see who their colleagues are. */
  async members(ctx: RequestContext, args: ConnectionArgs) {
    const actor = ctx.assertUser();
    if (!actor.agencyId)
      return paginate(
        this.memberQuery(ctx).andWhere('false'),
        args,
        ['m.createdAt', 'm.userId'],
        () => [],
        (m) => this.toMember(m),
      );
    return paginate(
      this.memberQuery(ctx),
      args,
      ['m.createdAt', 'm.userId'],
      (m) => [m.createdAt.toISOString(), m.userId],
      (m) => this.toMember(m),
    );
  }

  private async member(ctx: RequestContext, userId: string): Promise<AgencyMemberEntity & { user?: UserEntity }> {
    const m = await this.memberQuery(ctx)
      .andWhere('m.userId = :userId', { userId: existingId(userId, 'agency member') })
      .getOne();
    if (!m) throw notFound('agency member');
    return m;
  }

  private async ownerCount(ctx: RequestContext): Promise<number> {
    return ctx.em.getRepository(AgencyMemberEntity).countBy({ agencyId: ctx.agencyId!, role: 'OWNER' });
  }

  async updateMember(ctx: RequestContext, input: UpdateAgencyMemberInput): Promise<AgencyMember | ValidationFailed> {
    const m = await this.member(ctx, input.userId);
    if (m.role === 'OWNER' && input.role !== 'OWNER' && (await this.ownerCount(ctx)) === 1) {
      return ValidationFailed.of([problem('role', 'NOT_ALLOWED', 'an agency keeps at least one owner')]);
    }
    await ctx.em
      .getRepository(AgencyMemberEntity)
      .update({ agencyId: ctx.agencyId!, userId: m.userId }, { role: input.role as AgencyRole });
    return this.toMember(await this.member(ctx, m.userId));
  }

  async remove(ctx: RequestContext, userId: string): Promise<AgencyMember | ValidationFailed> {
    const m = await this.member(ctx, userId);
    if (m.role === 'OWNER' && (await this.ownerCount(ctx)) === 1) {
      return ValidationFailed.of([problem('userId', 'NOT_ALLOWED', 'an agency keeps at least one owner')]);
    }
    await ctx.em.getRepository(AgencyMemberEntity).delete({ agencyId: ctx.agencyId!, userId });
    // Their tenant assignments in this agency go too: each removal runs with that tenant in scope.
    const tenants: { tenant_id: string }[] = await ctx.em.query(
      'SELECT tenant_id FROM tenant_directory WHERE agency_id = $1',
      [ctx.agencyId],
    );
    for (const { tenant_id } of tenants) {
      await ctx.tx.inTenant(tenant_id, () =>
        ctx.em.query('DELETE FROM tenant_members WHERE tenant_id = $1 AND user_id = $2', [tenant_id, userId]),
      );
    }
    return this.toMember(m);
  }
}
