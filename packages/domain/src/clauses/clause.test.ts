import { describe, expect, it } from 'vitest';
import { CLAUSE_LIMITS, clauseCountProblems, POLICY_SECTIONS, validateClause } from './clause.js';

describe('POLICY_SECTIONS', () => {
  it('lists the sections of a rendered policy in reading order', () => {
    expect(POLICY_SECTIONS).toEqual([
      'INTRODUCTION',
      'CONTROLLER',
      'DATA_COLLECTED',
      'SOURCES',
      'PURPOSES',
      'RECIPIENTS',
      'TRANSFERS',
      'RETENTION',
      'COOKIES',
      'RIGHTS',
      'SECURITY',
      'CHILDREN',
      'AUTOMATED_DECISIONS',
      'CHANGES',
      'CONTACT',
    ]);
  });
});

describe('validateClause', () => {
  it('accepts a minimal clause and fills the defaults', () => {
    expect(validateClause({ section: 'SECURITY', body: '  We use **TLS**.  ' })).toEqual({
      ok: true,
      value: { section: 'SECURITY', title: null, body: 'We use **TLS**.', position: 0 },
    });
  });

  it('keeps a title and position, turning an empty title into null', () => {
    expect(
      validateClause({ section: 'CHILDREN', title: ' Children ', body: 'Not for children.', position: 2 }),
    ).toEqual({
      ok: true,
      value: { section: 'CHILDREN', title: 'Children', body: 'Not for children.', position: 2 },
    });
    expect(validateClause({ section: 'CHILDREN', title: '', body: 'Not for children.' })).toMatchObject({
      ok: true,
      value: { title: null },
    });
  });

  it('accepts a body of exactly 20,000 characters', () => {
    expect(validateClause({ section: 'CHANGES', body: 'x'.repeat(20_000) }).ok).toBe(true);
  });

  it.each([
    ['no section', { body: 'text' }, 'section', 'REQUIRED'],
    ['an unknown section', { section: 'FOOTER', body: 'text' }, 'section', 'INVALID_FORMAT'],
    ['a lower-case section', { section: 'security', body: 'text' }, 'section', 'INVALID_FORMAT'],
    ['no body', { section: 'SECURITY' }, 'body', 'REQUIRED'],
    ['a blank body', { section: 'SECURITY', body: ' \n ' }, 'body', 'REQUIRED'],
    ['a body over 20,000 characters', { section: 'SECURITY', body: 'x'.repeat(20_001) }, 'body', 'TOO_LONG'],
    ['a title over 200 characters', { section: 'SECURITY', title: 'x'.repeat(201), body: 'text' }, 'title', 'TOO_LONG'],
  ])('refuses %s', (_what, input, path, code) => {
    const result = validateClause(input);
    expect(result.ok ? [] : result.problems.map((p) => ({ path: p.path, code: p.code }))).toEqual([{ path, code }]);
  });
});

describe('clause limits', () => {
  it('a tenant may add clauses up to the maximum, and no more', () => {
    const input = { section: 'SECURITY', body: 'We use TLS.' };
    expect(CLAUSE_LIMITS.maxPerTenant).toBe(50);
    expect(validateClause(input, { otherClauses: CLAUSE_LIMITS.maxPerTenant - 1 }).ok).toBe(true);
    expect(validateClause(input, { otherClauses: CLAUSE_LIMITS.maxPerTenant })).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          code: 'NOT_ALLOWED',
          message: 'a tenant has at most 50 clauses: edit or delete one before adding another',
        },
      ],
    });
    expect(clauseCountProblems(CLAUSE_LIMITS.maxPerTenant + 7)).toHaveLength(1);
  });

  it("reports the count together with the fields' own problems", () => {
    const result = validateClause(
      { section: 'SECURITY', body: 'x'.repeat(CLAUSE_LIMITS.maxBodyLength + 1) },
      { otherClauses: CLAUSE_LIMITS.maxPerTenant },
    );
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([
      ['', 'NOT_ALLOWED'],
      ['body', 'TOO_LONG'],
    ]);
  });

  it('an existing clause is checked without the count', () => {
    expect(validateClause({ section: 'SECURITY', body: 'x'.repeat(CLAUSE_LIMITS.maxBodyLength) }).ok).toBe(true);
  });
});
