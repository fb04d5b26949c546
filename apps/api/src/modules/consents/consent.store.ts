import {
  currentConsentState,
  reliesOnConsent,
  type ConsentDecision as Decision,
  type ConsentPurpose,
  type LegalBasis,
  type SpecialCategoryCondition,
} from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { LIVE_VERSION_SQL } from '../policy-versions/policy-version.service.js';
import {
  ConsentDecisionEntity,
  ConsentEventEntity,
  ConsentNoticeEntity,
  ConsentSettingsEntity,
  type ConsentRecorderKind,
} from './consent.entity.js';
import {
  ConsentRecorder,
  type ConsentCount,
  type ConsentEvent,
  type PurposeConsentState,
  type TenantConsentActivity,
} from './consent.types.js';

/** The SQL of consents: settings, purposes that take an answer, the event insert, reading events back, counts. */

/** One order for an event's decisions, whether just recorded or read back. */
export const byPurposeName = (
  a: { purposeName: string; purposeId: string },
  b: { purposeName: string; purposeId: string },
) =>
  a.purposeName.localeCompare(b.purposeName, 'en') ||
  (a.purposeId < b.purposeId ? -1 : a.purposeId > b.purposeId ? 1 : 0);

/** The origins a browser may record consents from (no row yet: none). */
export async function allowedOrigins(ctx: RequestContext): Promise<string[]> {
  const row = await ctx.em.getRepository(ConsentSettingsEntity).findOneBy({ tenantId: ctx.tenantId });
  return row?.allowedOrigins ?? [];
}

export async function saveAllowedOrigins(ctx: RequestContext, origins: string[]): Promise<void> {
  await ctx.em.getRepository(ConsentSettingsEntity).update({ tenantId: ctx.tenantId }, { allowedOrigins: origins });
}

/**
 * Purposes that take an answer (those relying on consent, and sale/sharing, an opt-out), with the live policy
 * version in the same statement (null when nothing is published, or when there is no purpose at all).
 */
export async function consentPurposes(
  ctx: RequestContext,
): Promise<{ purposes: (ConsentPurpose & { description: string | null })[]; liveVersion: number | null }> {
  const rows: {
    id: string;
    name: string;
    description: string | null;
    legal_basis: LegalBasis;
    special_category_condition: SpecialCategoryCondition | null;
    sale_or_sharing: boolean;
    live_version: number | null;
  }[] = await ctx.em.query(
    `SELECT p.id, p.name, p.description, p.legal_basis, p.special_category_condition, p.sale_or_sharing, live.version AS live_version
       FROM purposes p CROSS JOIN (${LIVE_VERSION_SQL}) AS live WHERE p.tenant_id = $1 ORDER BY p.position, p.name, p.id`,
    [ctx.tenantId],
  );
  const purposes = rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    reliesOnConsent: reliesOnConsent({
      legalBasis: r.legal_basis,
      specialCategoryCondition: r.special_category_condition,
    }),
    saleOrSharing: r.sale_or_sharing,
  }));
  return { purposes, liveVersion: rows[0]?.live_version ?? null };
}

/**
 * The names of the data categories and recipients each purpose links to now, in their list order (position, then
 * id, as a snapshot orders them): the notice of an imported live version, which has no snapshot to read them from.
 */
export async function purposeLinks(
  ctx: RequestContext,
): Promise<Map<string, { dataCategories: string[]; recipients: string[] }>> {
  const rows: { id: string; data_categories: string[]; recipients: string[] }[] = await ctx.em.query(
    `SELECT p.id,
            ARRAY(SELECT d.name FROM purpose_data_categories l
                    JOIN data_categories d ON d.tenant_id = l.tenant_id AND d.id = l.data_category_id
                   WHERE l.tenant_id = p.tenant_id AND l.purpose_id = p.id ORDER BY d.position, d.id) AS data_categories,
            ARRAY(SELECT r.name FROM purpose_recipients l
                    JOIN recipients r ON r.tenant_id = l.tenant_id AND r.id = l.recipient_id
                   WHERE l.tenant_id = p.tenant_id AND l.purpose_id = p.id ORDER BY r.position, r.id) AS recipients
       FROM purposes p WHERE p.tenant_id = $1`,
    [ctx.tenantId],
  );
  return new Map(rows.map((r) => [r.id, { dataCategories: r.data_categories, recipients: r.recipients }]));
}

/** The tenant's subject key and the event an idempotency key already recorded, in one statement (no key yet: nothing). */
export async function keyAndEventOf(
  ctx: RequestContext,
  idempotencyKey: string,
): Promise<{ subjectKey: Buffer; event: { id: string; fingerprint: string } | null } | null> {
  const [known]: { subject_key: Buffer; event_id: string | null; fingerprint: string | null }[] = await ctx.em.query(
    `SELECT s.subject_key, e.id AS event_id, e.fingerprint
     FROM consent_settings s LEFT JOIN consent_events e ON e.tenant_id = s.tenant_id AND e.idempotency_key = $2
     WHERE s.tenant_id = $1`,
    [ctx.tenantId, idempotencyKey],
  );
  if (!known) return null;
  return {
    subjectKey: known.subject_key,
    event: known.event_id ? { id: known.event_id, fingerprint: known.fingerprint! } : null,
  };
}

/** The event an idempotency key recorded (a concurrent retry won the insert). */
export async function eventOfKey(
  ctx: RequestContext,
  idempotencyKey: string,
): Promise<{ id: string; fingerprint: string }> {
  const [winner] = await ctx.em.query(
    'SELECT id, fingerprint FROM consent_events WHERE tenant_id = $1 AND idempotency_key = $2',
    [ctx.tenantId, idempotencyKey],
  );
  return winner;
}

/** An event as written: everything but the time, which the database gives. */
export interface NewConsentEvent {
  id: string;
  subjectHash: string;
  method: string;
  policyVersion: number;
  noticeHash: string;
  pageUrl: string | null;
  ipTruncated: string | null;
  userAgent: string | null;
  language: string | null;
  gpc: boolean;
  idempotencyKey: string;
  fingerprint: string;
  recorder: { kind: ConsentRecorderKind; id: string | null };
  decisions: { purposeId: string; purposeName: string; choice: string; byGpc: boolean }[];
  /** The notice's words, kept once per hash (null: not known). */
  noticeText: string | null;
  givenAt: Date | null;
  evidenceSource: string | null;
  policyVersionThen: number | null;
}

/**
 * Event, decisions and notice in one statement; with the idempotency key already taken (a concurrent retry won)
 * none of them, and null.
 */
export async function insertConsentEvent(ctx: RequestContext, e: NewConsentEvent): Promise<Date | null> {
  const inserted: { recorded_at: Date }[] = await ctx.em.query(
    `WITH event AS (
       INSERT INTO consent_events (tenant_id, id, subject_hash, method, policy_version, notice_hash, page_url, ip_truncated, user_agent, language, gpc, idempotency_key, fingerprint, recorded_by_kind, recorded_by_id, given_at, evidence_source, policy_version_then)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $21, $22, $23)
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
      ctx.tenantId,
      e.id,
      e.subjectHash,
      e.method,
      e.policyVersion,
      e.noticeHash,
      e.pageUrl,
      e.ipTruncated,
      e.userAgent,
      e.language,
      e.gpc,
      e.idempotencyKey,
      e.fingerprint,
      e.recorder.kind,
      e.recorder.id,
      e.decisions.map((d) => d.purposeId),
      e.decisions.map((d) => d.purposeName),
      e.decisions.map((d) => d.choice),
      e.decisions.map((d) => d.byGpc),
      e.noticeText,
      e.givenAt,
      e.evidenceSource,
      e.policyVersionThen,
    ],
  );
  return inserted[0]?.recorded_at ?? null;
}

/**
 * The policy version in force on a day (YYYY-MM-DD, UTC): the one whose effective date was the latest on or before
 * it (the newer version on a tie); null when none had taken effect.
 */
export async function versionInForceOn(ctx: RequestContext, day: string): Promise<number | null> {
  const [row]: { version: number }[] = await ctx.em.query(
    `SELECT version FROM policy_versions WHERE tenant_id = $1 AND effective_date <= $2::date
      ORDER BY effective_date DESC, version DESC LIMIT 1`,
    [ctx.tenantId, day],
  );
  return row?.version ?? null;
}

/**
 * The subject's sale/sharing purposes whose answer in force is a refusal Global Privacy Control made: a grant
 * without the signal does not lift it (CCPA regulations § 7025(c)).
 */
export async function optedOutBySignal(ctx: RequestContext, subjectHash: string): Promise<Set<string>> {
  const rows: { purpose_id: string }[] = await ctx.em.query(
    `SELECT purpose_id FROM (
       SELECT DISTINCT ON (purpose_id) purpose_id, choice, by_gpc
         FROM consent_decisions WHERE tenant_id = $1 AND subject_hash = $2
        ORDER BY purpose_id, recorded_at DESC, event_id DESC
     ) latest WHERE choice = 'REFUSED' AND by_gpc`,
    [ctx.tenantId, subjectHash],
  );
  return new Set(rows.map((r) => r.purpose_id));
}

/** The words kept for a notice hash, or null. */
export async function storedNotice(ctx: RequestContext, hash: string): Promise<string | null> {
  const stored = await ctx.em
    .getRepository(ConsentNoticeEntity)
    .findOne({ where: { tenantId: ctx.tenantId, hash }, select: { text: true } });
  return stored?.text ?? null;
}

/** Events with their decisions and notice texts, in two more queries, in the order of `ids`. */
export async function loadEvents(ctx: RequestContext, ids: string[]): Promise<ConsentEvent[]> {
  if (!ids.length) return [];
  const events = await ctx.em
    .getRepository(ConsentEventEntity)
    .createQueryBuilder('e')
    .where('e.tenantId = :t AND e.id IN (:...ids)', { t: ctx.tenantId, ids })
    .getMany();
  const decisions = await ctx.em
    .getRepository(ConsentDecisionEntity)
    .createQueryBuilder('d')
    .where('d.tenantId = :t AND d.eventId IN (:...ids)', { t: ctx.tenantId, ids })
    .getMany();
  const hashes = [...new Set(events.map((e) => e.noticeHash))];
  const notices = hashes.length
    ? await ctx.em
        .getRepository(ConsentNoticeEntity)
        .createQueryBuilder('n')
        .where('n.tenantId = :t AND n.hash IN (:...hashes)', { t: ctx.tenantId, hashes })
        .getMany()
    : [];
  const texts = new Map(notices.map((n) => [n.hash, n.text]));
  const passes = new Map(
    (
      (await ctx.em.query(
        `SELECT event_id, passed_on_at, note, recorded_by_kind FROM consent_opt_outs_passed_on
          WHERE tenant_id = $1 AND event_id = ANY($2::uuid[])`,
        [ctx.tenantId, ids],
      )) as { event_id: string; passed_on_at: Date; note: string; recorded_by_kind: 'USER' | 'API_KEY' }[]
    ).map((p) => [p.event_id, { at: p.passed_on_at, note: p.note, recordedBy: ConsentRecorder[p.recorded_by_kind] }]),
  );
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
        givenAt: e.givenAt,
        evidenceSource: e.evidenceSource,
        policyVersionThen: e.policyVersionThen,
        recordedBy: ConsentRecorder[e.recordedByKind],
        decisions: decisions
          .filter((d) => d.eventId === id)
          .map((d) => ({ purposeId: d.purposeId, purposeName: d.purposeName, choice: d.choice, byGpc: d.byGpc }))
          .sort(byPurposeName),
        optOutBySignal: decisions.some((d) => d.eventId === id && d.byGpc && d.choice !== 'GRANTED'),
        passedOn: passes.get(id) ?? null,
      },
    ];
  });
}

/** Records, once, that an event's opt-out by signal was passed on; false when it was recorded before. */
export async function insertOptOutPassedOn(
  ctx: RequestContext,
  eventId: string,
  note: string,
  recorder: { kind: 'USER' | 'API_KEY'; id: string | null },
): Promise<boolean> {
  const inserted = (await ctx.em.query(
    `INSERT INTO consent_opt_outs_passed_on (tenant_id, event_id, note, recorded_by_kind, recorded_by_id)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tenant_id, event_id) DO NOTHING RETURNING event_id`,
    [ctx.tenantId, eventId, note, recorder.kind, recorder.id],
  )) as unknown[];
  return inserted.length > 0;
}

/** A subject's answer in force per purpose, by purpose name. */
export async function currentState(ctx: RequestContext, subjectHash: string): Promise<PurposeConsentState[]> {
  const rows = await ctx.em.query(
    `SELECT DISTINCT ON (purpose_id) purpose_id, purpose_name, choice, recorded_at, event_id
       FROM consent_decisions WHERE tenant_id = $1 AND subject_hash = $2
      ORDER BY purpose_id, recorded_at DESC, event_id DESC`,
    [ctx.tenantId, subjectHash],
  );
  const names = new Map<string, string>(
    rows.map((r: { purpose_id: string; purpose_name: string }) => [r.purpose_id, r.purpose_name]),
  );
  return currentConsentState(
    rows.map((r: { purpose_id: string; choice: Decision['choice']; recorded_at: Date; event_id: string }) => ({
      purposeId: r.purpose_id,
      choice: r.choice,
      at: r.recorded_at,
      eventId: r.event_id,
    })),
  )
    .map((s) => ({ ...s, purposeName: names.get(s.purposeId)! }))
    .sort((a, b) => a.purposeName.localeCompare(b.purposeName));
}

/**
 * Recent answers of several tenants (those row-level security shows the caller) in one statement: each
 * tenant's window and newest answer through its (tenant_id, recorded_at) index.
 */
export async function consentActivity(
  ctx: RequestContext,
  tenantIds: readonly string[],
  days: number,
): Promise<Map<string, TenantConsentActivity>> {
  const rows: {
    tenant_id: string;
    events: number;
    granted: number;
    refused: number;
    withdrawn: number;
    last: Date | null;
  }[] = await ctx.em.query(
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
  return new Map(
    rows.map((r) => [
      r.tenant_id,
      {
        days,
        events: r.events,
        granted: r.granted,
        refused: r.refused,
        withdrawn: r.withdrawn,
        lastRecordedAt: r.last,
      },
    ]),
  );
}

/** Answers per purpose and period (`unit`: day, week or month) between two dates, inclusive. */
export async function countAnswers(
  ctx: RequestContext,
  from: string,
  to: string,
  unit: string,
  purposeIds: string[] | null,
): Promise<ConsentCount[]> {
  const rows: {
    purpose_id: string;
    purpose_name: string;
    period: string;
    granted: number;
    refused: number;
    withdrawn: number;
  }[] = await ctx.em.query(
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
    [ctx.tenantId, from, to, unit, purposeIds],
  );
  return rows.map((r) => ({
    purposeId: r.purpose_id,
    purposeName: r.purpose_name,
    periodStart: r.period,
    granted: r.granted,
    refused: r.refused,
    withdrawn: r.withdrawn,
  }));
}
