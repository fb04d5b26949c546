import { describe, expect, it } from 'vitest';
import { validateAudience } from './audience.js';

describe('validateAudience', () => {
  it('accepts a minimal audience and fills the defaults', () => {
    expect(validateAudience({ name: '  Website visitors ' })).toEqual({
      ok: true,
      value: { name: 'Website visitors', description: null, position: 0 },
    });
  });

  it('keeps a description and position', () => {
    expect(validateAudience({ name: 'Job applicants', description: ' People who apply ', position: 3 })).toEqual({
      ok: true,
      value: { name: 'Job applicants', description: 'People who apply', position: 3 },
    });
  });

  it('turns an empty description into null', () => {
    expect(validateAudience({ name: 'Customers', description: '   ' })).toEqual({
      ok: true,
      value: { name: 'Customers', description: null, position: 0 },
    });
  });

  it.each([
    ['no name', {}, 'name', 'REQUIRED'],
    ['a blank name', { name: '  ' }, 'name', 'REQUIRED'],
    ['a name over 120 characters', { name: 'x'.repeat(121) }, 'name', 'TOO_LONG'],
    [
      'a description over 2000 characters',
      { name: 'Visitors', description: 'x'.repeat(2001) },
      'description',
      'TOO_LONG',
    ],
    ['a negative position', { name: 'Visitors', position: -1 }, 'position', 'OUT_OF_RANGE'],
    ['a fractional position', { name: 'Visitors', position: 0.5 }, 'position', 'INVALID_FORMAT'],
  ])('refuses %s', (_what, input, path, code) => {
    const result = validateAudience(input);
    expect(result.ok ? [] : result.problems.map((p) => ({ path: p.path, code: p.code }))).toEqual([{ path, code }]);
  });

  it('accepts a name of exactly 120 characters', () => {
    expect(validateAudience({ name: 'x'.repeat(120) }).ok).toBe(true);
  });

  it('names the field in the message', () => {
    expect(validateAudience({ name: '' })).toEqual({
      ok: false,
      problems: [{ path: 'name', code: 'REQUIRED', message: 'audience name is required' }],
    });
  });
});
