import { Arg, Args, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { problem } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { Allow, PERSON } from '../../graphql/permissions.js';
import { ChecksCredentials } from '../../graphql/credential-checks.js';
import { appError, rateLimited } from '../../graphql/errors.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { AgencyService } from '../agencies/agency.service.js';
import { AuthService } from './auth.service.js';
import { ConnectionArgs, ConnectionType } from '../../graphql/connection.js';
import { AccountService } from './account.service.js';
import {
  ChangePasswordInput,
  ChangePasswordResult,
  CompleteSignInInput,
  CompleteSignInResult,
  InvalidCode,
  InvalidCredentials,
  LoginInput,
  LoginResult,
  LoginSuccess,
  Me,
  RequestPasswordResetInput,
  ResetPasswordInput,
  ResetPasswordResult,
  Session,
  TwoFactorCodeInput,
  TwoFactorDisabledResult,
  TwoFactorEnabledResult,
  TwoFactorRequired,
  TwoFactorSetup,
} from './auth.types.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import { UserEntity } from './user.entity.js';
import { toUser } from './user.service.js';

const SessionConnection = ConnectionType(Session);

@Resolver()
export class AuthResolver {
  private readonly agencies = new AgencyService();
  private readonly auth = new AuthService();
  private readonly account = new AccountService();

  @ChecksCredentials()
  @Mutation(() => LoginResult, {
    description:
      'Exchanges email and password for a bearer token, or, when the person has two-factor sign-in, for a challenge to complete with `completeSignIn`. At most one per document.',
  })
  async login(
    @Ctx() ctx: RequestContext,
    @Arg('input') input: LoginInput,
  ): Promise<LoginSuccess | TwoFactorRequired | InvalidCredentials> {
    const result = await this.auth.login(ctx, input.email, input.password, ctx.signInGuard);
    if (!result) return InvalidCredentials.create();
    if ('retryAfter' in result) throw rateLimited(result.retryAfter);
    if ('challenge' in result)
      return Object.assign(new TwoFactorRequired(), {
        challenge: result.challenge.token,
        expiresAt: result.challenge.expiresAt,
      });
    return Object.assign(new LoginSuccess(), {
      token: result.session.token,
      expiresAt: result.session.expiresAt,
      user: toUser(result.user),
    });
  }

  @ChecksCredentials()
  @Mutation(() => CompleteSignInResult, {
    description: 'The second step of signing in with two-factor sign-in. At most one per document.',
  })
  async completeSignIn(
    @Ctx() ctx: RequestContext,
    @Arg('input') input: CompleteSignInInput,
  ): Promise<LoginSuccess | InvalidCode> {
    const result = await this.account.completeSignIn(ctx, input.challenge, input.code);
    if (result instanceof InvalidCode) return result;
    return Object.assign(new LoginSuccess(), {
      token: result.session.token,
      expiresAt: result.session.expiresAt,
      user: toUser(result.user),
    });
  }

  @ChecksCredentials()
  @Mutation(() => Boolean, {
    description:
      'Emails a single-use password-reset link (valid 60 minutes) when the address has an account. Always true: it does not say whether it has. At most one per document.',
  })
  requestPasswordReset(@Ctx() ctx: RequestContext, @Arg('input') input: RequestPasswordResetInput): Promise<boolean> {
    return this.account.requestPasswordReset(ctx, input.email);
  }

  @ChecksCredentials()
  @Mutation(() => ResetPasswordResult, {
    description:
      "Sets a new password with the emailed link's token and signs out every session. At most one per document.",
  })
  resetPassword(@Ctx() ctx: RequestContext, @Arg('input') input: ResetPasswordInput) {
    return this.account.resetPassword(ctx, input.token, input.newPassword);
  }

  @Allow(PERSON)
  @Mutation(() => TwoFactorSetup, {
    description:
      'Starts setting up two-factor sign-in: a new authenticator secret, in force once `enableTwoFactor` confirms a code.',
  })
  beginTwoFactorSetup(@Ctx() ctx: RequestContext): Promise<TwoFactorSetup> {
    return this.account.beginTwoFactorSetup(ctx);
  }

  @Allow(PERSON)
  @ChecksCredentials()
  @Mutation(() => TwoFactorEnabledResult, {
    description:
      'Turns two-factor sign-in on with a code from the new secret; returns ten recovery codes, shown once. At most one per document.',
  })
  enableTwoFactor(@Ctx() ctx: RequestContext, @Arg('input') input: TwoFactorCodeInput) {
    return this.account.enableTwoFactor(ctx, input.code);
  }

  @Allow(PERSON)
  @ChecksCredentials()
  @Mutation(() => TwoFactorDisabledResult, {
    description:
      'Turns two-factor sign-in off with a current code or a recovery code (not while an agency requires it). At most one per document.',
  })
  disableTwoFactor(@Ctx() ctx: RequestContext, @Arg('input') input: TwoFactorCodeInput) {
    return this.account.disableTwoFactor(ctx, input.code);
  }

  @Allow(PERSON)
  @ChecksCredentials()
  @Mutation(() => TwoFactorEnabledResult, {
    description:
      'Replaces the recovery codes (the old ones stop working), given a current code or a recovery code. At most one per document.',
  })
  regenerateRecoveryCodes(@Ctx() ctx: RequestContext, @Arg('input') input: TwoFactorCodeInput) {
    return this.account.regenerateRecoveryCodes(ctx, input.code);
  }

  @Allow(PERSON)
  @Query(() => SessionConnection, { description: "The caller's signed-in sessions, newest first." })
  sessions(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.account.sessions(ctx, args);
  }

  @Allow(PERSON)
  @Mutation(() => Int, { description: 'Signs out every session of the caller but this one; returns how many.' })
  signOutOtherSessions(@Ctx() ctx: RequestContext): Promise<number> {
    return this.account.signOutOtherSessions(ctx);
  }

  @Allow(PERSON)
  @Mutation(() => Boolean, { description: 'Revokes the token this request was made with.' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    const actor = ctx.assertUser();
    await this.auth.revokeSession(ctx.em, actor.sessionId);
    return true;
  }

  @Allow(PERSON)
  @Mutation(() => Number, { description: 'Revokes every session of the caller; returns how many.' })
  async logoutEverywhere(@Ctx() ctx: RequestContext): Promise<number> {
    const actor = ctx.assertUser();
    return this.auth.revokeAllSessions(ctx.em, actor.userId);
  }

  @Allow(PERSON)
  @ChecksCredentials()
  @Mutation(() => ChangePasswordResult, {
    description: "Changes the caller's password and signs out their other sessions. At most one per document.",
  })
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
    await this.account.signOutOtherSessions(ctx);
    const changedUser = await users.findOneByOrFail({ id: user.id });
    await this.account.notify(
      ctx,
      changedUser,
      'PASSWORD_CHANGED',
      'Your Noticeboard password was changed',
      'The password of your Noticeboard account was just changed, and its other sessions were signed out.',
    );
    return toUser(changedUser);
  }

  @Allow()
  @Query(() => Me, { description: 'Who is calling.' })
  async me(@Ctx() ctx: RequestContext): Promise<Me> {
    const user = ctx.userId ? await ctx.em.getRepository(UserEntity).findOneByOrFail({ id: ctx.userId }) : null;
    return {
      user: user ? toUser(user) : null,
      agency: ctx.actor.kind === 'user' ? await this.agencies.current(ctx) : null,
      agencyRole: ctx.actor.kind === 'user' ? ctx.actor.agencyRole : null,
      canCreateTenants: ctx.can('tenant:create'),
      canManageAgency: ctx.can('agency:manage'),
      twoFactorEnabled: ctx.actor.kind === 'user' && ctx.actor.twoFactor,
      twoFactorSetupRequired: ctx.actor.kind === 'user' && ctx.actor.twoFactorRequiredBy !== null,
      twoFactorRequiredBy: ctx.actor.kind === 'user' ? ctx.actor.twoFactorRequiredBy : null,
      recoveryCodesLeft:
        ctx.actor.kind === 'user' && ctx.actor.twoFactor
          ? await this.account.recoveryCodesLeft(ctx, ctx.actor.userId)
          : 0,
    };
  }
}
