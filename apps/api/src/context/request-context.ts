import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  agencyPermissions,
  tenantPermissions,
  type AgencyRole,
  type Permission,
  type TenantRole,
} from '@noticeboard/domain';
import type { AuditActor, RequestTransaction } from '../db/request-transaction.js';
import type { SignInGuard } from '../http/rate-limit.js';
import { appError, forbidden, unauthenticated } from '../graphql/errors.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/** Who calls the GraphQL API: nobody yet, a signed-in person, or an API key. */
export type GraphQLActor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      sessionId: string;
      agencyId: string | null;
      agencyRole: AgencyRole | null;
      /** Signs in with a second factor. */
      twoFactor: boolean;
      /**
       * The agency (its name) that requires a second factor the person has not set up, as its staff or in one of its
       * tenants: until they do, only account operations work (graphql/permissions.ts). Null when nothing is missing.
       */
      twoFactorRequiredBy: string | null;
    }
  | { kind: 'apiKey'; apiKeyId: string; tenantId: string; role: TenantRole };

/**
 * Who acts outside GraphQL, with the tenant of the transaction's scope and no permission: an anonymous visitor of
 * a tenant's public endpoints (`public`: a website's consent banner, a subscription form), a data subject making
 * their request and proving it by the emailed link or code (`requester`), or a background job (`system`). They
 * never reach a resolver; if one did, it would be refused like an anonymous caller.
 */
export type OutsideActor = { kind: 'public' } | { kind: 'requester' } | { kind: 'system' };

export type Actor = GraphQLActor | OutsideActor;

/** How an actor is stored where it acted: the audit log, a request's history, a consent's record. */
export type RecordedActorKind = 'USER' | 'API_KEY' | 'PUBLIC' | 'REQUESTER' | 'SYSTEM';
export interface RecordedActor {
  kind: RecordedActorKind;
  id: string | null;
}

/** The one mapping from who acts to who is recorded as acting (an anonymous GraphQL caller is the system). */
export function recordedActor(actor: Actor): RecordedActor {
  switch (actor.kind) {
    case 'user':
      return { kind: 'USER', id: actor.userId };
    case 'apiKey':
      return { kind: 'API_KEY', id: actor.apiKeyId };
    case 'public':
      return { kind: 'PUBLIC', id: null };
    case 'requester':
      return { kind: 'REQUESTER', id: null };
    case 'anonymous':
    case 'system':
      return { kind: 'SYSTEM', id: null };
  }
}

/** The audit log knows people, API keys and the system: the public and requesters act as the system there. */
export function auditActor(actor: Actor, requestId: string | null): AuditActor {
  const { kind, id } = recordedActor(actor);
  return kind === 'USER' || kind === 'API_KEY' ? { kind, id, requestId } : { kind: 'SYSTEM', id: null, requestId };
}

const isOutside = (actor: Actor): actor is OutsideActor =>
  actor.kind === 'public' || actor.kind === 'requester' || actor.kind === 'system';

/** The settings a context carries. */
export type ContextConfig = Pick<Config, 'sessionTtlHours' | 'production' | 'publicUrl'>;

const TENANT_SCOPED: ReadonlySet<Permission> = new Set([
  'tenant:read',
  'tenant:update',
  'policy:read',
  'policy:write',
  'tenant:members',
  'tenant:apikeys',
  'audit:read',
  'consent:read',
  'consent:write',
  'request:read',
  'request:write',
]);

export const tenantNotSelected = () =>
  appError('BAD_USER_INPUT', 'choose a tenant: send the X-Tenant header with its id or slug', {
    reason: 'TENANT_NOT_SELECTED',
  });

export interface TenantAccess {
  id: string;
  agencyId: string;
  role: TenantRole;
}

/**
 * Who is asking, in which tenant, with which transaction: the one context of every caller. Built once per request
 * (`RequestContext.create`): by GraphQL from the Authorization and X-Tenant headers, by the public endpoints for the
 * tenant of the URL's slug, by a job for its tenant. Services take it first and never read a tenant id from their
 * arguments.
 */
export class RequestContext {
  constructor(
    readonly tx: RequestTransaction,
    readonly actor: Actor,
    readonly tenant: TenantAccess | null,
    readonly logger: Logger,
    readonly config: ContextConfig,
    readonly userAgent: string | null = null,
    readonly requestId: string = randomUUID(),
  ) {}

  /**
   * Makes a context over a transaction whose scope is already set. `tenant` is the member's access (GraphQL); an
   * outside actor works in the tenant the transaction has in scope.
   */
  static create(input: {
    tx: RequestTransaction;
    actor: Actor;
    tenant?: TenantAccess | null;
    logger: Logger;
    config: ContextConfig;
    userAgent?: string | null;
    requestId?: string;
  }): RequestContext {
    return new RequestContext(
      input.tx,
      input.actor,
      input.tenant ?? null,
      input.logger,
      input.config,
      input.userAgent ?? null,
      input.requestId,
    );
  }

  /** Counts failed sign-ins (set by the HTTP layer; absent for work that is not a request). */
  signInGuard: SignInGuard | null = null;

  /** The request's entity manager: every query of the request goes through it. */
  get em(): EntityManager {
    return this.tx.manager;
  }

  get tenantId(): string {
    const id = this.tenant?.id ?? (isOutside(this.actor) ? this.tx.currentScope.tenantId : null);
    if (!id) throw tenantNotSelected();
    return id;
  }

  get userId(): string | null {
    return this.actor.kind === 'user' ? this.actor.userId : null;
  }

  get agencyId(): string | null {
    if (this.actor.kind === 'user') return this.actor.agencyId;
    return this.tenant?.agencyId ?? null;
  }

  permissions(): ReadonlySet<Permission> {
    const granted = new Set<Permission>();
    if (this.actor.kind === 'user' && this.actor.agencyRole)
      agencyPermissions(this.actor.agencyRole).forEach((p) => granted.add(p));
    if (this.tenant) tenantPermissions(this.tenant.role).forEach((p) => granted.add(p));
    return granted;
  }

  can(permission: Permission): boolean {
    return this.permissions().has(permission);
  }

  assertSignedIn(): void {
    if (this.actor.kind !== 'user' && this.actor.kind !== 'apiKey') throw unauthenticated();
  }

  /** Throws UNAUTHENTICATED for anonymous callers, FORBIDDEN when the role lacks the permission. */
  assertCan(permission: Permission): void {
    this.assertSignedIn();
    if (this.can(permission)) return;
    // A tenant permission that fails only because no tenant is selected deserves that explanation.
    if (!this.tenant && TENANT_SCOPED.has(permission)) throw tenantNotSelected();
    throw forbidden(`your role does not allow ${permission}`);
  }

  /** Runs `fn` with another tenant in scope (agency-wide work such as catalog propagation), then restores it. */
  asTenant<T>(tenant: TenantAccess, fn: (ctx: RequestContext) => Promise<T>): Promise<T> {
    return this.tx.inTenant(tenant.id, () =>
      fn(new RequestContext(this.tx, this.actor, tenant, this.logger, this.config, this.userAgent, this.requestId)),
    );
  }

  assertUser(): Extract<Actor, { kind: 'user' }> {
    this.assertSignedIn();
    if (this.actor.kind !== 'user') throw forbidden('only a signed-in person can do this, not an API key');
    return this.actor;
  }
}
