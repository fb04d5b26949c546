import { isStorableText } from '../common/fields.js';
import { problem, type Problem, type Validated } from '../common/problem.js';
import { type Jurisdiction } from '../jurisdictions/jurisdiction.js';
import { type PlainDate } from './calendar.js';
import { extendDeadline, type Deadline } from './deadline.js';
import { type RequestType } from './request-type.js';

/** Where a request stands. COMPLETED and REFUSED are final. */
export const REQUEST_STATES = ['RECEIVED', 'VERIFYING', 'IN_PROGRESS', 'EXTENDED', 'COMPLETED', 'REFUSED'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const TERMINAL_REQUEST_STATES: readonly RequestState[] = ['COMPLETED', 'REFUSED'];
export const isTerminalRequestState = (state: RequestState): boolean => TERMINAL_REQUEST_STATES.includes(state);

/** What staff do to a request. */
export const REQUEST_ACTIONS = [
  'SEND_VERIFICATION',
  'CONFIRM_IDENTITY',
  'SKIP_VERIFICATION',
  'EXTEND',
  'COMPLETE',
  'REFUSE',
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

const OPEN: readonly RequestState[] = ['RECEIVED', 'VERIFYING', 'IN_PROGRESS', 'EXTENDED'];

/** Every allowed move; anything not listed is refused. */
export const REQUEST_TRANSITIONS: readonly RequestTransitionRule[] = [
  { from: 'RECEIVED', action: 'SEND_VERIFICATION', to: 'VERIFYING', reasonRequired: false },
  { from: 'VERIFYING', action: 'CONFIRM_IDENTITY', to: 'IN_PROGRESS', reasonRequired: false },
  { from: 'RECEIVED', action: 'SKIP_VERIFICATION', to: 'IN_PROGRESS', reasonRequired: true },
  // Only from IN_PROGRESS, so a request is extended at most once.
  { from: 'IN_PROGRESS', action: 'EXTEND', to: 'EXTENDED', reasonRequired: true },
  { from: 'IN_PROGRESS', action: 'COMPLETE', to: 'COMPLETED', reasonRequired: false },
  { from: 'EXTENDED', action: 'COMPLETE', to: 'COMPLETED', reasonRequired: false },
  ...OPEN.map((from): RequestTransitionRule => ({ from, action: 'REFUSE', to: 'REFUSED', reasonRequired: true })),
];

/** The actions possible from a state, in REQUEST_ACTIONS order (before any regime-specific check). */
export function actionsFrom(state: RequestState): RequestAction[] {
  return REQUEST_ACTIONS.filter((a) => REQUEST_TRANSITIONS.some((t) => t.from === state && t.action === a));
}

/**
 * Whether the controller may ask the requester to prove who they are. A CCPA opt-out of sale/sharing need not
 * be verifiable and may not ask for more than it needs (Cal. Code Regs. tit. 11, § 7026(d)); it can only be
 * refused for documented, good-faith suspicion of fraud.
 */
export function verificationAllowed(jurisdiction: Jurisdiction, type: RequestType): boolean {
  return !(jurisdiction === 'CCPA_CPRA' && type === 'OPT_OUT_SALE_SHARING');
}

/** Whether the deadline may still be extended: once, from IN_PROGRESS, where the regime allows an extension. */
export function canExtend(state: RequestState, deadline: Pick<Deadline, 'extension' | 'extended'>): boolean {
  return state === 'IN_PROGRESS' && deadline.extension.kind !== 'NONE' && !deadline.extended;
}

/**
 * What staff can do to a request now: the state's actions (in REQUEST_ACTIONS order) the regime allows (no
 * identity check where the law forbids one, no extension but the one the rule allows); none once it is closed.
 */
export function availableActions(request: {
  state: RequestState;
  jurisdiction: Jurisdiction;
  type: RequestType;
  deadline: Pick<Deadline, 'extension' | 'extended'>;
}): RequestAction[] {
  if (isTerminalRequestState(request.state)) return [];
  return actionsFrom(request.state).filter(
    (a) =>
      (a !== 'SEND_VERIFICATION' || verificationAllowed(request.jurisdiction, request.type)) &&
      (a !== 'EXTEND' || canExtend(request.state, request.deadline)),
  );
}

export interface TransitionInput {
  jurisdiction: Jurisdiction;
  type: RequestType;
  /** Why: required for SKIP_VERIFICATION (unless the law forbids verification), EXTEND and REFUSE. */
  reason?: string | null;
  /** REFUSE only. */
  refusalGround?: RefusalGround | null;
  /** EXTEND: the request's current deadline (from computeDeadline). */
  deadline?: Deadline | null;
  /** EXTEND: the tenant's calendar date on which the requester is told. */
  today?: PlainDate | null;
  /** EXTEND: the new due date where the controller names it (CH), or an earlier one than the law's cap. */
  newDueOn?: PlainDate | null;
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

  const problems: Problem[] = [];
  const reason = typeof input.reason === 'string' && input.reason.trim() ? input.reason.trim() : null;
  const noVerification = !verificationAllowed(input.jurisdiction, input.type);
  if (action === 'SEND_VERIFICATION' && noVerification) {
    return refuse(
      problem(
        'action',
        'NOT_ALLOWED',
        'a CCPA opt-out of sale/sharing must not be made to verify identity (Cal. Code Regs. tit. 11, § 7026(d))',
      ),
    );
  }
  const reasonRequired = rule.reasonRequired && !(action === 'SKIP_VERIFICATION' && noVerification);
  if (reasonRequired && !reason) problems.push(problem('reason', 'REQUIRED', `give the reason to ${describe(action)}`));
  if (reason && [...reason].length > TRANSITION_REASON_MAX)
    problems.push(problem('reason', 'TOO_LONG', `reason must be at most ${TRANSITION_REASON_MAX} characters`));
  if (reason && !isStorableText(reason))
    problems.push(problem('reason', 'INVALID_FORMAT', 'reason must not contain NUL characters or unpaired surrogates'));

  let refusalGround: RefusalGround | null = null;
  if (action === 'REFUSE') {
    if (!input.refusalGround) problems.push(problem('refusalGround', 'REQUIRED', 'give the ground for refusing'));
    else refusalGround = input.refusalGround;
  }

  let deadline: Deadline | null = null;
  if (action === 'EXTEND') {
    const extended = extensionFor(input, reason);
    if (extended.ok) deadline = extended.value;
    else problems.push(...extended.problems.filter((p) => p.path !== 'reason')); // the reason was checked above
  }

  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { from: current, action, to: rule.to, reason, refusalGround, deadline } };
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
    case 'SEND_VERIFICATION':
      return 'ask for proof of identity';
    case 'CONFIRM_IDENTITY':
      return 'confirm the identity';
    case 'SKIP_VERIFICATION':
      return 'go ahead without verifying identity';
    case 'EXTEND':
      return 'extend the deadline; the requester must be told it';
    case 'COMPLETE':
      return 'complete the request';
    case 'REFUSE':
      return 'refuse the request; the requester must be told it';
    default: {
      const never: never = action;
      return never;
    }
  }
}
