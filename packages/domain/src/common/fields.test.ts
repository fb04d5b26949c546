import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  address,
  countryCode,
  email,
  httpUrl,
  id,
  idList,
  isCountryCode,
  optionalEmail,
  optionalPhone,
  optionalPlainDate,
  optionalText,
  optionalUrl,
  plainDate,
  position,
  requiredText,
} from './fields.js';
import { validateWith, type Problem } from './problem.js';

/** The value a schema produces, or the problems (path and code) it reports. */
function check(
  schema: z.ZodType,
  input: unknown,
): { value: unknown } | { problems: Array<Pick<Problem, 'path' | 'code'>> } {
  const result = validateWith(schema, input);
  return result.ok ? { value: result.value } : { problems: result.problems.map(({ path, code }) => ({ path, code })) };
}
const refusedWith = (code: Problem['code'], path = '') => ({ problems: [{ path, code }] });

const ID_1 = '00000000-0000-4000-8000-000000000001';
const ID_2 = '00000000-0000-4000-8000-000000000002';

describe('requiredText', () => {
  const name = requiredText(10, 'name');

  it('trims the text', () => {
    expect(check(name, '  Acme  ')).toEqual({ value: 'Acme' });
  });

  it('accepts text of exactly the maximum length', () => {
    expect(check(name, 'x'.repeat(10))).toEqual({ value: 'x'.repeat(10) });
  });

  it('measures the length after trimming', () => {
    expect(check(name, `  ${'x'.repeat(10)}  `)).toEqual({ value: 'x'.repeat(10) });
  });

  it.each([
    ['missing', undefined, 'REQUIRED'],
    ['null', null, 'REQUIRED'],
    ['empty', '', 'REQUIRED'],
    ['blank', '   ', 'REQUIRED'],
    ['too long', 'x'.repeat(11), 'TOO_LONG'],
    ['not a string', 5, 'INVALID_FORMAT'],
  ])('refuses %s text', (_what, input, code) => {
    expect(check(name, input)).toEqual(refusedWith(code as Problem['code']));
  });

  it('names the field in its messages', () => {
    expect(validateWith(name, '')).toEqual({
      ok: false,
      problems: [{ path: '', code: 'REQUIRED', message: 'name is required' }],
    });
    expect(validateWith(name, 'x'.repeat(11))).toEqual({
      ok: false,
      problems: [{ path: '', code: 'TOO_LONG', message: 'name must be at most 10 characters' }],
    });
  });
});

describe('optionalText', () => {
  const note = optionalText(5, 'note');

  it.each([
    ['undefined', undefined, null],
    ['null', null, null],
    ['an empty string', '', null],
    ['a blank string', '  \t ', null],
    ['text, trimmed', '  hi  ', 'hi'],
  ])('turns %s into %j', (_what, input, expected) => {
    expect(check(note, input)).toEqual({ value: expected });
  });

  it('refuses text over the maximum with TOO_LONG', () => {
    expect(check(note, '123456')).toEqual(refusedWith('TOO_LONG'));
  });

  it('refuses a value that is not a string', () => {
    expect(check(note, 12)).toEqual(refusedWith('INVALID_FORMAT'));
  });
});

describe('email', () => {
  it('lower-cases the address', () => {
    expect(check(email, 'Privacy@Example.COM')).toEqual({ value: 'privacy@example.com' });
  });

  it.each([
    ['missing', undefined, 'REQUIRED'],
    ['without an @', 'privacy.example.com', 'INVALID_FORMAT'],
    ['without a domain', 'privacy@', 'INVALID_FORMAT'],
    ['empty', '', 'INVALID_FORMAT'],
  ])('refuses an address that is %s', (_what, input, code) => {
    expect(check(email, input)).toEqual(refusedWith(code as Problem['code']));
  });

  it('refuses addresses longer than 254 characters', () => {
    const long = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(60)}.com`;
    expect(long.length).toBeGreaterThan(254);
    expect(check(email, long)).toEqual(refusedWith('TOO_LONG'));
  });
});

describe('optionalEmail', () => {
  it.each([
    ['undefined', undefined, null],
    ['null', null, null],
    ['an empty string', '', null],
    ['a blank string', '   ', null],
    ['a padded, mixed-case address', '  DPO@Example.org ', 'dpo@example.org'],
  ])('turns %s into %j', (_what, input, expected) => {
    expect(check(optionalEmail, input)).toEqual({ value: expected });
  });

  it('refuses a malformed address', () => {
    expect(check(optionalEmail, 'dpo at example.org')).toEqual(refusedWith('INVALID_FORMAT'));
  });
});

describe('httpUrl and optionalUrl', () => {
  it.each(['https://example.com', 'http://example.com/privacy?x=1'])('httpUrl accepts %s', (url) => {
    expect(check(httpUrl, url)).toEqual({ value: url });
  });

  it.each(['ftp://example.com', 'mailto:dpo@example.com', 'javascript:alert(1)', 'example.com', 'not a url'])(
    'httpUrl refuses %s',
    (url) => {
      expect(check(httpUrl, url)).toEqual(refusedWith('INVALID_FORMAT'));
    },
  );

  it('httpUrl refuses URLs longer than 2048 characters', () => {
    expect(check(httpUrl, `https://example.com/${'a'.repeat(2030)}`)).toEqual(refusedWith('TOO_LONG'));
  });

  it.each([
    ['undefined', undefined, null],
    ['null', null, null],
    ['an empty string', '', null],
    ['a blank string', '  ', null],
    ['a padded URL', '  https://example.com/privacy  ', 'https://example.com/privacy'],
  ])('optionalUrl turns %s into %j', (_what, input, expected) => {
    expect(check(optionalUrl, input)).toEqual({ value: expected });
  });

  it('optionalUrl refuses a non-http scheme', () => {
    expect(check(optionalUrl, 'ftp://example.com')).toEqual(refusedWith('INVALID_FORMAT'));
  });
});

describe('optionalPhone', () => {
  it.each(['+44 (20) 7946-0958', '030 1234567', '+1.555.010.9999', '12345', '0049/30/1234'])('accepts %s', (phone) => {
    expect(check(optionalPhone, phone)).toEqual({ value: phone });
  });

  it.each([
    ['undefined', undefined, null],
    ['an empty string', '', null],
    ['a blank string', '   ', null],
    ['a padded number', '  +33 1 23 45 67 89 ', '+33 1 23 45 67 89'],
  ])('turns %s into %j', (_what, input, expected) => {
    expect(check(optionalPhone, input)).toEqual({ value: expected });
  });

  it.each([
    ['letters', 'call 12345', 'INVALID_FORMAT'],
    ['a plus sign inside', '12+345678', 'INVALID_FORMAT'],
    ['fewer than 5 digits', '(12) 34', 'INVALID_FORMAT'],
    ['more than 40 characters', '1'.repeat(41), 'TOO_LONG'],
  ])('refuses a number with %s', (_what, input, code) => {
    expect(check(optionalPhone, input)).toEqual(refusedWith(code as Problem['code']));
  });
});

describe('countryCode', () => {
  it.each([
    ['de', 'DE'],
    [' gb ', 'GB'],
    ['US', 'US'],
  ])('normalises %j to %j', (input, expected) => {
    expect(check(countryCode, input)).toEqual({ value: expected });
  });

  it.each([
    ['an alpha-3 code', 'DEU', 'INVALID_FORMAT'],
    ['an unassigned code', 'XX', 'INVALID_FORMAT'],
    ['UK (the ISO code is GB)', 'UK', 'INVALID_FORMAT'],
    ['an empty string', '', 'INVALID_FORMAT'],
    ['a missing value', undefined, 'REQUIRED'],
  ])('refuses %s', (_what, input, code) => {
    expect(check(countryCode, input)).toEqual(refusedWith(code as Problem['code']));
  });
});

describe('isCountryCode', () => {
  it.each([
    ['DE', true],
    ['de', true],
    ['BR', true],
    ['DEU', false],
    ['276', false],
    ['XX', false],
    ['UK', false],
    ['', false],
  ])('isCountryCode(%j) is %s', (value, expected) => {
    expect(isCountryCode(value)).toBe(expected);
  });
});

describe('plainDate and optionalPlainDate', () => {
  it.each(['2024-02-29', '2023-12-31', '2000-02-29'])('plainDate accepts %s', (date) => {
    expect(check(plainDate, date)).toEqual({ value: date });
  });

  it.each(['2023-02-29', '2023-04-31', '1900-02-29', '2023-13-01', '2023-1-5', '2023-01-05T00:00:00Z', '05/01/2023'])(
    'plainDate refuses %s',
    (date) => {
      expect(check(plainDate, date)).toEqual(refusedWith('INVALID_FORMAT'));
    },
  );

  it.each([
    ['undefined', undefined, null],
    ['null', null, null],
    ['an empty string', '', null],
    ['a date', '2021-06-01', '2021-06-01'],
  ])('optionalPlainDate turns %s into %j', (_what, input, expected) => {
    expect(check(optionalPlainDate, input)).toEqual({ value: expected });
  });

  it('optionalPlainDate refuses a date that does not exist', () => {
    expect(check(optionalPlainDate, '2021-02-30')).toEqual(refusedWith('INVALID_FORMAT'));
  });
});

describe('address', () => {
  it('accepts a minimal address and normalises it', () => {
    expect(
      check(address, {
        streetAddress: ' 1 Main Street ',
        locality: 'London',
        country: 'gb',
        region: '',
        postalCode: ' EC1A 1BB ',
      }),
    ).toEqual({
      value: {
        streetAddress: '1 Main Street',
        locality: 'London',
        region: null,
        postalCode: 'EC1A 1BB',
        country: 'GB',
      },
    });
  });

  it('reports each missing or invalid field by its path', () => {
    expect(check(address, { streetAddress: '', country: 'ZZ', postalCode: '1'.repeat(21) })).toEqual({
      problems: [
        { path: 'streetAddress', code: 'REQUIRED' },
        { path: 'locality', code: 'REQUIRED' },
        { path: 'postalCode', code: 'TOO_LONG' },
        { path: 'country', code: 'INVALID_FORMAT' },
      ],
    });
  });
});

describe('position', () => {
  it('defaults to 0', () => {
    expect(check(position, undefined)).toEqual({ value: 0 });
  });

  it.each([0, 7, 100_000])('accepts %i', (n) => {
    expect(check(position, n)).toEqual({ value: n });
  });

  it.each([
    [-1, 'OUT_OF_RANGE'],
    [100_001, 'OUT_OF_RANGE'],
    [1.5, 'INVALID_FORMAT'],
    ['1', 'INVALID_FORMAT'],
  ])('refuses %j', (n, code) => {
    expect(check(position, n)).toEqual(refusedWith(code as Problem['code']));
  });
});

describe('id', () => {
  it('accepts a UUID', () => {
    expect(check(id, ID_1)).toEqual({ value: ID_1 });
  });

  it.each(['42', 'not-a-uuid', '00000000-0000-0000-0000-00000000000g'])('refuses %j', (value) => {
    expect(validateWith(id, value)).toEqual({
      ok: false,
      problems: [{ path: '', code: 'INVALID_FORMAT', message: 'must be an id' }],
    });
  });
});

describe('idList', () => {
  const list = idList('audiences');

  it('defaults to an empty list', () => {
    expect(check(list, undefined)).toEqual({ value: [] });
  });

  it('keeps the ids in the given order', () => {
    expect(check(list, [ID_2, ID_1])).toEqual({ value: [ID_2, ID_1] });
  });

  it('refuses a repeated id with DUPLICATE', () => {
    expect(validateWith(list, [ID_1, ID_2, ID_1])).toEqual({
      ok: false,
      problems: [{ path: '', code: 'DUPLICATE', message: 'audiences must not repeat' }],
    });
  });

  it('refuses an entry that is not an id, at its index', () => {
    expect(check(list, [ID_1, 'nope'])).toEqual(refusedWith('INVALID_FORMAT', '1'));
  });

  it('refuses more than 500 ids', () => {
    const ids = Array.from({ length: 501 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(check(list, ids)).toEqual(refusedWith('TOO_LONG'));
  });
});

describe('email trimming', () => {
  it('trims and lower-cases a required email like the optional ones', () => {
    expect(email.parse('  Privacy@Acme.Example ')).toBe('privacy@acme.example');
  });
});
