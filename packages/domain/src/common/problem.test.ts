import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { PROBLEM_CODES, problem, validateWith, type Problem, type Validated } from './problem.js';

function refused(result: Validated<unknown>): Array<Pick<Problem, 'path' | 'code'>> {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.problems.map(({ path, code }) => ({ path, code }));
}

describe('PROBLEM_CODES', () => {
  it('lists the stable codes clients branch on, in order', () => {
    expect(PROBLEM_CODES).toEqual([
      'REQUIRED',
      'INVALID_FORMAT',
      'TOO_LONG',
      'OUT_OF_RANGE',
      'INCONSISTENT',
      'UNKNOWN_REFERENCE',
      'DUPLICATE',
      'NOT_ALLOWED',
    ]);
  });
});

describe('problem', () => {
  it('builds a problem from path, code and message', () => {
    expect(problem('offices.0.address.country', 'INVALID_FORMAT', 'bad country')).toEqual({
      path: 'offices.0.address.country',
      code: 'INVALID_FORMAT',
      message: 'bad country',
    });
  });
});

describe('validateWith', () => {
  const schema = z.object({
    name: z.string().trim().min(1, { error: 'name is required' }).max(5),
    nickname: z.string().min(3).optional(),
    tags: z.array(z.string()).min(1).max(2).default(['x']),
    age: z.number().int().min(0).max(150).optional(),
    kind: z.enum(['A', 'B']),
    items: z.array(z.object({ label: z.string() })).default([]),
    email: z.email().optional(),
  });

  it('returns the parsed (transformed, defaulted) value when the input is valid', () => {
    expect(validateWith(schema, { name: '  Ann ', kind: 'A' })).toEqual({
      ok: true,
      value: { name: 'Ann', tags: ['x'], kind: 'A', items: [] },
    });
  });

  it.each([
    ['a missing string', { kind: 'A' }, 'name', 'REQUIRED'],
    ['a null string', { name: null, kind: 'A' }, 'name', 'REQUIRED'],
    ['a string of the wrong type', { name: 42, kind: 'A' }, 'name', 'INVALID_FORMAT'],
    ['an empty string below min(1)', { name: '   ', kind: 'A' }, 'name', 'REQUIRED'],
    ['a string below a minimum other than 1', { name: 'Ann', nickname: 'ab', kind: 'A' }, 'nickname', 'OUT_OF_RANGE'],
    ['a string above its maximum', { name: 'Annabel', kind: 'A' }, 'name', 'TOO_LONG'],
    ['an empty array below min(1)', { name: 'Ann', tags: [], kind: 'A' }, 'tags', 'REQUIRED'],
    ['an array above its maximum', { name: 'Ann', tags: ['a', 'b', 'c'], kind: 'A' }, 'tags', 'TOO_LONG'],
    ['a number above its maximum', { name: 'Ann', age: 151, kind: 'A' }, 'age', 'OUT_OF_RANGE'],
    ['a number below its minimum', { name: 'Ann', age: -1, kind: 'A' }, 'age', 'OUT_OF_RANGE'],
    ['a non-integer where an integer is expected', { name: 'Ann', age: 1.5, kind: 'A' }, 'age', 'INVALID_FORMAT'],
    ['a missing enum value', { name: 'Ann' }, 'kind', 'REQUIRED'],
    ['an unknown enum value', { name: 'Ann', kind: 'C' }, 'kind', 'INVALID_FORMAT'],
    ['a malformed email', { name: 'Ann', kind: 'A', email: 'nope' }, 'email', 'INVALID_FORMAT'],
    ['a nested field', { name: 'Ann', kind: 'A', items: [{ label: 'ok' }, {}] }, 'items.1.label', 'REQUIRED'],
  ])('maps %s to its problem code', (_what, input, path, code) => {
    expect(refused(validateWith(schema, input))).toEqual([{ path, code }]);
  });

  it('reports a missing root value as REQUIRED at the empty path', () => {
    expect(refused(validateWith(schema, undefined))).toEqual([{ path: '', code: 'REQUIRED' }]);
  });

  it('reports a root value of the wrong type as INVALID_FORMAT at the empty path', () => {
    expect(refused(validateWith(schema, 'not an object'))).toEqual([{ path: '', code: 'INVALID_FORMAT' }]);
  });

  it('keeps the schema message', () => {
    const result = validateWith(schema, { name: '', kind: 'A' });
    expect(result).toEqual({ ok: false, problems: [{ path: 'name', code: 'REQUIRED', message: 'name is required' }] });
  });

  it('reports every issue at once', () => {
    expect(refused(validateWith(schema, { name: 'Annabel', kind: 'Z', age: 200 }))).toEqual([
      { path: 'name', code: 'TOO_LONG' },
      { path: 'age', code: 'OUT_OF_RANGE' },
      { path: 'kind', code: 'INVALID_FORMAT' },
    ]);
  });

  it('uses the code carried in a refinement’s params', () => {
    const s = z.string().refine((v) => v !== 'taken', { error: 'taken', params: { code: 'DUPLICATE' } });
    expect(refused(validateWith(s, 'taken'))).toEqual([{ path: '', code: 'DUPLICATE' }]);
  });

  it('falls back to INCONSISTENT for a refinement without a code', () => {
    const s = z
      .object({ a: z.number(), b: z.number() })
      .refine((v) => v.a < v.b, { error: 'a must be below b', path: ['b'] });
    expect(refused(validateWith(s, { a: 2, b: 1 }))).toEqual([{ path: 'b', code: 'INCONSISTENT' }]);
  });

  it('runs the cross-field rules on the parsed value and refuses when they find problems', () => {
    const extra = vi.fn((v: { name: string }) =>
      v.name === 'Ann' ? [problem('name', 'DUPLICATE', 'Ann exists')] : [],
    );
    const result = validateWith(schema, { name: ' Ann ', kind: 'B' }, extra);
    expect(extra).toHaveBeenCalledTimes(1);
    expect(extra.mock.calls[0]?.[0]).toMatchObject({ name: 'Ann', kind: 'B' });
    expect(result).toEqual({ ok: false, problems: [{ path: 'name', code: 'DUPLICATE', message: 'Ann exists' }] });
  });

  it('accepts when the cross-field rules find nothing', () => {
    const result = validateWith(schema, { name: 'Bob', kind: 'B' }, () => []);
    expect(result.ok).toBe(true);
  });

  it('does not run the cross-field rules when the schema already refused the input', () => {
    const extra = vi.fn(() => [problem('name', 'INCONSISTENT', 'never')]);
    expect(refused(validateWith(schema, { name: '' }, extra))).toEqual([
      { path: 'name', code: 'REQUIRED' },
      { path: 'kind', code: 'REQUIRED' },
    ]);
    expect(extra).not.toHaveBeenCalled();
  });
});
