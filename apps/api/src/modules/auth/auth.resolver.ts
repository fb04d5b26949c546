import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { problem } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { ChecksCredentials } from '../../graphql/credential-checks.js';
import { appError, rateLimited } from '../../graphql/errors.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { AgencyService } from '../agencies/agency.service.js';
import { AuthService } from './auth.service.js';
import { ChangePasswordInput, ChangePasswordResult, InvalidCredentials, LoginInput, LoginResult, LoginSuccess, Me } from './auth.types.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import { UserEntity } from './user.entity.js';
import { toUser } from './user.service.js';

@Resolver()
export class AuthResolver {
  private readonly agencies = new AgencyService();
  private readonly auth = new AuthService();

  @ChecksCredentials()
  @Mutation(() => LoginResult, { description: 'Exchanges email and password for a bearer token. At most one per document.' })
  async login(@Ctx() ctx: RequestContext, @Arg('input') input: LoginInput): Promise<LoginSuccess | InvalidCredentials> {
    const result = await this.auth.login(ctx, input.email, input.password, ctx.signInGuard);
    if (!result) return InvalidCredentials.create();
    if (result.retryAfter !== undefined) throw rateLimited(result.retryAfter);
    return Object.assign(new LoginSuccess(), { token: result.token, expiresAt: result.session.expiresAt, user: toUser(result.user) });
  }

  @Mutation(() => Boolean, { description: 'Revokes the token this request was made with.' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    const actor = ctx.assertUser();
    await this.auth.revokeSession(ctx.em, actor.sessionId);
    return true;
  }

  @Mutation(() => Number, { description: 'Revokes every session of the caller; returns how many.' })
  async logoutEverywhere(@Ctx() ctx: RequestContext): Promise<number> {
    const actor = ctx.assertUser();
    return this.auth.revokeAllSessions(ctx.em, actor.userId);
  }

  @ChecksCredentials()
  @Mutation(() => ChangePasswordResult, { description: 'Changes the caller\'s password and signs out their other sessions. At most one per document.' })
  async changePassword(@Ctx() ctx: RequestContext, @Arg('input') input: ChangePasswordInput) {
    const actor = ctx.assertUser();
    const user = await ctx.em.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
    const weak = passwordProblem(input.newPassword);
    const guard = ctx.signInGuard;
    // The guess is counted before it is checked, as a sign-in is (a stolen session must not buy unlimited guesses
    // at the password); the guard and both hashes run without holding a connection (Argon2 is slow on purpose).
    const checked = await ctx.tx.withoutConnection(async () => {
      const wait = guard ? await guard.passwordCheck(actor.userId) : null;
      if (wait) return { retryAfter: wait };
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) return 'INVALID' as const;
      await guard?.passwordMatched(actor.userId);
      return weak ? ('WEAK' as const) : hashPassword(input.newPassword);
    });
    if (typeof checked === 'object') throw rateLimited(checked.retryAfter);
    if (checked === 'INVALID') return InvalidCredentials.create();
    if (checked === 'WEAK') return ValidationFailed.of([problem('newPassword', 'OUT_OF_RANGE', `password ${weak}`)]);
    const users = ctx.em.getRepository(UserEntity);
    // Only if nobody changed it meanwhile: the check above was against this hash.
    const changed = await users.update({ id: user.id, passwordHash: user.passwordHash }, { passwordHash: checked });
    if (!changed.affected) throw appError('CONFLICT', 'the password was changed meanwhile: sign in again');
    await ctx.em.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL', [user.id, actor.sessionId]);
    return toUser(await users.findOneByOrFail({ id: user.id }));
  }

  @Query(() => Me, { description: 'Who is calling.' })
  async me(@Ctx() ctx: RequestContext): Promise<Me> {
    ctx.assertSignedIn();
    const user = ctx.userId ? await ctx.em.getRepository(UserEntity).findOneByOrFail({ id: ctx.userId }) : null;
    return {
      user: user ? toUser(user) : null,
      agency: ctx.actor.kind === 'user' ? await this.agencies.current(ctx) : null,
      agencyRole: ctx.actor.kind === 'user' ? ctx.actor.agencyRole : null,
      canCreateTenants: ctx.can('tenant:create'),
      canManageAgency: ctx.can('agency:manage'),
    };
  }
}
