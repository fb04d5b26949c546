import type { RequestContext } from '../../context/request-context.js';
import { paginate } from '../../graphql/connection.js';
import { isUuid } from '../../graphql/ids.js';
import { actorKey, actorNames, type ActorRef } from './actor-names.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { AuditActorKind, AuditOperation, type AuditEntry, type AuditLogArgs } from './audit.types.js';

/** The person or API key an entry names, if any (the system acts without one). */
const actorOf = (a: AuditEntryEntity): ActorRef | null =>
  a.actorId && (a.actorKind === 'USER' || a.actorKind === 'API_KEY') ? { kind: a.actorKind, id: a.actorId } : null;

export class AuditService {
  /** The current tenant's audit log, newest first, with filters; admins only. */
  async list(ctx: RequestContext, args: AuditLogArgs) {
    const query = ctx.em
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .where('a.tenantId = :tenantId', { tenantId: ctx.tenantId });
    if (args.entity) query.andWhere('a.entity = :entity', { entity: args.entity });
    if (args.entityId) query.andWhere('a.entityId = :entityId', { entityId: args.entityId });
    if (args.actorId)
      query.andWhere(isUuid(args.actorId) ? 'a.actorId = :actorId' : 'false', { actorId: args.actorId });
    if (args.action) query.andWhere('a.action = :action', { action: args.action });
    if (args.since) query.andWhere('a.at >= :since', { since: args.since });
    if (args.until) query.andWhere('a.at < :until', { until: args.until });
    const page = await paginate(
      query,
      args,
      ['a.id'],
      (a) => [Number(a.id)],
      (a) => a,
      true,
    );
    const names = await actorNames(
      ctx,
      page.edges.flatMap(({ node }) => actorOf(node) ?? []),
    );
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.toEntry(e.node, names) })) };
  }

  private toEntry(a: AuditEntryEntity, names: Map<string, string>): AuditEntry {
    const actor = actorOf(a);
    return {
      id: a.id,
      at: a.at,
      actorKind: AuditActorKind[a.actorKind],
      actorId: a.actorId,
      actorName: actor ? (names.get(actorKey(actor)) ?? null) : null,
      requestId: a.requestId,
      action: a.action,
      entity: a.entity,
      entityId: a.entityId,
      operation: AuditOperation[a.operation],
      before: a.before,
      after: a.after,
    };
  }
}
