import { randomBytes } from 'node:crypto';
import { CONSENT_LIMITS, displayName, normalizeSubjectId, problem, type Language } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { sendEmail } from '../email/email.service.js';
import type { EmailKind } from '../email/email.entity.js';
import { submittedEmail } from '../public/submitted-email.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { liveNoticeSource } from './consent-notice.js';
import { hashSubject, subjectHashFor } from './consent-subject.js';
import {
  consentWithdrawalPageUrl,
  sealWithdrawalToken,
  withdrawalLinkUrl,
  WITHDRAWAL_LINK_DAYS,
} from './consent-withdrawal-link.js';
import { WithdrawalWords } from './consent-withdrawal.messages.js';
import { ConsentService, type ConsentRequestMeta } from './consent.service.js';
import { consentPurposes, currentState, keyAndEventOf, loadEvents } from './consent.store.js';
import type { ConsentEvent } from './consent.types.js';

/**
 * Withdrawing consent as easily as it was given (GDPR Art. 7(3)): the public page a link opens lists what the
 * person agreed to and withdraws all of it in one step, recorded as an ordinary consent event through
 * `ConsentService.record` (method FORM, the page's address as `pageUrl`, the page's words as the notice), so the
 * proof chain has the withdrawal like any other answer. Links come from the API (staff, a website's backend) or
 * by email to the address a person gives on the page.
 */

/**
 * The outbox kind of the email that brings a link. Asserted until the email module's EMAIL_KINDS lists it (the
 * outbox query names every kind; consent-withdrawal.test.ts reads this email through it).
 */
const WITHDRAWAL_LINK_EMAIL: EmailKind = 'CONSENT_WITHDRAWAL_LINK';
/** An address gets at most one link in this time, however often it is asked for. */
const RESEND_AFTER_MS = 10 * 60 * 1000;
/** The idempotency keys of the page's submissions: one per form shown, so a double click records once. */
const SUBMISSION_KEY_PREFIX = 'withdrawal-page:';
const SUBMISSION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A new submission token for the withdrawal form (random; the event's idempotency key is made from it). */
export const newSubmissionToken = (): string => randomBytes(32).toString('base64url');
export const isSubmissionToken = (token: string): boolean => SUBMISSION_TOKEN.test(token);

/** A purpose the person agreed to, named as the live policy names it in the page's language. */
export interface GrantedPurpose {
  purposeId: string;
  name: string;
  /** When the consent in force was recorded. */
  since: Date;
}

/** What a visit of the page found: the organisation and what the person agreed to that can be withdrawn. */
export interface WithdrawalState {
  organisation: string;
  granted: GrantedPurpose[];
}

export interface WithdrawalOutcome {
  organisation: string;
  /** Empty: nothing was in force to withdraw. */
  withdrawn: GrantedPurpose[];
  /** When the withdrawal was recorded (null when nothing was). */
  recordedAt: Date | null;
}

export interface CreatedWithdrawalLink {
  url: string;
  expiresAt: Date;
}

async function organisationOf(ctx: RequestContext): Promise<{ organisation: string; slug: string }> {
  const tenant = await ctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: ctx.tenantId });
  return { organisation: displayName(tenant), slug: tenant.slug };
}

/** The live policy's purpose names in `language` (each published language has every name). */
async function livePurposeNames(ctx: RequestContext, language: Language): Promise<Map<string, string>> {
  const source = await liveNoticeSource(ctx);
  if (!source) return new Map();
  const shown = source.audience.languages.includes(language) ? language : source.audience.fallback;
  return new Map(source.in(shown).purposes.map((p) => [p.id, p.name]));
}

export class ConsentWithdrawalService {
  private readonly consents = new ConsentService();

  /**
   * A link to the withdrawal page for the person the website knows as `subjectId`, working for
   * `WITHDRAWAL_LINK_DAYS`. Refused when no consent was ever recorded for them: a mistyped identifier shows at once.
   */
  async createLink(ctx: RequestContext, subjectId: string): Promise<CreatedWithdrawalLink | ValidationFailed> {
    const id = normalizeSubjectId(subjectId);
    if (!id)
      return ValidationFailed.of([problem('subjectId', 'REQUIRED', 'give the identifier the website records with')]);
    if (id.length > CONSENT_LIMITS.subjectId)
      return ValidationFailed.of([
        problem('subjectId', 'TOO_LONG', `a subject identifier has at most ${CONSENT_LIMITS.subjectId} characters`),
      ]);
    const known = (await currentState(ctx, await subjectHashFor(ctx, id))).length > 0;
    const link = known ? await sealWithdrawalToken(ctx, id) : null;
    if (!link)
      return ValidationFailed.of([
        problem('subjectId', 'UNKNOWN_REFERENCE', 'no consent has been recorded for this subject identifier'),
      ]);
    const { slug } = await organisationOf(ctx);
    return { url: withdrawalLinkUrl(ctx.config.publicUrl, slug, link.token), expiresAt: link.expiresAt };
  }

  /**
   * What the person agreed to and can withdraw here: each purpose whose answer in force is GRANTED and that still
   * takes answers (recording refuses the rest), named as in the live policy in `language`, by name.
   */
  async state(ctx: RequestContext, subjectId: string, language: Language): Promise<WithdrawalState> {
    const { organisation } = await organisationOf(ctx);
    const state = await currentState(ctx, await subjectHashFor(ctx, subjectId));
    const granted = state.filter((s) => s.choice === 'GRANTED');
    if (!granted.length) return { organisation, granted: [] };
    const answerable = new Set(
      (await consentPurposes(ctx)).purposes.filter((p) => p.reliesOnConsent || p.saleOrSharing).map((p) => p.id),
    );
    const names = await livePurposeNames(ctx, language);
    return {
      organisation,
      granted: granted
        .filter((s) => answerable.has(s.purposeId))
        .map((s) => ({ purposeId: s.purposeId, name: names.get(s.purposeId) ?? s.purposeName, since: s.since }))
        .sort((a, b) => a.name.localeCompare(b.name, language) || (a.purposeId < b.purposeId ? -1 : 1)),
    };
  }

  /**
   * The words the page shows above its button, as plain text: kept as the withdrawal's notice, so the proof holds
   * what the person read when they withdrew.
   */
  statement(w: WithdrawalWords, state: WithdrawalState): string {
    return [
      w.text('form.intro', { organisation: state.organisation }),
      state.granted.map((g) => `- ${g.name} (${w.text('form.since', { date: w.day(g.since) })})`).join('\n'),
      w.text('form.effect'),
      w.text('form.button'),
    ].join('\n\n');
  }

  /**
   * Withdraws everything the person agreed to, in one event. `submissionToken` is the form's: the same form sent
   * again answers with the event it recorded first.
   */
  async withdraw(
    ctx: RequestContext,
    subjectId: string,
    language: Language,
    submissionToken: string,
    meta: ConsentRequestMeta,
  ): Promise<WithdrawalOutcome> {
    let idempotencyKey = `${SUBMISSION_KEY_PREFIX}${submissionToken}`;
    const known = await keyAndEventOf(ctx, idempotencyKey);
    if (known?.event) {
      const [event] = await loadEvents(ctx, [known.event.id]);
      if (event && event.subjectHash === hashSubject(known.subjectKey, subjectId))
        return this.outcomeOf(ctx, event, language);
      // Another person's form (whoever sent it holds both links): this withdrawal records under a key of its own.
      idempotencyKey = `${SUBMISSION_KEY_PREFIX}${newSubmissionToken()}`;
    }
    const state = await this.state(ctx, subjectId, language);
    if (!state.granted.length) return { organisation: state.organisation, withdrawn: [], recordedAt: null };
    const w = new WithdrawalWords(language);
    const { slug } = await organisationOf(ctx);
    const recorded = await this.consents.record(
      ctx,
      {
        subjectId,
        method: 'FORM',
        withdrawn: state.granted.map((g) => g.purposeId),
        noticeText: this.statement(w, state),
        pageUrl: consentWithdrawalPageUrl(ctx.config.publicUrl, slug),
        language,
        idempotencyKey,
      },
      { ...meta, gpcHeader: false },
    );
    // Every input here is the service's own: a refusal is a bug, not the visitor's mistake.
    if (recorded instanceof ValidationFailed) throw new Error(`recording a withdrawal failed: ${recorded.message}`);
    return { organisation: state.organisation, withdrawn: state.granted, recordedAt: recorded.event.recordedAt };
  }

  /** What an earlier withdrawal withdrew, named in `language`. */
  private async outcomeOf(ctx: RequestContext, event: ConsentEvent, language: Language): Promise<WithdrawalOutcome> {
    const { organisation } = await organisationOf(ctx);
    const names = await livePurposeNames(ctx, language);
    return {
      organisation,
      withdrawn: event.decisions
        .filter((d) => d.choice === 'WITHDRAWN')
        .map((d) => ({
          purposeId: d.purposeId,
          name: names.get(d.purposeId) ?? d.purposeName,
          since: event.recordedAt,
        })),
      recordedAt: event.recordedAt,
    };
  }

  /**
   * "Send me a link": when consents are in force for the address as a subject identifier, emails it a link in
   * `language` (at most one every 10 minutes). The caller answers the same in every case, so nobody learns
   * whether the address gave this organisation any consent. Refuses only what is not an email address.
   */
  async requestLink(
    ctx: RequestContext,
    input: { email?: unknown },
    language: Language,
  ): Promise<ValidationFailed | null> {
    const address = submittedEmail(input.email);
    if (address instanceof ValidationFailed) return address;
    const state = await currentState(ctx, await subjectHashFor(ctx, address));
    if (!state.some((s) => s.choice === 'GRANTED')) return null;
    const [recent]: unknown[] = await ctx.em.query(
      `SELECT 1 FROM email_messages
        WHERE tenant_id = $1 AND kind = $2 AND to_address = $3 AND created_at > now() - make_interval(secs => $4)`,
      [ctx.tenantId, WITHDRAWAL_LINK_EMAIL, address, RESEND_AFTER_MS / 1000],
    );
    if (recent) return null;
    const link = await sealWithdrawalToken(ctx, address);
    if (!link) return null;
    const { organisation, slug } = await organisationOf(ctx);
    const w = new WithdrawalWords(language);
    const days = String(WITHDRAWAL_LINK_DAYS);
    await sendEmail(ctx, {
      kind: WITHDRAWAL_LINK_EMAIL,
      to: address,
      subject: w.text('email.subject', { organisation }),
      text: [
        w.text('email.greeting'),
        w.text('email.asked', { organisation }),
        `${w.text('email.link', { days })}\n${withdrawalLinkUrl(ctx.config.publicUrl, slug, link.token, language)}`,
        w.text('email.ignore'),
      ].join('\n\n'),
    });
    return null;
  }
}
