import { isStorableText } from '../common/fields.js';
import { problem, type Problem, type Validated } from '../common/problem.js';
import { JURISDICTION_INFO, type Jurisdiction } from '../jurisdictions/jurisdiction.js';
import { isPlainDate, type PlainDate } from './calendar.js';
import {
  extendDeadline,
  extensionGrounds,
  waitEffect,
  type ClockWait,
  type Deadline,
  type ExtensionGround,
} from './deadline.js';
import { CCPA_OPT_OUT_TYPES, type RequestType } from './request-type.js';

/**
 * Where a request stands. RECEIVED: filed, waiting for the requester to confirm it came from them (or for staff to
 * go ahead); VERIFYING: staff asked for proof of identity; IN_PROGRESS: being worked on. COMPLETED, REFUSED and
 * MERGED (a duplicate folded into its original) are final. Extensions and a stopped clock are not states: they
 * belong to the deadline, in whatever state the request is.
 */
export const REQUEST_STATES = ['RECEIVED', 'VERIFYING', 'IN_PROGRESS', 'COMPLETED', 'REFUSED', 'MERGED'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const TERMINAL_REQUEST_STATES: readonly RequestState[] = ['COMPLETED', 'REFUSED', 'MERGED'];
export const isTerminalRequestState = (state: RequestState): boolean => TERMINAL_REQUEST_STATES.includes(state);

/** What happens to a request: the requester's confirmation, staff steps, and the clock's events. */
export const REQUEST_ACTIONS = [
  /** The system emails the requester a link to confirm the request came from them (not an identity check). */
  'SEND_CONFIRMATION',
  /** The requester confirmed: work starts. The clock is not moved: an email address is not an identity. */
  'CONFIRM_EMAIL',
  /** Staff go ahead without the requester's confirmation (a request by phone or post, or the law forbids asking). */
  'SKIP_CONFIRMATION',
  /** Staff ask for proof of identity, with the reasonable doubt that makes it necessary (GDPR Art. 12(6)). */
  'REQUEST_IDENTITY',
  /** Staff record that the identity information arrived (its date may restart the clock: UK GDPR Art. 12A). */
  'CONFIRM_IDENTITY',
  /** Staff ask for clarification or a fee, where the regime stops the clock meanwhile. */
  'PAUSE_CLOCK',
  /** The clarification or fee arrived (on the date staff give). */
  'RESUME_CLOCK',
  'EXTEND',
  /** A CCPA opt-out was passed on to the third parties the information was sold, shared or disclosed to. */
  'RECORD_PASSED_ON',
  'COMPLETE',
  'REFUSE',
  /** A duplicate folded into the original request; the requester is not sent a refusal. */
  'MERGE',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/** Why a request may be refused; the message to the requester still gives the reason in words. */
export const REFUSAL_GROUNDS = [
  /** GDPR Art. 12(5); FADP Art. 26(1)(c). */
  'MANIFESTLY_UNFOUNDED',
  /** GDPR Art. 12(5), e.g. repetitive. */
  'EXCESSIVE',
  /** The requester could not be identified (GDPR Art. 11(2), 12(2); CCPA regs § 7022-7024). */
  'IDENTITY_NOT_VERIFIED',
  /** A good-faith, reasonable and documented belief that the request is fraudulent (CCPA regs § 7026(e), § 7027(f)). */
  'FRAUD_SUSPECTED',
  /** A statutory exemption or restriction (GDPR Art. 23 and national law, DPA 2018 Sch. 2, CCPA § 1798.105(d), ...). */
  'LEGAL_EXEMPTION',
  'OTHER',
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

export interface RequestTransitionRule {
  from: RequestState;
  action: RequestAction;
  to: RequestState;
  /** Staff must say why (kept with the request's history). */
  reasonRequired: boolean;
}

const OPEN: readonly RequestState[] = ['RECEIVED', 'VERIFYING', 'IN_PROGRESS'];
const stays = (action: RequestAction, reasonRequired: boolean, from: readonly RequestState[] = OPEN) =>
  from.map((state): RequestTransitionRule => ({ from: state, action, to: state, reasonRequired }));

/** Every allowed move; anything not listed is refused. */
export const REQUEST_TRANSITIONS: readonly RequestTransitionRule[] = [
  { from: 'RECEIVED', action: 'SEND_CONFIRMATION', to: 'RECEIVED', reasonRequired: false },
  { from: 'RECEIVED', action: 'CONFIRM_EMAIL', to: 'IN_PROGRESS', reasonRequired: false },
  { from: 'RECEIVED', action: 'SKIP_CONFIRMATION', to: 'IN_PROGRESS', reasonRequired: true },
  { from: 'RECEIVED', action: 'REQUEST_IDENTITY', to: 'VERIFYING', reasonRequired: true },
  { from: 'IN_PROGRESS', action: 'REQUEST_IDENTITY', to: 'VERIFYING', reasonRequired: true },
  { from: 'VERIFYING', action: 'CONFIRM_IDENTITY', to: 'IN_PROGRESS', reasonRequired: true },
  ...stays('PAUSE_CLOCK', true, ['RECEIVED', 'IN_PROGRESS']),
  ...stays('RESUME_CLOCK', false, ['RECEIVED', 'IN_PROGRESS']),
  // Any open state: the extension notice is due within the first period whatever the request is waiting for.
  ...stays('EXTEND', true),
  ...stays('RECORD_PASSED_ON', true),
  { from: 'IN_PROGRESS', action: 'COMPLETE', to: 'COMPLETED', reasonRequired: false },
  ...OPEN.map((from): RequestTransitionRule => ({ from, action: 'REFUSE', to: 'REFUSED', reasonRequired: true })),
  ...OPEN.map((from): RequestTransitionRule => ({ from, action: 'MERGE', to: 'MERGED', reasonRequired: false })),
];

/** The actions possible from a state, in REQUEST_ACTIONS order (before any regime-specific check). */
export function actionsFrom(state: RequestState): RequestAction[] {
  return REQUEST_ACTIONS.filter((a) => REQUEST_TRANSITIONS.some((t) => t.from === state && t.action === a));
}

/** Whether this is a CCPA opt-out (of sale/sharing, or of sensitive use beyond what is permitted). */
export const isCcpaOptOut = (jurisdiction: Jurisdiction, type: RequestType): boolean =>
  jurisdiction === 'CCPA_CPRA' && CCPA_OPT_OUT_TYPES.includes(type);

/**
 * Whether the controller may ask the requester to prove who they are. A CCPA opt-out (of sale/sharing, or a
 * request to limit sensitive use) need not be verifiable and may not ask for more than it needs (Cal. Code Regs.
 * tit. 11, § 7026(d), § 7027(e)); it can only be refused for documented, good-faith suspicion of fraud.
 */
export function verificationAllowed(jurisdiction: Jurisdiction, type: RequestType): boolean {
  return !isCcpaOptOut(jurisdiction, type);
}

/** What the request is waiting for that stops its clock, from its deadline (null: the clock runs). */
const stoppedFor = (deadline: Pick<Deadline, 'clock'>): ClockWait | null =>
  deadline.clock.state === 'RUNNING' ? null : deadline.clock.waitingFor;

/** Whether the deadline may still be extended: once, in any open state, where the regime allows an extension. */
export function canExtend(
  state: RequestState,
  deadline: Pick<Deadline, 'extension' | 'extended' | 'alternativeFormatExtension'>,
): boolean {
  return !isTerminalRequestState(state) && extensionGrounds(deadline).length > 0 && !deadline.extended;
}

export interface RequestStanding {
  state: RequestState;
  jurisdiction: Jurisdiction;
  type: RequestType;
  deadline: Pick<Deadline, 'extension' | 'extended' | 'alternativeFormatExtension' | 'clock'>;
  /** Whether passing a CCPA opt-out on to third parties was recorded. */
  passedOn?: boolean;
}

/** Whether the regime stops the clock for clarification or a fee (else asking is only a note). */
export const canPauseFor = (standing: Pick<RequestStanding, 'jurisdiction' | 'type'>, wait: ClockWait): boolean =>
  wait !== 'IDENTITY' && waitEffect(standing.jurisdiction, standing.type, wait) !== 'RUNS';

/**
 * What staff can do to a request now: the state's actions (in REQUEST_ACTIONS order) the regime allows (no
 * identity check where the law forbids one, a pause only where it stops the clock and none is running, one
 * extension, passing on only for CCPA opt-outs); none once it is closed. The requester's own confirmation and the
 * system's emails are not staff actions.
 */
export function availableActions(request: RequestStanding): RequestAction[] {
  if (isTerminalRequestState(request.state)) return [];
  const waiting = stoppedFor(request.deadline);
  return actionsFrom(request.state).filter((a) => {
    switch (a) {
      case 'SEND_CONFIRMATION':
      case 'CONFIRM_EMAIL':
        return false;
      case 'REQUEST_IDENTITY':
        return verificationAllowed(request.jurisdiction, request.type) && waiting === null;
      case 'PAUSE_CLOCK':
        return waiting === null && (canPauseFor(request, 'CLARIFICATION') || canPauseFor(request, 'FEE'));
      case 'RESUME_CLOCK':
        return waiting === 'CLARIFICATION' || waiting === 'FEE';
      case 'EXTEND':
        return canExtend(request.state, request.deadline);
      case 'RECORD_PASSED_ON':
        return isCcpaOptOut(request.jurisdiction, request.type);
      default:
        return true;
    }
  });
}

export interface TransitionInput {
  jurisdiction: Jurisdiction;
  type: RequestType;
  /** Why: required for SKIP_CONFIRMATION (unless the law forbids checks), REQUEST_IDENTITY, PAUSE_CLOCK, EXTEND, REFUSE. */
  reason?: string | null;
  /** REFUSE only. */
  refusalGround?: RefusalGround | null;
  /** The request's current deadline (from computeDeadline): needed to extend, pause or resume. */
  deadline?: Deadline | null;
  /** The tenant's calendar date today: the day an extension notice goes out, the latest an answer can have come. */
  today?: PlainDate | null;
  /** EXTEND: the new due date where the controller names it (CH), or an earlier one than the law's cap. */
  newDueOn?: PlainDate | null;
  /** EXTEND: the ground relied on (default GENERAL). */
  extensionGround?: ExtensionGround | null;
  /** PAUSE_CLOCK: what is asked for. */
  wait?: ClockWait | null;
  /** CONFIRM_IDENTITY, RESUME_CLOCK: the day the answer arrived (not in the future, not before it was asked for). */
  answeredOn?: PlainDate | null;
  /** REQUEST_IDENTITY, PAUSE_CLOCK: the day the requester was asked (not in the future, not before the request). */
  askedOn?: PlainDate | null;
  /** COMPLETE of a CCPA opt-out: whether passing it on to third parties was recorded. */
  passedOn?: boolean;
}

export interface RequestTransition {
  from: RequestState;
  action: RequestAction;
  to: RequestState;
  reason: string | null;
  refusalGround: RefusalGround | null;
  /** EXTEND only: the deadline with its new due date. */
  deadline: Deadline | null;
}

export const TRANSITION_REASON_MAX = 2000;
/** Characters of what staff write when completing a request (the requester is told) and of an internal note. */
export const REQUEST_OUTCOME_MAX = 5000;
export const REQUEST_NOTE_MAX = 5000;

/** The next state for an action, or why it is not allowed. Never throws for a user's mistake. */
export function transition(
  current: RequestState,
  action: RequestAction,
  input: TransitionInput,
): Validated<RequestTransition> {
  if (isTerminalRequestState(current)) {
    return refuse(problem('action', 'NOT_ALLOWED', `the request is ${current} and takes no further action`));
  }
  const rule = REQUEST_TRANSITIONS.find((t) => t.from === current && t.action === action);
  if (!rule) {
    const possible = actionsFrom(current).join(', ');
    return refuse(
      problem(
        'action',
        'NOT_ALLOWED',
        `${action} is not possible while the request is ${current} (possible: ${possible})`,
      ),
    );
  }
  const optOut = isCcpaOptOut(input.jurisdiction, input.type);
  const waiting = input.deadline ? stoppedFor(input.deadline) : null;
  const regime = JURISDICTION_INFO[input.jurisdiction].name;

  // What the regime or the clock rules out, whatever the input says.
  if (action === 'REQUEST_IDENTITY' && optOut)
    return refuse(
      problem(
        'action',
        'NOT_ALLOWED',
        'a CCPA opt-out must not be made to verify identity (Cal. Code Regs. tit. 11, § 7026(d), § 7027(e))',
      ),
    );
  if ((action === 'REQUEST_IDENTITY' || action === 'PAUSE_CLOCK') && waiting)
    return refuse(
      problem('action', 'NOT_ALLOWED', `the clock already stands still, waiting for ${waiting.toLowerCase()}`),
    );
  if (action === 'RESUME_CLOCK' && waiting !== 'CLARIFICATION' && waiting !== 'FEE')
    return refuse(problem('action', 'NOT_ALLOWED', 'the clock is not paused: nothing was asked for'));
  if (action === 'RECORD_PASSED_ON' && !optOut)
    return refuse(
      problem('action', 'NOT_ALLOWED', 'passing a request on to third parties is recorded for CCPA opt-outs only'),
    );
  if (action === 'COMPLETE' && optOut && !input.passedOn)
    return refuse(
      problem(
        'action',
        'NOT_ALLOWED',
        'record first that the opt-out was passed on to the third parties the information was sold, shared or disclosed to since the request (Cal. Code Regs. tit. 11, § 7026(f)(2), § 7027(g)); say so when there were none',
      ),
    );

  const problems: Problem[] = [];
  const reason = typeof input.reason === 'string' && input.reason.trim() ? input.reason.trim() : null;
  const reasonRequired = rule.reasonRequired && !(action === 'SKIP_CONFIRMATION' && optOut);
  if (reasonRequired && !reason) problems.push(problem('reason', 'REQUIRED', `give the reason to ${describe(action)}`));
  if (reason && [...reason].length > TRANSITION_REASON_MAX)
    problems.push(problem('reason', 'TOO_LONG', `reason must be at most ${TRANSITION_REASON_MAX} characters`));
  if (reason && !isStorableText(reason))
    problems.push(problem('reason', 'INVALID_FORMAT', 'reason must not contain NUL characters or unpaired surrogates'));

  let refusalGround: RefusalGround | null = null;
  if (action === 'REFUSE') {
    if (!input.refusalGround) problems.push(problem('refusalGround', 'REQUIRED', 'give the ground for refusing'));
    else if (optOut && input.refusalGround !== 'FRAUD_SUSPECTED' && input.refusalGround !== 'OTHER')
      problems.push(
        problem(
          'refusalGround',
          'NOT_ALLOWED',
          'a CCPA opt-out may be refused only for a good-faith, reasonable and documented belief that it is fraudulent (Cal. Code Regs. tit. 11, § 7026(e), § 7027(f)): use FRAUD_SUSPECTED and document the belief in the reason',
        ),
      );
    else refusalGround = input.refusalGround;
  }

  if (action === 'PAUSE_CLOCK') {
    const wait = input.wait ?? null;
    if (wait !== 'CLARIFICATION' && wait !== 'FEE')
      problems.push(problem('wait', 'REQUIRED', 'say what is asked for: CLARIFICATION or FEE'));
    else if (!canPauseFor(input, wait))
      problems.push(
        problem(
          'wait',
          'NOT_ALLOWED',
          `under ${regime} the period keeps running while ${wait === 'FEE' ? 'a fee' : 'clarification'} is awaited: ask, and note it, without stopping the clock`,
        ),
      );
  }

  if (action === 'CONFIRM_IDENTITY' || action === 'RESUME_CLOCK') problems.push(...answeredOnProblems(input));
  if (action === 'REQUEST_IDENTITY' || action === 'PAUSE_CLOCK') problems.push(...askedOnProblems(input));

  let deadline: Deadline | null = null;
  if (action === 'EXTEND') {
    const extended = extensionFor(input, reason);
    if (extended.ok) deadline = extended.value;
    else problems.push(...extended.problems.filter((p) => p.path !== 'reason')); // the reason was checked above
  }

  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { from: current, action, to: rule.to, reason, refusalGround, deadline } };
}

/** The day the requester was asked: when given, a date, not after today, not before the request arrived. */
function askedOnProblems(input: TransitionInput): Problem[] {
  const on = input.askedOn;
  if (on == null) return [];
  if (!isPlainDate(on)) return [problem('askedOn', 'INVALID_FORMAT', 'must be a date (YYYY-MM-DD)')];
  if (input.today && on > input.today)
    return [
      problem('askedOn', 'OUT_OF_RANGE', `the requester cannot be asked in the future (today is ${input.today})`),
    ];
  const received = input.deadline?.receivedOn;
  if (received && on < received)
    return [
      problem('askedOn', 'OUT_OF_RANGE', `the requester cannot be asked before the request arrived (${received})`),
    ];
  return [];
}

/** The day an answer arrived: a date, not after today, not before the wait began (nor the request). */
function answeredOnProblems(input: TransitionInput): Problem[] {
  const on = input.answeredOn;
  if (on == null) return [problem('answeredOn', 'REQUIRED', 'give the date the answer arrived')];
  if (!isPlainDate(on)) return [problem('answeredOn', 'INVALID_FORMAT', 'must be a date (YYYY-MM-DD)')];
  if (input.today && on > input.today)
    return [problem('answeredOn', 'OUT_OF_RANGE', `the answer cannot arrive in the future (today is ${input.today})`)];
  const since = input.deadline?.clock.since ?? input.deadline?.receivedOn ?? null;
  if (since && on < since)
    return [problem('answeredOn', 'OUT_OF_RANGE', `the answer cannot arrive before it was asked for (${since})`)];
  return [];
}

function extensionFor(input: TransitionInput, reason: string | null): Validated<Deadline> {
  const { deadline, today } = input;
  if (!deadline)
    return { ok: false, problems: [problem('deadline', 'REQUIRED', 'the current deadline is needed to extend it')] };
  if (deadline.jurisdiction !== input.jurisdiction || deadline.type !== input.type) {
    return {
      ok: false,
      problems: [problem('deadline', 'INCONSISTENT', 'the deadline belongs to another kind of request')],
    };
  }
  if (!today)
    return { ok: false, problems: [problem('today', 'REQUIRED', 'the date of the notice to the requester is needed')] };
  const extended = extendDeadline(deadline, {
    noticeOn: today,
    reason: reason ?? '',
    newDueOn: input.newDueOn ?? null,
    ground: input.extensionGround ?? null,
  });
  if (extended.ok) return extended;
  // Regime-level refusals are about the action, not a field the user can fix.
  return {
    ok: false,
    problems: extended.problems.map((p) =>
      p.path === 'extension' ? { ...p, path: 'action' } : p.path === 'noticeOn' ? { ...p, path: 'today' } : p,
    ),
  };
}

const refuse = (p: Problem): Validated<never> => ({ ok: false, problems: [p] });

function describe(action: RequestAction): string {
  switch (action) {
    case 'SEND_CONFIRMATION':
      return 'ask the requester to confirm the request';
    case 'CONFIRM_EMAIL':
      return 'confirm the request';
    case 'SKIP_CONFIRMATION':
      return "go ahead without the requester's confirmation";
    case 'REQUEST_IDENTITY':
      return 'ask for proof of identity: say what gives reasonable doubt about who is asking; the requester is told';
    case 'CONFIRM_IDENTITY':
      return 'confirm the identity: say what was received';
    case 'PAUSE_CLOCK':
      return 'stop the clock: say what is asked for; the requester is told';
    case 'RESUME_CLOCK':
      return 'restart the clock';
    case 'EXTEND':
      return 'extend the deadline; the requester must be told it';
    case 'RECORD_PASSED_ON':
      return 'record the passing on: name the third parties told, or say there were none';
    case 'COMPLETE':
      return 'complete the request';
    case 'REFUSE':
      return 'refuse the request; the requester must be told it';
    case 'MERGE':
      return 'merge the request';
    default: {
      const never: never = action;
      return never;
    }
  }
}
