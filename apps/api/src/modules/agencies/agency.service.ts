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
import { findOrCreateUser, initialPasswordHash } from '../auth/user.service.js';
import { AgencyEntity, AgencyMemberEntity } from './agency.entity.js';
import type { AddAgencyMemberInput, Agency, AgencyMember, UpdateAgencyInput, UpdateAgencyMemberInput } from './agency.types.js';

const toAgency = (a: AgencyEntity): Agency => ({ id: a.id, name: a.name, slug: a.slug, createdAt: a.createdAt });

const agencyName = requiredText(200, 'agency name');

/** Creates an agency and its first owner (CLI and first run; there is no self-service sign-up). */
export async function createAgencyWithOwner(
  em: EntityManager,
  input: { name: string; ownerEmail: string; ownerName: string; ownerPassword: string },
): Promise<{ agency: AgencyEntity; owner: UserEntity } | ValidationFailed> {
  const name = agencyName.safeParse(input.name);
  if (!name.success) return ValidationFailed.of([problem('name', 'REQUIRED', 'agency name is required (at most 200 characters)')]);
  const owner = await findOrCreateUser(em, { email: input.ownerEmail, name: input.ownerName, initialPassword: input.ownerPassword });
  if (Array.isArray(owner)) return ValidationFailed.of(owner);
  if (await em.getRepository(AgencyMemberEntity).findOneBy({ userId: owner.id })) {
    return ValidationFailed.of([problem('ownerEmail', 'DUPLICATE', 'this person already belongs to an agency')]);
  }
  let slug = slugFromName(name.data);
  if (await em.getRepository(AgencyEntity).findOneBy({ slug })) slug = `${slug.slice(0, 54)}-${randomUUID().slice(0, 8)}`;
  const agency = { id: randomUUID(), name: name.data, slug };
  await em.getRepository(AgencyEntity).insert(agency);
  await em.getRepository(AgencyMemberEntity).insert({ agencyId: agency.id, userId: owner.id, role: 'OWNER' });
  await seedDefaultCatalog(em, agency.id);
  return { agency: await em.getRepository(AgencyEntity).findOneByOrFail({ id: agency.id }), owner };
}

export class AgencyService {
  async current(ctx: RequestContext): Promise<Agency | null> {
    const agencyId = ctx.agencyId;
    if (!agencyId) return null;
    const agency = await ctx.em.getRepository(AgencyEntity).findOneBy({ id: agencyId });
    return agency ? toAgency(agency) : null;
  }

  async update(ctx: RequestContext, input: UpdateAgencyInput): Promise<Agency | ValidationFailed> {
    ctx.assertCan('agency:manage');
    const name = agencyName.safeParse(input.name);
    if (!name.success) return ValidationFailed.of([problem('name', 'REQUIRED', 'agency name is required (at most 200 characters)')]);
    await ctx.em.getRepository(AgencyEntity).update({ id: ctx.agencyId! }, { name: name.data });
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
    if (!actor.agencyId) return paginate(this.memberQuery(ctx).andWhere('false'), args, ['m.createdAt', 'm.userId'], () => [], (m) => this.toMember(m));
    return paginate(this.memberQuery(ctx), args, ['m.createdAt', 'm.userId'], (m) => [m.createdAt.toISOString(), m.userId], (m) => this.toMember(m));
  }

  private async member(ctx: RequestContext, userId: string): Promise<AgencyMemberEntity & { user?: UserEntity }> {
    const m = await this.memberQuery(ctx).andWhere('m.userId = :userId', { userId: existingId(userId, 'agency member') }).getOne();
    if (!m) throw notFound('agency member');
    return m;
  }

  async add(ctx: RequestContext, input: AddAgencyMemberInput): Promise<AgencyMember | ValidationFailed> {
    ctx.assertCan('agency:members');
    const passwordHash = await initialPasswordHash(ctx, input.initialPassword);
    const user = await findOrCreateUser(ctx.em, input, passwordHash);
    if (Array.isArray(user)) return ValidationFailed.of(user);
    if (await ctx.em.getRepository(AgencyMemberEntity).findOneBy({ userId: user.id })) {
      return ValidationFailed.of([problem('email', 'DUPLICATE', 'this person already belongs to an agency')]);
    }
    await ctx.em.getRepository(AgencyMemberEntity).insert({ agencyId: ctx.agencyId!, userId: user.id, role: input.role });
    return this.toMember(await this.member(ctx, user.id));
  }

  private async ownerCount(ctx: RequestContext): Promise<number> {
    return ctx.em.getRepository(AgencyMemberEntity).countBy({ agencyId: ctx.agencyId!, role: 'OWNER' });
  }

  async updateMember(ctx: RequestContext, input: UpdateAgencyMemberInput): Promise<AgencyMember | ValidationFailed> {
    ctx.assertCan('agency:members');
    const m = await this.member(ctx, input.userId);
    if (m.role === 'OWNER' && input.role !== 'OWNER' && (await this.ownerCount(ctx)) === 1) {
      return ValidationFailed.of([problem('role', 'NOT_ALLOWED', 'an agency keeps at least one owner')]);
    }
    await ctx.em.getRepository(AgencyMemberEntity).update({ agencyId: ctx.agencyId!, userId: m.userId }, { role: input.role as AgencyRole });
    return this.toMember(await this.member(ctx, m.userId));
  }

  async remove(ctx: RequestContext, userId: string): Promise<AgencyMember | ValidationFailed> {
    ctx.assertCan('agency:members');
    const m = await this.member(ctx, userId);
    if (m.role === 'OWNER' && (await this.ownerCount(ctx)) === 1) {
      return ValidationFailed.of([problem('userId', 'NOT_ALLOWED', 'an agency keeps at least one owner')]);
    }
    await ctx.em.getRepository(AgencyMemberEntity).delete({ agencyId: ctx.agencyId!, userId });
    // Their tenant assignments in this agency go too: each removal runs with that tenant in scope.
    const tenants: { tenant_id: string }[] = await ctx.em.query('SELECT tenant_id FROM tenant_directory WHERE agency_id = $1', [ctx.agencyId]);
    for (const { tenant_id } of tenants) {
      await ctx.tx.inTenant(tenant_id, () => ctx.em.query('DELETE FROM tenant_members WHERE tenant_id = $1 AND user_id = $2', [tenant_id, userId]));
    }
    return this.toMember(m);
  }
}
