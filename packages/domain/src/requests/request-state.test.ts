import { describe, expect, it } from 'vitest';
import type { Validated } from '../common/problem.js';
import { computeDeadline, type Deadline } from './deadline.js';
import {
  actionsFrom,
  availableActions,
  canExtend,
  isTerminalRequestState,
  REQUEST_ACTIONS,
  REQUEST_STATES,
  REQUEST_TRANSITIONS,
  transition,
  verificationAllowed,
  type RequestAction,
  type RequestState,
  type TransitionInput,
} from './request-state.js';

const problemsOf = (result: Validated<unknown>) =>
  result.ok ? [] : result.problems.map(({ path, code }) => ({ path, code }));
const deadlineOf = (input: Parameters<typeof computeDeadline>[0]): Deadline => {
  const result = computeDeadline(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};

const euDeadline = deadlineOf({ jurisdiction: 'EU_GDPR', type: 'ACCESS', receivedAt: '2026-01-31' }); // due 2 March
const ukDeadline = deadlineOf({ jurisdiction: 'UK_GDPR', type: 'ACCESS', receivedAt: '2026-01-31' });
/** Everything any action could need (UK: the one regime whose clock can stop), so each case tests the state rule alone. */
const complete: TransitionInput = {
  jurisdiction: 'UK_GDPR',
  type: 'ACCESS',
  reason: 'documented in the case file',
  refusalGround: 'MANIFESTLY_UNFOUNDED',
  deadline: ukDeadline,
  today: '2026-02-20',
  wait: 'CLARIFICATION',
  answeredOn: '2026-02-10',
};
const euComplete: TransitionInput = { ...complete, jurisdiction: 'EU_GDPR', deadline: euDeadline };

const OPEN = ['RECEIVED', 'VERIFYING', 'IN_PROGRESS'] as const;
const ALLOWED: ReadonlyArray<readonly [RequestState, RequestAction, RequestState]> = [
  ['RECEIVED', 'SEND_CONFIRMATION', 'RECEIVED'],
  ['RECEIVED', 'CONFIRM_EMAIL', 'IN_PROGRESS'],
  ['RECEIVED', 'SKIP_CONFIRMATION', 'IN_PROGRESS'],
  ['RECEIVED', 'REQUEST_IDENTITY', 'VERIFYING'],
  ['IN_PROGRESS', 'REQUEST_IDENTITY', 'VERIFYING'],
  ['VERIFYING', 'CONFIRM_IDENTITY', 'IN_PROGRESS'],
  ['RECEIVED', 'PAUSE_CLOCK', 'RECEIVED'],
  ['IN_PROGRESS', 'PAUSE_CLOCK', 'IN_PROGRESS'],
  ['RECEIVED', 'RESUME_CLOCK', 'RECEIVED'],
  ['IN_PROGRESS', 'RESUME_CLOCK', 'IN_PROGRESS'],
  ...OPEN.map((s) => [s, 'EXTEND', s] as const),
  ...OPEN.map((s) => [s, 'RECORD_PASSED_ON', s] as const),
  ['IN_PROGRESS', 'COMPLETE', 'COMPLETED'],
  ...OPEN.map((s) => [s, 'REFUSE', 'REFUSED'] as const),
  ...OPEN.map((s) => [s, 'MERGE', 'MERGED'] as const),
];
/** Actions the state allows but whose other preconditions (a paused clock, a CCPA opt-out) `complete` does not meet. */
const NEEDS_MORE: readonly RequestAction[] = ['RESUME_CLOCK', 'RECORD_PASSED_ON'];
const isAllowed = (from: RequestState, action: RequestAction) => ALLOWED.some(([f, a]) => f === from && a === action);
const FORBIDDEN = REQUEST_STATES.flatMap((from) =>
  REQUEST_ACTIONS.filter((a) => !isAllowed(from, a)).map((a) => [from, a] as const),
);

describe('the transition table', () => {
  it('is exactly the allowed list', () => {
    const table = REQUEST_TRANSITIONS.map((t) => [t.from, t.action, t.to]);
    expect(new Set(table.map((t) => t.join('>')))).toEqual(new Set(ALLOWED.map((t) => t.join('>'))));
    expect(table).toHaveLength(ALLOWED.length);
  });

  it('asks for a reason where staff decide something the requester must be told or that skips a safeguard', () => {
    const withReason = new Set(REQUEST_TRANSITIONS.filter((t) => t.reasonRequired).map((t) => t.action));
    expect([...withReason].sort()).toEqual(
      [
        'SKIP_CONFIRMATION',
        'REQUEST_IDENTITY',
        'CONFIRM_IDENTITY',
        'PAUSE_CLOCK',
        'EXTEND',
        'RECORD_PASSED_ON',
        'REFUSE',
      ].sort(),
    );
  });

  it('lists the possible actions per state', () => {
    expect(actionsFrom('RECEIVED')).toEqual([
      'SEND_CONFIRMATION',
      'CONFIRM_EMAIL',
      'SKIP_CONFIRMATION',
      'REQUEST_IDENTITY',
      'PAUSE_CLOCK',
      'RESUME_CLOCK',
      'EXTEND',
      'RECORD_PASSED_ON',
      'REFUSE',
      'MERGE',
    ]);
    expect(actionsFrom('VERIFYING')).toEqual(['CONFIRM_IDENTITY', 'EXTEND', 'RECORD_PASSED_ON', 'REFUSE', 'MERGE']);
    expect(actionsFrom('COMPLETED')).toEqual([]);
    expect(actionsFrom('MERGED')).toEqual([]);
  });

  it('has COMPLETED, REFUSED and MERGED as its only final states', () => {
    expect(REQUEST_STATES.filter(isTerminalRequestState)).toEqual(['COMPLETED', 'REFUSED', 'MERGED']);
  });
});

describe('transition', () => {
  it.each(ALLOWED.filter(([, a]) => !NEEDS_MORE.includes(a)))('%s --%s--> %s', (from, action, to) => {
    const result = transition(from, action, complete);
    expect(result).toMatchObject({ ok: true, value: { from, action, to } });
  });

  it.each(FORBIDDEN)('%s refuses %s', (from, action) => {
    expect(problemsOf(transition(from, action, complete))).toEqual([{ path: 'action', code: 'NOT_ALLOWED' }]);
  });

  it('covers every pair of state and action', () => {
    expect(ALLOWED.length + FORBIDDEN.length).toBe(REQUEST_STATES.length * REQUEST_ACTIONS.length);
  });

  it('says why a final state refuses and what a live state allows', () => {
    expect(transition('COMPLETED', 'REFUSE', complete)).toEqual({
      ok: false,
      problems: [
        { path: 'action', code: 'NOT_ALLOWED', message: 'the request is COMPLETED and takes no further action' },
      ],
    });
    expect(transition('VERIFYING', 'COMPLETE', complete)).toEqual({
      ok: false,
      problems: [
        {
          path: 'action',
          code: 'NOT_ALLOWED',
          message:
            'COMPLETE is not possible while the request is VERIFYING (possible: CONFIRM_IDENTITY, EXTEND, RECORD_PASSED_ON, REFUSE, MERGE)',
        },
      ],
    });
  });

  it('keeps the trimmed reason and the refusal ground', () => {
    const result = transition('VERIFYING', 'REFUSE', {
      ...complete,
      reason: '  no reply to two reminders ',
      refusalGround: 'IDENTITY_NOT_VERIFIED',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        from: 'VERIFYING',
        action: 'REFUSE',
        to: 'REFUSED',
        reason: 'no reply to two reminders',
        refusalGround: 'IDENTITY_NOT_VERIFIED',
        deadline: null,
      },
    });
  });

  it.each([
    ['RECEIVED', 'SKIP_CONFIRMATION'],
    ['IN_PROGRESS', 'REQUEST_IDENTITY'],
    ['VERIFYING', 'CONFIRM_IDENTITY'],
    ['IN_PROGRESS', 'PAUSE_CLOCK'],
    ['VERIFYING', 'EXTEND'],
    ['RECEIVED', 'REFUSE'],
  ] as const)('%s --%s needs a reason', (from, action) => {
    expect(problemsOf(transition(from, action, { ...complete, reason: '   ' }))).toEqual([
      { path: 'reason', code: 'REQUIRED' },
    ]);
    expect(problemsOf(transition(from, action, { ...complete, reason: null }))).toEqual([
      { path: 'reason', code: 'REQUIRED' },
    ]);
  });

  it('refuses an over-long reason', () => {
    expect(problemsOf(transition('RECEIVED', 'SEND_CONFIRMATION', { ...complete, reason: 'x'.repeat(2001) }))).toEqual([
      { path: 'reason', code: 'TOO_LONG' },
    ]);
  });

  it('needs no reason for the requester’s confirmation, completing or merging', () => {
    const noReason = { ...complete, reason: undefined };
    expect(transition('RECEIVED', 'SEND_CONFIRMATION', noReason)).toMatchObject({ ok: true, value: { reason: null } });
    expect(transition('RECEIVED', 'CONFIRM_EMAIL', noReason).ok).toBe(true);
    expect(transition('IN_PROGRESS', 'COMPLETE', noReason).ok).toBe(true);
    expect(transition('VERIFYING', 'MERGE', noReason).ok).toBe(true);
  });

  it('needs a ground to refuse', () => {
    expect(problemsOf(transition('IN_PROGRESS', 'REFUSE', { ...complete, refusalGround: null }))).toEqual([
      { path: 'refusalGround', code: 'REQUIRED' },
    ]);
  });

  describe('the date an answer arrived (identity information, clarification, a fee)', () => {
    const paused = deadlineOf({
      jurisdiction: 'UK_GDPR',
      type: 'ACCESS',
      receivedAt: '2026-06-01',
      waits: [{ wait: 'CLARIFICATION', requestedOn: '2026-06-05', receivedOn: null }],
    });
    const resume = { ...complete, deadline: paused, today: '2026-06-20' };

    it.each([
      ['missing', null, 'REQUIRED'],
      ['not a date', '15 June', 'INVALID_FORMAT'],
      ['in the future', '2026-06-21', 'OUT_OF_RANGE'],
      ['before it was asked for', '2026-06-04', 'OUT_OF_RANGE'],
    ])('is refused when %s', (_what, answeredOn, code) => {
      expect(problemsOf(transition('IN_PROGRESS', 'RESUME_CLOCK', { ...resume, answeredOn }))).toEqual([
        { path: 'answeredOn', code },
      ]);
    });

    it('may be today or any day since it was asked for', () => {
      for (const answeredOn of ['2026-06-05', '2026-06-15', '2026-06-20'])
        expect(transition('IN_PROGRESS', 'RESUME_CLOCK', { ...resume, answeredOn }).ok).toBe(true);
    });

    it('identity information cannot arrive before the request', () => {
      expect(
        problemsOf(transition('VERIFYING', 'CONFIRM_IDENTITY', { ...complete, answeredOn: '2026-01-30' })),
      ).toEqual([{ path: 'answeredOn', code: 'OUT_OF_RANGE' }]);
    });
  });

  it.each([
    ['not a date', 'yesterday', 'INVALID_FORMAT'],
    ['in the future', '2026-02-21', 'OUT_OF_RANGE'],
    ['before the request', '2026-01-30', 'OUT_OF_RANGE'],
  ])('refuses a day of asking %s', (_what, askedOn, code) => {
    for (const action of ['REQUEST_IDENTITY', 'PAUSE_CLOCK'] as const)
      expect(problemsOf(transition('IN_PROGRESS', action, { ...complete, askedOn }))).toEqual([
        { path: 'askedOn', code },
      ]);
  });

  describe('stopping the clock', () => {
    it('is refused where the regime keeps the period running, with what to do instead', () => {
      const refused = transition('IN_PROGRESS', 'PAUSE_CLOCK', euComplete);
      expect(problemsOf(refused)).toEqual([{ path: 'wait', code: 'NOT_ALLOWED' }]);
      expect(refused.ok ? '' : refused.problems[0]!.message).toContain('EU GDPR');
    });

    it('needs to know what is asked for', () => {
      expect(problemsOf(transition('IN_PROGRESS', 'PAUSE_CLOCK', { ...complete, wait: null }))).toEqual([
        { path: 'wait', code: 'REQUIRED' },
      ]);
    });

    it('is refused while it already stands still, and resuming needs a stopped clock', () => {
      const stopped = deadlineOf({
        jurisdiction: 'UK_GDPR',
        type: 'ACCESS',
        receivedAt: '2026-06-01',
        waits: [{ wait: 'FEE', requestedOn: '2026-06-02', receivedOn: null }],
      });
      expect(problemsOf(transition('IN_PROGRESS', 'PAUSE_CLOCK', { ...complete, deadline: stopped }))).toEqual([
        { path: 'action', code: 'NOT_ALLOWED' },
      ]);
      expect(problemsOf(transition('IN_PROGRESS', 'RESUME_CLOCK', complete))).toEqual([
        { path: 'action', code: 'NOT_ALLOWED' },
      ]);
    });
  });

  describe.each(['OPT_OUT_SALE_SHARING', 'LIMIT_SENSITIVE_USE'] as const)('CCPA %s', (type) => {
    const deadline = deadlineOf({ jurisdiction: 'CCPA_CPRA', type, receivedAt: '2026-06-15' });
    const optOut = { ...complete, jurisdiction: 'CCPA_CPRA', type, deadline, today: '2026-06-16' } as const;

    it('may not be made to verify identity', () => {
      expect(verificationAllowed('CCPA_CPRA', type)).toBe(false);
      expect(verificationAllowed('CCPA_CPRA', 'ERASURE')).toBe(true);
      expect(problemsOf(transition('RECEIVED', 'REQUEST_IDENTITY', optOut))).toEqual([
        { path: 'action', code: 'NOT_ALLOWED' },
      ]);
    });

    it('goes ahead without confirmation and without a reason', () => {
      expect(transition('RECEIVED', 'SKIP_CONFIRMATION', { ...optOut, reason: null })).toMatchObject({
        ok: true,
        value: { to: 'IN_PROGRESS' },
      });
    });

    it('is refused only for documented suspicion of fraud, never for identity', () => {
      for (const refusalGround of ['IDENTITY_NOT_VERIFIED', 'EXCESSIVE', 'MANIFESTLY_UNFOUNDED'] as const)
        expect(problemsOf(transition('IN_PROGRESS', 'REFUSE', { ...optOut, refusalGround }))).toEqual([
          { path: 'refusalGround', code: 'NOT_ALLOWED' },
        ]);
      expect(transition('IN_PROGRESS', 'REFUSE', { ...optOut, refusalGround: 'FRAUD_SUSPECTED' }).ok).toBe(true);
      expect(
        problemsOf(transition('IN_PROGRESS', 'REFUSE', { ...optOut, refusalGround: 'FRAUD_SUSPECTED', reason: '' })),
      ).toEqual([{ path: 'reason', code: 'REQUIRED' }]);
    });

    it('is completed only once passing it on to third parties was recorded', () => {
      expect(problemsOf(transition('IN_PROGRESS', 'COMPLETE', optOut))).toEqual([
        { path: 'action', code: 'NOT_ALLOWED' },
      ]);
      expect(transition('IN_PROGRESS', 'COMPLETE', { ...optOut, passedOn: true }).ok).toBe(true);
      expect(transition('IN_PROGRESS', 'RECORD_PASSED_ON', optOut).ok).toBe(true);
      expect(problemsOf(transition('IN_PROGRESS', 'RECORD_PASSED_ON', complete))).toEqual([
        { path: 'action', code: 'NOT_ALLOWED' },
      ]);
    });

    it('cannot be extended', () => {
      expect(problemsOf(transition('IN_PROGRESS', 'EXTEND', optOut))).toEqual([
        { path: 'action', code: 'NOT_ALLOWED' },
      ]);
    });
  });

  describe('EXTEND', () => {
    const complete: TransitionInput = { ...euComplete };

    it('returns the extended deadline and keeps the state', () => {
      const result = transition('IN_PROGRESS', 'EXTEND', complete);
      expect(result).toMatchObject({
        ok: true,
        value: { to: 'IN_PROGRESS', deadline: { dueOn: '2026-04-30', extended: { noticeOn: '2026-02-20' } } },
      });
    });

    it('is possible in the first month whatever the request waits for (EU: even while identity is checked)', () => {
      for (const state of ['RECEIVED', 'VERIFYING', 'IN_PROGRESS'] as const)
        expect(transition(state, 'EXTEND', complete)).toMatchObject({ ok: true, value: { to: state } });
    });

    it('PIPEDA: for converting into an alternative format, to a date the organisation names', () => {
      const deadline = deadlineOf({ jurisdiction: 'PIPEDA', type: 'ACCESS', receivedAt: '2026-03-02' }); // due 1 April
      const input = {
        ...complete,
        jurisdiction: 'PIPEDA',
        deadline,
        today: '2026-03-20',
        extensionGround: 'ALTERNATIVE_FORMAT',
      } as const;
      expect(problemsOf(transition('IN_PROGRESS', 'EXTEND', input))).toEqual([{ path: 'newDueOn', code: 'REQUIRED' }]);
      expect(transition('IN_PROGRESS', 'EXTEND', { ...input, newDueOn: '2026-06-15' })).toMatchObject({
        ok: true,
        value: { deadline: { dueOn: '2026-06-15', extended: { ground: 'ALTERNATIVE_FORMAT' } } },
      });
      const eu = { ...complete, extensionGround: 'ALTERNATIVE_FORMAT' } as const;
      expect(problemsOf(transition('IN_PROGRESS', 'EXTEND', eu))).toEqual([{ path: 'ground', code: 'NOT_ALLOWED' }]);
    });

    it('is allowed on the due date itself, not after it', () => {
      expect(transition('IN_PROGRESS', 'EXTEND', { ...complete, today: '2026-03-02' }).ok).toBe(true);
      expect(problemsOf(transition('IN_PROGRESS', 'EXTEND', { ...complete, today: '2026-03-03' }))).toEqual([
        { path: 'today', code: 'NOT_ALLOWED' },
      ]);
    });

    it('is refused where the regime allows none', () => {
      const deadline = deadlineOf({ jurisdiction: 'LGPD', type: 'ACCESS', receivedAt: '2026-01-31' });
      const input = { ...complete, jurisdiction: 'LGPD', deadline, today: '2026-02-01' } as const;
      expect(problemsOf(transition('IN_PROGRESS', 'EXTEND', input))).toEqual([{ path: 'action', code: 'NOT_ALLOWED' }]);
    });

    it('is refused a second time, even if the state were wrongly reset', () => {
      const first = transition('IN_PROGRESS', 'EXTEND', complete);
      if (!first.ok) throw new Error('expected success');
      expect(problemsOf(transition('IN_PROGRESS', 'EXTEND', { ...complete, deadline: first.value.deadline }))).toEqual([
        { path: 'action', code: 'NOT_ALLOWED' },
      ]);
    });

    it('needs the deadline and the date of the notice', () => {
      expect(problemsOf(transition('IN_PROGRESS', 'EXTEND', { ...complete, deadline: null }))).toEqual([
        { path: 'deadline', code: 'REQUIRED' },
      ]);
      expect(problemsOf(transition('IN_PROGRESS', 'EXTEND', { ...complete, today: null }))).toEqual([
        { path: 'today', code: 'REQUIRED' },
      ]);
    });

    it('refuses a deadline of another kind of request', () => {
      expect(problemsOf(transition('IN_PROGRESS', 'EXTEND', { ...complete, jurisdiction: 'CH_FADP' }))).toEqual([
        { path: 'deadline', code: 'INCONSISTENT' },
      ]);
    });

    it('reports a missing reason once, with other problems', () => {
      expect(problemsOf(transition('IN_PROGRESS', 'EXTEND', { ...complete, reason: '', today: '2026-03-03' }))).toEqual(
        [
          { path: 'reason', code: 'REQUIRED' },
          { path: 'today', code: 'NOT_ALLOWED' },
        ],
      );
    });

    it('Swiss FADP: needs the new date the requester is given', () => {
      const deadline = deadlineOf({ jurisdiction: 'CH_FADP', type: 'ACCESS', receivedAt: '2026-12-15' });
      const input = { ...complete, jurisdiction: 'CH_FADP', deadline, today: '2027-01-10' } as const;
      expect(problemsOf(transition('IN_PROGRESS', 'EXTEND', input))).toEqual([{ path: 'newDueOn', code: 'REQUIRED' }]);
      expect(transition('IN_PROGRESS', 'EXTEND', { ...input, newDueOn: '2027-02-15' })).toMatchObject({
        ok: true,
        value: { deadline: { dueOn: '2027-02-15' } },
      });
    });
  });
});

describe('availableActions', () => {
  const eu = { jurisdiction: 'EU_GDPR' as const, type: 'ACCESS' as const, deadline: euDeadline };
  const uk = { jurisdiction: 'UK_GDPR' as const, type: 'ACCESS' as const, deadline: ukDeadline };
  const optOut = {
    jurisdiction: 'CCPA_CPRA' as const,
    type: 'OPT_OUT_SALE_SHARING' as const,
    deadline: deadlineOf({ jurisdiction: 'CCPA_CPRA', type: 'OPT_OUT_SALE_SHARING', receivedAt: '2026-06-15' }),
  };
  const extended = { ...euDeadline, extended: { noticeOn: '2026-02-20', reason: 'complex' } };

  it("offers staff the state's actions where the regime allows them (not the requester's nor the system's)", () => {
    expect(availableActions({ ...eu, state: 'RECEIVED' })).toEqual([
      'SKIP_CONFIRMATION',
      'REQUEST_IDENTITY',
      'EXTEND',
      'REFUSE',
      'MERGE',
    ]);
    expect(availableActions({ ...eu, state: 'IN_PROGRESS' })).toEqual([
      'REQUEST_IDENTITY',
      'EXTEND',
      'COMPLETE',
      'REFUSE',
      'MERGE',
    ]);
    expect(availableActions({ ...eu, state: 'VERIFYING' })).toEqual(['CONFIRM_IDENTITY', 'EXTEND', 'REFUSE', 'MERGE']);
  });

  it('stops the clock only where the regime does, and offers to restart it while it stands still', () => {
    expect(availableActions({ ...uk, state: 'IN_PROGRESS' })).toContain('PAUSE_CLOCK');
    expect(availableActions({ ...eu, state: 'IN_PROGRESS' })).not.toContain('PAUSE_CLOCK');
    const paused = deadlineOf({
      jurisdiction: 'UK_GDPR',
      type: 'ACCESS',
      receivedAt: '2026-06-01',
      waits: [{ wait: 'CLARIFICATION', requestedOn: '2026-06-05', receivedOn: null }],
    });
    const actions = availableActions({ ...uk, deadline: paused, state: 'IN_PROGRESS' });
    expect(actions).toContain('RESUME_CLOCK');
    expect(actions).not.toContain('PAUSE_CLOCK');
    expect(actions).not.toContain('REQUEST_IDENTITY');
  });

  it('never asks for identity where the law forbids it, nor extends what cannot be extended', () => {
    expect(availableActions({ ...optOut, state: 'RECEIVED' })).toEqual([
      'SKIP_CONFIRMATION',
      'RECORD_PASSED_ON',
      'REFUSE',
      'MERGE',
    ]);
    expect(canExtend('IN_PROGRESS', optOut.deadline)).toBe(false);
    expect(availableActions({ ...optOut, state: 'IN_PROGRESS' })).toEqual([
      'RECORD_PASSED_ON',
      'COMPLETE',
      'REFUSE',
      'MERGE',
    ]);
  });

  it('extends once, in any open state', () => {
    expect(canExtend('IN_PROGRESS', euDeadline)).toBe(true);
    expect(canExtend('VERIFYING', euDeadline)).toBe(true);
    expect(canExtend('COMPLETED', euDeadline)).toBe(false);
    expect(canExtend('IN_PROGRESS', extended)).toBe(false);
    expect(availableActions({ ...eu, deadline: extended, state: 'IN_PROGRESS' })).not.toContain('EXTEND');
  });

  it('offers nothing once the request is closed', () => {
    for (const state of ['COMPLETED', 'REFUSED', 'MERGED'] as const)
      expect(availableActions({ ...eu, state })).toEqual([]);
  });
});
