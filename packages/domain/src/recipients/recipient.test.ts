import { describe, expect, it } from 'vitest';
import type { Problem, Validated } from '../common/problem.js';
import {
  RECIPIENT_ROLES,
  recipient,
  recipientCountries,
  recipientProblems,
  recipientTransferGaps,
  validateRecipient,
} from './recipient.js';

function refused(result: Validated<unknown>): Array<Pick<Problem, 'path' | 'code'>> {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.problems.map(({ path, code }) => ({ path, code }));
}

const CATEGORY_A = '00000000-0000-4000-8000-00000000c001';
const CATEGORY_B = '00000000-0000-4000-8000-00000000c002';
const UNKNOWN = '00000000-0000-4000-8000-00000000ffff';

const PROCESSOR = { name: 'Mailjet', role: 'PROCESSOR', country: 'fr', service: 'email delivery' };
const paris = { streetAddress: '13-13 bis rue de l’Aubrac', locality: 'Paris', postalCode: '75012', country: 'FR' };

describe('RECIPIENT_ROLES', () => {
  it('are the GDPR roles plus CATEGORY', () => {
    expect(RECIPIENT_ROLES).toEqual(['PROCESSOR', 'INDEPENDENT_CONTROLLER', 'JOINT_CONTROLLER', 'CATEGORY']);
  });
});

describe('validateRecipient', () => {
  it('accepts a minimal processor and fills the defaults', () => {
    expect(validateRecipient(PROCESSOR)).toEqual({
      ok: true,
      value: {
        name: 'Mailjet',
        role: 'PROCESSOR',
        legalEntity: null,
        address: null,
        country: 'FR',
        processingCountries: [],
        service: 'email delivery',
        safeguards: [],
        transferDetails: null,
        dataPrivacyFramework: null,
        jointArrangement: null,
        dpaSignedOn: null,
        privacyPolicyUrl: null,
        optOutUrl: null,
        dataCategoryIds: [],
        position: 0,
      },
    });
  });

  it('takes the essence of an Art. 26 arrangement only for a joint controller', () => {
    const arrangement = 'We inform you and answer your requests; the partner runs the event.';
    expect(
      validateRecipient({
        name: 'Event partner',
        role: 'JOINT_CONTROLLER',
        country: 'DE',
        jointArrangement: arrangement,
      }),
    ).toMatchObject({ ok: true, value: { jointArrangement: arrangement } });
    const result = validateRecipient({ ...PROCESSOR, jointArrangement: arrangement });
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([
      ['jointArrangement', 'INCONSISTENT'],
    ]);
  });

  it('accepts a category of recipients without a country', () => {
    expect(validateRecipient({ name: 'Our professional advisers', role: 'CATEGORY' })).toMatchObject({
      ok: true,
      value: { role: 'CATEGORY', country: null, address: null },
    });
  });

  it('normalises countries, safeguards, dates and URLs', () => {
    const result = validateRecipient({
      ...PROCESSOR,
      address: { ...paris, country: 'fr' },
      processingCountries: ['us', 'IE', 'US', ' ie '],
      safeguards: [
        'DEROGATION',
        'STANDARD_CONTRACTUAL_CLAUSES',
        'DATA_PRIVACY_FRAMEWORK',
        'STANDARD_CONTRACTUAL_CLAUSES',
      ],
      transferDetails: ' Art. 49(1)(b) ',
      dataPrivacyFramework: { certifiedOn: '2023-07-17', ukExtension: true },
      dpaSignedOn: '2023-05-17',
      privacyPolicyUrl: ' https://www.mailjet.com/privacy-policy/ ',
      optOutUrl: '',
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        address: { ...paris, region: null },
        processingCountries: ['IE', 'US'],
        safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'DATA_PRIVACY_FRAMEWORK', 'DEROGATION'],
        transferDetails: 'Art. 49(1)(b)',
        dataPrivacyFramework: { certifiedOn: '2023-07-17', ukExtension: true, swissFramework: false },
        dpaSignedOn: '2023-05-17',
        privacyPolicyUrl: 'https://www.mailjet.com/privacy-policy/',
        optOutUrl: null,
      },
    });
  });

  it.each([
    ['no name', { ...PROCESSOR, name: ' ' }, 'name', 'REQUIRED'],
    ['no role', { ...PROCESSOR, role: undefined }, 'role', 'REQUIRED'],
    ['an unknown role', { ...PROCESSOR, role: 'SUBPROCESSOR' }, 'role', 'INVALID_FORMAT'],
    ['an unknown country', { ...PROCESSOR, country: 'EU' }, 'country', 'INVALID_FORMAT'],
    [
      'an unknown processing country',
      { ...PROCESSOR, processingCountries: ['US', 'USA'] },
      'processingCountries.1',
      'INVALID_FORMAT',
    ],
    ['an unknown safeguard', { ...PROCESSOR, safeguards: ['TRUST_ME'] }, 'safeguards.0', 'INVALID_FORMAT'],
    ['a DPA date that does not exist', { ...PROCESSOR, dpaSignedOn: '2023-02-30' }, 'dpaSignedOn', 'INVALID_FORMAT'],
    [
      'a DPF certification without its date',
      { ...PROCESSOR, dataPrivacyFramework: { ukExtension: true } },
      'dataPrivacyFramework.certifiedOn',
      'REQUIRED',
    ],
    [
      'a privacy policy URL without a scheme',
      { ...PROCESSOR, privacyPolicyUrl: 'mailjet.com/privacy' },
      'privacyPolicyUrl',
      'INVALID_FORMAT',
    ],
    [
      'a repeated data category',
      { ...PROCESSOR, dataCategoryIds: [CATEGORY_A, CATEGORY_A] },
      'dataCategoryIds',
      'DUPLICATE',
    ],
    [
      'an address without a street',
      { ...PROCESSOR, address: { locality: 'Paris', country: 'FR' } },
      'address.streetAddress',
      'REQUIRED',
    ],
  ])('refuses %s', (_what, input, path, code) => {
    expect(refused(validateRecipient(input))).toEqual([{ path, code }]);
  });

  describe('cross-field rules', () => {
    it.each(['PROCESSOR', 'INDEPENDENT_CONTROLLER', 'JOINT_CONTROLLER'])('a %s needs a country', (role) => {
      expect(validateRecipient({ name: 'Acme', role, service: 'x' })).toEqual({
        ok: false,
        problems: [
          { path: 'country', code: 'REQUIRED', message: 'give the country where this recipient is established' },
        ],
      });
    });

    it('a processor needs a service', () => {
      expect(validateRecipient({ ...PROCESSOR, service: '' })).toEqual({
        ok: false,
        problems: [{ path: 'service', code: 'REQUIRED', message: 'say which service the processor provides' }],
      });
    });

    it.each(['INDEPENDENT_CONTROLLER', 'JOINT_CONTROLLER'])('a %s needs no service', (role) => {
      expect(validateRecipient({ name: 'Acme', role, country: 'DE' }).ok).toBe(true);
    });

    it('refuses Privacy Shield in a current draft', () => {
      expect(validateRecipient({ ...PROCESSOR, country: 'US', safeguards: ['PRIVACY_SHIELD'] })).toEqual({
        ok: false,
        problems: [
          {
            path: 'safeguards',
            code: 'NOT_ALLOWED',
            message: 'Privacy Shield was invalidated in July 2020; use the Data Privacy Framework or SCCs',
          },
        ],
      });
    });

    it('refuses Privacy Shield wherever it stands among the safeguards', () => {
      expect(
        refused(
          validateRecipient({
            ...PROCESSOR,
            country: 'US',
            safeguards: ['PRIVACY_SHIELD', 'STANDARD_CONTRACTUAL_CLAUSES'],
          }),
        ),
      ).toEqual([{ path: 'safeguards', code: 'NOT_ALLOWED' }]);
    });

    it('a derogation needs transfer details', () => {
      expect(validateRecipient({ ...PROCESSOR, safeguards: ['DEROGATION'] })).toEqual({
        ok: false,
        problems: [{ path: 'transferDetails', code: 'REQUIRED', message: 'name the Art. 49 derogation relied on' }],
      });
      expect(
        validateRecipient({
          ...PROCESSOR,
          safeguards: ['DEROGATION'],
          transferDetails: 'Art. 49(1)(a) explicit consent',
        }).ok,
      ).toBe(true);
    });

    it('the Data Privacy Framework needs the recipient’s certification', () => {
      expect(validateRecipient({ ...PROCESSOR, country: 'US', safeguards: ['DATA_PRIVACY_FRAMEWORK'] })).toEqual({
        ok: false,
        problems: [
          {
            path: 'dataPrivacyFramework',
            code: 'REQUIRED',
            message:
              'give the recipient’s Data Privacy Framework certification: its date and whether it includes the UK Extension and the Swiss-US framework',
          },
        ],
      });
      expect(
        validateRecipient({
          ...PROCESSOR,
          country: 'US',
          safeguards: ['DATA_PRIVACY_FRAMEWORK'],
          dataPrivacyFramework: { certifiedOn: '2024-09-20', swissFramework: true },
        }),
      ).toMatchObject({
        ok: true,
        value: { dataPrivacyFramework: { certifiedOn: '2024-09-20', ukExtension: false, swissFramework: true } },
      });
    });

    it('a certification may be recorded without relying on it', () => {
      expect(
        validateRecipient({ ...PROCESSOR, dataPrivacyFramework: { certifiedOn: '2023-07-17', ukExtension: true } }).ok,
      ).toBe(true);
    });

    it('other safeguards need no transfer details', () => {
      expect(
        validateRecipient({ ...PROCESSOR, safeguards: ['STANDARD_CONTRACTUAL_CLAUSES', 'BINDING_CORPORATE_RULES'] }).ok,
      ).toBe(true);
    });

    it('the address must be in the recipient’s country', () => {
      expect(validateRecipient({ ...PROCESSOR, country: 'DE', address: paris })).toEqual({
        ok: false,
        problems: [
          {
            path: 'address.country',
            code: 'INCONSISTENT',
            message: 'the address is in a different country from the recipient',
          },
        ],
      });
      expect(validateRecipient({ ...PROCESSOR, country: 'fr', address: { ...paris, country: 'fr' } }).ok).toBe(true);
    });

    it('a category may have an address without a country', () => {
      expect(validateRecipient({ name: 'Our advisers', role: 'CATEGORY', address: paris }).ok).toBe(true);
    });

    it('refuses unknown data categories at their index, when the context lists them', () => {
      const ctx = { dataCategoryIds: new Set([CATEGORY_A, CATEGORY_B]) };
      expect(validateRecipient({ ...PROCESSOR, dataCategoryIds: [CATEGORY_B, UNKNOWN, CATEGORY_A] }, ctx)).toEqual({
        ok: false,
        problems: [{ path: 'dataCategoryIds.1', code: 'UNKNOWN_REFERENCE', message: 'no such data category' }],
      });
      expect(validateRecipient({ ...PROCESSOR, dataCategoryIds: [CATEGORY_B, CATEGORY_A] }, ctx).ok).toBe(true);
    });

    it('does not check data categories without the context', () => {
      expect(validateRecipient({ ...PROCESSOR, dataCategoryIds: [UNKNOWN] }).ok).toBe(true);
    });

    it('reports every cross-field problem in order', () => {
      expect(
        refused(
          validateRecipient(
            {
              name: 'Shady Ltd',
              role: 'PROCESSOR',
              safeguards: ['PRIVACY_SHIELD', 'DEROGATION'],
              address: paris,
              dataCategoryIds: [UNKNOWN],
            },
            { dataCategoryIds: new Set() },
          ),
        ),
      ).toEqual([
        { path: 'country', code: 'REQUIRED' },
        { path: 'service', code: 'REQUIRED' },
        { path: 'safeguards', code: 'NOT_ALLOWED' },
        { path: 'transferDetails', code: 'REQUIRED' },
        { path: 'dataCategoryIds.0', code: 'UNKNOWN_REFERENCE' },
      ]);
    });
  });
});

describe('recipientProblems', () => {
  it('finds nothing in a consistent parsed recipient', () => {
    expect(recipientProblems(recipient.parse(PROCESSOR))).toEqual([]);
  });
});

describe('recipientCountries', () => {
  it('lists the country of establishment first, then the processing countries, once each', () => {
    expect(recipientCountries({ country: 'US', processingCountries: ['IE', 'US', 'IN'] })).toEqual(['US', 'IE', 'IN']);
  });

  it('lists only processing countries without an establishment', () => {
    expect(recipientCountries({ country: null, processingCountries: ['DE'] })).toEqual(['DE']);
    expect(recipientCountries({ country: null, processingCountries: [] })).toEqual([]);
  });
});

describe('recipientTransferGaps', () => {
  it('checks every country the data reaches against the recipient’s safeguards', () => {
    const r = recipient.parse({
      ...PROCESSOR,
      country: 'US',
      processingCountries: ['IE', 'IN'],
      safeguards: ['DATA_PRIVACY_FRAMEWORK'],
      dataPrivacyFramework: { certifiedOn: '2023-07-17' },
    });
    expect(recipientTransferGaps(r, ['EU_GDPR', 'CCPA_CPRA'])).toEqual([
      { jurisdiction: 'EU_GDPR', countries: ['IN'], reason: 'DPF_ONLY_COVERS_US' },
    ]);
    expect(recipientTransferGaps(r, ['UK_GDPR'])).toEqual([
      { jurisdiction: 'UK_GDPR', countries: ['US'], reason: 'DPF_NOT_CERTIFIED' },
      { jurisdiction: 'UK_GDPR', countries: ['IN'], reason: 'DPF_ONLY_COVERS_US' },
    ]);
  });

  it('reads a recipient of an older snapshot, without a certification field, as uncertified', () => {
    expect(
      recipientTransferGaps({ country: 'US', processingCountries: [], safeguards: ['DATA_PRIVACY_FRAMEWORK'] }, [
        'EU_GDPR',
      ]),
    ).toEqual([{ jurisdiction: 'EU_GDPR', countries: ['US'], reason: 'DPF_NOT_CERTIFIED' }]);
  });

  it('finds nothing for a recipient inside the area', () => {
    expect(recipientTransferGaps(recipient.parse(PROCESSOR), ['EU_GDPR'])).toEqual([]);
  });

  it('finds an unsafeguarded US processor under the UK GDPR', () => {
    expect(recipientTransferGaps({ country: 'US', processingCountries: [], safeguards: [] }, ['UK_GDPR'])).toEqual([
      { jurisdiction: 'UK_GDPR', countries: ['US'], reason: 'NO_SAFEGUARD' },
    ]);
  });
});
