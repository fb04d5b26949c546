import { describe, expect, it } from 'vitest';
import { validateWith, type Problem, type Validated } from '../common/problem.js';
import {
  REPRESENTATIVE_REGIONS,
  RESERVED_SLUGS,
  displayName,
  establishmentCountries,
  establishmentCountry,
  mergeTenantProfile,
  slug,
  supervisoryAuthoritiesOf,
  authoritiesFor,
  slugFromName,
  tenantProfile,
  tenantProfileProblems,
  validateTenantProfile,
  type TenantProfile,
} from './tenant.js';

function accepted<T>(result: Validated<T>): T {
  if (!result.ok) throw new Error(`expected acceptance, got ${JSON.stringify(result.problems)}`);
  return result.value;
}
function refused(result: Validated<unknown>): Array<Pick<Problem, 'path' | 'code'>> {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.problems.map(({ path, code }) => ({ path, code }));
}

const MINIMAL = {
  legalName: 'Acme Ltd',
  contactEmail: 'privacy@acme.example',
  jurisdictions: ['EU_GDPR'],
  slug: 'acme',
};
const berlin = { streetAddress: 'Unter den Linden 1', locality: 'Berlin', country: 'de' };
const london = { streetAddress: '1 Main Street', locality: 'London', country: 'gb' };
const office = (label: string, registered?: boolean, addr: object = berlin) => ({
  label,
  address: addr,
  ...(registered === undefined ? {} : { registered }),
});
const representativeIn = (region: string) => ({ region, name: `${region} Rep Ltd`, address: berlin });

describe('slug', () => {
  it.each([
    ['acme', 'acme'],
    ['a1b', 'a1b'],
    ['123', '123'],
    ['acme-ltd', 'acme-ltd'],
    ['a-b-c', 'a-b-c'],
    ['  Acme-LTD  ', 'acme-ltd'],
    ['x'.repeat(63), 'x'.repeat(63)],
    ['admin-co', 'admin-co'],
    ['newco', 'newco'],
  ])('accepts %j as %j', (input, expected) => {
    expect(validateWith(slug, input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['shorter than 3 characters', 'ab', 'OUT_OF_RANGE'],
    ['longer than 63 characters', 'x'.repeat(64), 'TOO_LONG'],
    ['starting with a hyphen', '-acme', 'INVALID_FORMAT'],
    ['ending with a hyphen', 'acme-', 'INVALID_FORMAT'],
    ['with a space', 'acme ltd', 'INVALID_FORMAT'],
    ['with an underscore', 'acme_ltd', 'INVALID_FORMAT'],
    ['with a dot', 'acme.ltd', 'INVALID_FORMAT'],
    ['with an accent', 'café', 'INVALID_FORMAT'],
    ['with consecutive hyphens', 'acme--ltd', 'INVALID_FORMAT'],
    ['missing', undefined, 'REQUIRED'],
  ])('refuses a slug %s', (_what, input, code) => {
    expect(refused(validateWith(slug, input))).toEqual([{ path: '', code }]);
  });

  it('explains consecutive hyphens', () => {
    const result = validateWith(slug, 'a--b');
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      'slug must not contain consecutive hyphens',
    ]);
  });

  it.each([...RESERVED_SLUGS].filter((s) => s.length >= 3))(
    'refuses the reserved slug %j, in any case, with NOT_ALLOWED',
    (reserved) => {
      expect(validateWith(slug, reserved.toUpperCase())).toEqual({
        ok: false,
        problems: [{ path: '', code: 'NOT_ALLOWED', message: 'this slug is reserved' }],
      });
    },
  );

  it('refuses the reserved one-letter slug "p" as too short and reserved', () => {
    expect(refused(validateWith(slug, 'p'))).toEqual([
      { path: '', code: 'OUT_OF_RANGE' },
      { path: '', code: 'NOT_ALLOWED' },
    ]);
  });

  it('reserves the routes of the app', () => {
    expect([...RESERVED_SLUGS].sort()).toEqual([
      'admin',
      'api',
      'assets',
      'graphql',
      'healthz',
      'login',
      'metrics',
      'new',
      'p',
      'readyz',
      'static',
    ]);
  });
});

describe('slugFromName', () => {
  it.each([
    ['Acme Ltd', 'acme-ltd'],
    ['Café & Co', 'cafe-and-co'],
    ['Müller GmbH & Co. KG', 'muller-gmbh-and-co-kg'],
    ['Société Générale', 'societe-generale'],
    ['Crème Brûlée Ångström', 'creme-brulee-angstrom'],
    ['  --Acme--  ', 'acme'],
    ['Acme -- Ltd', 'acme-ltd'],
    ['A/B  Testing!!', 'a-b-testing'],
    ['3M', '3m-co'],
    ['AB', 'ab-co'],
    ['X', 'x-co'],
    ['', 'tenant-co'],
    ['!!!', 'tenant-co'],
    ['東京', 'tenant-co'],
    ['x'.repeat(70), 'x'.repeat(63)],
    [`${'a'.repeat(62)} b`, 'a'.repeat(62)],
  ])('turns %j into %j', (name, expected) => {
    expect(slugFromName(name)).toBe(expected);
  });

  it.each([
    ['Admin', 'admin-co'],
    ['API', 'api-co'],
    ['New', 'new-co'],
    ['Login', 'login-co'],
    ['P', 'p-co'],
  ])('does not suggest a reserved slug for %j', (name, expected) => {
    expect(slugFromName(name)).toBe(expected);
  });

  it.each([
    'Acme Ltd',
    'Café & Co',
    'Admin',
    'Metrics',
    'Static',
    '',
    '東京',
    'Ærø',
    '---',
    'x'.repeat(200),
    `${'a'.repeat(62)}-b`,
    'Ab & Cd',
  ])('always suggests a valid slug (%j)', (name) => {
    expect(validateWith(slug, slugFromName(name)).ok).toBe(true);
  });
});

describe('validateTenantProfile', () => {
  it('accepts a minimal profile and fills the defaults', () => {
    expect(validateTenantProfile(MINIMAL)).toEqual({
      ok: true,
      value: {
        legalName: 'Acme Ltd',
        tradingName: null,
        registrationNumber: null,
        groupEntities: [],
        offices: [],
        establishedIn: null,
        contactEmail: 'privacy@acme.example',
        contactPhone: null,
        website: null,
        dpo: null,
        representatives: [],
        supervisoryAuthorities: [],
        processorRole: { actsAsProcessor: null, services: null, requestHandling: null },
        certifications: [],
        jurisdictions: ['EU_GDPR'],
        defaultLanguage: 'en',
        slug: 'acme',
      },
    });
  });

  it('normalises a full profile', () => {
    const value = accepted(
      validateTenantProfile({
        legalName: '  Acme Holdings Ltd ',
        tradingName: '',
        registrationNumber: ' HRB 12345 ',
        groupEntities: [{ legalName: 'Acme Vietnam', country: 'vn', role: ' service delivery ', address: null }],
        offices: [office('HQ', true), office('London', false, london)],
        contactEmail: 'Privacy@ACME.example',
        contactPhone: ' +49 30 1234567 ',
        website: ' https://acme.example ',
        dpo: { name: 'Dana Pro', email: 'DPO@acme.example', phone: '' },
        representatives: [{ region: 'UK', name: 'Rep UK Ltd', email: '', address: london }],
        supervisoryAuthority: { name: 'BlnBDI', country: 'de', website: 'https://www.datenschutz-berlin.de' },
        jurisdictions: ['UK_GDPR', 'CH_FADP', 'EU_GDPR', 'UK_GDPR'],
        defaultLanguage: 'de',
        slug: ' ACME ',
      }),
    );
    expect(value).toEqual({
      legalName: 'Acme Holdings Ltd',
      tradingName: null,
      registrationNumber: 'HRB 12345',
      groupEntities: [
        { legalName: 'Acme Vietnam', country: 'VN', registrationNumber: null, role: 'service delivery', address: null },
      ],
      offices: [
        {
          label: 'HQ',
          registered: true,
          address: {
            streetAddress: 'Unter den Linden 1',
            locality: 'Berlin',
            region: null,
            postalCode: null,
            country: 'DE',
          },
        },
        {
          label: 'London',
          registered: false,
          address: {
            streetAddress: '1 Main Street',
            locality: 'London',
            region: null,
            postalCode: null,
            country: 'GB',
          },
        },
      ],
      establishedIn: null,
      contactEmail: 'privacy@acme.example',
      contactPhone: '+49 30 1234567',
      website: 'https://acme.example',
      dpo: { name: 'Dana Pro', email: 'dpo@acme.example', phone: null, address: null },
      representatives: [
        {
          region: 'UK',
          name: 'Rep UK Ltd',
          email: null,
          address: {
            streetAddress: '1 Main Street',
            locality: 'London',
            region: null,
            postalCode: null,
            country: 'GB',
          },
        },
      ],
      // The single authority of earlier input is the list's only entry, named for the policy as a whole.
      supervisoryAuthorities: [
        {
          name: 'BlnBDI',
          country: 'DE',
          website: 'https://www.datenschutz-berlin.de',
          email: null,
          phone: null,
          address: null,
          jurisdictions: [],
          establishment: null,
        },
      ],
      processorRole: { actsAsProcessor: null, services: null, requestHandling: null },
      certifications: [],
      jurisdictions: ['EU_GDPR', 'UK_GDPR', 'CH_FADP'],
      defaultLanguage: 'de',
      slug: 'acme',
    });
  });

  it('orders and de-duplicates jurisdictions in JURISDICTIONS order', () => {
    const value = accepted(
      validateTenantProfile({ ...MINIMAL, jurisdictions: ['CH_FADP', 'PIPEDA', 'CCPA_CPRA', 'PIPEDA', 'EU_GDPR'] }),
    );
    expect(value.jurisdictions).toEqual(['EU_GDPR', 'CCPA_CPRA', 'PIPEDA', 'CH_FADP']);
  });

  it('defaults an office to not registered', () => {
    expect(accepted(validateTenantProfile({ ...MINIMAL, offices: [office('HQ')] })).offices[0]?.registered).toBe(false);
  });

  it.each([
    ['no legal name', { legalName: undefined }, 'legalName', 'REQUIRED'],
    ['a blank legal name', { legalName: '  ' }, 'legalName', 'REQUIRED'],
    ['a legal name over 200 characters', { legalName: 'x'.repeat(201) }, 'legalName', 'TOO_LONG'],
    ['a trading name over 200 characters', { tradingName: 'x'.repeat(201) }, 'tradingName', 'TOO_LONG'],
    [
      'a registration number over 60 characters',
      { registrationNumber: '1'.repeat(61) },
      'registrationNumber',
      'TOO_LONG',
    ],
    ['no contact email', { contactEmail: undefined }, 'contactEmail', 'REQUIRED'],
    ['a malformed contact email', { contactEmail: 'privacy' }, 'contactEmail', 'INVALID_FORMAT'],
    ['a malformed phone number', { contactPhone: 'call 030 1234567' }, 'contactPhone', 'INVALID_FORMAT'],
    ['a website without a scheme', { website: 'acme.example' }, 'website', 'INVALID_FORMAT'],
    ['a website on ftp', { website: 'ftp://acme.example' }, 'website', 'INVALID_FORMAT'],
    ['no jurisdictions', { jurisdictions: [] }, 'jurisdictions', 'REQUIRED'],
    ['missing jurisdictions', { jurisdictions: undefined }, 'jurisdictions', 'REQUIRED'],
    ['an unknown jurisdiction', { jurisdictions: ['EU_GDPR', 'GDPR'] }, 'jurisdictions.1', 'INVALID_FORMAT'],
    [
      'too many jurisdictions',
      { jurisdictions: ['EU_GDPR', 'UK_GDPR', 'CCPA_CPRA', 'LGPD', 'PIPEDA', 'CH_FADP', 'EU_GDPR'] },
      'jurisdictions',
      'TOO_LONG',
    ],
    ['an unsupported language', { defaultLanguage: 'pt' }, 'defaultLanguage', 'INVALID_FORMAT'],
    ['no slug', { slug: undefined }, 'slug', 'REQUIRED'],
    ['a reserved slug', { slug: 'graphql' }, 'slug', 'NOT_ALLOWED'],
    ['a slug with consecutive hyphens', { slug: 'acme--ltd' }, 'slug', 'INVALID_FORMAT'],
    ['an office without a label', { offices: [{ address: berlin }] }, 'offices.0.label', 'REQUIRED'],
    ['an office without an address', { offices: [{ label: 'HQ' }] }, 'offices.0.address', 'REQUIRED'],
    [
      'an office in an unknown country',
      { offices: [office('HQ'), office('Other', false, { ...berlin, country: 'XX' })] },
      'offices.1.address.country',
      'INVALID_FORMAT',
    ],
    [
      'an office without a town',
      { offices: [office('HQ', true, { streetAddress: '1 Main St', country: 'DE' })] },
      'offices.0.address.locality',
      'REQUIRED',
    ],
    [
      'a group entity with an alpha-3 country',
      { groupEntities: [{ legalName: 'Acme Inc', country: 'USA' }] },
      'groupEntities.0.country',
      'INVALID_FORMAT',
    ],
    ['a group entity without a name', { groupEntities: [{ country: 'US' }] }, 'groupEntities.0.legalName', 'REQUIRED'],
    [
      'a representative outside EU, UK and CH',
      { representatives: [representativeIn('US')] },
      'representatives.0.region',
      'INVALID_FORMAT',
    ],
    [
      'a representative without a name',
      { representatives: [{ region: 'EU', address: berlin }] },
      'representatives.0.name',
      'REQUIRED',
    ],
    [
      'a representative without an address',
      { representatives: [{ region: 'EU', name: 'Rep' }] },
      'representatives.0.address',
      'REQUIRED',
    ],
    [
      'more than three representatives',
      { representatives: ['EU', 'UK', 'CH', 'EU'].map(representativeIn) },
      'representatives',
      'TOO_LONG',
    ],
    ['a DPO with a malformed email', { dpo: { email: 'dpo' } }, 'dpo.email', 'INVALID_FORMAT'],
    [
      'an authority without a name',
      { supervisoryAuthorities: [{ country: 'DE' }] },
      'supervisoryAuthorities.0.name',
      'REQUIRED',
    ],
    [
      'an authority in an unknown country',
      { supervisoryAuthority: { name: 'ICO', country: 'UK' } },
      'supervisoryAuthorities.0.country',
      'INVALID_FORMAT',
    ],
  ])('refuses %s', (_what, patch, path, code) => {
    expect(refused(validateTenantProfile({ ...MINIMAL, ...patch }))).toEqual([{ path, code }]);
  });

  it('refuses more than 50 offices', () => {
    const offices = Array.from({ length: 51 }, (_, i) => office(`Office ${i}`));
    expect(refused(validateTenantProfile({ ...MINIMAL, offices }))).toEqual([{ path: 'offices', code: 'TOO_LONG' }]);
  });

  it('refuses input that is not an object', () => {
    expect(refused(validateTenantProfile(null))).toEqual([{ path: '', code: 'REQUIRED' }]);
    expect(refused(validateTenantProfile([]))).toEqual([{ path: '', code: 'INVALID_FORMAT' }]);
  });

  describe('cross-field rules', () => {
    it('accepts one registered office among several', () => {
      expect(validateTenantProfile({ ...MINIMAL, offices: [office('A'), office('B', true), office('C')] }).ok).toBe(
        true,
      );
    });

    it('refuses a second registered office', () => {
      expect(
        validateTenantProfile({ ...MINIMAL, offices: [office('A', true), office('B'), office('C', true)] }),
      ).toEqual({
        ok: false,
        problems: [{ path: 'offices', code: 'INCONSISTENT', message: 'only one office can be the registered office' }],
      });
    });

    it('accepts one representative per region', () => {
      expect(
        validateTenantProfile({ ...MINIMAL, representatives: REPRESENTATIVE_REGIONS.map(representativeIn) }).ok,
      ).toBe(true);
    });

    it('refuses a second representative for a region, at the repeat', () => {
      expect(validateTenantProfile({ ...MINIMAL, representatives: ['EU', 'UK', 'EU'].map(representativeIn) })).toEqual({
        ok: false,
        problems: [
          { path: 'representatives.2.region', code: 'DUPLICATE', message: 'there is already a EU representative' },
        ],
      });
    });

    it('flags every repeat of a region', () => {
      expect(
        refused(validateTenantProfile({ ...MINIMAL, representatives: ['CH', 'CH', 'CH'].map(representativeIn) })),
      ).toEqual([
        { path: 'representatives.1.region', code: 'DUPLICATE' },
        { path: 'representatives.2.region', code: 'DUPLICATE' },
      ]);
    });

    it.each([
      ['a name only', { name: 'Dana Pro' }],
      ['nothing', {}],
      ['blank contact fields', { name: 'Dana Pro', email: '', phone: '  ', address: null }],
    ])('refuses a DPO with %s', (_what, dpo) => {
      expect(validateTenantProfile({ ...MINIMAL, dpo })).toEqual({
        ok: false,
        problems: [
          {
            path: 'dpo',
            code: 'INCONSISTENT',
            message: 'a DPO needs at least one way to be contacted (email, phone or address)',
          },
        ],
      });
    });

    it.each([
      ['an email', { email: 'dpo@acme.example' }],
      ['a phone number', { phone: '+49 30 1234567' }],
      ['an address', { address: berlin }],
    ])('accepts a DPO reachable by %s', (_what, dpo) => {
      expect(accepted(validateTenantProfile({ ...MINIMAL, dpo })).dpo).toMatchObject({ name: null });
    });

    it('reports all cross-field problems together', () => {
      expect(
        refused(
          validateTenantProfile({
            ...MINIMAL,
            offices: [office('A', true), office('B', true)],
            representatives: ['UK', 'UK'].map(representativeIn),
            dpo: { name: 'Dana' },
          }),
        ),
      ).toEqual([
        { path: 'offices', code: 'INCONSISTENT' },
        { path: 'representatives.1.region', code: 'DUPLICATE' },
        { path: 'dpo', code: 'INCONSISTENT' },
      ]);
    });
  });
});

describe('tenantProfileProblems', () => {
  it('finds nothing in a consistent profile', () => {
    expect(tenantProfileProblems(tenantProfile.parse(MINIMAL))).toEqual([]);
  });

  it('checks a parsed profile directly', () => {
    const parsed = tenantProfile.parse({ ...MINIMAL, offices: [office('A', true), office('B', true)] });
    expect(tenantProfileProblems(parsed).map((p) => [p.path, p.code])).toEqual([['offices', 'INCONSISTENT']]);
  });
});

describe('mergeTenantProfile', () => {
  const current: TenantProfile = accepted(
    validateTenantProfile({ ...MINIMAL, tradingName: 'Acme', offices: [office('HQ', true)] }),
  );

  it('applies the given fields and keeps the rest', () => {
    const merged = accepted(
      mergeTenantProfile(current, { contactEmail: 'NEW@acme.example', jurisdictions: ['UK_GDPR', 'EU_GDPR'] }),
    );
    expect(merged).toEqual({ ...current, contactEmail: 'new@acme.example', jurisdictions: ['EU_GDPR', 'UK_GDPR'] });
  });

  it('ignores fields given as undefined', () => {
    expect(mergeTenantProfile(current, { legalName: undefined, slug: undefined })).toEqual({
      ok: true,
      value: current,
    });
  });

  it('clears optional fields given as null or empty', () => {
    expect(accepted(mergeTenantProfile(current, { tradingName: null })).tradingName).toBeNull();
    expect(accepted(mergeTenantProfile(current, { tradingName: '' })).tradingName).toBeNull();
  });

  it('refuses clearing a required field', () => {
    expect(refused(mergeTenantProfile(current, { legalName: null }))).toEqual([
      { path: 'legalName', code: 'REQUIRED' },
    ]);
  });

  it('applies the same rules as a full profile', () => {
    expect(refused(mergeTenantProfile(current, { slug: 'admin' }))).toEqual([{ path: 'slug', code: 'NOT_ALLOWED' }]);
    expect(refused(mergeTenantProfile(current, { offices: [...current.offices, office('Second', true)] }))).toEqual([
      { path: 'offices', code: 'INCONSISTENT' },
    ]);
  });

  it('does not change the current profile', () => {
    const before = JSON.parse(JSON.stringify(current)) as unknown;
    mergeTenantProfile(current, { legalName: 'Other', offices: [] });
    expect(current).toEqual(before);
  });
});

describe('establishedIn', () => {
  it('takes the country of a controller without an office address, and refuses one that contradicts the registered office', () => {
    const base = {
      legalName: 'CloudSentric',
      contactEmail: 'privacy@cloudsentric.example',
      jurisdictions: ['UK_GDPR'],
      slug: 'cloudsentric',
    };
    expect(accepted(validateTenantProfile({ ...base, establishedIn: 'gb' })).establishedIn).toBe('GB');
    const result = validateTenantProfile({ ...base, establishedIn: 'FR', offices: [office('HQ', true, london)] });
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([['establishedIn', 'INCONSISTENT']]);
  });
});

describe('establishmentCountry', () => {
  const parse = (offices: unknown[]) => tenantProfile.parse({ ...MINIMAL, offices });

  it('is the country of the registered office', () => {
    expect(establishmentCountry(parse([office('London', false, london), office('Berlin', true)]))).toBe('DE');
  });

  it('falls back to the first office', () => {
    expect(establishmentCountry(parse([office('London', false, london), office('Berlin')]))).toBe('GB');
  });

  it('is null without offices', () => {
    expect(establishmentCountry({ offices: [] })).toBeNull();
    expect(establishmentCountry({ offices: [], establishedIn: 'GB' })).toBe('GB');
    expect(establishmentCountries(parse([office('London', false, london), office('Berlin', true)]))).toEqual([
      'GB',
      'DE',
    ]);
  });
});

describe('displayName', () => {
  it('prefers the trading name', () => {
    expect(displayName({ legalName: 'Acme Holdings Ltd', tradingName: 'Acme' })).toBe('Acme');
  });

  it('falls back to the legal name', () => {
    expect(displayName({ legalName: 'Acme Holdings Ltd', tradingName: null })).toBe('Acme Holdings Ltd');
  });
});

describe('REPRESENTATIVE_REGIONS', () => {
  it('are the EU, the UK and Switzerland', () => {
    expect(REPRESENTATIVE_REGIONS).toEqual(['EU', 'UK', 'CH']);
  });
});

describe('supervisoryAuthorities', () => {
  const ico = { name: "Information Commissioner's Office", country: 'GB', website: 'https://ico.org.uk' };
  const bfdi = { name: 'BfDI', country: 'DE' };
  const both = { ...MINIMAL, jurisdictions: ['EU_GDPR', 'UK_GDPR'] };
  const problems = (input: object) => {
    const result = validateTenantProfile(input);
    return result.ok ? [] : result.problems.map((p) => [p.path, p.code]);
  };

  it('names one authority per regime: the lead authority in the EU and the ICO', () => {
    const value = accepted(
      validateTenantProfile({
        ...both,
        supervisoryAuthorities: [
          { ...bfdi, jurisdictions: ['EU_GDPR', 'EU_GDPR'] },
          { ...ico, jurisdictions: ['UK_GDPR'] },
        ],
      }),
    );
    expect(value.supervisoryAuthorities.map((a) => [a.name, a.jurisdictions, a.establishment])).toEqual([
      ['BfDI', ['EU_GDPR'], null],
      ["Information Commissioner's Office", ['UK_GDPR'], null],
    ]);
    expect(authoritiesFor(value.supervisoryAuthorities, 'UK_GDPR').map((a) => a.name)).toEqual([ico.name]);
  });

  it('names one per establishment for the same regime, told apart by the establishment', () => {
    expect(
      problems({
        ...both,
        supervisoryAuthorities: [
          { ...bfdi, jurisdictions: ['EU_GDPR'], establishment: 'Acme GmbH' },
          { name: 'CNIL', country: 'FR', jurisdictions: ['EU_GDPR'], establishment: 'Acme SAS' },
        ],
      }),
    ).toEqual([]);
  });

  it.each([
    [
      'two authorities for the same regime without establishments',
      [
        { ...bfdi, jurisdictions: ['EU_GDPR'] },
        { name: 'CNIL', country: 'FR', jurisdictions: ['EU_GDPR'] },
      ],
      [['supervisoryAuthorities.1', 'DUPLICATE']],
    ],
    [
      'two authorities for the same establishment',
      [
        { ...bfdi, jurisdictions: ['EU_GDPR'], establishment: 'Acme GmbH' },
        { name: 'CNIL', country: 'FR', jurisdictions: ['EU_GDPR'], establishment: ' acme gmbh ' },
      ],
      [['supervisoryAuthorities.1', 'DUPLICATE']],
    ],
    [
      'an authority for every regime beside one for a regime',
      [bfdi, { ...ico, jurisdictions: ['UK_GDPR'] }],
      [['supervisoryAuthorities.1', 'DUPLICATE']],
    ],
    [
      'an authority for a regime the policy does not follow',
      [{ ...bfdi, jurisdictions: ['CH_FADP'] }],
      [['supervisoryAuthorities.0.jurisdictions', 'INCONSISTENT']],
    ],
  ])('refuses %s', (_what, supervisoryAuthorities, expected) => {
    expect(problems({ ...both, supervisoryAuthorities })).toEqual(expected);
  });

  it('reads the single authority of a version published before the list', () => {
    const legacy = { supervisoryAuthority: { ...ico, email: null, phone: null, website: null, address: null } };
    expect(supervisoryAuthoritiesOf(legacy)).toEqual([
      { ...legacy.supervisoryAuthority, jurisdictions: [], establishment: null },
    ]);
    expect(supervisoryAuthoritiesOf({ supervisoryAuthority: null })).toEqual([]);
    // An authority named without regimes stands for every regime.
    expect(authoritiesFor(supervisoryAuthoritiesOf(legacy), 'LGPD')).toHaveLength(1);
  });
});

describe('processorRole', () => {
  const problems = (processorRole: object) => {
    const result = validateTenantProfile({ ...MINIMAL, processorRole });
    return result.ok ? [] : result.problems.map((p) => [p.path, p.code]);
  };

  it('is unanswered until answered, and keeps its details with the answer yes', () => {
    expect(accepted(validateTenantProfile(MINIMAL)).processorRole.actsAsProcessor).toBeNull();
    const role = accepted(
      validateTenantProfile({
        ...MINIMAL,
        processorRole: {
          actsAsProcessor: true,
          services: ' the data customers upload to the platform ',
          requestHandling: 'FORWARDED_TO_CUSTOMER',
        },
      }),
    ).processorRole;
    expect(role).toEqual({
      actsAsProcessor: true,
      services: 'the data customers upload to the platform',
      requestHandling: 'FORWARDED_TO_CUSTOMER',
    });
  });

  it('refuses details with the answer no, and details without an answer', () => {
    expect(problems({ actsAsProcessor: false, services: 'uploads' })).toEqual([
      ['processorRole.services', 'INCONSISTENT'],
    ]);
    expect(problems({ requestHandling: 'REFERRED_TO_CUSTOMER' })).toEqual([
      ['processorRole.actsAsProcessor', 'REQUIRED'],
    ]);
    expect(problems({ actsAsProcessor: true, requestHandling: 'IGNORED' })).toEqual([
      ['processorRole.requestHandling', 'INVALID_FORMAT'],
    ]);
  });
});

describe('certifications', () => {
  const us = { streetAddress: '1 Market St', locality: 'San Francisco', region: 'CA', country: 'US' };
  const certified = { ...MINIMAL, offices: [office('HQ', true, us)] };
  const dpf = {
    framework: 'DATA_PRIVACY_FRAMEWORK',
    certifiedOn: '2023-10-01',
    ukExtension: true,
    recourseMechanism: { kind: 'US_ADR_PROVIDER', name: 'JAMS', url: 'https://www.jamsadr.com/dpf-dispute-resolution' },
    enforcementBody: 'FTC',
  };
  const problems = (input: object) => {
    const result = validateTenantProfile(input);
    return result.ok ? [] : result.problems.map((p) => [p.path, p.code]);
  };

  it('records a US controller’s DPF certification with its recourse mechanism and enforcement body', () => {
    expect(accepted(validateTenantProfile({ ...certified, certifications: [dpf] })).certifications).toEqual([
      { ...dpf, swissFramework: false },
    ]);
    // The recourse mechanism may be added later: completeness asks for it.
    expect(problems({ ...certified, certifications: [{ ...dpf, recourseMechanism: null }] })).toEqual([]);
    // The panel of EU data protection authorities needs no name.
    expect(
      problems({ ...certified, certifications: [{ ...dpf, recourseMechanism: { kind: 'EU_DPA_PANEL' } }] }),
    ).toEqual([]);
  });

  it.each([
    [
      'a controller established outside the US',
      { ...MINIMAL, offices: [office('HQ', true)], certifications: [dpf] },
      [['certifications.0.framework', 'INCONSISTENT']],
    ],
    [
      'no enforcement body',
      { ...certified, certifications: [{ ...dpf, enforcementBody: null }] },
      [['certifications.0.enforcementBody', 'REQUIRED']],
    ],
    [
      'an unnamed dispute resolution provider',
      { ...certified, certifications: [{ ...dpf, recourseMechanism: { kind: 'EU_ADR_PROVIDER' } }] },
      [['certifications.0.recourseMechanism.name', 'REQUIRED']],
    ],
    [
      'a certification without its date',
      { ...certified, certifications: [{ ...dpf, certifiedOn: null }] },
      [['certifications.0.certifiedOn', 'REQUIRED']],
    ],
    ['the same framework twice', { ...certified, certifications: [dpf, dpf] }, [['certifications', 'TOO_LONG']]],
  ])('refuses %s', (_what, input, expected) => {
    expect(problems(input)).toEqual(expected);
  });
});
