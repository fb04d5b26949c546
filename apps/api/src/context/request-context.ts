import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  agencyPermissions,
  tenantPermissions,
  type AgencyRole,
  type Permission,
  type TenantRole,
} from '@noticeboard/domain';
import type { RequestTransaction } from '../db/request-transaction.js';
import type { SignInGuard } from '../http/rate-limit.js';
import { appError, forbidden, unauthenticated } from '../graphql/errors.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

export type Actor =
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

const TENANT_SCOPED: ReadonlySet<Permission> = new Set(['tenant:read', 'tenant:update', 'policy:read', 'policy:write', 'tenant:members', 'tenant:apikeys', 'audit:read', 'consent:read', 'consent:write', 'request:read', 'request:write']);

export const tenantNotSelected = () =>
  appError('BAD_USER_INPUT', 'choose a tenant: send the X-Tenant header with its id or slug', { reason: 'TENANT_NOT_SELECTED' });

export interface TenantAccess {
  id: string;
  agencyId: string;
  role: TenantRole;
}

/**
 * Who is asking, in which tenant, with which transaction. Built once per request from the Authorization and
 * X-Tenant headers; services take it first and never read a tenant id from their arguments.
 */
export class RequestContext {
  constructor(
    readonly tx: RequestTransaction,
    readonly actor: Actor,
    readonly tenant: TenantAccess | null,
    readonly logger: Logger,
    readonly config: Pick<Config, 'sessionTtlHours' | 'production' | 'publicUrl'>,
    readonly userAgent: string | null = null,
    readonly requestId: string = randomUUID(),
  ) {}

  /** Counts failed sign-ins (set by the HTTP layer; absent for work that is not a request). */
  signInGuard: SignInGuard | null = null;

  /** The request's entity manager: every query of the request goes through it. */
  get em(): EntityManager {
    return this.tx.manager;
  }

  get tenantId(): string {
    if (!this.tenant) throw tenantNotSelected();
    return this.tenant.id;
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
    if (this.actor.kind === 'user' && this.actor.agencyRole) agencyPermissions(this.actor.agencyRole).forEach((p) => granted.add(p));
    if (this.tenant) tenantPermissions(this.tenant.role).forEach((p) => granted.add(p));
    return granted;
  }

  can(permission: Permission): boolean {
    return this.permissions().has(permission);
  }

  assertSignedIn(): void {
    if (this.actor.kind === 'anonymous') throw unauthenticated();
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
    return this.tx.inTenant(tenant.id, () => fn(new RequestContext(this.tx, this.actor, tenant, this.logger, this.config, this.userAgent, this.requestId)));
  }

  assertUser(): Extract<Actor, { kind: 'user' }> {
    this.assertSignedIn();
    if (this.actor.kind !== 'user') throw forbidden('only a signed-in person can do this, not an API key');
    return this.actor;
  }
}
