import { expect, test } from 'vitest';
import { decisionLists, decisionProblemPath, proofFileName } from './consent-format.js';

test('one answer per purpose becomes the three lists the API takes; unasked purposes are left out', () => {
  const lists = decisionLists(
    new Map([
      ['analytics', 'GRANTED'],
      ['ads', 'REFUSED'],
      ['newsletter', null],
      ['video', 'GRANTED'],
      ['partners', 'WITHDRAWN'],
    ] as const),
  );
  expect(lists).toEqual({ granted: ['analytics', 'video'], refused: ['ads'], withdrawn: ['partners'] });
});

test('a problem about the n-th purpose of a list is shown next to that purpose', () => {
  const lists = { granted: ['analytics', 'video'], refused: ['ads'], withdrawn: [] };
  expect(decisionProblemPath('granted.1', lists)).toBe('decision.video');
  expect(decisionProblemPath('refused.0', lists)).toBe('decision.ads');
  expect(decisionProblemPath('granted', lists)).toBe('granted');
  expect(decisionProblemPath('withdrawn.3', lists)).toBe('withdrawn.3');
  expect(decisionProblemPath('noticeText', lists)).toBe('noticeText');
});

test('the proof file is named after the client and the hash, never the identifier', () => {
  expect(proofFileName('cloudops', 'ab12cd34ef56ab12cd34', new Date('2026-03-12T10:00:00Z'))).toBe(
    'consent-proof-cloudops-ab12cd34ef56-2026-03-12.json',
  );
});
