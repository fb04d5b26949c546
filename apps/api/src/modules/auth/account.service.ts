import { randomUUID } from 'node:crypto';
import { problem } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { paginate, type ConnectionArgs } from '../../graphql/connection.js';
import { appError, rateLimited } from '../../graphql/errors.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { sendAccountEmail } from '../email/account-email.job.js';
import { AuthService } from './auth.service.js';
import {
  InvalidCode,
  LinkNotValid,
  LinkProblem,
  TwoFactorDisabled,
  TwoFactorEnabled,
  type TwoFactorSetup,
} from './auth.types.js';
import { hashPassword, passwordProblem } from './password.js';
import { SessionEntity } from './session.entity.js';
import { newSecret, parseToken, PASSWORD_RESET_PREFIX, sha256, SIGN_IN_CHALLENGE_PREFIX } from './token.js';
import {
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  recoveryCodeHash,
  totpStep,
  totpUri,
} from './two-factor.js';
import { UserEntity } from './user.entity.js';
import { normalEmail, toUser } from './user.service.js';

/** How long a password-reset link works, and how many a person may be sent per hour (no mail-bombing). */
export const RESET_LINK_MINUTES = 60;
const RESET_LINKS_PER_HOUR = 3;

const resetLink = (publicUrl: string, token: string) => `${publicUrl}/reset-password#${token}`;

/**
 * A person's own account: password reset by emailed link, two-factor sign-in (TOTP with recovery codes), and
 * their sessions. Every check of a secret the person types (a code, a recovery code) is counted per person before
 * it is made, by the sign-in guard on connections of its own, so a rolled-back answer does not undo the count.
 */
export class AccountService {
  private readonly auth = new AuthService();

  /** Always answers the same, whether or not the address has an account; sends a link only when it has. */
  async requestPasswordReset(ctx: RequestContext, emailInput: string): Promise<boolean> {
    const email = normalEmail(emailInput);
    if (!email) return true;
    const user = await ctx.em.getRepository(UserEntity).findOneBy({ email });
    if (!user) return true;
    const [{ recent }] = await ctx.em.query(
      `SELECT count(*)::int AS recent FROM account_links WHERE user_id = $1 AND purpose = 'PASSWORD_RESET' AND created_at > now() - interval '1 hour'`,
      [user.id],
    );
    if (recent >= RESET_LINKS_PER_HOUR) return true;
    const token = `${PASSWORD_RESET_PREFIX}${newSecret()}`;
    await ctx.em.query(
      `INSERT INTO account_links (id, user_id, purpose, token_hash, expires_at) VALUES ($1, $2, 'PASSWORD_RESET', $3, $4)`,
      [randomUUID(), user.id, sha256(token), new Date(Date.now() + RESET_LINK_MINUTES * 60_000)],
    );
    await sendAccountEmail(ctx, {
      kind: 'PASSWORD_RESET',
      to: user.email,
      userId: user.id,
      subject: 'Reset your Noticeboard password',
      text: [
        'Someone (we hope you) asked to reset the password of your Noticeboard account.',
        `Choose a new password here (the link works once, for ${RESET_LINK_MINUTES} minutes):\n${resetLink(ctx.config.publicUrl, token)}`,
        'Resetting signs out every session of the account. If you did not ask for this, ignore this email: your password stays as it is.',
      ].join('\n\n'),
    });
    return true;
  }

  /** Sets a new password with a reset link, once; every session of the account is signed out. */
  async resetPassword(ctx: RequestContext, token: string, newPassword: string) {
    const valid = parseToken(PASSWORD_RESET_PREFIX, token.trim());
    const [link]: { id: string; user_id: string; expired: boolean; used: boolean }[] = valid
      ? await ctx.em.query(
          `SELECT id, user_id, expires_at <= now() AS expired, used_at IS NOT NULL AS used FROM account_links WHERE token_hash = $1 AND purpose = 'PASSWORD_RESET'`,
          [sha256(valid)],
        )
      : [];
    if (!link) return LinkNotValid.create(LinkProblem.UNKNOWN);
    if (link.used) return LinkNotValid.create(LinkProblem.USED);
    if (link.expired) return LinkNotValid.create(LinkProblem.EXPIRED);
    const weak = passwordProblem(newPassword);
    if (weak) return ValidationFailed.of([problem('newPassword', 'OUT_OF_RANGE', `password ${weak}`)]);
    const passwordHash = await ctx.tx.withoutConnection(() => hashPassword(newPassword));
    const [, used] = await ctx.em.query(
      `UPDATE account_links SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now()`,
      [link.id],
    );
    if (used !== 1) return LinkNotValid.create(LinkProblem.USED);
    // Other reset links of the account stop working too: one was enough.
    await ctx.em.query(
      `UPDATE account_links SET used_at = now() WHERE user_id = $1 AND purpose = 'PASSWORD_RESET' AND used_at IS NULL`,
      [link.user_id],
    );
    const users = ctx.em.getRepository(UserEntity);
    await users.update({ id: link.user_id }, { passwordHash });
    await this.auth.revokeAllSessions(ctx.em, link.user_id);
    const user = await users.findOneByOrFail({ id: link.user_id });
    // The address proved itself: earlier failed sign-ins no longer hold the account back.
    await ctx.tx.withoutConnection(async () => ctx.signInGuard?.succeeded(user.email));
    await this.notify(
      ctx,
      user,
      'PASSWORD_CHANGED',
      'Your Noticeboard password was changed',
      'The password of your Noticeboard account was just changed with a reset link, and every session was signed out.',
    );
    return toUser(user);
  }

  /** A short notice to the person about a change to their account's security; it carries no link. */
  async notify(
    ctx: RequestContext,
    user: UserEntity,
    kind: 'PASSWORD_CHANGED' | 'TWO_FACTOR_CHANGED',
    subject: string,
    what: string,
  ): Promise<void> {
    await sendAccountEmail(ctx, {
      kind,
      to: user.email,
      userId: user.id,
      subject,
      text: `${what}\n\nIf this was not you, reset your password at once from the sign-in page and tell your agency.`,
    });
  }

  // ---- two-factor sign-in -----------------------------------------------------------------------------------

  private async sessionUser(ctx: RequestContext): Promise<UserEntity> {
    const actor = ctx.assertUser();
    return ctx.em.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
  }

  /** Counts one guess at a code of `userId` before it is checked; throws RATE_LIMITED past the person's budget. */
  private async countGuess(ctx: RequestContext, userId: string): Promise<void> {
    const guard = ctx.signInGuard;
    if (!guard) return;
    const wait = await ctx.tx.withoutConnection(() => guard.passwordCheck(userId));
    if (wait) throw rateLimited(wait);
  }

  private async guessed(ctx: RequestContext, userId: string): Promise<void> {
    const guard = ctx.signInGuard;
    if (guard) await ctx.tx.withoutConnection(() => guard.passwordMatched(userId));
  }

  async beginTwoFactorSetup(ctx: RequestContext): Promise<TwoFactorSetup> {
    const user = await this.sessionUser(ctx);
    if (user.totpEnabledAt)
      throw appError('CONFLICT', 'two-factor sign-in is on already: turn it off first to use another authenticator');
    const secret = newTotpSecret();
    await ctx.em.getRepository(UserEntity).update({ id: user.id }, { totpPendingSecret: secret });
    return { secret, uri: totpUri(secret, user.email) };
  }

  async enableTwoFactor(ctx: RequestContext, code: string): Promise<TwoFactorEnabled | InvalidCode> {
    const user = await this.sessionUser(ctx);
    if (user.totpEnabledAt) throw appError('CONFLICT', 'two-factor sign-in is on already');
    if (!user.totpPendingSecret) throw appError('CONFLICT', 'start the setup first (beginTwoFactorSetup)');
    await this.countGuess(ctx, user.id);
    const step = totpStep(user.totpPendingSecret, user.email, code);
    if (step === null)
      return InvalidCode.create(
        "the code does not match: check the authenticator app's clock and try the current code",
      );
    await this.guessed(ctx, user.id);
    await ctx.em.getRepository(UserEntity).update(
      { id: user.id },
      {
        totpSecret: user.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabledAt: new Date(),
        totpLastStep: String(step),
      },
    );
    const recoveryCodes = await this.replaceRecoveryCodes(ctx, user.id);
    await this.notify(
      ctx,
      user,
      'TWO_FACTOR_CHANGED',
      'Two-factor sign-in is on',
      'Two-factor sign-in was turned on for your Noticeboard account.',
    );
    return Object.assign(new TwoFactorEnabled(), { recoveryCodes });
  }

  private async replaceRecoveryCodes(ctx: RequestContext, userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await ctx.em.query('DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
    await ctx.em.query('INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::bytea[])', [
      userId,
      codes.map(recoveryCodeHash),
    ]);
    return codes;
  }

  /**
   * Whether `code` is the person's current authenticator code (a time step after the last one used) or an unused
   * recovery code; either is then spent, so it works once. Counted before it is checked.
   */
  async spendSecondFactor(ctx: RequestContext, user: UserEntity, code: string): Promise<boolean> {
    if (!user.totpSecret) return false;
    await this.countGuess(ctx, user.id);
    const step = totpStep(user.totpSecret, user.email, code);
    let spent = false;
    if (step !== null) {
      const [, count] = await ctx.em.query(
        'UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)',
        [user.id, step],
      );
      spent = count === 1;
    } else if (looksLikeRecoveryCode(code)) {
      const [, count] = await ctx.em.query(
        'UPDATE recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL',
        [user.id, recoveryCodeHash(code)],
      );
      spent = count === 1;
    }
    if (spent) await this.guessed(ctx, user.id);
    return spent;
  }

  async disableTwoFactor(
    ctx: RequestContext,
    code: string,
  ): Promise<TwoFactorDisabled | InvalidCode | ValidationFailed> {
    const user = await this.sessionUser(ctx);
    if (!user.totpEnabledAt) return Object.assign(new TwoFactorDisabled(), { disabled: true });
    const [required]: { name: string }[] = await ctx.em.query(
      `SELECT a.name FROM agencies a WHERE a.require_two_factor AND (
         a.id IN (SELECT agency_id FROM agency_members WHERE user_id = $1)
         OR a.id IN (SELECT d.agency_id FROM tenant_directory d WHERE d.tenant_id IN (SELECT tenant_id FROM tenant_members WHERE user_id = $1)))
       LIMIT 1`,
      [user.id],
    );
    if (required)
      return ValidationFailed.of([
        problem('code', 'NOT_ALLOWED', `${required.name} requires two-factor sign-in of everyone working with it`),
      ]);
    if (!(await this.spendSecondFactor(ctx, user, code))) return InvalidCode.create();
    await ctx.em
      .getRepository(UserEntity)
      .update({ id: user.id }, { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null });
    await ctx.em.query('DELETE FROM recovery_codes WHERE user_id = $1', [user.id]);
    await this.notify(
      ctx,
      user,
      'TWO_FACTOR_CHANGED',
      'Two-factor sign-in is off',
      'Two-factor sign-in was turned off for your Noticeboard account.',
    );
    return Object.assign(new TwoFactorDisabled(), { disabled: true });
  }

  async regenerateRecoveryCodes(ctx: RequestContext, code: string): Promise<TwoFactorEnabled | InvalidCode> {
    const user = await this.sessionUser(ctx);
    if (!user.totpEnabledAt) throw appError('CONFLICT', 'two-factor sign-in is off');
    if (!(await this.spendSecondFactor(ctx, user, code))) return InvalidCode.create();
    return Object.assign(new TwoFactorEnabled(), { recoveryCodes: await this.replaceRecoveryCodes(ctx, user.id) });
  }

  async recoveryCodesLeft(ctx: RequestContext, userId: string): Promise<number> {
    const [{ left }] = await ctx.em.query(
      'SELECT count(*)::int AS left FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL',
      [userId],
    );
    return left;
  }

  /** The second step of signing in: a challenge from `login` and a code. A challenge works once. */
  async completeSignIn(ctx: RequestContext, challenge: string, code: string) {
    const valid = parseToken(SIGN_IN_CHALLENGE_PREFIX, challenge.trim());
    const [row]: { id: string; user_id: string }[] = valid
      ? await ctx.em.query(
          'SELECT id, user_id FROM sign_in_challenges WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()',
          [sha256(valid)],
        )
      : [];
    if (!row) return InvalidCode.create('this sign-in expired: sign in again');
    const user = await ctx.em.getRepository(UserEntity).findOneByOrFail({ id: row.user_id });
    if (!(await this.spendSecondFactor(ctx, user, code))) return InvalidCode.create();
    const [, used] = await ctx.em.query(
      'UPDATE sign_in_challenges SET used_at = now() WHERE id = $1 AND used_at IS NULL',
      [row.id],
    );
    if (used !== 1) return InvalidCode.create('this sign-in expired: sign in again');
    return { user, session: await this.auth.openSession(ctx, user) };
  }

  // ---- sessions ---------------------------------------------------------------------------------------------

  sessions(ctx: RequestContext, args: ConnectionArgs) {
    const actor = ctx.assertUser();
    const query = ctx.em
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.userId = :userId AND s.revokedAt IS NULL AND s.expiresAt > now()', { userId: actor.userId });
    return paginate(
      query,
      args,
      ['s.createdAt', 's.id'],
      (s) => [s.createdAt.toISOString(), s.id],
      (s) => ({
        id: s.id,
        userAgent: s.userAgent,
        createdAt: s.createdAt,
        expiresAt: s.expiresAt,
        current: s.id === actor.sessionId,
      }),
      true,
    );
  }

  async signOutOtherSessions(ctx: RequestContext): Promise<number> {
    const actor = ctx.assertUser();
    const [, count] = await ctx.em.query(
      'UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL',
      [actor.userId, actor.sessionId],
    );
    return count;
  }
}
