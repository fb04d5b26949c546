import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  actionsFrom,
  calendarDateIn,
  computeDeadline,
  daysBetween,
  deadlineReminders,
  instantAt,
  isLanguage,
  isOverdue,
  holidayRegionProblem,
  isTerminalRequestState,
  isTimeZone,
  problem,
  promisedDaysProblems,
  REQUEST_NOTE_MAX,
  REQUEST_OUTCOME_MAX,
  requiredText,
  TRANSITION_REASON_MAX,
  transition,
  validateRequestIntake,
  validateWith,
  verificationAllowed,
  type Deadline,
  type Jurisdiction,
  type Problem,
  type RefusalGround,
  type RequestAction,
  type ReminderKind,
  type Validated,
} from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { VISIBLE_TENANT_IDS } from '../../db/rls.js';
import { paginate, type Connection } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { enqueue, type TenantScope } from '../../queue/job.js';
import { ApiKeyEntity } from '../api-keys/api-key.entity.js';
import { UserEntity } from '../auth/user.entity.js';
import { sendEmail } from '../email/email.service.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { emitEvent } from '../webhooks/webhook.events.js';
import { requestEmails } from './request.emails.js';
import {
  DataSubjectRequestEntity,
  DataSubjectRequestEventEntity,
  RequestSettingsEntity,
  type RequestActorKind,
  type RequestSource,
} from './request.entity.js';
import { sendRequestReminder } from './request.job.js';
import type {
  AddRequestNoteInput,
  CompleteRequestInput,
  ConfirmRequestIdentityInput,
  CreateDataSubjectRequestInput,
  DataSubjectRequest,
  DataSubjectRequestEvent,
  DataSubjectRequestsArgs,
  ExtendRequestDeadlineInput,
  RefuseRequestInput,
  RequestSettings,
  SkipRequestVerificationInput,
  UpdateRequestSettingsInput,
} from './request.types.js';

/**
 * A staff step's text, checked as the domain checks text: trimmed, required, at most `max` characters, storable
 * (no NUL, no unpaired surrogate). A missing text keeps the step's own wording.
 */
function staffText(path: string, value: string, max: number, whenMissing: string): Validated<string> {
  const checked = validateWith(requiredText(max, path), value);
  if (checked.ok) return checked;
  return { ok: false, problems: checked.problems.map((p) => ({ ...p, path, message: p.code === 'REQUIRED' ? whenMissing : p.message })) };
}

export interface RequestActor {
  kind: RequestActorKind;
  id: string | null;
}

/** Everything a request's steps need: the tenant's transaction, who acts, and where public links point. */
export interface RequestScope extends TenantScope {
  actor: RequestActor;
  publicUrl: string;
}

const VERIFICATION_VALID_DAYS = 7;
const MAX_CODE_ATTEMPTS = 5;
const REMINDER_HOUR = 9;
const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export type VerificationOutcome = { verified: DataSubjectRequestEntity; already: boolean } | { refused: 'INVALID' | 'EXPIRED' | 'LOCKED' };

function actorOf(ctx: RequestContext): RequestActor {
  if (ctx.actor.kind === 'apiKey') return { kind: 'API_KEY', id: ctx.actor.apiKeyId };
  if (ctx.actor.kind === 'user') return { kind: 'USER', id: ctx.actor.userId };
  return { kind: 'SYSTEM', id: null };
}

const scopeOf = (ctx: RequestContext): RequestScope => ({ em: ctx.em, tenantId: ctx.tenantId, actor: actorOf(ctx), publicUrl: ctx.config.publicUrl });

export class DataSubjectRequestService {
  // ---- settings -----------------------------------------------------------------------------------------

  private async settingsRow(scope: TenantScope): Promise<Pick<RequestSettingsEntity, 'promisedDays' | 'timeZone' | 'holidayRegion'>> {
    return (await scope.em.getRepository(RequestSettingsEntity).findOneBy({ tenantId: scope.tenantId })) ?? { promisedDays: null, timeZone: 'UTC', holidayRegion: null };
  }

  async settings(ctx: RequestContext): Promise<RequestSettings> {
    const tenant = await this.tenant(ctx);
    return { ...(await this.settingsRow(ctx)), formUrl: `${ctx.config.publicUrl}/p/${tenant.slug}/requests/new` };
  }

  async updateSettings(ctx: RequestContext, input: UpdateRequestSettingsInput): Promise<RequestSettings | ValidationFailed> {
    const tenant = await this.tenant(ctx);
    const current = await this.settingsRow(ctx);
    const next = {
      promisedDays: input.promisedDays === undefined ? current.promisedDays : input.promisedDays,
      timeZone: input.timeZone === undefined || input.timeZone === null ? current.timeZone : input.timeZone.trim(),
      holidayRegion: input.holidayRegion === undefined ? current.holidayRegion : input.holidayRegion?.trim().toUpperCase() || null,
    };
    const problems: Problem[] = [];
    if (!isTimeZone(next.timeZone)) problems.push(problem('timeZone', 'INVALID_FORMAT', `${next.timeZone} is not an IANA time zone such as Europe/Berlin`));
    const region = holidayRegionProblem(next.holidayRegion);
    if (region) problems.push(region);
    if (next.promisedDays !== null) problems.push(...promisedDaysProblems(next.promisedDays, tenant.jurisdictions));
    if (problems.length) return ValidationFailed.of(problems);
    await ctx.em.query(
      `INSERT INTO request_settings (tenant_id, promised_days, time_zone, holiday_region) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id) DO UPDATE SET promised_days = $2, time_zone = $3, holiday_region = $4, updated_at = now()`,
      [ctx.tenantId, next.promisedDays, next.timeZone, next.holidayRegion],
    );
    return { ...next, formUrl: `${ctx.config.publicUrl}/p/${tenant.slug}/requests/new` };
  }

  private tenant(scope: TenantScope): Promise<TenantEntity> {
    return scope.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: scope.tenantId });
  }

  // ---- intake -------------------------------------------------------------------------------------------

  createFromApi(ctx: RequestContext, input: CreateDataSubjectRequestInput): Promise<DataSubjectRequest | ValidationFailed> {
    if (input.receivedAt && input.receivedAt.getTime() > Date.now() + 60_000) {
      return Promise.resolve(ValidationFailed.of([problem('receivedAt', 'OUT_OF_RANGE', 'a request cannot arrive in the future')]));
    }
    const source: RequestSource = ctx.actor.kind === 'apiKey' ? 'API' : 'PORTAL';
    return this.create(scopeOf(ctx), input, { source, receivedAt: input.receivedAt ?? new Date(), skipVerificationReason: input.skipVerificationReason ?? null }).then((r) =>
      this.result(ctx, r),
    );
  }

  /**
   * Takes a request in: checks it against the regime, works out its deadline, records it, and either asks the
   * requester to confirm their identity (an email with a link and a code) or starts work at once when staff say
   * why no check is needed (or the law forbids one). The requester is told the reference and the due date.
   */
  async create(
    scope: RequestScope,
    input: { type?: unknown; jurisdiction?: unknown; requesterName?: unknown; email?: unknown; details?: unknown; language?: unknown },
    opts: { source: RequestSource; receivedAt: Date; skipVerificationReason: string | null },
  ): Promise<DataSubjectRequestEntity | ValidationFailed> {
    const tenant = await this.tenant(scope);
    const jurisdiction = input.jurisdiction ?? tenant.jurisdictions[0];
    const intake = validateRequestIntake({ type: input.type, jurisdiction, requesterName: input.requesterName, email: input.email, details: input.details ?? null });
    if (!intake.ok) return ValidationFailed.of(intake.problems);
    const request = intake.value;
    if (!tenant.jurisdictions.includes(request.jurisdiction)) {
      return ValidationFailed.of([problem('jurisdiction', 'NOT_ALLOWED', `${tenant.legalName} does not serve ${request.jurisdiction}; choose one of ${tenant.jurisdictions.join(', ')}`)]);
    }
    const language = typeof input.language === 'string' && isLanguage(input.language) ? input.language : tenant.defaultLanguage;
    const settings = await this.settingsRow(scope);
    const deadline = computeDeadline({
      jurisdiction: request.jurisdiction,
      type: request.type,
      receivedAt: opts.receivedAt,
      timeZone: settings.timeZone,
      promisedDays: settings.promisedDays,
      holidayRegion: settings.holidayRegion,
    });
    if (!deadline.ok) return ValidationFailed.of(deadline.problems);

    const verify = verificationAllowed(request.jurisdiction, request.type) && !opts.skipVerificationReason;
    const step = transition('RECEIVED', verify ? 'SEND_VERIFICATION' : 'SKIP_VERIFICATION', {
      jurisdiction: request.jurisdiction,
      type: request.type,
      reason: opts.skipVerificationReason,
    });
    if (!step.ok) return ValidationFailed.of(step.problems.map((p) => (p.path === 'reason' ? { ...p, path: 'skipVerificationReason' } : p)));

    const id = randomUUID();
    const secrets = verify ? { token: randomBytes(32).toString('base64url'), code: String(randomInt(0, 1_000_000)).padStart(6, '0') } : null;
    const row: Partial<DataSubjectRequestEntity> = {
      tenantId: scope.tenantId,
      id,
      reference: this.newReference(),
      type: request.type,
      jurisdiction: request.jurisdiction,
      state: step.value.to,
      source: opts.source,
      requesterName: request.requesterName,
      requesterEmail: request.email,
      details: request.details,
      language,
      receivedAt: opts.receivedAt,
      timeZone: settings.timeZone,
      holidayRegion: settings.holidayRegion,
      promisedDays: settings.promisedDays,
      ...this.deadlineColumns(deadline.value),
      extended: false,
      extensionReason: null,
      verifiedAt: null,
      verificationMethod: verify ? null : request.jurisdiction === 'CCPA_CPRA' && request.type === 'OPT_OUT_SALE_SHARING' ? 'NOT_REQUIRED' : 'SKIPPED',
      verificationTokenHash: secrets ? sha256(secrets.token) : null,
      verificationCodeHash: secrets ? sha256(`${id}:${secrets.code}`) : null,
      verificationExpiresAt: secrets ? new Date(Date.now() + VERIFICATION_VALID_DAYS * 86_400_000) : null,
      verificationAttempts: 0,
    };
    await scope.em.getRepository(DataSubjectRequestEntity).insert(row);
    const saved = await this.load(scope, id);
    await this.record(scope, saved, { action: 'RECEIVED', from: null, to: 'RECEIVED', details: { source: opts.source, dueOn: saved.dueOn, rule: deadline.value.rule.citation } });
    // Sending the identity check is the system's doing; skipping it is the decision of whoever skipped it.
    await this.record(verify ? { ...scope, actor: { kind: 'SYSTEM', id: null } } : scope, saved, { action: step.value.action, from: 'RECEIVED', to: step.value.to, reason: step.value.reason });

    const emails = requestEmails(tenant, saved, scope.publicUrl);
    await sendEmail(scope, secrets ? emails.verification(secrets.token, secrets.code) : emails.acknowledgement());
    await emitEvent(scope, 'request.received', this.eventData(saved));
    await this.scheduleReminders(scope, saved);
    return saved;
  }

  private newReference(): string {
    const bytes = randomBytes(8);
    return `R-${[...bytes].map((b) => REFERENCE_ALPHABET[b % 32]).join('')}`;
  }

  private deadlineColumns(deadline: Deadline) {
    return { clockStartsOn: deadline.clockStartsOn, dueOn: deadline.dueOn, acknowledgeBy: deadline.acknowledgeBy, deadline };
  }

  private eventData(r: DataSubjectRequestEntity) {
    return { requestId: r.id, reference: r.reference, type: r.type, jurisdiction: r.jurisdiction, state: r.state, receivedAt: r.receivedAt.toISOString(), dueOn: r.dueOn };
  }

  // ---- identity verification ----------------------------------------------------------------------------

  /** The requester followed the emailed link. */
  async verifyByToken(scope: RequestScope, token: string): Promise<VerificationOutcome> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { refused: 'INVALID' };
    const [match]: { id: string }[] = await scope.em.query('SELECT id FROM data_subject_requests WHERE tenant_id = $1 AND verification_token_hash = $2', [scope.tenantId, sha256(token)]);
    if (!match) return { refused: 'INVALID' };
    return this.confirmByRequester(scope, match.id, 'EMAIL_LINK');
  }

  /** The requester typed the emailed code; a few wrong tries void it (a new one can be sent). */
  async verifyByCode(scope: RequestScope, reference: string, code: string): Promise<VerificationOutcome> {
    // No reference holds a NUL, and PostgreSQL refuses one even as a parameter: not a match, not a server error.
    if (reference.includes('\u0000')) return { refused: 'INVALID' };
    const [match]: { id: string; verification_code_hash: string | null; verification_attempts: number }[] = await scope.em.query(
      'SELECT id, verification_code_hash, verification_attempts FROM data_subject_requests WHERE tenant_id = $1 AND reference = $2 FOR UPDATE',
      [scope.tenantId, reference.trim().toUpperCase()],
    );
    if (!match) return { refused: 'INVALID' };
    const current = await this.load(scope, match.id);
    if (current.verifiedAt) return { verified: current, already: true };
    if (!match.verification_code_hash || match.verification_attempts >= MAX_CODE_ATTEMPTS) return { refused: 'LOCKED' };
    if (!sameHash(match.verification_code_hash, sha256(`${match.id}:${code.trim()}`))) {
      await scope.em.query('UPDATE data_subject_requests SET verification_attempts = verification_attempts + 1 WHERE tenant_id = $1 AND id = $2', [scope.tenantId, match.id]);
      return { refused: match.verification_attempts + 1 >= MAX_CODE_ATTEMPTS ? 'LOCKED' : 'INVALID' };
    }
    return this.confirmByRequester(scope, match.id, 'EMAIL_CODE');
  }

  private async confirmByRequester(scope: RequestScope, id: string, method: string): Promise<VerificationOutcome> {
    const current = await this.load(scope, id);
    if (current.verifiedAt) return { verified: current, already: true };
    if (current.state !== 'VERIFYING') return { refused: 'INVALID' };
    if (current.verificationExpiresAt && current.verificationExpiresAt.getTime() < Date.now()) return { refused: 'EXPIRED' };
    const result = await this.confirm({ ...scope, actor: { kind: 'REQUESTER', id: null } }, current, method, null);
    return result instanceof ValidationFailed ? { refused: 'INVALID' } : { verified: result, already: false };
  }

  /**
   * Identity confirmed: work starts, and where the regime starts the clock only now (UK GDPR), the deadline is
   * worked out again from today.
   */
  private async confirm(scope: RequestScope, current: DataSubjectRequestEntity, method: string, reason: string | null): Promise<DataSubjectRequestEntity | ValidationFailed> {
    const step = transition(current.state, 'CONFIRM_IDENTITY', { jurisdiction: current.jurisdiction, type: current.type, reason });
    if (!step.ok) return ValidationFailed.of(step.problems);
    const verifiedAt = new Date();
    const deadline = computeDeadline({
      jurisdiction: current.jurisdiction,
      type: current.type,
      receivedAt: current.receivedAt,
      verifiedAt,
      timeZone: current.timeZone,
      promisedDays: current.promisedDays,
      holidayRegion: current.holidayRegion,
    });
    if (!deadline.ok) return ValidationFailed.of(deadline.problems);
    await scope.em.getRepository(DataSubjectRequestEntity).update(
      { tenantId: scope.tenantId, id: current.id },
      { state: step.value.to, verifiedAt, verificationMethod: method, verificationTokenHash: null, verificationCodeHash: null, verificationExpiresAt: null, ...this.deadlineColumns(deadline.value) },
    );
    const updated = await this.load(scope, current.id);
    await this.record(scope, updated, { action: 'CONFIRM_IDENTITY', from: current.state, to: step.value.to, reason, details: { method, clockStartsOn: updated.clockStartsOn, dueOn: updated.dueOn } });
    if (updated.dueOn !== current.dueOn) await this.scheduleReminders(scope, updated);
    return updated;
  }

  // ---- staff steps ----------------------------------------------------------------------------------------

  private async openForStep(ctx: RequestContext, id: string): Promise<DataSubjectRequestEntity> {
    const found = isUuid(id) ? await ctx.em.getRepository(DataSubjectRequestEntity).findOneBy({ tenantId: ctx.tenantId, id }) : null;
    if (!found) throw notFound('request');
    return found;
  }

  private async result(ctx: RequestContext, r: DataSubjectRequestEntity | ValidationFailed): Promise<DataSubjectRequest | ValidationFailed> {
    return r instanceof ValidationFailed ? r : this.toRequest(ctx, r);
  }

  /** Sends a fresh link and code (the old ones stop working); only while verification is pending. */
  async resendVerification(ctx: RequestContext, id: string): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, id);
    if (current.state !== 'VERIFYING') {
      return ValidationFailed.of([problem('id', 'NOT_ALLOWED', `the request is ${current.state}: there is no identity check pending`)]);
    }
    const token = randomBytes(32).toString('base64url');
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await ctx.em.getRepository(DataSubjectRequestEntity).update(
      { tenantId: ctx.tenantId, id },
      { verificationTokenHash: sha256(token), verificationCodeHash: sha256(`${id}:${code}`), verificationExpiresAt: new Date(Date.now() + VERIFICATION_VALID_DAYS * 86_400_000), verificationAttempts: 0 },
    );
    const scope = scopeOf(ctx);
    await this.record(scope, current, { action: 'SEND_VERIFICATION', from: current.state, to: current.state, details: { resent: true } });
    await sendEmail(scope, requestEmails(await this.tenant(ctx), current, scope.publicUrl).verification(token, code));
    return this.toRequest(ctx, current);
  }

  async confirmIdentity(ctx: RequestContext, input: ConfirmRequestIdentityInput): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    const reason = staffText('reason', input.reason, TRANSITION_REASON_MAX, 'say how the identity was confirmed');
    if (!reason.ok) return ValidationFailed.of(reason.problems);
    return this.result(ctx, await this.confirm(scopeOf(ctx), current, 'STAFF', reason.value));
  }

  async skipVerification(ctx: RequestContext, input: SkipRequestVerificationInput): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    const step = transition(current.state, 'SKIP_VERIFICATION', { jurisdiction: current.jurisdiction, type: current.type, reason: input.reason });
    if (!step.ok) return ValidationFailed.of(step.problems);
    await ctx.em.getRepository(DataSubjectRequestEntity).update({ tenantId: ctx.tenantId, id: current.id }, { state: step.value.to, verificationMethod: 'SKIPPED' });
    const updated = await this.load(ctx, current.id);
    await this.record(scopeOf(ctx), updated, { action: 'SKIP_VERIFICATION', from: current.state, to: step.value.to, reason: step.value.reason });
    return this.toRequest(ctx, updated);
  }

  /** Takes the extension the regime allows, once, with the reason; the requester is told the new date and why. */
  async extend(ctx: RequestContext, input: ExtendRequestDeadlineInput): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    const step = transition(current.state, 'EXTEND', {
      jurisdiction: current.jurisdiction,
      type: current.type,
      reason: input.reason,
      deadline: current.deadline,
      today: calendarDateIn(new Date(), current.timeZone),
      newDueOn: input.newDueOn ?? null,
    });
    if (!step.ok) return ValidationFailed.of(step.problems);
    const deadline = step.value.deadline!;
    await ctx.em.getRepository(DataSubjectRequestEntity).update(
      { tenantId: ctx.tenantId, id: current.id },
      { state: step.value.to, extended: true, extensionReason: step.value.reason, overdueSince: null, ...this.deadlineColumns(deadline) },
    );
    const updated = await this.load(ctx, current.id);
    const scope = scopeOf(ctx);
    await this.record(scope, updated, { action: 'EXTEND', from: current.state, to: step.value.to, reason: step.value.reason, details: { previousDueOn: current.dueOn, dueOn: updated.dueOn } });
    await sendEmail(scope, requestEmails(await this.tenant(ctx), updated, scope.publicUrl).extended());
    await this.scheduleReminders(scope, updated);
    return this.toRequest(ctx, updated);
  }

  async complete(ctx: RequestContext, input: CompleteRequestInput): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    const outcome = staffText('outcome', input.outcome, REQUEST_OUTCOME_MAX, 'say what was done; the requester is told');
    if (!outcome.ok) return ValidationFailed.of(outcome.problems);
    return this.close(ctx, current, 'COMPLETE', { outcome: outcome.value });
  }

  async refuse(ctx: RequestContext, input: RefuseRequestInput): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    return this.close(ctx, current, 'REFUSE', { reason: input.reason, ground: input.ground });
  }

  private async close(ctx: RequestContext, current: DataSubjectRequestEntity, action: 'COMPLETE' | 'REFUSE', input: { outcome?: string; reason?: string; ground?: RefusalGround }): Promise<DataSubjectRequest | ValidationFailed> {
    const step = transition(current.state, action, { jurisdiction: current.jurisdiction, type: current.type, reason: input.reason ?? null, refusalGround: input.ground ?? null });
    if (!step.ok) return ValidationFailed.of(step.problems);
    const outcome = action === 'COMPLETE' ? input.outcome! : step.value.reason!;
    await ctx.em.getRepository(DataSubjectRequestEntity).update({ tenantId: ctx.tenantId, id: current.id }, { state: step.value.to, closedAt: new Date(), outcome });
    const updated = await this.load(ctx, current.id);
    const scope = scopeOf(ctx);
    await this.record(scope, updated, { action, from: current.state, to: step.value.to, reason: outcome, details: step.value.refusalGround ? { ground: step.value.refusalGround } : null });
    const emails = requestEmails(await this.tenant(ctx), updated, scope.publicUrl);
    await sendEmail(scope, action === 'COMPLETE' ? emails.completed() : emails.refused(step.value.refusalGround!));
    if (action === 'COMPLETE') await emitEvent(scope, 'request.completed', this.eventData(updated));
    return this.toRequest(ctx, updated);
  }

  async addNote(ctx: RequestContext, input: AddRequestNoteInput): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    const note = staffText('note', input.note, REQUEST_NOTE_MAX, 'the note is empty');
    if (!note.ok) return ValidationFailed.of(note.problems);
    await this.record(scopeOf(ctx), current, { action: 'NOTE', from: null, to: null, reason: note.value });
    return this.toRequest(ctx, current);
  }

  // ---- history and reminders ------------------------------------------------------------------------------

  private async record(
    scope: RequestScope,
    r: DataSubjectRequestEntity,
    e: { action: string; from: DataSubjectRequestEntity['state'] | null; to: DataSubjectRequestEntity['state'] | null; reason?: string | null; details?: Record<string, unknown> | null },
  ): Promise<void> {
    await scope.em.query(
      `INSERT INTO data_subject_request_events (tenant_id, request_id, action, from_state, to_state, actor_kind, actor_id, reason, details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [scope.tenantId, r.id, e.action, e.from, e.to, scope.actor.kind, scope.actor.id, e.reason ?? null, e.details ? JSON.stringify(e.details) : null],
    );
  }

  /**
   * Queues the reminders for the current due date: before it, on it, and the day after (overdue), each at 9:00 in
   * the tenant's time zone. A job finding the due date changed or the request closed does nothing, so old jobs
   * need no cancelling. A request already overdue is flagged at once.
   */
  async scheduleReminders(scope: TenantScope, r: DataSubjectRequestEntity): Promise<void> {
    if (isTerminalRequestState(r.state)) return;
    const now = new Date();
    const today = calendarDateIn(now, r.timeZone);
    const overdue = isOverdue(r.dueOn, now, r.timeZone);
    const reminders = overdue ? [{ on: today, kind: 'OVERDUE' as ReminderKind }] : deadlineReminders(r.dueOn, { from: today });
    for (const reminder of reminders) {
      const at = overdue ? now : instantAt(reminder.on, r.timeZone, REMINDER_HOUR);
      await enqueue(scope, sendRequestReminder, { tenantId: scope.tenantId, requestId: r.id, dueOn: r.dueOn, kind: reminder.kind }, {
        startAfter: at > now ? at : undefined,
        singletonKey: `${r.id}:${r.dueOn}:${reminder.kind}:${reminder.on}`,
      });
    }
  }

  // ---- reading ------------------------------------------------------------------------------------------

  private load(scope: TenantScope, id: string): Promise<DataSubjectRequestEntity> {
    return scope.em.getRepository(DataSubjectRequestEntity).findOneByOrFail({ tenantId: scope.tenantId, id });
  }

  async get(ctx: RequestContext, id: string): Promise<DataSubjectRequest> {
    const found = isUuid(id) ? await ctx.em.getRepository(DataSubjectRequestEntity).findOneBy({ tenantId: ctx.tenantId, id }) : null;
    if (!found) throw notFound('request');
    return this.toRequest(ctx, found);
  }

  /** The current tenant's requests (`agencyWide`: every tenant the caller may see), soonest due first. */
  async list(ctx: RequestContext, args: DataSubjectRequestsArgs, agencyWide = false): Promise<Connection<DataSubjectRequest>> {
    const query = ctx.em.getRepository(DataSubjectRequestEntity).createQueryBuilder('r');
    if (agencyWide) {
      // Row-level security limits this to the tenants the caller can see; naming them lets each be read by index.
      query.where(`r.tenantId IN (${VISIBLE_TENANT_IDS})`);
      if (args.tenantIds?.length) query.andWhere('r.tenantId IN (:...tenantIds)', { tenantIds: args.tenantIds.map((id) => id.toLowerCase()) });
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
      query.andWhere('(r.reference ILIKE :term OR r.requesterName ILIKE :term OR r.requesterEmail ILIKE :term)', { term });
    }
    const page = await paginate(query, args, ['r.dueOn', 'r.tenantId', 'r.id'], (r) => [r.dueOn, r.tenantId, r.id]);
    const tenants = await this.tenantsOf(ctx, page.edges.map((e) => e.node.tenantId));
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: this.view(e.node, tenants.get(e.node.tenantId)) })) };
  }

  private async tenantsOf(ctx: RequestContext, ids: string[]): Promise<Map<string, TenantEntity>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await ctx.em.getRepository(TenantEntity).createQueryBuilder('t').where('t.tenantId IN (:...unique)', { unique }).getMany();
    return new Map(rows.map((t) => [t.tenantId, t]));
  }

  async toRequest(ctx: RequestContext, r: DataSubjectRequestEntity): Promise<DataSubjectRequest> {
    return this.view(r, (await this.tenantsOf(ctx, [r.tenantId])).get(r.tenantId));
  }

  /** The GraphQL shape, with what is derived from today's date in the tenant's calendar. */
  private view(r: DataSubjectRequestEntity, tenant: TenantEntity | undefined): DataSubjectRequest {
    const now = new Date();
    const open = !isTerminalRequestState(r.state);
    const canExtend = r.state === 'IN_PROGRESS' && r.deadline.extension.kind !== 'NONE' && !r.deadline.extended;
    const actions = actionsFrom(r.state).filter(
      (a: RequestAction) => (a !== 'SEND_VERIFICATION' || verificationAllowed(r.jurisdiction, r.type)) && (a !== 'EXTEND' || canExtend),
    );
    return {
      id: r.id,
      reference: r.reference,
      type: r.type,
      jurisdiction: r.jurisdiction as Jurisdiction,
      state: r.state,
      source: r.source,
      requesterName: r.requesterName,
      requesterEmail: r.requesterEmail,
      details: r.details,
      language: r.language,
      receivedAt: r.receivedAt,
      clockStartsOn: r.clockStartsOn,
      dueOn: r.dueOn,
      lawDueOn: r.deadline.lawDueOn,
      promisedDueOn: r.deadline.promisedDueOn,
      acknowledgeBy: r.acknowledgeBy,
      extensionDueOn: canExtend && r.deadline.extension.kind === 'FIXED' ? r.deadline.extension.dueOn : null,
      canExtend,
      extended: r.extended,
      extensionReason: r.extensionReason,
      rule: r.deadline.rule,
      isOverdue: open && isOverdue(r.dueOn, now, r.timeZone),
      daysLeft: daysBetween(calendarDateIn(now, r.timeZone), r.dueOn),
      overdueSince: r.overdueSince,
      verifiedAt: r.verifiedAt,
      verificationMethod: r.verificationMethod,
      closedAt: r.closedAt,
      outcome: r.outcome,
      availableActions: open ? actions : [],
      tenant: { id: r.tenantId, legalName: tenant?.legalName ?? '', slug: tenant?.slug ?? '' },
    };
  }

  /** The request's history, oldest first, with who acted. */
  async events(ctx: RequestContext, request: DataSubjectRequest, args: { first?: number; after?: string; last?: number; before?: string }): Promise<Connection<DataSubjectRequestEvent>> {
    const query = ctx.em
      .getRepository(DataSubjectRequestEventEntity)
      .createQueryBuilder('e')
      .where('e.tenantId = :t AND e.requestId = :r', { t: request.tenant.id, r: request.id });
    const page = await paginate(query, args, ['e.id'], (e) => [Number(e.id)]);
    const names = await this.actorNames(ctx, page.edges.map((e) => e.node));
    return {
      ...page,
      edges: page.edges.map(({ cursor, node: e }) => ({
        cursor,
        node: {
          id: e.id,
          at: e.at,
          action: e.action,
          fromState: e.fromState,
          toState: e.toState,
          actorKind: e.actorKind,
          actorId: e.actorId,
          actorName: e.actorId ? (names.get(e.actorId) ?? null) : e.actorKind === 'REQUESTER' ? 'the requester' : null,
          reason: e.reason,
          details: e.details,
        },
      })),
    };
  }

  private async actorNames(ctx: RequestContext, events: DataSubjectRequestEventEntity[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    const users = [...new Set(events.filter((e) => e.actorKind === 'USER' && e.actorId).map((e) => e.actorId!))];
    if (users.length) for (const u of await ctx.em.getRepository(UserEntity).createQueryBuilder('u').where('u.id IN (:...users)', { users }).getMany()) names.set(u.id, u.email);
    const keys = [...new Set(events.filter((e) => e.actorKind === 'API_KEY' && e.actorId).map((e) => e.actorId!))];
    if (keys.length) for (const k of await ctx.em.getRepository(ApiKeyEntity).createQueryBuilder('k').where('k.id IN (:...keys)', { keys }).getMany()) names.set(k.id, `API key "${k.name}"`);
    return names;
  }
}
