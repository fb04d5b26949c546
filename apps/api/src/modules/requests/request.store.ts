import type { Deadline } from '@noticeboard/domain';
import { recordedActor, type RecordedActor, type RequestContext } from '../../context/request-context.js';
import { VISIBLE_TENANT_IDS } from '../../db/rls.js';
import { isUuid } from '../../graphql/ids.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import {
  DataSubjectRequestEntity,
  DataSubjectRequestEventEntity,
  SubjectRequestSettingsEntity,
} from './request.entity.js';
import type { DataSubjectRequestsArgs } from './request.types.js';

/** The SQL of data-subject requests: settings, rows, their history, the list query. Every statement in `ctx.em`. */

export type SubjectRequestSettingsRow = Pick<
  SubjectRequestSettingsEntity,
  'promisedDays' | 'timeZone' | 'holidayRegion'
>;

export type SubjectRequestState = DataSubjectRequestEntity['state'];

/** One step of a request's history, as stored. */
export interface SubjectRequestStep {
  action: string;
  from: SubjectRequestState | null;
  to: SubjectRequestState | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

export async function settingsRow(ctx: RequestContext): Promise<SubjectRequestSettingsRow> {
  return (
    (await ctx.em.getRepository(SubjectRequestSettingsEntity).findOneBy({ tenantId: ctx.tenantId })) ?? {
      promisedDays: null,
      timeZone: null,
      holidayRegion: null,
    }
  );
}

export async function saveSettings(ctx: RequestContext, next: SubjectRequestSettingsRow): Promise<void> {
  await ctx.em.query(
    `INSERT INTO request_settings (tenant_id, promised_days, time_zone, holiday_region) VALUES ($1, $2, $3, $4)
     ON CONFLICT (tenant_id) DO UPDATE SET promised_days = $2, time_zone = $3, holiday_region = $4, updated_at = now()`,
    [ctx.tenantId, next.promisedDays, next.timeZone, next.holidayRegion],
  );
}

export function currentTenant(ctx: RequestContext): Promise<TenantEntity> {
  return ctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: ctx.tenantId });
}

/** The columns that store a computed deadline. */
export function deadlineColumns(deadline: Deadline) {
  return {
    clockStartsOn: deadline.clockStartsOn,
    dueOn: deadline.dueOn,
    acknowledgeBy: deadline.acknowledgeBy,
    deadline,
  };
}

export async function insertRequest(ctx: RequestContext, row: Partial<DataSubjectRequestEntity>): Promise<void> {
  await ctx.em.getRepository(DataSubjectRequestEntity).insert(row);
}

export async function updateRequest(
  ctx: RequestContext,
  id: string,
  values: Partial<DataSubjectRequestEntity>,
): Promise<void> {
  await ctx.em.getRepository(DataSubjectRequestEntity).update({ tenantId: ctx.tenantId, id }, values);
}

export function loadRequest(ctx: RequestContext, id: string): Promise<DataSubjectRequestEntity> {
  return ctx.em.getRepository(DataSubjectRequestEntity).findOneByOrFail({ tenantId: ctx.tenantId, id });
}

/** The current tenant's request with this id, or null (an id that is not a UUID finds nothing). */
export async function findRequest(ctx: RequestContext, id: string): Promise<DataSubjectRequestEntity | null> {
  return isUuid(id) ? ctx.em.getRepository(DataSubjectRequestEntity).findOneBy({ tenantId: ctx.tenantId, id }) : null;
}

/**
 * Appends a step to the request's history, as whoever the context says acts (`actor`: someone else, such as the
 * system sending an identity check on a requester's behalf).
 */
export async function insertStep(
  ctx: RequestContext,
  requestId: string,
  step: SubjectRequestStep,
  actor: RecordedActor = recordedActor(ctx.actor),
): Promise<void> {
  await ctx.em.query(
    `INSERT INTO data_subject_request_events (tenant_id, request_id, action, from_state, to_state, actor_kind, actor_id, reason, details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      ctx.tenantId,
      requestId,
      step.action,
      step.from,
      step.to,
      actor.kind,
      actor.id,
      step.reason ?? null,
      step.details ? JSON.stringify(step.details) : null,
    ],
  );
}

/** Whether the request's history already holds `action` for this due date (a reminder that ran once). */
export async function hasStepFor(
  ctx: RequestContext,
  requestId: string,
  action: string,
  dueOn: string,
): Promise<boolean> {
  const [done] = await ctx.em.query(
    `SELECT 1 FROM data_subject_request_events WHERE tenant_id = $1 AND request_id = $2 AND action = $3 AND details ->> 'dueOn' = $4`,
    [ctx.tenantId, requestId, action, dueOn],
  );
  return Boolean(done);
}

/** The request, locked until the transaction ends (a reminder's job). */
export function lockRequest(ctx: RequestContext, id: string): Promise<DataSubjectRequestEntity | null> {
  return ctx.em
    .getRepository(DataSubjectRequestEntity)
    .findOne({ where: { tenantId: ctx.tenantId, id }, lock: { mode: 'pessimistic_write' } });
}

/** The query of a list: the current tenant's requests (`agencyWide`: every tenant the caller may see), filtered. */
export function listQuery(ctx: RequestContext, args: DataSubjectRequestsArgs, agencyWide: boolean) {
  const query = ctx.em.getRepository(DataSubjectRequestEntity).createQueryBuilder('r');
  if (agencyWide) {
    // Row-level security limits this to the tenants the caller can see; naming them lets each be read by index.
    query.where(`r.tenantId IN (${VISIBLE_TENANT_IDS})`);
    if (args.tenantIds?.length)
      query.andWhere('r.tenantId IN (:...tenantIds)', { tenantIds: args.tenantIds.map((id) => id.toLowerCase()) });
  } else {
    query.where('r.tenantId = :tenantId', { tenantId: ctx.tenantId });
  }
  if (args.states?.length) query.andWhere('r.state IN (:...states)', { states: args.states });
  if (args.types?.length) query.andWhere('r.type IN (:...types)', { types: args.types });
  if (args.overdue != null) {
    // Overdue in each request's own calendar: its due date is before today in its time zone.
    const overdue = `(r.closedAt IS NULL AND r.dueOn < (now() AT TIME ZONE r.timeZone)::date)`;
    query.andWhere(args.overdue ? overdue : `NOT ${overdue}`);
  }
  // Nothing stored holds a NUL (and PostgreSQL refuses one even as a parameter): such a search finds nothing.
  if (args.search?.includes('\u0000')) query.andWhere('false');
  else if (args.search?.trim()) {
    const term = `%${args.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.andWhere('(r.reference ILIKE :term OR r.requesterName ILIKE :term OR r.requesterEmail ILIKE :term)', {
      term,
    });
  }
  return query;
}

/** The query of a request's history (of the request's own tenant: the agency inbox reads several). */
export function stepsQuery(ctx: RequestContext, tenantId: string, requestId: string) {
  return ctx.em
    .getRepository(DataSubjectRequestEventEntity)
    .createQueryBuilder('e')
    .where('e.tenantId = :t AND e.requestId = :r', { t: tenantId, r: requestId });
}

export async function tenantsById(ctx: RequestContext, ids: string[]): Promise<Map<string, TenantEntity>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await ctx.em
    .getRepository(TenantEntity)
    .createQueryBuilder('t')
    .where('t.tenantId IN (:...unique)', { unique })
    .getMany();
  return new Map(rows.map((t) => [t.tenantId, t]));
}

/** The request whose emailed link hashes to `tokenHash`. */
export async function idByTokenHash(ctx: RequestContext, tokenHash: string): Promise<string | null> {
  const [match]: { id: string }[] = await ctx.em.query(
    'SELECT id FROM data_subject_requests WHERE tenant_id = $1 AND verification_token_hash = $2',
    [ctx.tenantId, tokenHash],
  );
  return match?.id ?? null;
}

/** The request with this reference, its code hash and failed tries, locked for counting a try. */
export async function codeByReference(
  ctx: RequestContext,
  reference: string,
): Promise<{ id: string; codeHash: string | null; attempts: number } | null> {
  const [match]: { id: string; verification_code_hash: string | null; verification_attempts: number }[] =
    await ctx.em.query(
      'SELECT id, verification_code_hash, verification_attempts FROM data_subject_requests WHERE tenant_id = $1 AND reference = $2 FOR UPDATE',
      [ctx.tenantId, reference],
    );
  return match ? { id: match.id, codeHash: match.verification_code_hash, attempts: match.verification_attempts } : null;
}

export async function countFailedCode(ctx: RequestContext, id: string): Promise<void> {
  await ctx.em.query(
    'UPDATE data_subject_requests SET verification_attempts = verification_attempts + 1 WHERE tenant_id = $1 AND id = $2',
    [ctx.tenantId, id],
  );
}

/** The request a submission key filed, with the fingerprint of the content it came with. */
export interface SubmissionKeyRow {
  requestId: string;
  fingerprint: string;
}

/** The request this submission key (its SHA-256) already filed in the current tenant, or null. */
export async function requestOfSubmissionKey(ctx: RequestContext, keyHash: string): Promise<SubmissionKeyRow | null> {
  const [row]: { request_id: string; fingerprint: string }[] = await ctx.em.query(
    'SELECT request_id, fingerprint FROM request_submission_keys WHERE tenant_id = $1 AND key_hash = $2',
    [ctx.tenantId, keyHash],
  );
  return row ? { requestId: row.request_id, fingerprint: row.fingerprint } : null;
}

/**
 * Claims a submission key for the request about to be inserted (the foreign key is checked at commit). False when
 * the key is taken: a concurrent submission with it waits here until that one commits, then loses.
 */
export async function claimSubmissionKey(
  ctx: RequestContext,
  keyHash: string,
  requestId: string,
  fingerprint: string,
): Promise<boolean> {
  const claimed: unknown[] = await ctx.em.query(
    `WITH claimed AS (
       INSERT INTO request_submission_keys (tenant_id, key_hash, request_id, fingerprint) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, key_hash) DO NOTHING RETURNING key_hash
     )
     SELECT key_hash FROM claimed`,
    [ctx.tenantId, keyHash, requestId, fingerprint],
  );
  return claimed.length > 0;
}
