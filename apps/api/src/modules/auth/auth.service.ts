import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { effectiveTenantRole, type AgencyRole, type TenantRole } from '@noticeboard/domain';
import { auditActor, RequestContext, type GraphQLActor, type TenantAccess } from '../../context/request-context.js';
import type { RequestTransaction } from '../../db/request-transaction.js';
import { forbidden, unauthenticated } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import type { Config } from '../../config.js';
import type { SignInGuard } from '../../http/rate-limit.js';
import type { Logger } from '../../logger.js';
import { ApiKeyEntity } from '../api-keys/api-key.entity.js';
import { TenantEntity, TenantMemberEntity } from '../tenants/tenant.entity.js';
import { verifyPassword } from './password.js';
import { SessionEntity } from './session.entity.js';
import { newSecret, parseApiKeyToken, SESSION_PREFIX, sha256, SIGN_IN_CHALLENGE_PREFIX } from './token.js';
import { UserEntity } from './user.entity.js';

export interface AuthHeaders {
  authorization?: string | undefined;
  tenant?: string | undefined;
  userAgent?: string | undefined;
}

type IssuedToken = { token: string; expiresAt: Date };
export type SignInOutcome =
  { retryAfter: number } | { challenge: IssuedToken } | { user: UserEntity; session: IssuedToken };

export class AuthService {
  /**
   * Checks the password and opens a session: null for any mismatch (callers must not tell which part was wrong),
   * `{ retryAfter }` while `guard` refuses the address or the client. The attempt is counted before the password
   * is checked (so concurrent guesses cannot outrun the limit) and forgotten when it matches. The guard counts on
   * connections of its own and Argon2 is slow on purpose, so both run while the request holds no connection: a
   * request holding one while it waits for another could starve the pool.
   */
  async login(
    ctx: RequestContext,
    email: string,
    password: string,
    guard: SignInGuard | null,
  ): Promise<SignInOutcome | null> {
    const retryAfter = guard ? await ctx.tx.withoutConnection(() => guard.attempt(email)) : null;
    if (retryAfter) return { retryAfter };
    // No address holds a NUL, and PostgreSQL refuses one even as a parameter: a mismatch like any other.
    const user = email.includes('\u0000')
      ? null
      : await ctx.em.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
    const valid = await ctx.tx.withoutConnection(async () => {
      const matches = (await verifyPassword(user?.passwordHash ?? null, password)) && user !== null;
      if (matches) await guard?.succeeded(email);
      return matches;
    });
    if (!user || !valid) return null;
    if (user.totpEnabledAt) return { challenge: await this.openChallenge(ctx, user) };
    return { user, session: await this.openSession(ctx, user) };
  }

  /** A new session of `user`: the bearer token (shown once) and when it expires. */
  async openSession(ctx: RequestContext, user: UserEntity): Promise<{ token: string; expiresAt: Date }> {
    const token = `${SESSION_PREFIX}${newSecret()}`;
    const expiresAt = new Date(Date.now() + ctx.config.sessionTtlHours * 3600_000);
    await ctx.em.getRepository(SessionEntity).insert({
      id: randomUUID(),
      userId: user.id,
      tokenHash: sha256(token),
      userAgent: ctx.userAgent?.slice(0, 300) ?? null,
      expiresAt,
      revokedAt: null,
    });
    return { token, expiresAt };
  }

  /** The password was right and a second factor is due: a challenge for `completeSignIn`, valid 5 minutes. */
  private async openChallenge(ctx: RequestContext, user: UserEntity): Promise<{ token: string; expiresAt: Date }> {
    const token = `${SIGN_IN_CHALLENGE_PREFIX}${newSecret()}`;
    const expiresAt = new Date(Date.now() + 5 * 60_000);
    await ctx.em.query('INSERT INTO sign_in_challenges (id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, $4)', [
      randomUUID(),
      user.id,
      sha256(token),
      expiresAt,
    ]);
    return { token, expiresAt };
  }

  async revokeSession(em: EntityManager, sessionId: string): Promise<void> {
    await em.getRepository(SessionEntity).update({ id: sessionId }, { revokedAt: new Date() });
  }

  async revokeAllSessions(em: EntityManager, userId: string): Promise<number> {
    const result = await em
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
    return result.affected ?? 0;
  }

  /** Who the bearer token belongs to. A malformed, unknown, expired or revoked token is UNAUTHENTICATED. */
  private async authenticate(tx: RequestTransaction, authorization: string | undefined): Promise<GraphQLActor> {
    if (!authorization) return { kind: 'anonymous' };
    const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!m) throw unauthenticated('the Authorization header must be "Bearer <token>"');
    const token = m[1]!;
    if (token.startsWith(SESSION_PREFIX)) {
      const session = await tx.manager
        .getRepository(SessionEntity)
        .createQueryBuilder('s')
        .where('s.tokenHash = :hash AND s.revokedAt IS NULL AND s.expiresAt > now()', { hash: sha256(token) })
        .getOne();
      if (!session) throw unauthenticated('this session has expired or was signed out: sign in again');
      const [person]: { agency_id: string | null; role: AgencyRole | null; two_factor: boolean }[] =
        await tx.manager.query(
          `SELECT m.agency_id, m.role, u.totp_enabled_at IS NOT NULL AS two_factor
           FROM users u LEFT JOIN agency_members m ON m.user_id = u.id
          WHERE u.id = $1`,
          [session.userId],
        );
      return {
        kind: 'user',
        userId: session.userId,
        sessionId: session.id,
        agencyId: person?.agency_id ?? null,
        agencyRole: person?.role ?? null,
        twoFactor: person?.two_factor ?? false,
        // Known once the person's memberships are in scope (contextFor).
        twoFactorRequiredBy: null,
      };
    }
    const key = parseApiKeyToken(token);
    if (!key) throw unauthenticated('unrecognised token');
    // The key's tenant goes into scope first: api_keys is a tenant table and RLS applies to the lookup too.
    await tx.setScope({ tenantId: key.tenantId, agencyId: null, userId: null });
    const apiKey = await tx.manager
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('k')
      .where('k.tenantId = :tenantId AND k.tokenHash = :hash AND k.revokedAt IS NULL', {
        tenantId: key.tenantId,
        hash: sha256(key.secret),
      })
      .getOne();
    if (!apiKey) throw unauthenticated('this API key is unknown or revoked');
    await tx.manager.query(
      `UPDATE api_keys SET last_used_at = now() WHERE tenant_id = $1 AND id = $2 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [apiKey.tenantId, apiKey.id],
    );
    return { kind: 'apiKey', apiKeyId: apiKey.id, tenantId: apiKey.tenantId, role: apiKey.role };
  }

  /** The name of an agency the person works with (as staff or in one of its tenants) that requires a second factor. */
  private async agencyRequiringSecondFactor(
    tx: RequestTransaction,
    userId: string,
    agencyId: string | null,
  ): Promise<string | null> {
    const [found]: { name: string }[] = await tx.manager.query(
      `SELECT a.name FROM agencies a
        WHERE a.require_two_factor
          AND (a.id = $2 OR a.id IN (SELECT d.agency_id FROM tenant_members m JOIN tenant_directory d ON d.tenant_id = m.tenant_id WHERE m.user_id = $1))
        ORDER BY a.name LIMIT 1`,
      [userId, agencyId],
    );
    return found?.name ?? null;
  }

  /** The tenant the request works in: the API key's, the X-Tenant header's, or a person's only tenant. */
  private async selectTenant(
    tx: RequestTransaction,
    actor: GraphQLActor,
    header: string | undefined,
  ): Promise<TenantAccess | null> {
    if (actor.kind === 'anonymous') return null;
    if (actor.kind === 'apiKey') {
      const tenant = await tx.manager.getRepository(TenantEntity).findOneBy({ tenantId: actor.tenantId });
      if (!tenant) throw unauthenticated('the tenant of this API key no longer exists');
      if (header && header !== tenant.tenantId && header !== tenant.slug) {
        throw forbidden('an API key works only in its own tenant');
      }
      return { id: tenant.tenantId, agencyId: tenant.agencyId, role: actor.role };
    }
    const tenants = tx.manager.getRepository(TenantEntity);
    let tenant: TenantEntity | null;
    const selector = header?.trim();
    if (selector) {
      // RLS shows only tenants of the owner's agency or the person's memberships: anything else is not found.
      tenant = await tenants.findOneBy(
        isUuid(selector) ? { tenantId: selector.toLowerCase() } : { slug: selector.toLowerCase() },
      );
      if (!tenant) throw forbidden(`you have no access to tenant "${selector.slice(0, 80)}"`);
    } else {
      if (actor.agencyRole) return null;
      const memberships = await tx.manager
        .getRepository(TenantMemberEntity)
        .find({ where: { userId: actor.userId }, take: 2 });
      if (memberships.length !== 1) return null;
      tenant = await tenants.findOneBy({ tenantId: memberships[0]!.tenantId });
      if (!tenant) return null;
    }
    const assignment = await tx.manager
      .getRepository(TenantMemberEntity)
      .findOneBy({ tenantId: tenant.tenantId, userId: actor.userId });
    const role = effectiveTenantRole(
      actor.agencyId === tenant.agencyId ? actor.agencyRole : null,
      assignment?.role ?? null,
    );
    if (!role) throw forbidden(`you have no access to tenant "${selector?.slice(0, 80) ?? tenant.slug}"`);
    return { id: tenant.tenantId, agencyId: tenant.agencyId, role: role satisfies TenantRole };
  }

  /** Builds the request context inside the request's transaction and narrows the RLS scope to it. */
  async contextFor(
    tx: RequestTransaction,
    headers: AuthHeaders,
    logger: Logger,
    config: Pick<Config, 'sessionTtlHours' | 'production' | 'publicUrl'>,
    requestId?: string,
  ): Promise<RequestContext> {
    const actor = await this.authenticate(tx, headers.authorization);
    const acting = auditActor(actor, requestId ?? null);
    if (actor.kind === 'user') {
      // The user scope lets the tenant lookup see the person's memberships; owners see their agency's tenants.
      await tx.setScope(
        { tenantId: null, agencyId: actor.agencyRole === 'OWNER' ? actor.agencyId : null, userId: actor.userId },
        acting,
      );
      // An agency that requires two-factor sign-in requires it of its staff and of everyone working in its tenants.
      if (!actor.twoFactor)
        actor.twoFactorRequiredBy = await this.agencyRequiringSecondFactor(tx, actor.userId, actor.agencyId);
    } else {
      await tx.setActor(acting);
    }
    const tenant = await this.selectTenant(tx, actor, headers.tenant);
    if (tenant) await tx.setScope({ ...tx.currentScope, tenantId: tenant.id });
    return RequestContext.create({
      tx,
      actor,
      tenant,
      logger,
      config,
      userAgent: headers.userAgent?.slice(0, 300) ?? null,
      requestId,
    });
  }
}
