import {
  availableActions,
  calendarDateIn,
  canExtend,
  daysBetween,
  extensionGrounds,
  isOverdue,
  isTerminalRequestState,
  type Jurisdiction,
} from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { paginate, type Connection } from '../../graphql/connection.js';
import { actorKey, actorNames, type ActorRef } from '../audit/actor-names.js';
import type { TenantEntity } from '../tenants/tenant.entity.js';
import type { DataSubjectRequestEntity } from './request.entity.js';
import { stepsQuery, tenantsById } from './request.store.js';
import type { DataSubjectRequest, DataSubjectRequestEvent } from './request.types.js';

/** The last day the requester can be told of an extension, on whichever ground the regime offers. */
const noticeBy = (d: DataSubjectRequestEntity['deadline']): string | null =>
  d.extension.kind !== 'NONE' ? d.extension.noticeBy : (d.alternativeFormatExtension?.noticeBy ?? null);

/** The GraphQL shape, with what is derived from today's date in the tenant's calendar. */
export function requestView(r: DataSubjectRequestEntity, tenant: TenantEntity | undefined): DataSubjectRequest {
  const now = new Date();
  const open = !isTerminalRequestState(r.state);
  const extendable = canExtend(r.state, r.deadline);
  const standing = { ...r, passedOn: r.passedOnAt !== null };
  return {
    id: r.id,
    reference: r.reference,
    type: r.type,
    jurisdiction: r.jurisdiction as Jurisdiction,
    state: r.state,
    source: r.source,
    requesterName: r.requesterName,
    requesterEmail: r.requesterEmail,
    details: r.details,
    language: r.language,
    receivedAt: r.receivedAt,
    clockStartsOn: r.clockStartsOn,
    dueOn: r.dueOn,
    lawDueOn: r.deadline.lawDueOn,
    promisedDueOn: r.deadline.promisedDueOn,
    acknowledgeBy: r.acknowledgeBy,
    extensionDueOn: extendable && r.deadline.extension.kind === 'FIXED' ? r.deadline.extension.dueOn : null,
    canExtend: extendable,
    extensionGrounds: extendable ? extensionGrounds(r.deadline) : [],
    extensionNoticeBy: extendable ? noticeBy(r.deadline) : null,
    extensionGround: r.extension?.ground ?? null,
    clock: { ...r.deadline.clock, waits: r.clockWaits },
    statutory: r.deadline.statutory,
    emailConfirmedAt: r.emailConfirmedAt,
    passedOnAt: r.passedOnAt,
    mergedIntoId: r.mergedIntoId,
    extended: r.extended,
    extensionReason: r.extensionReason,
    rule: r.deadline.rule,
    isOverdue: open && isOverdue(r.dueOn, now, r.timeZone),
    daysLeft: daysBetween(calendarDateIn(now, r.timeZone), r.dueOn),
    overdueSince: r.overdueSince,
    verifiedAt: r.verifiedAt,
    verificationMethod: r.verificationMethod,
    closedAt: r.closedAt,
    outcome: r.outcome,
    availableActions: availableActions(standing),
    tenant: { id: r.tenantId, legalName: tenant?.legalName ?? '', slug: tenant?.slug ?? '' },
  };
}

/** One request as GraphQL shows it (with its tenant's names). */
export async function toRequest(ctx: RequestContext, r: DataSubjectRequestEntity): Promise<DataSubjectRequest> {
  return requestView(r, (await tenantsById(ctx, [r.tenantId])).get(r.tenantId));
}

/** The request's history, oldest first, with who acted. */
export async function requestHistory(
  ctx: RequestContext,
  request: DataSubjectRequest,
  args: { first?: number; after?: string; last?: number; before?: string },
): Promise<Connection<DataSubjectRequestEvent>> {
  const page = await paginate(stepsQuery(ctx, request.tenant.id, request.id), args, ['e.id'], (e) => [Number(e.id)]);
  const refs = page.edges.flatMap(({ node: e }): ActorRef[] =>
    (e.actorKind === 'USER' || e.actorKind === 'API_KEY') && e.actorId ? [{ kind: e.actorKind, id: e.actorId }] : [],
  );
  const names = await actorNames(ctx, refs, request.tenant.id);
  return {
    ...page,
    edges: page.edges.map(({ cursor, node: e }) => ({
      cursor,
      node: {
        id: e.id,
        at: e.at,
        action: e.action,
        fromState: e.fromState,
        toState: e.toState,
        actorKind: e.actorKind,
        actorId: e.actorId,
        actorName:
          (e.actorKind === 'USER' || e.actorKind === 'API_KEY') && e.actorId
            ? (names.get(actorKey({ kind: e.actorKind, id: e.actorId })) ?? null)
            : e.actorKind === 'REQUESTER'
              ? 'the requester'
              : null,
        reason: e.reason,
        details: e.details,
      },
    })),
  };
}
