import type { RequestContext } from '../../context/request-context.js';
import { paginate } from '../../graphql/connection.js';
import { isUuid } from '../../graphql/ids.js';
import { ApiKeyEntity } from '../api-keys/api-key.entity.js';
import { UserEntity } from '../auth/user.entity.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { AuditActorKind, AuditOperation, type AuditEntry, type AuditLogArgs } from './audit.types.js';

export class AuditService {
  /** The current tenant's audit log, newest first, with filters; admins only. */
  async list(ctx: RequestContext, args: AuditLogArgs) {
    ctx.assertCan('audit:read');
    const query = ctx.em.getRepository(AuditEntryEntity).createQueryBuilder('a').where('a.tenantId = :tenantId', { tenantId: ctx.tenantId });
    if (args.entity) query.andWhere('a.entity = :entity', { entity: args.entity });
    if (args.entityId) query.andWhere('a.entityId = :entityId', { entityId: args.entityId });
    if (args.actorId) query.andWhere(isUuid(args.actorId) ? 'a.actorId = :actorId' : 'false', { actorId: args.actorId });
    if (args.action) query.andWhere('a.action = :action', { action: args.action });
    if (args.since) query.andWhere('a.at >= :since', { since: args.since });
    if (args.until) query.andWhere('a.at < :until', { until: args.until });
    const page = await paginate(query, args, ['a.id'], (a) => [Number(a.id)], (a) => a, true);
    const names = await this.actorNames(ctx, page.edges.map((e) => e.node));
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.toEntry(e.node, names) })) };
  }

  private toEntry(a: AuditEntryEntity, names: Map<string, string>): AuditEntry {
    return {
      id: a.id,
      at: a.at,
      actorKind: AuditActorKind[a.actorKind],
      actorId: a.actorId,
      actorName: a.actorId ? (names.get(a.actorId) ?? null) : null,
      requestId: a.requestId,
      action: a.action,
      entity: a.entity,
      entityId: a.entityId,
      operation: AuditOperation[a.operation],
      before: a.before,
      after: a.after,
    };
  }

  /** Emails of people and names of keys for a page of entries, in two queries. */
  private async actorNames(ctx: RequestContext, entries: AuditEntryEntity[]): Promise<Map<string, string>> {
    const ids = (kind: string) => [...new Set(entries.filter((e) => e.actorKind === kind && e.actorId).map((e) => e.actorId!))];
    const names = new Map<string, string>();
    const users = ids('USER');
    if (users.length) {
      for (const u of await ctx.em.getRepository(UserEntity).createQueryBuilder('u').where('u.id IN (:...users)', { users }).getMany()) names.set(u.id, u.email);
    }
    const keys = ids('API_KEY');
    if (keys.length) {
      const rows = await ctx.em.getRepository(ApiKeyEntity).createQueryBuilder('k').where('k.tenantId = :t AND k.id IN (:...keys)', { t: ctx.tenantId, keys }).getMany();
      for (const k of rows) names.set(k.id, `API key "${k.name}"`);
    }
    return names;
  }
}
