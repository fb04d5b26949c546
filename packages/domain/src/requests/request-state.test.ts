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
/** Everything any action could need, so each case tests the state rule alone. */
const complete: TransitionInput = {
  jurisdiction: 'EU_GDPR',
  type: 'ACCESS',
  reason: 'documented in the case file',
  refusalGround: 'MANIFESTLY_UNFOUNDED',
  deadline: euDeadline,
  today: '2026-02-20',
};

const ALLOWED: ReadonlyArray<readonly [RequestState, RequestAction, RequestState]> = [
  ['RECEIVED', 'SEND_VERIFICATION', 'VERIFYING'],
  ['RECEIVED', 'SKIP_VERIFICATION', 'IN_PROGRESS'],
  ['RECEIVED', 'REFUSE', 'REFUSED'],
  ['VERIFYING', 'CONFIRM_IDENTITY', 'IN_PROGRESS'],
  ['VERIFYING', 'REFUSE', 'REFUSED'],
  ['IN_PROGRESS', 'EXTEND', 'EXTENDED'],
  ['IN_PROGRESS', 'COMPLETE', 'COMPLETED'],
  ['IN_PROGRESS', 'REFUSE', 'REFUSED'],
  ['EXTENDED', 'COMPLETE', 'COMPLETED'],
  ['EXTENDED', 'REFUSE', 'REFUSED'],
];
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
    const withReason = REQUEST_TRANSITIONS.filter((t) => t.reasonRequired).map((t) => `${t.from}>${t.action}`);
    expect(withReason.sort()).toEqual(
      [
        'RECEIVED>SKIP_VERIFICATION',
        'IN_PROGRESS>EXTEND',
        'RECEIVED>REFUSE',
        'VERIFYING>REFUSE',
        'IN_PROGRESS>REFUSE',
        'EXTENDED>REFUSE',
      ].sort(),
    );
  });

  it('lists the possible actions per state', () => {
    expect(actionsFrom('RECEIVED')).toEqual(['SEND_VERIFICATION', 'SKIP_VERIFICATION', 'REFUSE']);
    expect(actionsFrom('IN_PROGRESS')).toEqual(['EXTEND', 'COMPLETE', 'REFUSE']);
    expect(actionsFrom('EXTENDED')).toEqual(['COMPLETE', 'REFUSE']);
    expect(actionsFrom('COMPLETED')).toEqual([]);
    expect(actionsFrom('REFUSED')).toEqual([]);
  });

  it('has COMPLETED and REFUSED as its only final states', () => {
    expect(REQUEST_STATES.filter(isTerminalRequestState)).toEqual(['COMPLETED', 'REFUSED']);
  });
});

describe('transition', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, action, to) => {
    const result = transition(from, action, complete);
    expect(result).toMatchObject({ ok: true, value: { from, action, to } });
  });

  it.each(FORBIDDEN)('%s refuses %s', (from, action) => {
    expect(problemsOf(transition(from, action, complete))).toEqual([{ path: 'action', code: 'NOT_ALLOWED' }]);
  });

  it('covers all 36 pairs of state and action', () => {
    expect(ALLOWED.length + FORBIDDEN.length).toBe(REQUEST_STATES.length * REQUEST_ACTIONS.length);
  });

  it('says why a final state refuses and what a live state allows', () => {
    expect(transition('COMPLETED', 'REFUSE', complete)).toEqual({
      ok: false,
      problems: [
        { path: 'action', code: 'NOT_ALLOWED', message: 'the request is COMPLETED and takes no further action' },
      ],
    });
    expect(transition('RECEIVED', 'COMPLETE', complete)).toEqual({
      ok: false,
      problems: [
        {
          path: 'action',
          code: 'NOT_ALLOWED',
          message:
            'COMPLETE is not possible while the request is RECEIVED (possible: SEND_VERIFICATION, SKIP_VERIFICATION, REFUSE)',
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
    ['RECEIVED', 'SKIP_VERIFICATION'],
    ['IN_PROGRESS', 'EXTEND'],
    ['RECEIVED', 'REFUSE'],
    ['EXTENDED', 'REFUSE'],
  ] as const)('%s --%s needs a reason', (from, action) => {
    expect(problemsOf(transition(from, action, { ...complete, reason: '   ' }))).toEqual([
      { path: 'reason', code: 'REQUIRED' },
    ]);
    expect(problemsOf(transition(from, action, { ...complete, reason: null }))).toEqual([
      { path: 'reason', code: 'REQUIRED' },
    ]);
  });

  it('refuses an over-long reason', () => {
    expect(problemsOf(transition('RECEIVED', 'SEND_VERIFICATION', { ...complete, reason: 'x'.repeat(2001) }))).toEqual([
      { path: 'reason', code: 'TOO_LONG' },
    ]);
  });

  it('does not need a reason to ask for identity, confirm it or complete', () => {
    const noReason = { ...complete, reason: undefined };
    expect(transition('RECEIVED', 'SEND_VERIFICATION', noReason)).toMatchObject({ ok: true, value: { reason: null } });
    expect(transition('VERIFYING', 'CONFIRM_IDENTITY', noReason).ok).toBe(true);
    expect(transition('EXTENDED', 'COMPLETE', noReason).ok).toBe(true);
  });

  it('needs a ground to refuse', () => {
    expect(problemsOf(transition('IN_PROGRESS', 'REFUSE', { ...complete, refusalGround: null }))).toEqual([
      { path: 'refusalGround', code: 'REQUIRED' },
    ]);
  });

  describe('CCPA opt-out of sale/sharing', () => {
    const optOut = { ...complete, jurisdiction: 'CCPA_CPRA', type: 'OPT_OUT_SALE_SHARING' } as const;

    it('may not be made to verify identity', () => {
      expect(verificationAllowed('CCPA_CPRA', 'OPT_OUT_SALE_SHARING')).toBe(false);
      expect(verificationAllowed('CCPA_CPRA', 'ERASURE')).toBe(true);
      expect(problemsOf(transition('RECEIVED', 'SEND_VERIFICATION', optOut))).toEqual([
        { path: 'action', code: 'NOT_ALLOWED' },
      ]);
    });

    it('goes ahead without verification and without a reason', () => {
      expect(transition('RECEIVED', 'SKIP_VERIFICATION', { ...optOut, reason: null })).toMatchObject({
        ok: true,
        value: { to: 'IN_PROGRESS' },
      });
    });

    it('cannot be extended', () => {
      const deadline = deadlineOf({
        jurisdiction: 'CCPA_CPRA',
        type: 'OPT_OUT_SALE_SHARING',
        receivedAt: '2026-06-15',
      });
      expect(problemsOf(transition('IN_PROGRESS', 'EXTEND', { ...optOut, deadline, today: '2026-06-16' }))).toEqual([
        { path: 'action', code: 'NOT_ALLOWED' },
      ]);
    });
  });

  describe('EXTEND', () => {
    it('returns the extended deadline', () => {
      const result = transition('IN_PROGRESS', 'EXTEND', complete);
      expect(result).toMatchObject({
        ok: true,
        value: { to: 'EXTENDED', deadline: { dueOn: '2026-04-30', extended: { noticeOn: '2026-02-20' } } },
      });
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
      expect(problemsOf(transition('IN_PROGRESS', 'EXTEND', { ...complete, jurisdiction: 'UK_GDPR' }))).toEqual([
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
  const optOut = {
    jurisdiction: 'CCPA_CPRA' as const,
    type: 'OPT_OUT_SALE_SHARING' as const,
    deadline: deadlineOf({ jurisdiction: 'CCPA_CPRA', type: 'OPT_OUT_SALE_SHARING', receivedAt: '2026-06-15' }),
  };
  const extended = { ...euDeadline, extended: { noticeOn: '2026-02-20', reason: 'complex' } };

  it("offers the state's actions where the regime allows them", () => {
    expect(availableActions({ ...eu, state: 'RECEIVED' })).toEqual([
      'SEND_VERIFICATION',
      'SKIP_VERIFICATION',
      'REFUSE',
    ]);
    expect(availableActions({ ...eu, state: 'IN_PROGRESS' })).toEqual(['EXTEND', 'COMPLETE', 'REFUSE']);
    expect(availableActions({ ...eu, state: 'EXTENDED' })).toEqual(['COMPLETE', 'REFUSE']);
  });

  it('never asks for identity where the law forbids it, nor extends what cannot be extended', () => {
    expect(availableActions({ ...optOut, state: 'RECEIVED' })).toEqual(['SKIP_VERIFICATION', 'REFUSE']);
    expect(canExtend('IN_PROGRESS', optOut.deadline)).toBe(false);
    expect(availableActions({ ...optOut, state: 'IN_PROGRESS' })).toEqual(['COMPLETE', 'REFUSE']);
  });

  it('extends once, only from IN_PROGRESS', () => {
    expect(canExtend('IN_PROGRESS', euDeadline)).toBe(true);
    expect(canExtend('RECEIVED', euDeadline)).toBe(false);
    expect(canExtend('IN_PROGRESS', extended)).toBe(false);
    expect(availableActions({ ...eu, deadline: extended, state: 'IN_PROGRESS' })).toEqual(['COMPLETE', 'REFUSE']);
  });

  it('offers nothing once the request is closed', () => {
    expect(availableActions({ ...eu, state: 'COMPLETED' })).toEqual([]);
    expect(availableActions({ ...eu, state: 'REFUSED' })).toEqual([]);
  });
});
