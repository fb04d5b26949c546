import { randomUUID } from 'node:crypto';
import {
  displayName,
  effectiveTenantRole,
  mergeTenantProfile,
  problem,
  rebaseTranslations,
  rightsAvailable,
  slugFromName,
  tenantPermissions,
  validateTenantProfile,
  type SupervisoryAuthority,
  type TenantProfile,
  type Translations,
  type TenantRole,
} from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { forbidden, notFound } from '../../graphql/errors.js';
import { existingId } from '../../graphql/ids.js';
import { paginate, type ConnectionArgs, type Connection } from '../../graphql/connection.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { announcePublicChange } from '../public/published-page.cache.js';
import { TenantMemberEntity, TenantDirectoryEntity, TenantEntity } from './tenant.entity.js';
import { profileOf } from './tenant-profile.js';
import { retireSlug, reviveSlug, slugAvailable } from './tenant-slug.store.js';
import { translationsOf, withTranslations } from '../common/translations.js';
import { defaultLanguageChangeProblems, rebaseTenantTexts } from './default-language.js';
import type { CreateTenantInput, Tenant, UpdateTenantInput } from './tenant.types.js';

/** The columns a validated profile is stored in: the list, and its first entry mirrored into the deprecated column. */
function columnsOf(profile: TenantProfile & { translations?: Translations }): Partial<TenantEntity> {
  const first = profile.supervisoryAuthorities[0];
  const { jurisdictions: _j, establishment: _e, ...single } = first ?? { jurisdictions: [], establishment: null };
  return { ...profile, supervisoryAuthority: first ? (single as SupervisoryAuthority) : null };
}

/**
 * The deprecated `supervisoryAuthority` input of clients that know one authority: a value replaces the first entry's
 * details (keeping what it is competent for), null removes the first entry. Ignored when the list itself is given.
 */
function withSingleAuthority(current: TenantProfile, patch: Omit<UpdateTenantInput, 'id'>): Record<string, unknown> {
  const { supervisoryAuthority: single, ...rest } = patch;
  if (single === undefined || rest.supervisoryAuthorities !== undefined) return rest;
  const [first, ...others] = current.supervisoryAuthorities;
  if (single === null) return { ...rest, supervisoryAuthorities: others };
  const competence = { jurisdictions: first?.jurisdictions ?? [], establishment: first?.establishment ?? null };
  return { ...rest, supervisoryAuthorities: [{ ...competence, ...single }, ...others] };
}

export function toTenant(t: TenantEntity, role: TenantRole, canDelete: boolean): Tenant {
  const permissions = tenantPermissions(role);
  const profile = profileOf(t);
  return {
    id: t.tenantId,
    ...profile,
    supervisoryAuthority: profile.supervisoryAuthorities[0] ?? null,
    translations: translationsOf('controller', profile, t.translations),
    displayName: displayName(t),
    rights: rightsAvailable(t.jurisdictions),
    viewer: {
      role,
      canUpdateProfile: permissions.has('tenant:update'),
      canEditPolicy: permissions.has('policy:write'),
      canManageMembers: permissions.has('tenant:members'),
      canManageApiKeys: permissions.has('tenant:apikeys'),
      canReadAudit: permissions.has('audit:read'),
      canReadConsents: permissions.has('consent:read'),
      canRecordConsents: permissions.has('consent:write'),
      canReadRequests: permissions.has('request:read'),
      canHandleRequests: permissions.has('request:write'),
      canDelete,
    },
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

export class TenantService {
  /** The caller's role in a tenant they can see, or null. */
  private async roleIn(ctx: RequestContext, tenant: TenantEntity): Promise<TenantRole | null> {
    const actor = ctx.actor;
    if (actor.kind === 'apiKey') return actor.tenantId === tenant.tenantId ? actor.role : null;
    if (actor.kind !== 'user') return null;
    if (actor.agencyRole === 'OWNER' && actor.agencyId === tenant.agencyId) return 'ADMIN';
    const membership = await ctx.em
      .getRepository(TenantMemberEntity)
      .findOneBy({ tenantId: tenant.tenantId, userId: actor.userId });
    return effectiveTenantRole(null, membership?.role ?? null);
  }

  private canDelete(ctx: RequestContext, tenant: TenantEntity): boolean {
    return ctx.actor.kind === 'user' && ctx.actor.agencyRole === 'OWNER' && ctx.actor.agencyId === tenant.agencyId;
  }

  /** A tenant the caller may read; anything else (another agency's, a typo) is NOT_FOUND. */
  private async load(
    ctx: RequestContext,
    where: { tenantId: string } | { slug: string },
  ): Promise<{ entity: TenantEntity; role: TenantRole }> {
    const entity = await ctx.em.getRepository(TenantEntity).findOneBy(where);
    const role = entity ? await this.roleIn(ctx, entity) : null;
    if (!entity || !role) throw notFound('tenant');
    return { entity, role };
  }

  private loadById(ctx: RequestContext, id: string) {
    return this.load(ctx, { tenantId: existingId(id, 'tenant') });
  }

  async byId(ctx: RequestContext, id: string): Promise<Tenant> {
    const { entity, role } = await this.loadById(ctx, id);
    return toTenant(entity, role, this.canDelete(ctx, entity));
  }

  async bySlug(ctx: RequestContext, slug: string): Promise<Tenant> {
    // No slug holds a NUL, and PostgreSQL refuses one even as a parameter.
    if (slug.includes('\u0000')) throw notFound('tenant');
    const { entity, role } = await this.load(ctx, { slug: slug.trim().toLowerCase() });
    return toTenant(entity, role, this.canDelete(ctx, entity));
  }

  /** The tenants the caller can open: an owner's whole agency, a person's memberships, a key's own tenant. */
  async list(ctx: RequestContext, args: ConnectionArgs & { search?: string | null }): Promise<Connection<Tenant>> {
    const actor = ctx.actor;
    const query = ctx.em.getRepository(TenantEntity).createQueryBuilder('t');
    const roles = new Map<string, TenantRole>();
    if (actor.kind === 'apiKey') {
      query.where('t.tenantId = :id', { id: actor.tenantId });
    } else if (actor.kind === 'user' && actor.agencyRole === 'OWNER') {
      // Through the directory's agency index: tenant tables are indexed by tenant first, so `agency_id` alone scans.
      query.where(
        't.agencyId = :agencyId AND t.tenantId IN (SELECT d.tenant_id FROM tenant_directory d WHERE d.agency_id = :agencyId)',
        { agencyId: actor.agencyId },
      );
    } else if (actor.kind === 'user') {
      const memberships = await ctx.em.getRepository(TenantMemberEntity).findBy({ userId: actor.userId });
      memberships.forEach((m) => roles.set(m.tenantId, m.role));
      if (memberships.length) query.where('t.tenantId IN (:...ids)', { ids: memberships.map((m) => m.tenantId) });
      else query.where('false');
    }
    const search = args.search?.trim();
    if (search?.includes('\u0000'))
      query.andWhere('false'); // nothing stored holds a NUL; PostgreSQL refuses one as a parameter
    else if (search) {
      query.andWhere('(t.legalName ILIKE :q OR t.tradingName ILIKE :q OR t.slug ILIKE :q)', {
        q: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    return paginate(
      query,
      args,
      ['t.createdAt', 't.tenantId'],
      (t) => [t.createdAt.toISOString(), t.tenantId],
      (t) =>
        toTenant(t, actor.kind === 'apiKey' ? actor.role : (roles.get(t.tenantId) ?? 'ADMIN'), this.canDelete(ctx, t)),
    );
  }

  /** A slug another tenant has, or another agency's tenant had, is taken (the message names neither). */
  private async slugTaken(
    ctx: RequestContext,
    slug: string,
    agencyId: string,
    tenantId: string | null,
  ): Promise<ValidationFailed | null> {
    if (await slugAvailable(ctx.em, slug, agencyId, tenantId)) return null;
    return ValidationFailed.of([problem('slug', 'DUPLICATE', `the slug "${slug}" is taken: choose another`)]);
  }

  async create(ctx: RequestContext, input: CreateTenantInput): Promise<Tenant | ValidationFailed> {
    const agencyId = ctx.agencyId!;
    const checked = await withTranslations(
      ctx,
      'controller',
      validateTenantProfile({ ...input, slug: input.slug ?? slugFromName(input.legalName ?? '') }),
      undefined,
      input.translations,
      input.defaultLanguage ?? 'en',
    );
    if (!checked.ok) return ValidationFailed.of(checked.problems);
    const profile = checked.value;
    const taken = await this.slugTaken(ctx, profile.slug, agencyId, null);
    if (taken) return taken;
    await reviveSlug(ctx.em, profile.slug);
    const tenantId = randomUUID();
    await ctx.em.getRepository(TenantDirectoryEntity).insert({ tenantId, agencyId, slug: profile.slug });
    const entity = await ctx.tx.inTenant(tenantId, async () => {
      const repo = ctx.em.getRepository(TenantEntity);
      await repo.insert({ tenantId, agencyId, ...columnsOf(profile) });
      return repo.findOneByOrFail({ tenantId });
    });
    return toTenant(entity, 'ADMIN', true);
  }

  async update(ctx: RequestContext, input: UpdateTenantInput): Promise<Tenant | ValidationFailed> {
    const { entity, role } = await this.loadById(ctx, input.id);
    if (!tenantPermissions(role).has('tenant:update')) throw forbidden('your role does not allow tenant:update');
    const { id: _id, ...patch } = input;
    const current = profileOf(entity);
    const merged = mergeTenantProfile(current, withSingleAuthority(current, patch));
    const from = entity.defaultLanguage;
    const to = merged.ok ? merged.value.defaultLanguage : from;
    if (to !== from) {
      const refused = await ctx.tx.inTenant(entity.tenantId, () =>
        defaultLanguageChangeProblems(ctx, entity.tenantId, to),
      );
      if (refused.length) return ValidationFailed.of(refused);
    }
    // A new default language: the controller's texts swap with their translations into it, like every item's.
    const rebased =
      merged.ok && to !== from ? rebaseTranslations('controller', merged.value, entity.translations, from, to) : null;
    const checked = await withTranslations(
      ctx,
      'controller',
      rebased ? { ok: true, value: rebased.value } : merged,
      rebased ? rebased.translations : entity.translations,
      input.translations,
      to,
    );
    if (!checked.ok) return ValidationFailed.of(checked.problems);
    const profile = checked.value;
    if (profile.slug !== entity.slug) {
      const taken = await this.slugTaken(ctx, profile.slug, entity.agencyId, entity.tenantId);
      if (taken) return taken;
      // The old address keeps redirecting here, and stays this agency's.
      await reviveSlug(ctx.em, profile.slug);
      await retireSlug(ctx.em, entity.slug, entity.agencyId, entity.tenantId);
      await ctx.em.getRepository(TenantDirectoryEntity).update({ tenantId: entity.tenantId }, { slug: profile.slug });
      await announcePublicChange(ctx.em, entity.tenantId);
    }
    const updated = await ctx.tx.inTenant(entity.tenantId, async () => {
      const repo = ctx.em.getRepository(TenantEntity);
      await repo.update({ tenantId: entity.tenantId }, columnsOf(profile));
      if (to !== from) await rebaseTenantTexts(ctx, entity.tenantId, from, to);
      return repo.findOneByOrFail({ tenantId: entity.tenantId });
    });
    return toTenant(updated, role, this.canDelete(ctx, updated));
  }

  /** Deletes a tenant and everything in it. Only the agency's owners may. */
  async delete(ctx: RequestContext, id: string): Promise<string> {
    const { entity } = await this.loadById(ctx, id);
    if (!this.canDelete(ctx, entity)) throw forbidden('only an agency owner can delete a tenant');
    await ctx.tx.inTenant(entity.tenantId, () =>
      ctx.em.getRepository(TenantEntity).delete({ tenantId: entity.tenantId }),
    );
    // Its addresses stay reserved for the agency (the directory row's deletion unlinks them from the tenant).
    await retireSlug(ctx.em, entity.slug, entity.agencyId, entity.tenantId);
    await ctx.em.getRepository(TenantDirectoryEntity).delete({ tenantId: entity.tenantId });
    await announcePublicChange(ctx.em, entity.tenantId);
    return entity.tenantId;
  }
}
