import { describe, expect, test } from 'vitest';
import { ACTION_LABELS, formatDay, isCcpaOptOut, label, REQUEST_STATE_LABELS } from './format.js';
import {
  clockSentence,
  clockStart,
  dueDateCaveat,
  emailConfirmation,
  identityCheck,
  openIdentityWait,
  waitLines,
  type ClockFacts,
} from './request-clock.js';

const NOW = new Date('2026-06-20T12:00:00Z');

const request = (over: Partial<ClockFacts> = {}, clock: Partial<ClockFacts['clock']> = {}): ClockFacts => ({
  state: 'IN_PROGRESS',
  jurisdiction: 'UK_GDPR',
  clockStartsOn: '2026-06-01',
  verificationMethod: null,
  verifiedAt: null,
  emailConfirmedAt: '2026-06-01T10:00:00Z',
  ...over,
  clock: { state: 'RUNNING', waitingFor: null, since: null, pausedDays: 0, citation: null, waits: [], ...clock },
});

describe('clockSentence', () => {
  test('a pause says since when, what is awaited, and that the due date moves', () => {
    const r = request(
      {},
      {
        state: 'PAUSED',
        waitingFor: 'CLARIFICATION',
        since: '2026-06-05',
        citation: 'UK GDPR Art. 12A',
        waits: [{ wait: 'CLARIFICATION', requestedOn: '2026-06-05', receivedOn: null }],
      },
    );
    expect(clockSentence(r, NOW)).toEqual({
      stopped: true,
      text: 'Paused since 5 June, waiting for clarification — the due date moves by each day of waiting (UK GDPR Art. 12A).',
    });
  });

  test('a clock not started for identity says when it was asked and that the month starts on arrival', () => {
    const r = request(
      { state: 'VERIFYING' },
      {
        state: 'NOT_STARTED',
        waitingFor: 'IDENTITY',
        since: '2026-01-12',
        citation: 'UK GDPR Art. 12A',
        waits: [{ wait: 'IDENTITY', requestedOn: '2026-01-12', receivedOn: null }],
      },
    );
    expect(clockSentence(r, NOW).text).toBe(
      'Not started: waiting for identity information asked for on 12 January; the month starts when it arrives (UK GDPR Art. 12A).',
    );
  });

  test('a running clock counts the days paused, and says when something awaited does not stop it', () => {
    expect(clockSentence(request({}, { pausedDays: 10 }), NOW)).toEqual({
      stopped: false,
      text: 'Running since 1 June. 10 days of waiting added to the due date.',
    });
    const eu = request(
      { jurisdiction: 'EU_GDPR', state: 'VERIFYING' },
      { waits: [{ wait: 'IDENTITY', requestedOn: '2026-06-03', receivedOn: null }] },
    );
    expect(clockSentence(eu, NOW).text).toBe(
      'Running since 1 June. Identity information asked for on 3 June: the clock keeps running meanwhile under this regime.',
    );
  });
});

test('waitLines lists each thing asked for, when, and when it arrived', () => {
  const r = request(
    {},
    {
      waits: [
        { wait: 'IDENTITY', requestedOn: '2026-01-12', receivedOn: '2026-01-20' },
        { wait: 'FEE', requestedOn: '2026-06-05', receivedOn: null },
      ],
    },
  );
  expect(waitLines(r, NOW)).toEqual([
    'Identity information: asked 12 January, arrived 20 January',
    'The fee: asked 5 June, still awaited',
  ]);
});

describe('email confirmation and identity are told apart', () => {
  test('a request waiting for the requester’s email confirmation has no identity check', () => {
    const r = request({ state: 'RECEIVED', emailConfirmedAt: null });
    expect(emailConfirmation(r)).toBe('Waiting for the requester to confirm by email');
    expect(identityCheck(r, NOW)).toBe('Not asked for (no reasonable doubt recorded)');
  });

  test('staff going ahead, a CCPA opt-out, and an identity confirmed after proof arrived', () => {
    expect(emailConfirmation(request({ emailConfirmedAt: null, verificationMethod: 'SKIPPED' }))).toMatch(
      /^Not asked: staff went ahead/,
    );
    const optOut = request({ emailConfirmedAt: null, verificationMethod: 'NOT_REQUIRED', jurisdiction: 'CCPA_CPRA' });
    expect(emailConfirmation(optOut, true)).toBe('Not needed for a CCPA opt-out');
    expect(identityCheck(optOut, NOW)).toBe('Must not be required for a CCPA opt-out');
    const confirmed = request(
      { verificationMethod: 'STAFF', verifiedAt: '2026-02-03T09:00:00Z' },
      { waits: [{ wait: 'IDENTITY', requestedOn: '2026-01-12', receivedOn: '2026-01-20' }] },
    );
    expect(identityCheck(confirmed, NOW)).toMatch(/^Confirmed .*2026.* \(information arrived 20 January\)$/);
    expect(openIdentityWait(confirmed)).toBeNull();
  });

  test('a request whose proof is awaited names the day it was asked for', () => {
    const r = request(
      { state: 'VERIFYING' },
      { waits: [{ wait: 'IDENTITY', requestedOn: '2026-06-10', receivedOn: null }] },
    );
    expect(identityCheck(r, NOW)).toBe('Proof asked for on 10 June, awaited');
    expect(openIdentityWait(r)?.requestedOn).toBe('2026-06-10');
  });
});

test('labels: the new states and history steps read as words, and opt-outs are recognised', () => {
  expect(label(REQUEST_STATE_LABELS, 'MERGED')).toBe('Merged (duplicate)');
  expect(Object.keys(REQUEST_STATE_LABELS)).not.toContain('EXTENDED');
  for (const action of [
    'SEND_CONFIRMATION',
    'CONFIRM_EMAIL',
    'SKIP_CONFIRMATION',
    'REQUEST_IDENTITY',
    'CONFIRM_IDENTITY',
    'PAUSE_CLOCK',
    'RESUME_CLOCK',
    'EXTEND',
    'RECORD_PASSED_ON',
    'MERGE',
    'MERGED_IN',
  ])
    expect(ACTION_LABELS).toHaveProperty(action);
  expect(isCcpaOptOut('CCPA_CPRA', 'LIMIT_SENSITIVE_USE')).toBe(true);
  expect(isCcpaOptOut('CCPA_CPRA', 'ACCESS')).toBe(false);
  expect(isCcpaOptOut('UK_GDPR', 'OPT_OUT_SALE_SHARING')).toBe(false);
  expect(formatDay('2025-12-31', NOW)).toBe('31 December 2025');
});

test('while the clock has not started the start is not a date and the due date is provisional; a pause moves it', () => {
  const waiting = request(
    { state: 'VERIFYING' },
    { state: 'NOT_STARTED', waitingFor: 'IDENTITY', since: '2026-06-10' },
  );
  expect(clockStart(waiting)).toBe('Not yet: when identity information arrives');
  expect(dueDateCaveat(waiting)).toMatch(/^Provisional: worked out again/);
  const paused = request({}, { state: 'PAUSED', waitingFor: 'FEE', since: '2026-06-10' });
  expect(clockStart(paused)).toBeNull();
  expect(dueDateCaveat(paused)).toBe('Provisional: moves by each day the clock stands still.');
  expect(dueDateCaveat(request())).toBeNull();
  // Staff going ahead stays visible after a later identity check replaced the verification method.
  expect(emailConfirmation(request({ emailConfirmedAt: null, verificationMethod: 'STAFF' }), true)).toMatch(
    /^Not asked: staff went ahead/,
  );
});
