import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  consentSettingsInput,
  currentConsentState,
  decideConsent,
  normalizeSubjectId,
  problem,
  reliesOnConsent,
  truncateIp,
  validateConsentEvent,
  validateWith,
  type ConsentDecision as Decision,
  type ConsentEventInput,
  type ConsentPurpose,
  type LegalBasis,
  type SpecialCategoryCondition,
} from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { badInput, notFound } from '../../graphql/errors.js';
import { paginate, type Connection } from '../../graphql/connection.js';
import { isUuid } from '../../graphql/ids.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { LIVE_VERSION_SQL, liveVersion } from '../policy-versions/policy-version.service.js';
import { PolicyVersionEntity } from '../policy-versions/policy-version.entity.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { emitEvent } from '../webhooks/webhook.events.js';
import { ConsentDecisionEntity, ConsentEventEntity, ConsentNoticeEntity, ConsentSettingsEntity, type ConsentRecorderKind } from './consent.entity.js';
import {
  ConsentInterval,
  ConsentRecorder,
  type ConsentCount,
  type ConsentCountsArgs,
  type ConsentEvent,
  type ConsentHistoryArgs,
  type ConsentSettings,
  type ConsentSubject,
  type PurposeConsentState,
  type RecordConsentInput,
  type TenantConsentActivity,
  type UpdateConsentSettingsInput,
} from './consent.types.js';

/** What recording needs: the tenant's transaction. Public endpoints have no signed-in context, only this. */
export interface ConsentScope {
  em: EntityManager;
  tenantId: string;
}

export interface RecordingMeta {
  recorder: { kind: ConsentRecorderKind; id: string | null };
  /** The request carried `Sec-GPC: 1`. */
  gpcHeader: boolean;
  ip: string | null;
  userAgent: string | null;
}

export interface Recorded {
  event: ConsentEvent;
  replayed: boolean;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * An event's request as the client sent it — the policy version only when given, the purpose lists in any order —
 * so that an exact retry matches whatever went live since, and any other content under the same key does not.
 */
function requestFingerprint(subjectHash: string, event: ConsentEventInput, noticeHash: string): string {
  const sorted = (ids: readonly string[]) => [...ids].sort();
  return sha256(
    JSON.stringify([subjectHash, event.method, event.policyVersion, noticeHash, event.pageUrl, event.language, event.gpc, sorted(event.granted), sorted(event.refused), sorted(event.withdrawn)]),
  );
}

const MAX_PROOF_EVENTS = 1000;
const MAX_COUNT_DAYS = 3 * 366;

/** One order for an event's decisions, whether just recorded or read back. */
const byPurposeName = (a: { purposeName: string; purposeId: string }, b: { purposeName: string; purposeId: string }) =>
  a.purposeName.localeCompare(b.purposeName, 'en') || (a.purposeId < b.purposeId ? -1 : a.purposeId > b.purposeId ? 1 : 0);

export class ConsentService {
  // ---- settings -------------------------------------------------------------------------------------------

  async settings(ctx: RequestContext): Promise<ConsentSettings> {
    const row = await ctx.em.getRepository(ConsentSettingsEntity).findOneBy({ tenantId: ctx.tenantId });
    return this.toSettings(ctx, row?.allowedOrigins ?? []);
  }

  async updateSettings(ctx: RequestContext, input: UpdateConsentSettingsInput): Promise<ConsentSettings | ValidationFailed> {
    const valid = validateWith(consentSettingsInput, input);
    if (!valid.ok) return ValidationFailed.of(valid.problems);
    await this.subjectKey(ctx, true);
    await ctx.em.getRepository(ConsentSettingsEntity).update({ tenantId: ctx.tenantId }, { allowedOrigins: valid.value.allowedOrigins });
    return this.toSettings(ctx, valid.value.allowedOrigins);
  }

  private async toSettings(ctx: RequestContext, allowedOrigins: string[]): Promise<ConsentSettings> {
    const tenant = await ctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: ctx.tenantId });
    const base = `${ctx.config.publicUrl}/p/${tenant.slug}/consents`;
    return { allowedOrigins, endpointUrl: base, noticeUrl: `${base}/notice` };
  }

  /** The origins a browser may record consents from (no row yet: none). */
  async allowedOrigins(scope: ConsentScope): Promise<string[]> {
    const row = await scope.em.getRepository(ConsentSettingsEntity).findOneBy({ tenantId: scope.tenantId });
    return row?.allowedOrigins ?? [];
  }

  /**
   * The tenant's key for hashing subject identifiers, made on first use. `create: false` answers null instead
   * of making one (a lookup before any consent was recorded has nothing to find).
   */
  private async subjectKey(scope: ConsentScope, create: boolean): Promise<Buffer | null> {
    const read = async () =>
      ((await scope.em.query('SELECT subject_key FROM consent_settings WHERE tenant_id = $1', [scope.tenantId])) as { subject_key: Buffer }[])[0]?.subject_key ?? null;
    const key = await read();
    if (key || !create) return key;
    await scope.em.query('INSERT INTO consent_settings (tenant_id, subject_key) VALUES ($1, $2) ON CONFLICT (tenant_id) DO NOTHING', [scope.tenantId, randomBytes(32)]);
    return read();
  }

  private hashSubject(key: Buffer, subjectId: string): string {
    return createHmac('sha256', key).update(normalizeSubjectId(subjectId), 'utf8').digest('hex');
  }

  // ---- the notice a banner shows ------------------------------------------------------------------------

  /**
   * Purposes that take an answer (those relying on consent, and sale/sharing, an opt-out), with the live policy
   * version in the same statement (null when nothing is published, or when there is no purpose at all).
   */
  private async consentPurposes(scope: ConsentScope): Promise<{ purposes: (ConsentPurpose & { description: string | null })[]; liveVersion: number | null }> {
    const rows: { id: string; name: string; description: string | null; legal_basis: LegalBasis; special_category_condition: SpecialCategoryCondition | null; sale_or_sharing: boolean; live_version: number | null }[] =
      await scope.em.query(
        `SELECT p.id, p.name, p.description, p.legal_basis, p.special_category_condition, p.sale_or_sharing, live.version AS live_version
         FROM purposes p CROSS JOIN (${LIVE_VERSION_SQL}) AS live WHERE p.tenant_id = $1 ORDER BY p.position, p.name, p.id`,
        [scope.tenantId],
      );
    const purposes = rows.map((r) => ({
      id: r.id,
      name: r.name,
      description: r.description,
      reliesOnConsent: reliesOnConsent({ legalBasis: r.legal_basis, specialCategoryCondition: r.special_category_condition }),
      saleOrSharing: r.sale_or_sharing,
    }));
    return { purposes, liveVersion: rows[0]?.live_version ?? null };
  }

  /**
   * The text a banner shows for the live policy version, generated from the purposes, with its hash: a website
   * that shows exactly this sends only the hash, and the proof still holds the words.
   */
  async notice(scope: ConsentScope, publicUrl: string): Promise<{ policyVersion: number; policyUrl: string; text: string; hash: string; purposes: { id: string; name: string; description: string | null; kind: 'CONSENT' | 'OPT_OUT' }[] } | null> {
    const version = await liveVersion(scope, scope.tenantId);
    if (version === null) return null;
    const tenant = await scope.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: scope.tenantId });
    const purposes = (await this.consentPurposes(scope)).purposes.filter((p) => p.reliesOnConsent || p.saleOrSharing);
    const policyUrl = `${publicUrl}/p/${tenant.slug}/privacy/v/${version}`;
    const line = (p: { name: string; description: string | null }) => `- ${p.name}${p.description ? `: ${p.description}` : ''}`;
    const consent = purposes.filter((p) => p.reliesOnConsent);
    const optOut = purposes.filter((p) => !p.reliesOnConsent);
    const text = [
      consent.length ? `${tenant.legalName} asks for your consent to use your personal data for:\n${consent.map(line).join('\n')}` : null,
      optOut.length ? `${tenant.legalName} sells or shares personal information for the following; you can opt out:\n${optOut.map(line).join('\n')}` : null,
      `You can withdraw your consent at any time, as easily as you gave it. Privacy policy (version ${version}): ${policyUrl}`,
    ]
      .filter(Boolean)
      .join('\n\n');
    return {
      policyVersion: version,
      policyUrl,
      text,
      hash: sha256(text),
      purposes: purposes.map((p) => ({ id: p.id, name: p.name, description: p.description, kind: p.reliesOnConsent ? 'CONSENT' : 'OPT_OUT' })),
    };
  }

  // ---- recording ----------------------------------------------------------------------------------------

  /** From the GraphQL API: integrators with an API key, or staff importing answers. */
  recordFromApi(ctx: RequestContext, input: RecordConsentInput): Promise<Recorded | ValidationFailed> {
    const recorder =
      ctx.actor.kind === 'apiKey' ? { kind: 'API_KEY' as const, id: ctx.actor.apiKeyId } : { kind: 'USER' as const, id: ctx.userId };
    return this.record(ctx, { method: 'API', ...input }, { recorder, gpcHeader: false, ip: null, userAgent: null }, ctx.config.publicUrl);
  }

  /**
   * Records one event, once per idempotency key: a retry with the same key and the same content returns the
   * first event; the same key with other content is refused. Everything is checked before anything is written.
   */
  async record(scope: ConsentScope, input: unknown, meta: RecordingMeta, publicUrl: string): Promise<Recorded | ValidationFailed> {
    const valid = validateConsentEvent(input, sha256);
    if (!valid.ok) return ValidationFailed.of(valid.problems);
    const event: ConsentEventInput = { ...valid.value, gpc: valid.value.gpc || meta.gpcHeader };
    const noticeHash = event.noticeHash ?? sha256(event.noticeText!);

    // A retry is recognised before anything the request names is resolved: the live version or the purposes may
    // have changed since the first attempt, and the retry must still get the first answer. No key yet: no event.
    const [known]: { subject_key: Buffer; event_id: string | null; fingerprint: string | null }[] = await scope.em.query(
      `SELECT s.subject_key, e.id AS event_id, e.fingerprint
       FROM consent_settings s LEFT JOIN consent_events e ON e.tenant_id = s.tenant_id AND e.idempotency_key = $2
       WHERE s.tenant_id = $1`,
      [scope.tenantId, event.idempotencyKey],
    );
    const knownKey = known?.subject_key ?? null;
    if (known?.event_id) {
      return this.replay(scope, { id: known.event_id, fingerprint: known.fingerprint! }, requestFingerprint(this.hashSubject(known.subject_key, event.subjectId), event, noticeHash));
    }

    const { purposes, liveVersion: live } = await this.consentPurposes(scope);
    const decided = decideConsent(event, purposes);
    if (!decided.ok) return ValidationFailed.of(decided.problems);
    if (!decided.value.length) {
      return ValidationFailed.of([problem('granted', 'REQUIRED', 'there is no purpose to answer for: the tenant has no purpose that relies on consent or sells or shares personal information')]);
    }

    const version = event.policyVersion ?? live;
    if (version === null) {
      return ValidationFailed.of([problem('policyVersion', 'UNKNOWN_REFERENCE', 'publish a privacy policy first: a consent must refer to what the person was told')]);
    }
    if (event.policyVersion !== null && !(await scope.em.getRepository(PolicyVersionEntity).existsBy({ tenantId: scope.tenantId, version }))) {
      return ValidationFailed.of([problem('policyVersion', 'UNKNOWN_REFERENCE', `there is no published version ${version}`)]);
    }

    const key = knownKey ?? (await this.subjectKey(scope, true))!;
    const subjectHash = this.hashSubject(key, event.subjectId);
    const fingerprint = requestFingerprint(subjectHash, event, noticeHash);

    const id = randomUUID();
    const ipTruncated = truncateIp(meta.ip);
    const userAgent = meta.userAgent?.slice(0, 512) ?? null;
    // The notice's words, when the request did not send them: only a known hash (ours, or one kept before) has any.
    const noticeText = event.noticeText ?? (await this.noticeWords(scope, noticeHash, publicUrl));
    const names = new Map(purposes.map((p) => [p.id, p.name]));
    const decisions = decided.value.map((d) => ({ purposeId: d.purposeId, purposeName: names.get(d.purposeId)!, choice: d.choice, byGpc: d.byGpc })).sort(byPurposeName);
    // Event, decisions and notice in one statement; with a key already taken (a concurrent retry won) none of them.
    const inserted: { recorded_at: Date }[] = await scope.em.query(
      `WITH event AS (
         INSERT INTO consent_events (tenant_id, id, subject_hash, method, policy_version, notice_hash, page_url, ip_truncated, user_agent, language, gpc, idempotency_key, fingerprint, recorded_by_kind, recorded_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (tenant_id, idempotency_key) DO NOTHING
         RETURNING recorded_at
       ), decisions AS (
         INSERT INTO consent_decisions (tenant_id, event_id, purpose_id, purpose_name, choice, by_gpc, subject_hash, recorded_at)
         SELECT $1, $2, d.purpose_id, d.purpose_name, d.choice, d.by_gpc, $3, event.recorded_at
         FROM event, unnest($16::uuid[], $17::text[], $18::text[], $19::boolean[]) AS d (purpose_id, purpose_name, choice, by_gpc)
       ), notice AS (
         INSERT INTO consent_notices (tenant_id, hash, text) SELECT $1, $6, $20 FROM event WHERE $20::text IS NOT NULL
         ON CONFLICT DO NOTHING
       )
       SELECT recorded_at FROM event`,
      [
        scope.tenantId, id, subjectHash, event.method, version, noticeHash, event.pageUrl, ipTruncated, userAgent,
        event.language, event.gpc, event.idempotencyKey, fingerprint, meta.recorder.kind, meta.recorder.id,
        decisions.map((d) => d.purposeId), decisions.map((d) => d.purposeName), decisions.map((d) => d.choice), decisions.map((d) => d.byGpc),
        noticeText,
      ],
    );
    if (!inserted.length) {
      const [winner] = await scope.em.query('SELECT id, fingerprint FROM consent_events WHERE tenant_id = $1 AND idempotency_key = $2', [scope.tenantId, event.idempotencyKey]);
      return this.replay(scope, winner, fingerprint);
    }
    const recordedAt = inserted[0]!.recorded_at;

    // What was just written, as `loadEvents` would read it back.
    const recorded: ConsentEvent = {
      id,
      recordedAt,
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
      recordedBy: ConsentRecorder[meta.recorder.kind],
      decisions,
    };
    const data = {
      eventId: recorded.id,
      subjectHash: recorded.subjectHash,
      recordedAt: recorded.recordedAt.toISOString(),
      method: recorded.method,
      policyVersion: recorded.policyVersion,
      gpc: recorded.gpc,
      decisions: recorded.decisions,
    };
    await emitEvent(scope, 'consent.recorded', data);
    if (recorded.decisions.some((d) => d.choice === 'WITHDRAWN')) await emitEvent(scope, 'consent.withdrawn', data);
    return { event: recorded, replayed: false };
  }

  /** The event an idempotency key already recorded; a refusal when the key came with other content. */
  private async replay(scope: ConsentScope, existing: { id: string; fingerprint: string }, fingerprint: string): Promise<Recorded | ValidationFailed> {
    if (existing.fingerprint !== fingerprint) {
      return ValidationFailed.of([problem('idempotencyKey', 'DUPLICATE', 'this idempotency key was already used for a different answer: use a new key for a new event')]);
    }
    return { event: (await this.loadEvents(scope, [existing.id]))[0]!, replayed: true };
  }

  /** The words behind a notice hash sent without them: kept earlier, or the generated notice when it is of that. */
  private async noticeWords(scope: ConsentScope, hash: string, publicUrl: string): Promise<string | null> {
    const stored = await scope.em.getRepository(ConsentNoticeEntity).findOne({ where: { tenantId: scope.tenantId, hash }, select: { text: true } });
    if (stored) return stored.text;
    const generated = await this.notice(scope, publicUrl);
    return generated?.hash === hash ? generated.text : null;
  }

  // ---- reading ------------------------------------------------------------------------------------------

  /**
   * Recent answers of several tenants (those row-level security shows the caller) in one statement: each
   * tenant's window and newest answer through its (tenant_id, recorded_at) index.
   */
  async activity(ctx: RequestContext, tenantIds: readonly string[], days: number): Promise<Map<string, TenantConsentActivity>> {
    const rows: { tenant_id: string; events: number; granted: number; refused: number; withdrawn: number; last: Date | null }[] = await ctx.em.query(
      `SELECT t.id AS tenant_id, w.events, w.granted, w.refused, w.withdrawn, l.last
       FROM unnest($1::uuid[]) AS t (id)
       CROSS JOIN LATERAL (
         SELECT count(DISTINCT d.event_id)::int AS events,
                count(*) FILTER (WHERE d.choice = 'GRANTED')::int AS granted,
                count(*) FILTER (WHERE d.choice = 'REFUSED')::int AS refused,
                count(*) FILTER (WHERE d.choice = 'WITHDRAWN')::int AS withdrawn
         FROM consent_decisions d WHERE d.tenant_id = t.id AND d.recorded_at > now() - make_interval(days => $2)
       ) AS w
       CROSS JOIN LATERAL (SELECT max(d.recorded_at) AS last FROM consent_decisions d WHERE d.tenant_id = t.id) AS l`,
      [[...new Set(tenantIds)], days],
    );
    return new Map(rows.map((r) => [r.tenant_id, { days, events: r.events, granted: r.granted, refused: r.refused, withdrawn: r.withdrawn, lastRecordedAt: r.last }]));
  }

  async event(ctx: RequestContext, id: string): Promise<ConsentEvent> {
    const [event] = isUuid(id) ? await this.loadEvents(ctx, [id]) : [];
    if (!event) throw notFound('consent event');
    return event;
  }

  /** Events with their decisions and notice texts, in two more queries, in the order of `ids`. */
  private async loadEvents(scope: ConsentScope, ids: string[]): Promise<ConsentEvent[]> {
    if (!ids.length) return [];
    const events = await scope.em
      .getRepository(ConsentEventEntity)
      .createQueryBuilder('e')
      .where('e.tenantId = :t AND e.id IN (:...ids)', { t: scope.tenantId, ids })
      .getMany();
    const decisions = await scope.em
      .getRepository(ConsentDecisionEntity)
      .createQueryBuilder('d')
      .where('d.tenantId = :t AND d.eventId IN (:...ids)', { t: scope.tenantId, ids })
      .getMany();
    const hashes = [...new Set(events.map((e) => e.noticeHash))];
    const notices = hashes.length
      ? await scope.em.getRepository(ConsentNoticeEntity).createQueryBuilder('n').where('n.tenantId = :t AND n.hash IN (:...hashes)', { t: scope.tenantId, hashes }).getMany()
      : [];
    const texts = new Map(notices.map((n) => [n.hash, n.text]));
    const byId = new Map(events.map((e) => [e.id, e]));
    return ids.flatMap((id) => {
      const e = byId.get(id);
      if (!e) return [];
      return [
        {
          id: e.id,
          recordedAt: e.recordedAt,
          subjectHash: e.subjectHash,
          method: e.method,
          policyVersion: e.policyVersion,
          noticeHash: e.noticeHash,
          noticeText: texts.get(e.noticeHash) ?? null,
          pageUrl: e.pageUrl,
          ipTruncated: e.ipTruncated,
          userAgent: e.userAgent,
          language: e.language,
          gpc: e.gpc,
          idempotencyKey: e.idempotencyKey,
          recordedBy: ConsentRecorder[e.recordedByKind],
          decisions: decisions
            .filter((d) => d.eventId === id)
            .map((d) => ({ purposeId: d.purposeId, purposeName: d.purposeName, choice: d.choice, byGpc: d.byGpc }))
            .sort(byPurposeName),
        },
      ];
    });
  }

  /** A person's answers in force, found by the identifier the website knows them by. */
  async subject(ctx: RequestContext, subjectId: string): Promise<ConsentSubject> {
    if (!normalizeSubjectId(subjectId)) throw badInput('give the subject identifier');
    const key = await this.subjectKey(ctx, false);
    // Without a key nothing was ever recorded; any hash will find nothing.
    const subjectHash = key ? this.hashSubject(key, subjectId) : sha256(`no-key:${subjectId}`);
    return { subjectHash, state: await this.state(ctx, subjectHash) };
  }

  private async state(scope: ConsentScope, subjectHash: string): Promise<PurposeConsentState[]> {
    const rows = await scope.em.query(
      `SELECT DISTINCT ON (purpose_id) purpose_id, purpose_name, choice, recorded_at, event_id
         FROM consent_decisions WHERE tenant_id = $1 AND subject_hash = $2
        ORDER BY purpose_id, recorded_at DESC, event_id DESC`,
      [scope.tenantId, subjectHash],
    );
    const names = new Map<string, string>(rows.map((r: { purpose_id: string; purpose_name: string }) => [r.purpose_id, r.purpose_name]));
    return currentConsentState(rows.map((r: { purpose_id: string; choice: Decision['choice']; recorded_at: Date; event_id: string }) => ({ purposeId: r.purpose_id, choice: r.choice, at: r.recorded_at, eventId: r.event_id })))
      .map((s) => ({ ...s, purposeName: names.get(s.purposeId)! }))
      .sort((a, b) => a.purposeName.localeCompare(b.purposeName));
  }

  /** The subject's events, newest first. */
  async history(ctx: RequestContext, subjectHash: string, args: ConsentHistoryArgs): Promise<Connection<ConsentEvent>> {
    const query = ctx.em
      .getRepository(ConsentEventEntity)
      .createQueryBuilder('e')
      .select(['e.tenantId', 'e.id', 'e.recordedAt'])
      .where('e.tenantId = :t AND e.subjectHash = :s', { t: ctx.tenantId, s: subjectHash });
    const page = await paginate(query, args, ['e.recordedAt', 'e.id'], (e) => [e.recordedAt.toISOString(), e.id], (e) => e, true);
    const events = await this.loadEvents(ctx, page.edges.map((e) => e.node.id));
    return { ...page, edges: page.edges.map((edge, i) => ({ cursor: edge.cursor, node: events[i]! })) };
  }

  /**
   * Everything that proves what the person was told and answered, and when (GDPR Art. 7(1)): each event with
   * the exact notice text (or its hash), the policy version in force with its published snapshot's hash and URL,
   * and how the answer was given.
   */
  async proof(ctx: RequestContext, subjectHash: string): Promise<Record<string, unknown>> {
    const ids: { id: string }[] = await ctx.em.query(
      'SELECT id FROM consent_events WHERE tenant_id = $1 AND subject_hash = $2 ORDER BY recorded_at, id LIMIT $3',
      [ctx.tenantId, subjectHash, MAX_PROOF_EVENTS + 1],
    );
    const events = await this.loadEvents(ctx, ids.slice(0, MAX_PROOF_EVENTS).map((r) => r.id));
    const tenant = await ctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: ctx.tenantId });
    const versionNumbers = [...new Set(events.map((e) => e.policyVersion))];
    const versions = versionNumbers.length
      ? await ctx.em
          .getRepository(PolicyVersionEntity)
          .createQueryBuilder('v')
          .select(['v.tenantId', 'v.version', 'v.effectiveDate', 'v.publishedAt', 'v.snapshotHash'])
          .where('v.tenantId = :t AND v.version IN (:...versions)', { t: ctx.tenantId, versions: versionNumbers })
          .getMany()
      : [];
    const policy = new Map(versions.map((v) => [v.version, v]));
    return {
      format: 'noticeboard.consent-proof/1',
      generatedAt: new Date().toISOString(),
      controller: { tenantId: tenant.tenantId, legalName: tenant.legalName },
      subject: { hash: subjectHash, hashing: 'HMAC-SHA256 of the normalised identifier with a key kept per tenant; the identifier itself is not stored' },
      state: (await this.state(ctx, subjectHash)).map((s) => ({ ...s, since: s.since.toISOString() })),
      truncated: ids.length > MAX_PROOF_EVENTS,
      events: events.map((e) => {
        const v = policy.get(e.policyVersion);
        return {
          id: e.id,
          recordedAt: e.recordedAt.toISOString(),
          method: e.method,
          recordedBy: e.recordedBy,
          decisions: e.decisions,
          globalPrivacyControl: e.gpc,
          notice: { sha256: e.noticeHash, text: e.noticeText },
          policy: {
            version: e.policyVersion,
            effectiveDate: v?.effectiveDate ?? null,
            publishedAt: v?.publishedAt.toISOString() ?? null,
            snapshotSha256: v?.snapshotHash ?? null,
            url: `${ctx.config.publicUrl}/p/${tenant.slug}/privacy/v/${e.policyVersion}`,
          },
          pageUrl: e.pageUrl,
          ipTruncated: e.ipTruncated,
          userAgent: e.userAgent,
          language: e.language,
          idempotencyKey: e.idempotencyKey,
        };
      }),
    };
  }

  /** Answers per purpose and period, for charts: granted, refused and withdrawn. */
  async counts(ctx: RequestContext, args: ConsentCountsArgs): Promise<ConsentCount[]> {
    const day = /^\d{4}-\d{2}-\d{2}$/;
    const from = Date.parse(`${args.from}T00:00:00Z`);
    const to = Date.parse(`${args.to}T00:00:00Z`);
    if (!day.test(args.from) || !day.test(args.to) || Number.isNaN(from) || Number.isNaN(to)) throw badInput('from and to must be dates (YYYY-MM-DD)');
    if (to < from) throw badInput('to must not be before from');
    if ((to - from) / 86_400_000 > MAX_COUNT_DAYS) throw badInput('ask for at most three years at a time');
    const purposeIds = args.purposeIds ?? null;
    const unit = { [ConsentInterval.DAY]: 'day', [ConsentInterval.WEEK]: 'week', [ConsentInterval.MONTH]: 'month' }[args.interval];
    const rows: { purpose_id: string; purpose_name: string; period: string; granted: number; refused: number; withdrawn: number }[] = await ctx.em.query(
      `SELECT d.purpose_id,
              coalesce(p.name, (array_agg(d.purpose_name ORDER BY d.recorded_at DESC))[1]) AS purpose_name,
              to_char(date_trunc($4, d.recorded_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period,
              count(*) FILTER (WHERE d.choice = 'GRANTED')::int AS granted,
              count(*) FILTER (WHERE d.choice = 'REFUSED')::int AS refused,
              count(*) FILTER (WHERE d.choice = 'WITHDRAWN')::int AS withdrawn
         FROM consent_decisions d
         LEFT JOIN purposes p ON p.tenant_id = d.tenant_id AND p.id = d.purpose_id
        WHERE d.tenant_id = $1 AND d.recorded_at >= ($2::date::timestamp AT TIME ZONE 'UTC') AND d.recorded_at < (($3::date + 1)::timestamp AT TIME ZONE 'UTC')
          AND ($5::uuid[] IS NULL OR d.purpose_id = ANY ($5::uuid[]))
        GROUP BY d.purpose_id, p.name, period
        ORDER BY period, purpose_name, d.purpose_id`,
      [ctx.tenantId, args.from, args.to, unit, purposeIds],
    );
    return rows.map((r) => ({ purposeId: r.purpose_id, purposeName: r.purpose_name, periodStart: r.period, granted: r.granted, refused: r.refused, withdrawn: r.withdrawn }));
  }
}
