import { describe, expect, it } from 'vitest';
import { validateRequestIntake } from './request-intake.js';
import { REQUESTER_NAME_MAX } from './requester-name.js';

const intake = (requesterName: unknown) =>
  validateRequestIntake({ type: 'ACCESS', jurisdiction: 'EU_GDPR', requesterName, email: 'someone@example.test' });
const problemsOf = (requesterName: unknown) => {
  const r = intake(requesterName);
  return r.ok ? [] : r.problems;
};

describe('a requester name', () => {
  it.each([
    'Ada Lovelace',
    "Seán O'Brien",
    'Mary-Jane Smith-Jones',
    'Zoë Ångström-Dubois',
    'François Müller',
    'J. R. R. Tolkien',
    'J.R.R. Tolkien',
    'Dr. Anna Schmidt',
    'St. John Rivers',
    'María José García Pérez',
    'Nguyễn Thị Minh Khai',
    '山田 太郎',
    '김민준',
    'Александр Пушкин',
    'محمد بن سلمان',
    'דוד בן-גוריון',
    'Αλέξανδρος Παπαδόπουλος',
    'प्रिया शर्मा',
    'سیاوش\u200cکسرایی', // Persian, with the zero-width non-joiner the script needs
    'Ngũgĩ wa Thiong’o',
    'Lina Www',
    'Ana 2nd',
    'x'.repeat(REQUESTER_NAME_MAX),
  ])('%s is accepted', (name) => {
    expect(intake(name)).toMatchObject({ ok: true, value: { requesterName: name } });
  });

  it('is trimmed', () => {
    expect(intake('  Ada Lovelace \n')).toMatchObject({ ok: true, value: { requesterName: 'Ada Lovelace' } });
  });

  it.each([
    [
      'the reported attack',
      'customer. URGENT: your account is suspended, restore it at https://evil.example \n\nRegards',
    ],
    ['a second line', 'Ada\nURGENT: call us'],
    ['a carriage return', 'Ada\rLovelace'],
    ['a tab', 'Ada\tLovelace'],
    ['a C1 control', 'Ada\u0085Lovelace'],
    ['a line separator', 'Ada\u2028Lovelace'],
    ['a right-to-left override', 'Ada \u202Emoc.live'],
    ['a URL', 'https://evil.example'],
    ['a scheme alone', 'see http evil'],
    ['a scheme-relative link', 'Ada //evil.example'],
    ['://', 'ftp://x'],
    ['www.', 'visit www.evil'],
    ['a bare domain', 'restore at evil.example'],
    ['a domain in capitals', 'EVIL.COM'],
    ['a domain with a path', 'bank.com/login'],
    ['a subdomain', 'login.evil.co.uk'],
    ['an internationalised domain', 'пример.рф'],
    ['an ideographic dot', 'evil\u3002example'],
    ['a full-width dot', 'evil\uff0eexample'],
    ['an email address', 'ada@evil.example'],
    ['an IPv4 address', 'go to 192.0.2.1 now'],
    ['markup', '<a href=x>Ada</a>'],
    ['a lone angle bracket', 'Ada > Bob'],
    ['a full-width angle bracket', '\uff1cb\uff1eAda'],
  ])('with %s is refused as INVALID_FORMAT on requesterName', (_, name) => {
    const problems = problemsOf(name);
    expect(problems).toEqual([
      { path: 'requesterName', code: 'INVALID_FORMAT', message: expect.stringMatching(/^requester name must/) },
    ]);
  });

  it('is at most REQUESTER_NAME_MAX characters', () => {
    expect(problemsOf('x'.repeat(REQUESTER_NAME_MAX + 1))).toEqual([
      {
        path: 'requesterName',
        code: 'TOO_LONG',
        message: `requester name must be at most ${REQUESTER_NAME_MAX} characters`,
      },
    ]);
  });

  it('is required', () => {
    expect(problemsOf('   ')).toEqual([expect.objectContaining({ path: 'requesterName', code: 'REQUIRED' })]);
    expect(problemsOf(undefined)).toEqual([expect.objectContaining({ path: 'requesterName', code: 'REQUIRED' })]);
  });
});
