import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  calendarDateIn,
  computeDeadline,
  deadlineReminders,
  holidayRegionProblem,
  instantAt,
  isLanguage,
  isOverdue,
  isCcpaOptOut,
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
  type RequestAction,
  type RequestState,
  type Problem,
  type RefusalGround,
  type ReminderKind,
  type Validated,
} from '@noticeboard/domain';
import { recordedActor, type RequestContext } from '../../context/request-context.js';
import { paginate, type Connection } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { enqueue } from '../../queue/job.js';
import { sendEmail } from '../email/email.service.js';
import { emitEvent } from '../webhooks/webhook.events.js';
import { subjectRequestEmails } from './request.emails.js';
import type { DataSubjectRequestEntity, SubjectRequestSource } from './request.entity.js';
import { sendSubjectRequestReminder } from './request.job.js';
import {
  confirmationPending,
  confirmationRefused,
  newVerification,
  requestOfCode,
  requestOfToken,
  type VerificationResult,
} from './request-verification.js';
import {
  claimSubmissionKey,
  currentTenant,
  deadlineColumns,
  findRequest,
  insertRequest,
  insertStep,
  listQuery,
  loadRequest,
  lockRequest,
  requestOfSubmissionKey,
  saveSettings,
  settingsRow,
  tenantsById,
  updateRequest,
  type SubmissionKeyRow,
} from './request.store.js';
import type {
  AddRequestNoteInput,
  CompleteRequestInput,
  ConfirmRequestIdentityInput,
  CreateDataSubjectRequestInput,
  DataSubjectRequest,
  DataSubjectRequestEvent,
  DataSubjectRequestsArgs,
  ExtendRequestDeadlineInput,
  MergeRequestInput,
  PauseRequestClockInput,
  RecordOptOutPassedOnInput,
  RefuseRequestInput,
  RequestIdentityProofInput,
  ResumeRequestClockInput,
  SkipRequestConfirmationInput,
  SubjectRequestSettings,
  UpdateRequestSettingsInput,
} from './request.types.js';
import { requestHistory, requestView, toRequest } from './request.view.js';
import { publicRequestFormUrl } from '../policy-versions/policy-version.service.js';
import { answered, deadlineOf, requestCalendar, timeZoneMissing, todayOf } from './request-clock.js';

/** The requester's emailed link and code stop working (confirmed, skipped, or the request moved on). */
const NO_CONFIRMATION_PENDING = {
  verificationTokenHash: null,
  verificationCodeHash: null,
  verificationExpiresAt: null,
} as const;

/** A step's `answeredOn` problems under the input's own name. */
const answeredOnAs =
  (path: string) =>
  (p: Problem): Problem =>
    p.path === 'answeredOn' ? { ...p, path } : p;

/**
 * A staff step's text, checked as the domain checks text: trimmed, required, at most `max` characters, storable
 * (no NUL, no unpaired surrogate). A missing text keeps the step's own wording.
 */
function staffText(path: string, value: string, max: number, whenMissing: string): Validated<string> {
  const checked = validateWith(requiredText(max, path), value);
  if (checked.ok) return checked;
  return {
    ok: false,
    problems: checked.problems.map((p) => ({ ...p, path, message: p.code === 'REQUIRED' ? whenMissing : p.message })),
  };
}

const REMINDER_HOUR = 9;
const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const newReference = () => `R-${[...randomBytes(8)].map((b) => REFERENCE_ALPHABET[b % 32]).join('')}`;

const eventData = (r: DataSubjectRequestEntity) => ({
  requestId: r.id,
  reference: r.reference,
  type: r.type,
  jurisdiction: r.jurisdiction,
  state: r.state,
  receivedAt: r.receivedAt.toISOString(),
  dueOn: r.dueOn,
});

/** What the public intake and staff may say about a new request (the rest comes from the context). */
export interface SubjectRequestIntake {
  type?: unknown;
  jurisdiction?: unknown;
  requesterName?: unknown;
  email?: unknown;
  details?: unknown;
  language?: unknown;
}

interface IntakeOptions {
  source: SubjectRequestSource;
  receivedAt: Date;
  /** Staff go ahead without the requester's confirmation (a request by phone or post), saying why. */
  skipVerificationReason: string | null;
  /** How a request staff record reached the tenant (phone, post, email, in person). */
  channel: string | null;
}

/** A request the public intake filed; `replayed` when its submission key had filed it before (nothing new written). */
export interface SubmittedRequest {
  request: DataSubjectRequestEntity;
  replayed: boolean;
}

/** A submission key as stored (its SHA-256) and the fingerprint of the content it comes with. */
interface SubmissionClaim {
  keyHash: string;
  fingerprint: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * What a submission key is compared by: the request as the requester sent it (before defaults or normalising), so
 * a retry is recognised even when the tenant's settings changed in between. An empty field counts as not sent.
 */
function submissionFingerprint(input: SubjectRequestIntake): string {
  const sent = [input.type, input.jurisdiction, input.requesterName, input.email, input.details, input.language];
  return sha256(JSON.stringify(sent.map((v) => (v === undefined || v === '' ? null : v))));
}

/**
 * A data-subject request's life: intake, the identity check, staff steps, reminders. Staff call it through
 * GraphQL, requesters through the public pages, jobs for reminders: each with its context, whose actor is recorded
 * with every step. SQL is in request.store.ts, link and code hashing in request-verification.ts, the GraphQL shape
 * in request.view.ts.
 */
export class DataSubjectRequestService {
  // ---- settings -----------------------------------------------------------------------------------------

  async settings(ctx: RequestContext): Promise<SubjectRequestSettings> {
    const tenant = await currentTenant(ctx);
    return { ...(await requestCalendar(ctx)), formUrl: publicRequestFormUrl(ctx.config.publicUrl, tenant.slug) };
  }

  async updateSettings(
    ctx: RequestContext,
    input: UpdateRequestSettingsInput,
  ): Promise<SubjectRequestSettings | ValidationFailed> {
    const tenant = await currentTenant(ctx);
    const current = await settingsRow(ctx);
    const next = {
      promisedDays: input.promisedDays === undefined ? current.promisedDays : input.promisedDays,
      // null clears a set zone: the controller's address decides again.
      timeZone: input.timeZone === undefined ? current.timeZone : input.timeZone?.trim() || null,
      holidayRegion:
        input.holidayRegion === undefined ? current.holidayRegion : input.holidayRegion?.trim().toUpperCase() || null,
    };
    const problems: Problem[] = [];
    if (next.timeZone !== null && !isTimeZone(next.timeZone))
      problems.push(
        problem('timeZone', 'INVALID_FORMAT', `${next.timeZone} is not an IANA time zone such as Europe/Berlin`),
      );
    const region = holidayRegionProblem(next.holidayRegion);
    if (region) problems.push(region);
    if (next.promisedDays !== null) problems.push(...promisedDaysProblems(next.promisedDays, tenant.jurisdictions));
    if (problems.length) return ValidationFailed.of(problems);
    await saveSettings(ctx, next);
    return this.settings(ctx);
  }

  // ---- intake -------------------------------------------------------------------------------------------

  /** Staff record a request that arrived by post, phone or email, or an integration sends one. */
  async createByStaff(
    ctx: RequestContext,
    input: CreateDataSubjectRequestInput,
  ): Promise<DataSubjectRequest | ValidationFailed> {
    if (input.receivedAt && input.receivedAt.getTime() > Date.now() + 60_000) {
      return ValidationFailed.of([problem('receivedAt', 'OUT_OF_RANGE', 'a request cannot arrive in the future')]);
    }
    const source: SubjectRequestSource = ctx.actor.kind === 'apiKey' ? 'API' : 'PORTAL';
    return this.result(
      ctx,
      await this.create(ctx, input, {
        source,
        receivedAt: input.receivedAt ?? new Date(),
        skipVerificationReason: input.skipConfirmationReason ?? null,
        channel: input.channel ?? null,
      }),
    );
  }

  /**
   * Takes a request in: checks it against the regime, works out its deadline, records it, and either asks the
   * requester to confirm their identity (an email with a link and a code) or starts work at once when staff say
   * why no check is needed (or the law forbids one). The requester is told the reference and the due date.
   */
  async create(
    ctx: RequestContext,
    input: SubjectRequestIntake,
    opts: IntakeOptions,
  ): Promise<DataSubjectRequestEntity | ValidationFailed> {
    // Without a submission key nothing is claimed, so nothing can have been filed before.
    return (await this.intake(ctx, input, opts, null)) as DataSubjectRequestEntity | ValidationFailed;
  }

  /**
   * The public intake, once per submission key (the form's one-time token, the JSON API's Idempotency-Key; null:
   * none sent): a resubmission with the key answers with the request it filed first and writes and sends nothing;
   * the same key with other content is refused (DUPLICATE on `submissionKey`).
   */
  async submit(
    ctx: RequestContext,
    input: SubjectRequestIntake,
    opts: { source: SubjectRequestSource; receivedAt: Date },
    submissionKey: string | null,
  ): Promise<SubmittedRequest | ValidationFailed> {
    const options = { ...opts, skipVerificationReason: null, channel: null };
    const claim =
      submissionKey === null ? null : { keyHash: sha256(submissionKey), fingerprint: submissionFingerprint(input) };
    // A retry is recognised before anything is checked: the first answer stands whatever changed since.
    const known = claim && (await requestOfSubmissionKey(ctx, claim.keyHash));
    if (claim && known) return this.replaySubmission(ctx, known, claim.fingerprint);
    const created = await this.intake(ctx, input, options, claim);
    if (created instanceof ValidationFailed) return created;
    if ('requestId' in created) return this.replaySubmission(ctx, created, claim!.fingerprint);
    return { request: created, replayed: false };
  }

  private async replaySubmission(
    ctx: RequestContext,
    filed: SubmissionKeyRow,
    fingerprint: string,
  ): Promise<SubmittedRequest | ValidationFailed> {
    if (filed.fingerprint !== fingerprint)
      return ValidationFailed.of([
        problem(
          'submissionKey',
          'DUPLICATE',
          'this idempotency key was already used for a different request: use a new key for a new request',
        ),
      ]);
    return { request: await loadRequest(ctx, filed.requestId), replayed: true };
  }

  /** `create`, claiming the submission key first when there is one: a key another submission claimed is returned. */
  private async intake(
    ctx: RequestContext,
    input: SubjectRequestIntake,
    opts: IntakeOptions,
    claim: SubmissionClaim | null,
  ): Promise<DataSubjectRequestEntity | ValidationFailed | SubmissionKeyRow> {
    const tenant = await currentTenant(ctx);
    const jurisdiction = input.jurisdiction ?? tenant.jurisdictions[0];
    const intake = validateRequestIntake({
      type: input.type,
      jurisdiction,
      requesterName: input.requesterName,
      email: input.email,
      details: input.details ?? null,
    });
    if (!intake.ok) return ValidationFailed.of(intake.problems);
    const request = intake.value;
    if (!tenant.jurisdictions.includes(request.jurisdiction)) {
      return ValidationFailed.of([
        problem(
          'jurisdiction',
          'NOT_ALLOWED',
          `${tenant.legalName} does not serve ${request.jurisdiction}; choose one of ${tenant.jurisdictions.join(', ')}`,
        ),
      ]);
    }
    const language =
      typeof input.language === 'string' && isLanguage(input.language) ? input.language : tenant.defaultLanguage;
    const settings = await requestCalendar(ctx);
    // A request is dated in the controller's zone: one at 17:00 in California is not filed on tomorrow's date.
    if (!settings.timeZone) return ValidationFailed.of([timeZoneMissing()]);
    const deadline = computeDeadline({
      jurisdiction: request.jurisdiction,
      type: request.type,
      receivedAt: opts.receivedAt,
      timeZone: settings.timeZone,
      promisedDays: settings.promisedDays,
      holidayRegion: settings.holidayRegion,
    });
    if (!deadline.ok) return ValidationFailed.of(deadline.problems);

    // The requester confirms by email that the request is theirs: not an identity check, and not for a CCPA
    // opt-out, which may ask for nothing more than it needs.
    const confirm = verificationAllowed(request.jurisdiction, request.type) && !opts.skipVerificationReason;
    const step = transition('RECEIVED', confirm ? 'SEND_CONFIRMATION' : 'SKIP_CONFIRMATION', {
      jurisdiction: request.jurisdiction,
      type: request.type,
      reason: opts.skipVerificationReason,
    });
    if (!step.ok)
      return ValidationFailed.of(
        step.problems.map((p) => (p.path === 'reason' ? { ...p, path: 'skipVerificationReason' } : p)),
      );

    const id = randomUUID();
    // Claimed before anything is written: a concurrent submission with the key waits for this one, then replays it.
    if (claim && !(await claimSubmissionKey(ctx, claim.keyHash, id, claim.fingerprint)))
      return (await requestOfSubmissionKey(ctx, claim.keyHash))!;
    const verification = confirm ? newVerification(id) : null;
    await insertRequest(ctx, {
      tenantId: ctx.tenantId,
      id,
      reference: newReference(),
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
      ...deadlineColumns(deadline.value),
      extended: false,
      extensionReason: null,
      extension: null,
      clockWaits: [],
      emailConfirmedAt: null,
      verifiedAt: null,
      verificationMethod: confirm
        ? null
        : isCcpaOptOut(request.jurisdiction, request.type)
          ? 'NOT_REQUIRED'
          : 'SKIPPED',
      ...(verification?.columns ?? {
        verificationTokenHash: null,
        verificationCodeHash: null,
        verificationExpiresAt: null,
        verificationAttempts: 0,
      }),
    });
    const saved = await loadRequest(ctx, id);
    await insertStep(ctx, saved.id, {
      action: 'RECEIVED',
      from: null,
      to: 'RECEIVED',
      details: {
        source: opts.source,
        ...(opts.channel ? { channel: opts.channel } : {}),
        timeZone: settings.timeZone,
        dueOn: saved.dueOn,
        rule: deadline.value.rule.citation,
      },
    });
    // Asking for the confirmation is the system's doing; skipping it is the decision of whoever skipped it.
    await insertStep(
      ctx,
      saved.id,
      { action: step.value.action, from: 'RECEIVED', to: step.value.to, reason: step.value.reason },
      confirm ? recordedActor({ kind: 'system' }) : undefined,
    );

    const emails = subjectRequestEmails(tenant, saved, ctx.config.publicUrl);
    await sendEmail(
      ctx,
      verification ? emails.verification(verification.token, verification.code) : emails.acknowledgement(),
    );
    await emitEvent(ctx, 'request.received', eventData(saved));
    await this.scheduleReminders(ctx, saved);
    return saved;
  }

  // ---- the requester confirms the request is theirs -----------------------------------------------------

  /** The requester followed the emailed link. */
  async verifyByToken(ctx: RequestContext, token: string): Promise<VerificationResult> {
    const found = await requestOfToken(ctx, token);
    return 'id' in found ? this.confirmByRequester(ctx, found.id, 'EMAIL_LINK') : found;
  }

  /** The requester typed the emailed code; a few wrong tries void it (a new one can be sent). */
  async verifyByCode(ctx: RequestContext, reference: string, code: string): Promise<VerificationResult> {
    const found = await requestOfCode(ctx, reference, code);
    return 'id' in found ? this.confirmByRequester(ctx, found.id, 'EMAIL_CODE') : found;
  }

  /**
   * The requester confirmed that the request came from them: work starts. Only control of the email address is
   * shown, so the clock does not move (a regime that waits for identity waits for proof staff ask for).
   */
  private async confirmByRequester(ctx: RequestContext, id: string, method: string): Promise<VerificationResult> {
    const current = await lockRequest(ctx, id);
    if (!current) return { refused: 'INVALID' };
    if (current.emailConfirmedAt) return { verified: current, already: true };
    const refused = confirmationRefused(current);
    if (refused) return { refused };
    const step = transition(current.state, 'CONFIRM_EMAIL', this.standing(current));
    if (!step.ok) return { refused: 'INVALID' };
    const updated = await this.applyStep(
      ctx,
      current,
      { action: 'CONFIRM_EMAIL', to: step.value.to, reason: null, details: { method } },
      { emailConfirmedAt: new Date(), ...NO_CONFIRMATION_PENDING },
    );
    return { verified: updated, already: false };
  }

  // ---- staff steps ----------------------------------------------------------------------------------------

  /** The request, locked for this step (two staff acting at once take turns), or NOT_FOUND. */
  private async openForStep(ctx: RequestContext, id: string): Promise<DataSubjectRequestEntity> {
    const found = isUuid(id) ? await lockRequest(ctx, id) : null;
    if (!found) throw notFound('request');
    return found;
  }

  private async result(
    ctx: RequestContext,
    r: DataSubjectRequestEntity | ValidationFailed,
  ): Promise<DataSubjectRequest | ValidationFailed> {
    return r instanceof ValidationFailed ? r : toRequest(ctx, r);
  }

  /** What the domain needs to judge a step: the regime, today, and the deadline as the clock now stands. */
  private standing(r: DataSubjectRequestEntity) {
    return {
      jurisdiction: r.jurisdiction,
      type: r.type,
      deadline: r.deadline,
      today: todayOf(r),
      passedOn: r.passedOnAt !== null,
    };
  }

  /** Writes a step's changes and appends it to the history; the request as it now is. */
  private async applyStep(
    ctx: RequestContext,
    current: DataSubjectRequestEntity,
    step: { action: string; to: RequestState; reason: string | null; details?: Record<string, unknown> | null },
    changes: Partial<DataSubjectRequestEntity>,
  ): Promise<DataSubjectRequestEntity> {
    await updateRequest(ctx, current.id, { ...changes, state: step.to });
    const updated = await loadRequest(ctx, current.id);
    await insertStep(ctx, updated.id, {
      action: step.action,
      from: current.state,
      to: step.to,
      reason: step.reason,
      details: step.details ?? null,
    });
    return updated;
  }

  /**
   * Records a step that moves the clock: the waits change, the deadline is worked out again from the request's
   * facts, and the reminders follow the new due date.
   */
  private async moveClock(
    ctx: RequestContext,
    current: DataSubjectRequestEntity,
    step: { action: RequestAction; to: RequestState; reason: string | null; details?: Record<string, unknown> },
    changes: Partial<DataSubjectRequestEntity>,
  ): Promise<DataSubjectRequestEntity | ValidationFailed> {
    const deadline = deadlineOf(current, changes);
    // The clock's own checks name the wait by its index; the input names the date.
    if (!deadline.ok)
      return ValidationFailed.of(
        deadline.problems.map((p) => ({
          ...p,
          path: p.path.replace(/^waits\.\d+\.(receivedOn|requestedOn)$/, (_m, f: string) =>
            f === 'receivedOn' ? 'receivedOn' : 'askedOn',
          ),
        })),
      );
    const updated = await this.applyStep(
      ctx,
      current,
      {
        ...step,
        details: {
          ...step.details,
          clock: deadline.value.clock.state,
          clockStartsOn: deadline.value.clockStartsOn,
          previousDueOn: current.dueOn,
          dueOn: deadline.value.dueOn,
        },
      },
      {
        ...changes,
        ...deadlineColumns(deadline.value),
        ...(deadline.value.dueOn !== current.dueOn ? { overdueSince: null } : {}),
      },
    );
    await this.scheduleReminders(ctx, updated);
    return updated;
  }

  /** Sends a fresh link and code (the old ones stop working); only while the requester's confirmation is pending. */
  async resendVerification(ctx: RequestContext, id: string): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, id);
    const step = transition(current.state, 'SEND_CONFIRMATION', this.standing(current));
    if (!step.ok || !confirmationPending(current)) {
      return ValidationFailed.of([
        problem('id', 'NOT_ALLOWED', `the request is ${current.state}: no confirmation by the requester is pending`),
      ]);
    }
    const verification = newVerification(current.id);
    await updateRequest(ctx, current.id, verification.columns);
    await insertStep(ctx, current.id, {
      action: 'SEND_CONFIRMATION',
      from: current.state,
      to: current.state,
      details: { resent: true },
    });
    await sendEmail(
      ctx,
      subjectRequestEmails(await currentTenant(ctx), current, ctx.config.publicUrl).verification(
        verification.token,
        verification.code,
      ),
    );
    return toRequest(ctx, current);
  }

  /** Staff go ahead without the requester's confirmation, saying why. */
  async skipConfirmation(
    ctx: RequestContext,
    input: SkipRequestConfirmationInput,
  ): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    const step = transition(current.state, 'SKIP_CONFIRMATION', { ...this.standing(current), reason: input.reason });
    if (!step.ok) return ValidationFailed.of(step.problems);
    const updated = await this.applyStep(
      ctx,
      current,
      { action: 'SKIP_CONFIRMATION', to: step.value.to, reason: step.value.reason },
      { verificationMethod: 'SKIPPED', ...NO_CONFIRMATION_PENDING },
    );
    return toRequest(ctx, updated);
  }

  /**
   * Staff need proof of identity (GDPR Art. 12(6): only on reasonable doubt, which the reason states). The
   * requester is told what is needed; where the regime says so (UK GDPR Art. 12A) the clock starts again when it
   * arrives.
   */
  async requestIdentity(
    ctx: RequestContext,
    input: RequestIdentityProofInput,
  ): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    const standing = this.standing(current);
    const askedOn = input.askedOn ?? standing.today;
    const step = transition(current.state, 'REQUEST_IDENTITY', { ...standing, reason: input.reason, askedOn });
    if (!step.ok) return ValidationFailed.of(step.problems);
    const moved = await this.moveClock(
      ctx,
      current,
      { action: 'REQUEST_IDENTITY', to: step.value.to, reason: step.value.reason, details: { askedOn } },
      {
        clockWaits: [...current.clockWaits, { wait: 'IDENTITY', requestedOn: askedOn, receivedOn: null }],
        ...NO_CONFIRMATION_PENDING,
      },
    );
    if (moved instanceof ValidationFailed) return moved;
    await sendEmail(
      ctx,
      subjectRequestEmails(await currentTenant(ctx), moved, ctx.config.publicUrl).identityRequested(step.value.reason!),
    );
    return toRequest(ctx, moved);
  }

  /**
   * The identity information arrived (`receivedOn`, default today; never in the future, never before it was asked
   * for): work goes on, and the clock starts on that day where the regime says so, whenever staff record it.
   */
  async confirmIdentity(
    ctx: RequestContext,
    input: ConfirmRequestIdentityInput,
  ): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    const reason = staffText('reason', input.reason, TRANSITION_REASON_MAX, 'say how the identity was confirmed');
    if (!reason.ok) return ValidationFailed.of(reason.problems);
    const standing = this.standing(current);
    const receivedOn = input.receivedOn ?? standing.today;
    const step = transition(current.state, 'CONFIRM_IDENTITY', {
      ...standing,
      reason: reason.value,
      answeredOn: receivedOn,
    });
    if (!step.ok) return ValidationFailed.of(step.problems.map(answeredOnAs('receivedOn')));
    return this.result(
      ctx,
      await this.moveClock(
        ctx,
        current,
        { action: 'CONFIRM_IDENTITY', to: step.value.to, reason: step.value.reason, details: { receivedOn } },
        {
          clockWaits: answered(current.clockWaits, receivedOn, ['IDENTITY']),
          verifiedAt: new Date(),
          verificationMethod: 'STAFF',
        },
      ),
    );
  }

  /** Staff ask for clarification or a fee where the regime stops the clock meanwhile; the requester is told. */
  async pauseClock(ctx: RequestContext, input: PauseRequestClockInput): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    const standing = this.standing(current);
    const askedOn = input.askedOn ?? standing.today;
    const step = transition(current.state, 'PAUSE_CLOCK', {
      ...standing,
      reason: input.reason,
      wait: input.waitingFor,
      askedOn,
    });
    if (!step.ok)
      return ValidationFailed.of(step.problems.map((p) => (p.path === 'wait' ? { ...p, path: 'waitingFor' } : p)));
    const wait = input.waitingFor as 'CLARIFICATION' | 'FEE';
    const moved = await this.moveClock(
      ctx,
      current,
      {
        action: 'PAUSE_CLOCK',
        to: step.value.to,
        reason: step.value.reason,
        details: { waitingFor: wait, askedOn },
      },
      { clockWaits: [...current.clockWaits, { wait, requestedOn: askedOn, receivedOn: null }] },
    );
    if (moved instanceof ValidationFailed) return moved;
    await sendEmail(
      ctx,
      subjectRequestEmails(await currentTenant(ctx), moved, ctx.config.publicUrl).clockPaused(wait, step.value.reason!),
    );
    return toRequest(ctx, moved);
  }

  /** The clarification or fee arrived on `receivedOn` (default today): the clock runs again. */
  async resumeClock(
    ctx: RequestContext,
    input: ResumeRequestClockInput,
  ): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    const standing = this.standing(current);
    const receivedOn = input.receivedOn ?? standing.today;
    const step = transition(current.state, 'RESUME_CLOCK', { ...standing, answeredOn: receivedOn });
    if (!step.ok) return ValidationFailed.of(step.problems.map(answeredOnAs('receivedOn')));
    return this.result(
      ctx,
      await this.moveClock(
        ctx,
        current,
        { action: 'RESUME_CLOCK', to: step.value.to, reason: null, details: { receivedOn } },
        { clockWaits: answered(current.clockWaits, receivedOn, ['CLARIFICATION', 'FEE']) },
      ),
    );
  }

  /**
   * Takes the extension the regime allows, once, in any open state within the first period, with the reason; the
   * requester is told the new date and why.
   */
  async extend(ctx: RequestContext, input: ExtendRequestDeadlineInput): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    const standing = this.standing(current);
    const step = transition(current.state, 'EXTEND', {
      ...standing,
      reason: input.reason,
      newDueOn: input.newDueOn ?? null,
      extensionGround: input.ground ?? null,
    });
    if (!step.ok) return ValidationFailed.of(step.problems);
    const extended = step.value.deadline!;
    const moved = await this.moveClock(
      ctx,
      current,
      {
        action: 'EXTEND',
        to: step.value.to,
        reason: step.value.reason,
        details: { ground: extended.extended!.ground },
      },
      {
        extended: true,
        extensionReason: step.value.reason,
        extension: {
          noticeOn: standing.today,
          reason: step.value.reason!,
          ground: extended.extended!.ground ?? 'GENERAL',
          newDueOn: input.newDueOn ?? null,
        },
      },
    );
    if (moved instanceof ValidationFailed) return moved;
    await sendEmail(ctx, subjectRequestEmails(await currentTenant(ctx), moved, ctx.config.publicUrl).extended());
    return toRequest(ctx, moved);
  }

  /**
   * CCPA opt-outs: the request was passed on to the third parties the information was sold, shared or disclosed
   * to since it arrived (§ 7026(f)(2), § 7027(g)); the note names them, or says there were none.
   */
  async recordPassedOn(
    ctx: RequestContext,
    input: RecordOptOutPassedOnInput,
  ): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    const step = transition(current.state, 'RECORD_PASSED_ON', { ...this.standing(current), reason: input.note });
    if (!step.ok)
      return ValidationFailed.of(step.problems.map((p) => (p.path === 'reason' ? { ...p, path: 'note' } : p)));
    const updated = await this.applyStep(
      ctx,
      current,
      { action: 'RECORD_PASSED_ON', to: step.value.to, reason: step.value.reason },
      { passedOnAt: new Date() },
    );
    return toRequest(ctx, updated);
  }

  async complete(ctx: RequestContext, input: CompleteRequestInput): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    const outcome = staffText(
      'outcome',
      input.outcome,
      REQUEST_OUTCOME_MAX,
      'say what was done; the requester is told',
    );
    if (!outcome.ok) return ValidationFailed.of(outcome.problems);
    return this.close(ctx, current, 'COMPLETE', { outcome: outcome.value });
  }

  async refuse(ctx: RequestContext, input: RefuseRequestInput): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    return this.close(ctx, current, 'REFUSE', { reason: input.reason, ground: input.ground });
  }

  /**
   * Folds a duplicate into its original: the duplicate is closed as MERGED and both histories say so. The
   * requester is not sent a refusal: the original answers them.
   */
  async merge(ctx: RequestContext, input: MergeRequestInput): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    const original = isUuid(input.intoId) ? await findRequest(ctx, input.intoId) : null;
    const problems: Problem[] = [];
    if (!original) problems.push(problem('intoId', 'UNKNOWN_REFERENCE', 'there is no such request in this tenant'));
    else if (original.id === current.id)
      problems.push(problem('intoId', 'INCONSISTENT', 'a request cannot be merged into itself'));
    else if (original.state === 'MERGED')
      problems.push(
        problem('intoId', 'NOT_ALLOWED', `${original.reference} was itself merged: merge into its original instead`),
      );
    const step = transition(current.state, 'MERGE', { ...this.standing(current), reason: input.reason ?? null });
    if (!step.ok) problems.push(...step.problems);
    if (problems.length || !original || !step.ok) return ValidationFailed.of(problems);
    const updated = await this.applyStep(
      ctx,
      current,
      {
        action: 'MERGE',
        to: step.value.to,
        reason: step.value.reason,
        details: { into: original.reference, intoId: original.id },
      },
      {
        closedAt: new Date(),
        mergedIntoId: original.id,
        outcome: step.value.reason ?? `Duplicate of ${original.reference}`,
        ...NO_CONFIRMATION_PENDING,
      },
    );
    await insertStep(ctx, original.id, {
      action: 'MERGED_IN',
      from: null,
      to: null,
      reason: step.value.reason,
      details: { duplicate: current.reference, duplicateId: current.id },
    });
    return toRequest(ctx, updated);
  }

  private async close(
    ctx: RequestContext,
    current: DataSubjectRequestEntity,
    action: 'COMPLETE' | 'REFUSE',
    input: { outcome?: string; reason?: string; ground?: RefusalGround },
  ): Promise<DataSubjectRequest | ValidationFailed> {
    const step = transition(current.state, action, {
      ...this.standing(current),
      reason: input.reason ?? null,
      refusalGround: input.ground ?? null,
    });
    if (!step.ok) return ValidationFailed.of(step.problems);
    const outcome = action === 'COMPLETE' ? input.outcome! : step.value.reason!;
    const updated = await this.applyStep(
      ctx,
      current,
      {
        action,
        to: step.value.to,
        reason: outcome,
        details: step.value.refusalGround ? { ground: step.value.refusalGround } : null,
      },
      { closedAt: new Date(), outcome, ...NO_CONFIRMATION_PENDING },
    );
    const emails = subjectRequestEmails(await currentTenant(ctx), updated, ctx.config.publicUrl);
    await sendEmail(ctx, action === 'COMPLETE' ? emails.completed() : emails.refused(step.value.refusalGround!));
    if (action === 'COMPLETE') await emitEvent(ctx, 'request.completed', eventData(updated));
    return toRequest(ctx, updated);
  }

  async addNote(ctx: RequestContext, input: AddRequestNoteInput): Promise<DataSubjectRequest | ValidationFailed> {
    const current = await this.openForStep(ctx, input.id);
    const note = staffText('note', input.note, REQUEST_NOTE_MAX, 'the note is empty');
    if (!note.ok) return ValidationFailed.of(note.problems);
    await insertStep(ctx, current.id, { action: 'NOTE', from: null, to: null, reason: note.value });
    return toRequest(ctx, current);
  }

  // ---- reminders ------------------------------------------------------------------------------------------

  /**
   * Queues the reminders for the current due date: before it, on it, and the day after (overdue), each at 9:00 in
   * the tenant's time zone. A job finding the due date changed or the request closed does nothing, so old jobs
   * need no cancelling. A request already overdue is flagged at once.
   */
  async scheduleReminders(ctx: RequestContext, r: DataSubjectRequestEntity): Promise<void> {
    // While the clock stands still the due date is provisional: reminders are queued when it runs again.
    if (isTerminalRequestState(r.state) || r.deadline.clock.state !== 'RUNNING') return;
    const now = new Date();
    const today = calendarDateIn(now, r.timeZone);
    const overdue = isOverdue(r.dueOn, now, r.timeZone);
    const reminders = overdue
      ? [{ on: today, kind: 'OVERDUE' as ReminderKind }]
      : deadlineReminders(r.dueOn, { from: today });
    for (const reminder of reminders) {
      const at = overdue ? now : instantAt(reminder.on, r.timeZone, REMINDER_HOUR);
      await enqueue(
        ctx,
        sendSubjectRequestReminder,
        { tenantId: ctx.tenantId, requestId: r.id, dueOn: r.dueOn, kind: reminder.kind },
        {
          startAfter: at > now ? at : undefined,
          singletonKey: `${r.id}:${r.dueOn}:${reminder.kind}:${reminder.on}`,
        },
      );
    }
  }

  // ---- reading ------------------------------------------------------------------------------------------

  async get(ctx: RequestContext, id: string): Promise<DataSubjectRequest> {
    const found = await findRequest(ctx, id);
    if (!found) throw notFound('request');
    return toRequest(ctx, found);
  }

  /** The current tenant's requests (`agencyWide`: every tenant the caller may see), soonest due first. */
  async list(
    ctx: RequestContext,
    args: DataSubjectRequestsArgs,
    agencyWide = false,
  ): Promise<Connection<DataSubjectRequest>> {
    const page = await paginate(listQuery(ctx, args, agencyWide), args, ['r.dueOn', 'r.tenantId', 'r.id'], (r) => [
      r.dueOn,
      r.tenantId,
      r.id,
    ]);
    const tenants = await tenantsById(
      ctx,
      page.edges.map((e) => e.node.tenantId),
    );
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: requestView(e.node, tenants.get(e.node.tenantId)) })),
    };
  }

  /** The request's history, oldest first, with who acted. */
  events(
    ctx: RequestContext,
    request: DataSubjectRequest,
    args: { first?: number; after?: string; last?: number; before?: string },
  ): Promise<Connection<DataSubjectRequestEvent>> {
    return requestHistory(ctx, request, args);
  }
}
