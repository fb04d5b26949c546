import { canGrant, problem } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { notFound } from '../../graphql/errors.js';
import { existingId } from '../../graphql/ids.js';
import { paginate, type ConnectionArgs } from '../../graphql/connection.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { AgencyMemberEntity } from '../agencies/agency.entity.js';
import { UserEntity } from '../auth/user.entity.js';
import { findOrCreateUser, initialPasswordHash } from '../auth/user.service.js';
import { TenantMemberEntity } from './tenant.entity.js';
import type { AddTenantMemberInput, TenantMember, UpdateTenantMemberInput } from './tenant-member.types.js';

type Loaded = TenantMemberEntity & { user?: UserEntity };

export class TenantMemberService {
  private query(ctx: RequestContext) {
    return ctx.em
      .getRepository(TenantMemberEntity)
      .createQueryBuilder('m')
      .innerJoinAndMapOne('m.user', UserEntity, 'u', 'u.id = m.userId')
      .where('m.tenantId = :tenantId', { tenantId: ctx.tenantId });
  }

  private toMember(m: Loaded): TenantMember {
    return { userId: m.userId, email: m.user!.email, name: m.user!.name, role: m.role, createdAt: m.createdAt };
  }

  private async load(ctx: RequestContext, userId: string): Promise<Loaded> {
    const m = await this.query(ctx).andWhere('m.userId = :userId', { userId: existingId(userId, 'tenant member') }).getOne();
    if (!m) throw notFound('tenant member');
    return m;
  }

  list(ctx: RequestContext, args: ConnectionArgs) {
    ctx.assertCan('tenant:read');
    return paginate(this.query(ctx), args, ['m.createdAt', 'm.userId'], (m) => [m.createdAt.toISOString(), m.userId], (m) => this.toMember(m));
  }

  /** People from another agency cannot be added: a tenant's staff are its own or its agency's. */
  async add(ctx: RequestContext, input: AddTenantMemberInput): Promise<TenantMember | ValidationFailed> {
    ctx.assertCan('tenant:members');
    if (!canGrant(ctx.tenant!.role, input.role)) return ValidationFailed.of([problem('role', 'NOT_ALLOWED', 'you cannot grant a role above your own')]);
    const passwordHash = await initialPasswordHash(ctx, input.initialPassword);
    const user = await findOrCreateUser(ctx.em, input, passwordHash);
    if (Array.isArray(user)) return ValidationFailed.of(user);
    const agencyMembership = await ctx.em.getRepository(AgencyMemberEntity).findOneBy({ userId: user.id });
    if (agencyMembership && agencyMembership.agencyId !== ctx.tenant!.agencyId) {
      return ValidationFailed.of([problem('email', 'NOT_ALLOWED', 'this person works for another agency')]);
    }
    if (await ctx.em.getRepository(TenantMemberEntity).findOneBy({ tenantId: ctx.tenantId, userId: user.id })) {
      return ValidationFailed.of([problem('email', 'DUPLICATE', 'this person is already a member of the tenant')]);
    }
    await ctx.em.getRepository(TenantMemberEntity).insert({ tenantId: ctx.tenantId, userId: user.id, role: input.role });
    return this.toMember(await this.load(ctx, user.id));
  }

  async update(ctx: RequestContext, input: UpdateTenantMemberInput): Promise<TenantMember | ValidationFailed> {
    ctx.assertCan('tenant:members');
    const m = await this.load(ctx, input.userId);
    if (!canGrant(ctx.tenant!.role, input.role) || !canGrant(ctx.tenant!.role, m.role)) {
      return ValidationFailed.of([problem('role', 'NOT_ALLOWED', 'you cannot change a role above your own')]);
    }
    await ctx.em.getRepository(TenantMemberEntity).update({ tenantId: ctx.tenantId, userId: m.userId }, { role: input.role });
    return this.toMember(await this.load(ctx, m.userId));
  }

  async remove(ctx: RequestContext, userId: string): Promise<TenantMember | ValidationFailed> {
    ctx.assertCan('tenant:members');
    const m = await this.load(ctx, userId);
    if (!canGrant(ctx.tenant!.role, m.role)) return ValidationFailed.of([problem('userId', 'NOT_ALLOWED', 'you cannot remove someone above your own role')]);
    await ctx.em.getRepository(TenantMemberEntity).delete({ tenantId: ctx.tenantId, userId });
    return this.toMember(m);
  }
}
