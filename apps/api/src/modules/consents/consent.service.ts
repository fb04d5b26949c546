import { createHash, randomUUID } from 'node:crypto';
import {
  consentSettingsInput,
  decideConsent,
  normalizeSubjectId,
  problem,
  requiredText,
  truncateIp,
  validateConsentEvent,
  validateWith,
  type ConsentEventInput,
  type Language,
} from '@noticeboard/domain';
import { recordedActor, type RequestContext } from '../../context/request-context.js';
import { badInput, notFound } from '../../graphql/errors.js';
import { paginate, type Connection } from '../../graphql/connection.js';
import { isUuid } from '../../graphql/ids.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { PolicyVersionEntity } from '../policy-versions/policy-version.entity.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { emitEvent } from '../webhooks/webhook.events.js';
import type { AudienceLanguages } from '../public/published-languages.js';
import { composeNotice, liveNoticeSource, type ConsentNotice } from './consent-notice.js';
import { consentProof } from './consent-proof.js';
import { hashSubject, subjectHashFor, subjectKey } from './consent-subject.js';
import { consentWithdrawalPageUrl } from './consent-withdrawal-link.js';
import { ConsentEventEntity, type ConsentRecorderKind } from './consent.entity.js';
import {
  allowedOrigins,
  byPurposeName,
  consentActivity,
  consentPurposes,
  countAnswers,
  currentState,
  eventOfKey,
  insertConsentEvent,
  insertOptOutPassedOn,
  keyAndEventOf,
  loadEvents,
  optedOutBySignal,
  saveAllowedOrigins,
  storedNotice,
  versionInForceOn,
} from './consent.store.js';
import {
  ConsentInterval,
  ConsentRecorder,
  type ConsentCount,
  type ConsentCountsArgs,
  type ConsentEvent,
  type ConsentHistoryArgs,
  type ConsentSettings,
  CONSENT_PASSED_ON_NOTE_MAX,
  type RecordConsentOptOutPassedOnInput,
  type ConsentSubject,
  type TenantConsentActivity,
  type UpdateConsentSettingsInput,
} from './consent.types.js';

/** What the HTTP request said about an answer besides its body (nothing, through GraphQL). */
export interface ConsentRequestMeta {
  /** The request carried `Sec-GPC: 1`. */
  gpcHeader: boolean;
  ip: string | null;
  userAgent: string | null;
}

const NO_REQUEST_META: ConsentRequestMeta = { gpcHeader: false, ip: null, userAgent: null };

const RECORDER_KINDS: ReadonlySet<string> = new Set<ConsentRecorderKind>(['PUBLIC', 'USER', 'API_KEY']);

/** Who records an answer: the public (a website), a person or an API key; nobody else records consents. */
function recorderOf(ctx: RequestContext): { kind: ConsentRecorderKind; id: string | null } {
  const actor = recordedActor(ctx.actor);
  if (!RECORDER_KINDS.has(actor.kind)) throw new Error(`a consent is not recorded by ${actor.kind}`);
  return actor as { kind: ConsentRecorderKind; id: string | null };
}

export interface RecordedConsent {
  event: ConsentEvent;
  replayed: boolean;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The client's body with the request's Global Privacy Control header folded in, before it is validated. */
function withGpcHeader(input: unknown, meta: ConsentRequestMeta): unknown {
  if (!meta.gpcHeader || typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  return { ...input, gpc: true };
}

/**
 * An event's request as the client sent it — the policy version only when given, the purpose lists in any order —
 * so that an exact retry matches whatever went live since, and any other content under the same key does not.
 */
function requestFingerprint(subjectHash: string, event: ConsentEventInput, noticeHash: string | null): string {
  const sorted = (ids: readonly string[]) => [...ids].sort();
  return sha256(
    JSON.stringify([
      subjectHash,
      event.method,
      event.policyVersion,
      noticeHash,
      event.pageUrl,
      event.language,
      event.gpc,
      sorted(event.granted),
      sorted(event.refused),
      sorted(event.withdrawn),
      event.givenAt?.toISOString() ?? null,
      event.evidenceSource,
    ]),
  );
}

const MAX_COUNT_DAYS = 3 * 366;

/**
 * Consents: settings, the notice a banner shows, recording (once per idempotency key) and reading. The subject key
 * and hashing are in consent-subject.ts, SQL in consent.store.ts, the proof document in consent-proof.ts.
 */
export class ConsentService {
  // ---- settings -------------------------------------------------------------------------------------------

  async settings(ctx: RequestContext): Promise<ConsentSettings> {
    return this.toSettings(ctx, await allowedOrigins(ctx));
  }

  async updateSettings(
    ctx: RequestContext,
    input: UpdateConsentSettingsInput,
  ): Promise<ConsentSettings | ValidationFailed> {
    const valid = validateWith(consentSettingsInput, input);
    if (!valid.ok) return ValidationFailed.of(valid.problems);
    await subjectKey(ctx, true);
    await saveAllowedOrigins(ctx, valid.value.allowedOrigins);
    return this.toSettings(ctx, valid.value.allowedOrigins);
  }

  private async toSettings(ctx: RequestContext, allowedOrigins: string[]): Promise<ConsentSettings> {
    const tenant = await ctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: ctx.tenantId });
    const base = `${ctx.config.publicUrl}/p/${tenant.slug}/consents`;
    return {
      allowedOrigins,
      endpointUrl: base,
      noticeUrl: `${base}/notice`,
      withdrawalPageUrl: consentWithdrawalPageUrl(ctx.config.publicUrl, tenant.slug),
    };
  }

  /** The origins a browser may record consents from (no row yet: none). */
  allowedOrigins(ctx: RequestContext): Promise<string[]> {
    return allowedOrigins(ctx);
  }

  /**
   * The text a banner shows for the live policy version, from its published snapshot's purposes, with its hash: a
   * website that shows exactly this sends only the hash, and the proof still holds the words. In the language
   * `choose` picks among the tenant's published ones (default: the tenant's fallback); never in another.
   */
  async notice(
    ctx: RequestContext,
    choose: (audience: AudienceLanguages) => Language = (audience) => audience.fallback,
  ): Promise<ConsentNotice | null> {
    const source = await liveNoticeSource(ctx);
    if (source === null) return null;
    const chosen = choose(source.audience);
    return composeNotice(source, source.audience.languages.includes(chosen) ? chosen : source.audience.fallback);
  }

  // ---- recording ----------------------------------------------------------------------------------------

  /**
   * Records one event, once per idempotency key: a retry with the same key and the same content returns the
   * first event; the same key with other content is refused. Everything is checked before anything is written.
   */
  async record(
    ctx: RequestContext,
    input: unknown,
    meta: ConsentRequestMeta = NO_REQUEST_META,
  ): Promise<RecordedConsent | ValidationFailed> {
    const recorder = recorderOf(ctx);
    // The header counts as the body's `gpc`, so that a request carrying only the signal is an opt-out (§ 7025).
    const valid = validateConsentEvent(withGpcHeader(input, meta), sha256);
    if (!valid.ok) return ValidationFailed.of(valid.problems);
    const event: ConsentEventInput = valid.value;
    // As sent: null only for a GPC-only event without a notice.
    const sentNoticeHash = event.noticeHash ?? (event.noticeText ? sha256(event.noticeText) : null);

    // A retry is recognised before anything the request names is resolved: the live version or the purposes may
    // have changed since the first attempt, and the retry must still get the first answer. No key yet: no event.
    const known = await keyAndEventOf(ctx, event.idempotencyKey);
    if (known?.event)
      return this.replay(
        ctx,
        known.event,
        requestFingerprint(hashSubject(known.subjectKey, event.subjectId), event, sentNoticeHash),
      );

    // No subject key yet: nobody has answered, so no opt-out by the signal stands.
    const optedOut = known
      ? await optedOutBySignal(ctx, hashSubject(known.subjectKey, event.subjectId))
      : new Set<string>();
    const { purposes, liveVersion: live } = await consentPurposes(ctx);
    const decided = decideConsent(event, purposes, optedOut);
    if (!decided.ok) return ValidationFailed.of(decided.problems);
    if (!decided.value.length) {
      return ValidationFailed.of([
        problem(
          'granted',
          'REQUIRED',
          'there is no purpose to answer for: the tenant has no purpose that relies on consent or sells or shares personal information',
        ),
      ]);
    }

    // An import refers to the version in force when the person answered, not to the one live now.
    const versionThen = event.givenAt ? await versionInForceOn(ctx, event.givenAt.toISOString().slice(0, 10)) : null;
    const version = event.policyVersion ?? versionThen ?? live;
    if (version === null) {
      return ValidationFailed.of([
        problem(
          'policyVersion',
          'UNKNOWN_REFERENCE',
          'publish a privacy policy first: a consent must refer to what the person was told',
        ),
      ]);
    }
    if (
      event.policyVersion !== null &&
      !(await ctx.em.getRepository(PolicyVersionEntity).existsBy({ tenantId: ctx.tenantId, version }))
    ) {
      return ValidationFailed.of([
        problem('policyVersion', 'UNKNOWN_REFERENCE', `there is no published version ${version}`),
      ]);
    }

    // The proof must hold the words the person saw (GDPR Art. 7(1)): a hash sent alone counts only when it names a
    // notice the tenant showed, kept with an earlier event or the live notice in a published language.
    // A GPC-only event without a notice keeps the live one (in the fallback language): the signal answers no question.
    const liveNotice = sentNoticeHash === null ? await this.notice(ctx) : null;
    const noticeHash = sentNoticeHash ?? liveNotice?.hash ?? null;
    const noticeText =
      event.noticeText ?? liveNotice?.text ?? (noticeHash === null ? null : await this.noticeWords(ctx, noticeHash));
    if (noticeHash === null || noticeText === null) {
      return ValidationFailed.of([
        problem(
          'noticeHash',
          'UNKNOWN_REFERENCE',
          'this organisation never showed a notice with this hash: send noticeText, the exact words the person was shown',
        ),
      ]);
    }

    const key = known?.subjectKey ?? (await subjectKey(ctx, true))!;
    const subjectHash = hashSubject(key, event.subjectId);
    const fingerprint = requestFingerprint(subjectHash, event, sentNoticeHash);

    const id = randomUUID();
    const ipTruncated = truncateIp(meta.ip);
    const userAgent = meta.userAgent?.slice(0, 512) ?? null;
    const names = new Map(purposes.map((p) => [p.id, p.name]));
    const decisions = decided.value
      .map((d) => ({ purposeId: d.purposeId, purposeName: names.get(d.purposeId)!, choice: d.choice, byGpc: d.byGpc }))
      .sort(byPurposeName);
    // What is written, as `loadEvents` would read it back (with the time the database gives).
    const written = {
      id,
      subjectHash,
      method: event.method,
      policyVersion: version,
      noticeHash,
      noticeText,
      pageUrl: event.pageUrl,
      ipTruncated,
      userAgent,
      language: event.language,
      gpc: event.gpc,
      idempotencyKey: event.idempotencyKey,
      decisions,
      givenAt: event.givenAt,
      evidenceSource: event.evidenceSource,
      policyVersionThen: versionThen,
    };
    const recordedAt = await insertConsentEvent(ctx, { ...written, fingerprint, recorder });
    // A concurrent retry with the same key won: its event is the answer.
    if (!recordedAt) return this.replay(ctx, await eventOfKey(ctx, event.idempotencyKey), fingerprint);
    const recorded: ConsentEvent = {
      ...written,
      recordedAt,
      recordedBy: ConsentRecorder[recorder.kind],
      optOutBySignal: decisions.some((d) => d.byGpc && d.choice !== 'GRANTED'),
      passedOn: null,
    };
    const data = {
      eventId: recorded.id,
      subjectHash: recorded.subjectHash,
      recordedAt: recorded.recordedAt.toISOString(),
      method: recorded.method,
      policyVersion: recorded.policyVersion,
      gpc: recorded.gpc,
      decisions: recorded.decisions,
      givenAt: recorded.givenAt?.toISOString() ?? null,
      evidenceSource: recorded.evidenceSource,
      policyVersionThen: recorded.policyVersionThen,
    };
    await emitEvent(ctx, 'consent.recorded', data);
    if (recorded.decisions.some((d) => d.choice === 'WITHDRAWN')) await emitEvent(ctx, 'consent.withdrawn', data);
    return { event: recorded, replayed: false };
  }

  /** The event an idempotency key already recorded; a refusal when the key came with other content. */
  private async replay(
    ctx: RequestContext,
    existing: { id: string; fingerprint: string },
    fingerprint: string,
  ): Promise<RecordedConsent | ValidationFailed> {
    if (existing.fingerprint !== fingerprint) {
      return ValidationFailed.of([
        problem(
          'idempotencyKey',
          'DUPLICATE',
          'this idempotency key was already used for a different answer: use a new key for a new event',
        ),
      ]);
    }
    return { event: (await loadEvents(ctx, [existing.id]))[0]!, replayed: true };
  }

  /**
   * The words behind a notice hash sent without them: kept earlier, or the live notice in whichever published
   * language has that hash (a website may show any of them).
   */
  private async noticeWords(ctx: RequestContext, hash: string): Promise<string | null> {
    const stored = await storedNotice(ctx, hash);
    if (stored !== null) return stored;
    const source = await liveNoticeSource(ctx);
    if (source === null) return null;
    for (const language of source.audience.languages) {
      const notice = composeNotice(source, language);
      if (notice.hash === hash) return notice.text;
    }
    return null;
  }

  // ---- reading ------------------------------------------------------------------------------------------

  /**
   * Recent answers of several tenants (those row-level security shows the caller) in one statement: each
   * tenant's window and newest answer through its (tenant_id, recorded_at) index.
   */
  activity(
    ctx: RequestContext,
    tenantIds: readonly string[],
    days: number,
  ): Promise<Map<string, TenantConsentActivity>> {
    return consentActivity(ctx, tenantIds, days);
  }

  /**
   * Records that an opt-out of sale/sharing made by Global Privacy Control was passed on to the third parties the
   * information was sold or shared to (CCPA regulations § 7025(c), § 7026(f)(2)); once per event.
   */
  async recordOptOutPassedOn(
    ctx: RequestContext,
    input: RecordConsentOptOutPassedOnInput,
  ): Promise<ConsentEvent | ValidationFailed> {
    const [event] = isUuid(input.eventId) ? await loadEvents(ctx, [input.eventId]) : [];
    if (!event) return ValidationFailed.of([problem('eventId', 'UNKNOWN_REFERENCE', 'there is no such consent event')]);
    const note = validateWith(requiredText(CONSENT_PASSED_ON_NOTE_MAX, 'note'), input.note);
    if (!note.ok) return ValidationFailed.of(note.problems.map((p) => ({ ...p, path: 'note' })));
    if (!event.optOutBySignal)
      return ValidationFailed.of([
        problem(
          'eventId',
          'NOT_ALLOWED',
          'this event made no opt-out of sale or sharing by Global Privacy Control: there is nothing to pass on',
        ),
      ]);
    const recorder = recorderOf(ctx);
    if (recorder.kind === 'PUBLIC') throw new Error('passing an opt-out on is recorded by staff or an API key');
    if (!(await insertOptOutPassedOn(ctx, event.id, note.value, { kind: recorder.kind, id: recorder.id })))
      return ValidationFailed.of([
        problem(
          'eventId',
          'DUPLICATE',
          `passing this opt-out on was already recorded on ${event.passedOn?.at.toISOString() ?? 'an earlier day'}`,
        ),
      ]);
    return (await loadEvents(ctx, [event.id]))[0]!;
  }

  async event(ctx: RequestContext, id: string): Promise<ConsentEvent> {
    const [event] = isUuid(id) ? await loadEvents(ctx, [id]) : [];
    if (!event) throw notFound('consent event');
    return event;
  }

  /** A person's answers in force, found by the identifier the website knows them by. */
  async subject(ctx: RequestContext, subjectId: string): Promise<ConsentSubject> {
    if (!normalizeSubjectId(subjectId)) throw badInput('give the subject identifier');
    const subjectHash = await subjectHashFor(ctx, subjectId);
    return { subjectHash, state: await currentState(ctx, subjectHash) };
  }

  /** The subject's events, newest first. */
  async history(ctx: RequestContext, subjectHash: string, args: ConsentHistoryArgs): Promise<Connection<ConsentEvent>> {
    const query = ctx.em
      .getRepository(ConsentEventEntity)
      .createQueryBuilder('e')
      .select(['e.tenantId', 'e.id', 'e.recordedAt'])
      .where('e.tenantId = :t AND e.subjectHash = :s', { t: ctx.tenantId, s: subjectHash });
    const page = await paginate(
      query,
      args,
      ['e.recordedAt', 'e.id'],
      (e) => [e.recordedAt.toISOString(), e.id],
      (e) => e,
      true,
    );
    const events = await loadEvents(
      ctx,
      page.edges.map((e) => e.node.id),
    );
    return { ...page, edges: page.edges.map((edge, i) => ({ cursor: edge.cursor, node: events[i]! })) };
  }

  /**
   * Everything that proves what the person was told and answered, and when (GDPR Art. 7(1)): consent-proof.ts.
   */
  proof(ctx: RequestContext, subjectHash: string): Promise<Record<string, unknown>> {
    return consentProof(ctx, subjectHash);
  }

  /** Answers per purpose and period, for charts: granted, refused and withdrawn. */
  async counts(ctx: RequestContext, args: ConsentCountsArgs): Promise<ConsentCount[]> {
    const day = /^\d{4}-\d{2}-\d{2}$/;
    const from = Date.parse(`${args.from}T00:00:00Z`);
    const to = Date.parse(`${args.to}T00:00:00Z`);
    if (!day.test(args.from) || !day.test(args.to) || Number.isNaN(from) || Number.isNaN(to))
      throw badInput('from and to must be dates (YYYY-MM-DD)');
    if (to < from) throw badInput('to must not be before from');
    if ((to - from) / 86_400_000 > MAX_COUNT_DAYS) throw badInput('ask for at most three years at a time');
    const purposeIds = args.purposeIds ?? null;
    const unit = { [ConsentInterval.DAY]: 'day', [ConsentInterval.WEEK]: 'week', [ConsentInterval.MONTH]: 'month' }[
      args.interval
    ];
    return countAnswers(ctx, args.from, args.to, unit, purposeIds);
  }
}
