import { describe, expect, it } from 'vitest';
import { tenantProfile } from '../tenants/tenant.js';
import { DEFAULT_POLICY_SETTINGS } from './policy-settings.js';
import { buildPolicySnapshot, type PolicySnapshot } from './policy.js';
import {
  countLines,
  diffSnapshots,
  subprocessorChanges,
  TEXT_DIFF_LIMITS,
  textDiffAborted,
  textDiffInputLimit,
} from './policy-diff.js';

// Parsed, so fields the profile gains take their defaults here too.
const controller = tenantProfile.parse({
  slug: 'acme',
  legalName: 'Acme Ltd',
  contactEmail: 'privacy@acme.test',
  jurisdictions: ['UK_GDPR'],
});

const recipient = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  role: 'PROCESSOR' as const,
  legalEntity: null,
  address: null,
  country: 'US',
  processingCountries: [],
  service: 'hosting',
  safeguards: ['STANDARD_CONTRACTUAL_CLAUSES' as const],
  transferDetails: null,
  dataPrivacyFramework: null,
  jointArrangement: null,
  dpaSignedOn: null,
  privacyPolicyUrl: null,
  optOutUrl: null,
  dataCategoryIds: [],
  position: 0,
  ...extra,
});

const snapshot = (recipients: ReturnType<typeof recipient>[], extra: Partial<PolicySnapshot> = {}): PolicySnapshot =>
  buildPolicySnapshot({
    controller,
    settings: DEFAULT_POLICY_SETTINGS,
    audiences: [],
    dataCategories: [],
    purposes: [],
    recipients: recipients as PolicySnapshot['recipients'],
    cookies: [],
    clauses: [],
    ...extra,
  });

describe('diffSnapshots', () => {
  it('reports nothing for identical snapshots, and ignores reordering', () => {
    const a = snapshot([recipient('1', 'AWS'), recipient('2', 'Zoom', { position: 1 })]);
    const b = snapshot([recipient('1', 'AWS', { position: 5 }), recipient('2', 'Zoom', { position: 1 })]);
    expect(diffSnapshots(a, a)).toEqual([]);
    expect(diffSnapshots(a, b)).toEqual([]);
  });

  it('reports added, removed and changed recipients with field-level before and after', () => {
    const a = snapshot([recipient('1', 'AWS'), recipient('2', 'Zoom')]);
    const b = snapshot([recipient('1', 'AWS', { country: 'IE', safeguards: [] }), recipient('3', 'Miro')]);
    expect(diffSnapshots(a, b)).toEqual([
      { section: 'RECIPIENTS', kind: 'REMOVED', id: '2', name: 'Zoom', fields: [] },
      {
        section: 'RECIPIENTS',
        kind: 'CHANGED',
        id: '1',
        name: 'AWS',
        fields: [
          { field: 'country', before: 'US', after: 'IE' },
          { field: 'safeguards', before: ['STANDARD_CONTRACTUAL_CLAUSES'], after: [] },
        ],
      },
      { section: 'RECIPIENTS', kind: 'ADDED', id: '3', name: 'Miro', fields: [] },
    ]);
  });

  it('reports controller and settings changes as single entries', () => {
    const a = snapshot([]);
    const b = snapshot([], {
      controller: { ...controller, contactEmail: 'dpo@acme.test' },
      settings: { ...DEFAULT_POLICY_SETTINGS, childrenMinimumAge: 16 },
    });
    expect(diffSnapshots(a, b)).toEqual([
      {
        section: 'CONTROLLER',
        kind: 'CHANGED',
        id: null,
        name: 'controller',
        fields: [{ field: 'contactEmail', before: 'privacy@acme.test', after: 'dpo@acme.test' }],
      },
      {
        section: 'SETTINGS',
        kind: 'CHANGED',
        id: null,
        name: 'settings',
        fields: [{ field: 'childrenMinimumAge', before: null, after: 16 }],
      },
    ]);
  });

  it('reports the purposes a cookie serves, whatever order the links come in', () => {
    const cookie = (purposeIds: string[], describesGroup = false) => ({
      id: 'k1',
      name: 'Analytics cookies',
      describesGroup,
      provider: 'Google',
      recipientId: null,
      kind: 'ANALYTICS' as const,
      durationAmount: 2,
      durationUnit: 'YEARS' as const,
      purpose: 'tells visits apart',
      purposeIds,
      position: 0,
    });
    const a = snapshot([], { cookies: [cookie(['p1', 'p2'])] });
    expect(diffSnapshots(a, snapshot([], { cookies: [cookie(['p2', 'p1'])] }))).toEqual([]);
    expect(diffSnapshots(a, snapshot([], { cookies: [cookie(['p2'], true)] }))).toEqual([
      {
        section: 'COOKIES',
        kind: 'CHANGED',
        id: 'k1',
        name: 'Analytics cookies',
        fields: [
          { field: 'describesGroup', before: false, after: true },
          { field: 'purposeIds', before: ['p1', 'p2'], after: ['p2'] },
        ],
      },
    ]);
  });

  it('sub-processor changes leave out other recipients', () => {
    const a = snapshot([recipient('1', 'AWS'), recipient('9', 'Advisers', { role: 'CATEGORY' })]);
    const b = snapshot([recipient('2', 'Zoom'), recipient('9', 'Our advisers', { role: 'CATEGORY' })]);
    expect(subprocessorChanges(a, b).map((c) => [c.kind, c.name])).toEqual([
      ['REMOVED', 'AWS'],
      ['ADDED', 'Zoom'],
    ]);
  });
});

describe('countLines', () => {
  it('counts lines as a line diff does: a last line without a newline is one, an empty text has none', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('one')).toBe(1);
    expect(countLines('one\n')).toBe(1);
    expect(countLines('one\r\ntwo\n\nfour')).toBe(4);
  });

  it('stops counting past the maximum', () => {
    expect(countLines('x\n'.repeat(1000), 10)).toBe(11);
    expect(countLines('x\n'.repeat(10), 10)).toBe(10);
    expect(countLines(`${'x\n'.repeat(10)}x`, 10)).toBe(11);
  });
});

describe('textDiffInputLimit', () => {
  const { maxTextLength, maxLines } = TEXT_DIFF_LIMITS;
  const named = (...texts: string[]) => texts.map((text, i) => ({ name: `version ${i + 1}`, text }));

  it('lets texts at the limits through', () => {
    expect(textDiffInputLimit(named('a\n'.repeat(maxLines), 'x'.repeat(maxTextLength)))).toBeNull();
  });

  it('names the text that has too many characters, and the limit', () => {
    expect(textDiffInputLimit(named('short', 'x'.repeat(maxTextLength + 1)))).toEqual({
      limit: 'TEXT_LENGTH',
      message: `the text of version 2 has ${(maxTextLength + 1).toLocaleString('en-US')} characters; texts of at most ${maxTextLength.toLocaleString('en-US')} are compared line by line`,
    });
  });

  it('names the text that has too many lines', () => {
    expect(textDiffInputLimit(named('\n'.repeat(maxLines + 1), 'short'))).toMatchObject({
      limit: 'LINE_COUNT',
      message: expect.stringContaining('version 1'),
    });
  });

  it('says which bound a started comparison gave up on', () => {
    expect(textDiffAborted('EDIT_LENGTH')).toMatchObject({
      limit: 'EDIT_LENGTH',
      message: expect.stringContaining(String(TEXT_DIFF_LIMITS.maxEditLength)),
    });
    expect(textDiffAborted('TIME')).toMatchObject({
      limit: 'TIME',
      message: expect.stringContaining(`${TEXT_DIFF_LIMITS.timeoutMs} ms`),
    });
  });
});
