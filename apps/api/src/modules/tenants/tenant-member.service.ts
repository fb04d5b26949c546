import { canGrant, problem } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { notFound } from '../../graphql/errors.js';
import { existingId } from '../../graphql/ids.js';
import { paginate, type ConnectionArgs } from '../../graphql/connection.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { UserEntity } from '../auth/user.entity.js';
import { TenantMemberEntity } from './tenant.entity.js';
import type { TenantMember, UpdateTenantMemberInput } from './tenant-member.types.js';

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
    const m = await this.query(ctx)
      .andWhere('m.userId = :userId', { userId: existingId(userId, 'tenant member') })
      .getOne();
    if (!m) throw notFound('tenant member');
    return m;
  }

  list(ctx: RequestContext, args: ConnectionArgs) {
    return paginate(
      this.query(ctx),
      args,
      ['m.createdAt', 'm.userId'],
      (m) => [m.createdAt.toISOString(), m.userId],
      (m) => this.toMember(m),
    );
  }

  async update(ctx: RequestContext, input: UpdateTenantMemberInput): Promise<TenantMember | ValidationFailed> {
    const m = await this.load(ctx, input.userId);
    if (!canGrant(ctx.tenant!.role, input.role) || !canGrant(ctx.tenant!.role, m.role)) {
      return ValidationFailed.of([problem('role', 'NOT_ALLOWED', 'you cannot change a role above your own')]);
    }
    await ctx.em
      .getRepository(TenantMemberEntity)
      .update({ tenantId: ctx.tenantId, userId: m.userId }, { role: input.role });
    return this.toMember(await this.load(ctx, m.userId));
  }

  async remove(ctx: RequestContext, userId: string): Promise<TenantMember | ValidationFailed> {
    const m = await this.load(ctx, userId);
    if (!canGrant(ctx.tenant!.role, m.role))
      return ValidationFailed.of([problem('userId', 'NOT_ALLOWED', 'you cannot remove someone above your own role')]);
    await ctx.em.getRepository(TenantMemberEntity).delete({ tenantId: ctx.tenantId, userId });
    return this.toMember(m);
  }
}
