import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, type Jurisdiction, type TransferArea } from '../jurisdictions/jurisdiction.js';
import {
  ADEQUATE_COUNTRIES,
  AREA_COUNTRIES,
  INSTRUMENTS,
  LEGACY_SAFEGUARDS,
  TRANSFER_INSTRUMENTS,
  TRANSFER_LAW_IN_FORCE,
  TRANSFER_SAFEGUARDS,
  coveringInstruments,
  dataPrivacyFrameworkCertification,
  instrumentInForceOn,
  isInternationalTransfer,
  isRestrictedTransfer,
  transferGaps,
  transferInstrument,
  type DataPrivacyFrameworkCertification,
  type TransferSafeguard,
} from './transfer.js';

const AREAS: TransferArea[] = ['EEA', 'UK', 'CH', 'BR'];

/** A certification to every part of the Data Privacy Framework. */
const ALL_PARTS: DataPrivacyFrameworkCertification = {
  certifiedOn: '2023-07-17',
  ukExtension: true,
  swissFramework: true,
};
const EU_ONLY: DataPrivacyFrameworkCertification = { ...ALL_PARTS, ukExtension: false, swissFramework: false };

describe('safeguard lists', () => {
  it('list the transfer mechanisms', () => {
    expect(TRANSFER_SAFEGUARDS).toEqual([
      'ADEQUACY_DECISION',
      'STANDARD_CONTRACTUAL_CLAUSES',
      'UK_IDTA',
      'UK_ADDENDUM',
      'DATA_PRIVACY_FRAMEWORK',
      'PRIVACY_SHIELD',
      'BINDING_CORPORATE_RULES',
      'DEROGATION',
    ]);
  });

  it('treat only Privacy Shield as legacy', () => {
    expect([...LEGACY_SAFEGUARDS]).toEqual(['PRIVACY_SHIELD']);
  });
});

describe('AREA_COUNTRIES and ADEQUATE_COUNTRIES', () => {
  it('the EEA is the 27 EU states plus Iceland, Liechtenstein and Norway', () => {
    expect(AREA_COUNTRIES.EEA).toHaveLength(30);
    expect(new Set(AREA_COUNTRIES.EEA).size).toBe(30);
    for (const c of ['DE', 'FR', 'IE', 'IS', 'LI', 'NO']) expect(AREA_COUNTRIES.EEA).toContain(c);
    for (const c of ['GB', 'CH', 'US']) expect(AREA_COUNTRIES.EEA).not.toContain(c);
  });

  it('the single-country areas are the UK, Switzerland and Brazil', () => {
    expect(AREA_COUNTRIES.UK).toEqual(['GB']);
    expect(AREA_COUNTRIES.CH).toEqual(['CH']);
    expect(AREA_COUNTRIES.BR).toEqual(['BR']);
  });

  it.each(AREAS)('no adequacy list of %s names the US (the DPF covers it) or the area itself', (area) => {
    expect(ADEQUATE_COUNTRIES[area]).not.toContain('US');
    for (const c of AREA_COUNTRIES[area]) expect(ADEQUATE_COUNTRIES[area]).not.toContain(c);
  });

  it('Brazil has no adequacy decisions', () => {
    expect(ADEQUATE_COUNTRIES.BR).toEqual([]);
  });
});

describe('isRestrictedTransfer', () => {
  it.each([
    ['EEA', 'DE', false],
    ['EEA', 'de', false],
    ['EEA', 'NO', false],
    ['EEA', 'JP', false],
    ['EEA', 'GB', false],
    ['EEA', 'CH', false],
    ['EEA', 'KR', false],
    ['EEA', 'CA', false],
    ['EEA', 'US', true],
    ['EEA', 'IN', true],
    ['EEA', 'CN', true],
    ['EEA', 'BR', true],
    ['EEA', 'GI', true],
    ['UK', 'GB', false],
    ['UK', 'DE', false],
    ['UK', 'GI', false],
    ['UK', 'JP', false],
    ['UK', 'KR', false],
    ['UK', 'us', true],
    ['UK', 'IN', true],
    ['CH', 'CH', false],
    ['CH', 'DE', false],
    ['CH', 'GB', false],
    ['CH', 'MC', false],
    ['CH', 'US', true],
    ['CH', 'IN', true],
    ['BR', 'BR', false],
    ['BR', 'PT', true],
    ['BR', 'US', true],
  ] as Array<[TransferArea, string, boolean]>)('from %s to %s: %s', (area, country, expected) => {
    expect(isRestrictedTransfer(area, country)).toBe(expected);
  });
});

describe('transferGaps', () => {
  const gaps = (
    countries: string[],
    safeguards: TransferSafeguard[],
    jurisdictions: Jurisdiction[],
    certification: DataPrivacyFrameworkCertification | null = ALL_PARTS,
  ) => transferGaps(countries, safeguards, jurisdictions, certification);

  it('finds nothing without countries or without jurisdictions', () => {
    expect(gaps([], [], ['EU_GDPR'])).toEqual([]);
    expect(gaps(['US'], [], [])).toEqual([]);
  });

  it('finds nothing for data staying inside the area', () => {
    expect(gaps(['DE', 'FR', 'NO'], [], ['EU_GDPR'])).toEqual([]);
    expect(gaps(['GB'], [], ['UK_GDPR'])).toEqual([]);
    expect(gaps(['CH'], [], ['CH_FADP'])).toEqual([]);
    expect(gaps(['BR'], [], ['LGPD'])).toEqual([]);
  });

  it.each([
    ['JP', ['EU_GDPR', 'UK_GDPR']],
    ['CH', ['EU_GDPR', 'UK_GDPR']],
    ['GB', ['EU_GDPR', 'CH_FADP']],
    ['DE', ['UK_GDPR', 'CH_FADP']],
    ['NZ', ['EU_GDPR', 'UK_GDPR', 'CH_FADP']],
    ['MC', ['CH_FADP']],
  ] as Array<[string, Jurisdiction[]]>)('needs no safeguard for adequate %s under %j', (country, jurisdictions) => {
    expect(gaps([country], [], jurisdictions)).toEqual([]);
  });

  it.each(['CCPA_CPRA', 'PIPEDA'] as Jurisdiction[])('%s has no transfer area, so never a gap', (j) => {
    expect(gaps(['US', 'IN', 'CN'], [], [j])).toEqual([]);
    expect(gaps(['IN'], ['PRIVACY_SHIELD'], [j])).toEqual([]);
  });

  it('reports NO_SAFEGUARD for an unsafeguarded transfer to the US', () => {
    expect(gaps(['US'], [], ['EU_GDPR'])).toEqual([
      { jurisdiction: 'EU_GDPR', countries: ['US'], reason: 'NO_SAFEGUARD' },
    ]);
  });

  it.each(['EU_GDPR', 'UK_GDPR', 'CH_FADP'] as Jurisdiction[])(
    '%s accepts the Data Privacy Framework for the US',
    (j) => {
      expect(gaps(['US'], ['DATA_PRIVACY_FRAMEWORK'], [j])).toEqual([]);
    },
  );

  it('LGPD does not recognise the Data Privacy Framework', () => {
    expect(gaps(['US'], ['DATA_PRIVACY_FRAMEWORK'], ['LGPD'])).toEqual([
      { jurisdiction: 'LGPD', countries: ['US'], reason: 'SAFEGUARD_NOT_RECOGNISED' },
    ]);
  });

  it('the Data Privacy Framework covers only the US', () => {
    expect(gaps(['US', 'IN'], ['DATA_PRIVACY_FRAMEWORK'], ['EU_GDPR', 'UK_GDPR'])).toEqual([
      { jurisdiction: 'EU_GDPR', countries: ['IN'], reason: 'DPF_ONLY_COVERS_US' },
      { jurisdiction: 'UK_GDPR', countries: ['IN'], reason: 'DPF_ONLY_COVERS_US' },
    ]);
    expect(gaps(['IN'], ['DATA_PRIVACY_FRAMEWORK'], ['CH_FADP'])).toEqual([
      { jurisdiction: 'CH_FADP', countries: ['IN'], reason: 'DPF_ONLY_COVERS_US' },
    ]);
  });

  it('the Data Privacy Framework with another recognised safeguard covers every country', () => {
    expect(gaps(['US', 'IN'], ['DATA_PRIVACY_FRAMEWORK', 'STANDARD_CONTRACTUAL_CLAUSES'], ['EU_GDPR'])).toEqual([]);
  });

  it('the UK needs the IDTA or the UK Addendum rather than bare SCCs', () => {
    expect(gaps(['IN'], ['STANDARD_CONTRACTUAL_CLAUSES'], ['UK_GDPR'])).toEqual([
      { jurisdiction: 'UK_GDPR', countries: ['IN'], reason: 'UK_ADDENDUM_MISSING' },
    ]);
    expect(gaps(['IN'], ['UK_ADDENDUM'], ['UK_GDPR'])).toEqual([
      { jurisdiction: 'UK_GDPR', countries: ['IN'], reason: 'SAFEGUARD_NOT_RECOGNISED' },
    ]);
    expect(gaps(['IN'], ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'], ['UK_GDPR'])).toEqual([]);
    expect(gaps(['IN'], ['UK_IDTA'], ['UK_GDPR'])).toEqual([]);
  });

  it('the EU does not recognise the UK instruments', () => {
    expect(gaps(['IN'], ['UK_IDTA', 'UK_ADDENDUM'], ['EU_GDPR'])).toEqual([
      { jurisdiction: 'EU_GDPR', countries: ['IN'], reason: 'SAFEGUARD_NOT_RECOGNISED' },
    ]);
  });

  it('SCCs cover transfers under the EU GDPR, the FADP and the LGPD', () => {
    expect(gaps(['IN', 'US'], ['STANDARD_CONTRACTUAL_CLAUSES'], ['EU_GDPR', 'CH_FADP', 'LGPD'])).toEqual([]);
  });

  it.each(['BINDING_CORPORATE_RULES', 'DEROGATION'] as TransferSafeguard[])(
    '%s is recognised by every transfer regime',
    (s) => {
      expect(gaps(['IN'], [s], [...JURISDICTIONS])).toEqual([]);
    },
  );

  it('an adequacy decision is not a safeguard for a country without one', () => {
    expect(gaps(['US'], ['ADEQUACY_DECISION'], ['EU_GDPR'])).toEqual([
      { jurisdiction: 'EU_GDPR', countries: ['US'], reason: 'SAFEGUARD_NOT_RECOGNISED' },
    ]);
  });

  it('Privacy Shield alone is a legacy safeguard', () => {
    expect(gaps(['US'], ['PRIVACY_SHIELD'], ['EU_GDPR', 'CH_FADP'])).toEqual([
      { jurisdiction: 'EU_GDPR', countries: ['US'], reason: 'LEGACY_SAFEGUARD' },
      { jurisdiction: 'CH_FADP', countries: ['US'], reason: 'LEGACY_SAFEGUARD' },
    ]);
  });

  it('Privacy Shield beside a current safeguard is ignored', () => {
    expect(gaps(['US'], ['PRIVACY_SHIELD', 'DATA_PRIVACY_FRAMEWORK'], ['EU_GDPR'])).toEqual([]);
    expect(gaps(['US'], ['PRIVACY_SHIELD', 'UK_IDTA'], ['EU_GDPR'])).toEqual([
      { jurisdiction: 'EU_GDPR', countries: ['US'], reason: 'SAFEGUARD_NOT_RECOGNISED' },
    ]);
  });

  it('EU clauses and the DPF pass for a UK controller only with the UK Extension (the recipient’s, not the country’s)', () => {
    const safeguards: TransferSafeguard[] = ['STANDARD_CONTRACTUAL_CLAUSES', 'DATA_PRIVACY_FRAMEWORK'];
    expect(gaps(['US'], safeguards, ['UK_GDPR'], ALL_PARTS)).toEqual([]);
    expect(gaps(['US'], safeguards, ['UK_GDPR'], EU_ONLY)).toEqual([
      { jurisdiction: 'UK_GDPR', countries: ['US'], reason: 'DPF_NOT_CERTIFIED' },
    ]);
    expect(gaps(['US'], safeguards, ['EU_GDPR'], EU_ONLY)).toEqual([]);
  });

  it('the DPF needs a recorded certification, and the Swiss-US part for a Swiss controller', () => {
    expect(gaps(['US'], ['DATA_PRIVACY_FRAMEWORK'], ['EU_GDPR', 'CH_FADP'], null)).toEqual([
      { jurisdiction: 'EU_GDPR', countries: ['US'], reason: 'DPF_NOT_CERTIFIED' },
      { jurisdiction: 'CH_FADP', countries: ['US'], reason: 'DPF_NOT_CERTIFIED' },
    ]);
    expect(gaps(['US'], ['DATA_PRIVACY_FRAMEWORK'], ['CH_FADP'], EU_ONLY)).toEqual([
      { jurisdiction: 'CH_FADP', countries: ['US'], reason: 'DPF_NOT_CERTIFIED' },
    ]);
    expect(gaps(['US'], ['DATA_PRIVACY_FRAMEWORK'], ['CH_FADP'], { ...EU_ONLY, swissFramework: true })).toEqual([]);
  });

  it('groups the countries of one regime by reason', () => {
    expect(gaps(['US', 'IN', 'CN'], ['DATA_PRIVACY_FRAMEWORK'], ['UK_GDPR'], EU_ONLY)).toEqual([
      { jurisdiction: 'UK_GDPR', countries: ['US'], reason: 'DPF_NOT_CERTIFIED' },
      { jurisdiction: 'UK_GDPR', countries: ['IN', 'CN'], reason: 'DPF_ONLY_COVERS_US' },
    ]);
  });

  it('lists only the restricted countries, upper-cased and once each', () => {
    expect(gaps(['de', 'us', 'JP', 'US', 'in'], [], ['EU_GDPR'])).toEqual([
      { jurisdiction: 'EU_GDPR', countries: ['US', 'IN'], reason: 'NO_SAFEGUARD' },
    ]);
  });

  it('assesses each regime separately, in the order given', () => {
    expect(gaps(['DE', 'JP', 'US'], [], ['LGPD', 'CCPA_CPRA', 'CH_FADP', 'EU_GDPR'])).toEqual([
      { jurisdiction: 'LGPD', countries: ['DE', 'JP', 'US'], reason: 'NO_SAFEGUARD' },
      { jurisdiction: 'CH_FADP', countries: ['JP', 'US'], reason: 'NO_SAFEGUARD' },
      { jurisdiction: 'EU_GDPR', countries: ['US'], reason: 'NO_SAFEGUARD' },
    ]);
  });

  it('a transfer within the EEA is restricted under the LGPD only', () => {
    expect(gaps(['DE'], [], ['EU_GDPR', 'UK_GDPR', 'CH_FADP', 'LGPD'])).toEqual([
      { jurisdiction: 'LGPD', countries: ['DE'], reason: 'NO_SAFEGUARD' },
    ]);
  });
});

/** A cell of the matrix in one word: the instrument's id, the refusal's reason, or NOT_A_TRANSFER. */
function cell(
  area: TransferArea,
  country: string,
  safeguard: TransferSafeguard,
  certification: DataPrivacyFrameworkCertification | null = ALL_PARTS,
): string {
  const c = transferInstrument(area, country, safeguard, certification);
  return c.kind === 'INSTRUMENT' ? c.instrument.id : c.kind === 'REFUSED' ? c.reason : c.kind;
}

/**
 * The matrix, one row per regime and destination, one column per safeguard in TRANSFER_SAFEGUARDS order
 * (adequacy, SCCs, IDTA, UK Addendum, DPF, Privacy Shield, BCRs, derogation), with a certification to every part
 * of the DPF. US and India need safeguards from every area; JP and GB have adequacy where listed; the fourth
 * destination is inside the area.
 */
const MATRIX: Array<[TransferArea, string, string[]]> = [
  [
    'EEA',
    'US',
    [
      'SAFEGUARD_NOT_RECOGNISED',
      'EU_STANDARD_CONTRACTUAL_CLAUSES',
      'SAFEGUARD_NOT_RECOGNISED',
      'SAFEGUARD_NOT_RECOGNISED',
      'EU_US_DATA_PRIVACY_FRAMEWORK',
      'LEGACY_SAFEGUARD',
      'EU_BINDING_CORPORATE_RULES',
      'EU_DEROGATION',
    ],
  ],
  [
    'EEA',
    'IN',
    [
      'SAFEGUARD_NOT_RECOGNISED',
      'EU_STANDARD_CONTRACTUAL_CLAUSES',
      'SAFEGUARD_NOT_RECOGNISED',
      'SAFEGUARD_NOT_RECOGNISED',
      'DPF_ONLY_COVERS_US',
      'LEGACY_SAFEGUARD',
      'EU_BINDING_CORPORATE_RULES',
      'EU_DEROGATION',
    ],
  ],
  [
    'EEA',
    'JP',
    [
      'EU_ADEQUACY_DECISION',
      'EU_STANDARD_CONTRACTUAL_CLAUSES',
      'SAFEGUARD_NOT_RECOGNISED',
      'SAFEGUARD_NOT_RECOGNISED',
      'DPF_ONLY_COVERS_US',
      'LEGACY_SAFEGUARD',
      'EU_BINDING_CORPORATE_RULES',
      'EU_DEROGATION',
    ],
  ],
  ['EEA', 'DE', Array(8).fill('NOT_A_TRANSFER')],
  [
    'UK',
    'US',
    [
      'SAFEGUARD_NOT_RECOGNISED',
      'UK_ADDENDUM_MISSING',
      'UK_IDTA',
      'UK_ADDENDUM',
      'UK_EXTENSION_DATA_PRIVACY_FRAMEWORK',
      'LEGACY_SAFEGUARD',
      'UK_BINDING_CORPORATE_RULES',
      'UK_DEROGATION',
    ],
  ],
  [
    'UK',
    'IN',
    [
      'SAFEGUARD_NOT_RECOGNISED',
      'UK_ADDENDUM_MISSING',
      'UK_IDTA',
      'UK_ADDENDUM',
      'DPF_ONLY_COVERS_US',
      'LEGACY_SAFEGUARD',
      'UK_BINDING_CORPORATE_RULES',
      'UK_DEROGATION',
    ],
  ],
  [
    'UK',
    'DE',
    [
      'UK_ADEQUACY_REGULATIONS',
      'UK_ADDENDUM_MISSING',
      'UK_IDTA',
      'UK_ADDENDUM',
      'DPF_ONLY_COVERS_US',
      'LEGACY_SAFEGUARD',
      'UK_BINDING_CORPORATE_RULES',
      'UK_DEROGATION',
    ],
  ],
  ['UK', 'GB', Array(8).fill('NOT_A_TRANSFER')],
  [
    'CH',
    'US',
    [
      'SAFEGUARD_NOT_RECOGNISED',
      'CH_STANDARD_CONTRACTUAL_CLAUSES',
      'SAFEGUARD_NOT_RECOGNISED',
      'SAFEGUARD_NOT_RECOGNISED',
      'CH_US_DATA_PRIVACY_FRAMEWORK',
      'LEGACY_SAFEGUARD',
      'CH_BINDING_CORPORATE_RULES',
      'CH_EXCEPTION',
    ],
  ],
  [
    'CH',
    'IN',
    [
      'SAFEGUARD_NOT_RECOGNISED',
      'CH_STANDARD_CONTRACTUAL_CLAUSES',
      'SAFEGUARD_NOT_RECOGNISED',
      'SAFEGUARD_NOT_RECOGNISED',
      'DPF_ONLY_COVERS_US',
      'LEGACY_SAFEGUARD',
      'CH_BINDING_CORPORATE_RULES',
      'CH_EXCEPTION',
    ],
  ],
  [
    'CH',
    'GB',
    [
      'CH_ADEQUACY_DECISION',
      'CH_STANDARD_CONTRACTUAL_CLAUSES',
      'SAFEGUARD_NOT_RECOGNISED',
      'SAFEGUARD_NOT_RECOGNISED',
      'DPF_ONLY_COVERS_US',
      'LEGACY_SAFEGUARD',
      'CH_BINDING_CORPORATE_RULES',
      'CH_EXCEPTION',
    ],
  ],
  ['CH', 'CH', Array(8).fill('NOT_A_TRANSFER')],
  [
    'BR',
    'US',
    [
      'SAFEGUARD_NOT_RECOGNISED',
      'BR_STANDARD_CONTRACTUAL_CLAUSES',
      'SAFEGUARD_NOT_RECOGNISED',
      'SAFEGUARD_NOT_RECOGNISED',
      'SAFEGUARD_NOT_RECOGNISED',
      'LEGACY_SAFEGUARD',
      'BR_GLOBAL_CORPORATE_RULES',
      'BR_DEROGATION',
    ],
  ],
  [
    'BR',
    'PT',
    [
      'SAFEGUARD_NOT_RECOGNISED',
      'BR_STANDARD_CONTRACTUAL_CLAUSES',
      'SAFEGUARD_NOT_RECOGNISED',
      'SAFEGUARD_NOT_RECOGNISED',
      'SAFEGUARD_NOT_RECOGNISED',
      'LEGACY_SAFEGUARD',
      'BR_GLOBAL_CORPORATE_RULES',
      'BR_DEROGATION',
    ],
  ],
  ['BR', 'BR', Array(8).fill('NOT_A_TRANSFER')],
];

describe('the instrument matrix (regime × destination × safeguard)', () => {
  it('has a row for every area', () => {
    expect(new Set(MATRIX.map(([area]) => area))).toEqual(new Set(AREAS));
  });

  describe.each(MATRIX)('from %s to %s', (area, country, expected) => {
    it.each(TRANSFER_SAFEGUARDS.map((s, i) => [s, expected[i]!] as const))('%s gives %s', (safeguard, result) => {
      expect(cell(area, country, safeguard)).toBe(result);
    });
  });

  it.each([
    ['EEA', ALL_PARTS, 'EU_US_DATA_PRIVACY_FRAMEWORK'],
    ['EEA', EU_ONLY, 'EU_US_DATA_PRIVACY_FRAMEWORK'],
    ['EEA', null, 'DPF_NOT_CERTIFIED'],
    ['UK', ALL_PARTS, 'UK_EXTENSION_DATA_PRIVACY_FRAMEWORK'],
    ['UK', EU_ONLY, 'DPF_NOT_CERTIFIED'],
    ['UK', { ...EU_ONLY, swissFramework: true }, 'DPF_NOT_CERTIFIED'],
    ['UK', null, 'DPF_NOT_CERTIFIED'],
    ['CH', ALL_PARTS, 'CH_US_DATA_PRIVACY_FRAMEWORK'],
    ['CH', EU_ONLY, 'DPF_NOT_CERTIFIED'],
    ['CH', { ...EU_ONLY, ukExtension: true }, 'DPF_NOT_CERTIFIED'],
    ['BR', ALL_PARTS, 'SAFEGUARD_NOT_RECOGNISED'],
  ] as Array<[TransferArea, DataPrivacyFrameworkCertification | null, string]>)(
    'the DPF from %s to the US with certification %j gives %s',
    (area, certification, expected) => {
      expect(cell(area, 'US', 'DATA_PRIVACY_FRAMEWORK', certification)).toBe(expected);
    },
  );

  it('explains each refusal in words', () => {
    expect(transferInstrument('UK', 'US', 'STANDARD_CONTRACTUAL_CLAUSES')).toEqual({
      kind: 'REFUSED',
      reason: 'UK_ADDENDUM_MISSING',
      message:
        'the EU standard contractual clauses alone are not valid for transfers under the UK GDPR (since 21 March 2024): add the UK Addendum, or use the IDTA',
    });
    expect(transferInstrument('UK', 'US', 'DATA_PRIVACY_FRAMEWORK', EU_ONLY)).toMatchObject({
      message: 'the recipient’s certification does not include the UK Extension to the EU-US Data Privacy Framework',
    });
    expect(transferInstrument('EEA', 'us', 'ADEQUACY_DECISION')).toMatchObject({
      message: 'no adequacy decision covers US for transfers from the EEA',
    });
  });
});

describe('INSTRUMENTS', () => {
  it('describes every instrument once, under its own id', () => {
    expect(Object.keys(INSTRUMENTS).sort()).toEqual([...TRANSFER_INSTRUMENTS].sort());
    for (const id of TRANSFER_INSTRUMENTS) expect(INSTRUMENTS[id].id).toBe(id);
  });

  it.each(TRANSFER_INSTRUMENTS)('%s applies no earlier than its law', (id) => {
    const i = INSTRUMENTS[id];
    expect(i.inForceOn >= TRANSFER_LAW_IN_FORCE[i.area]).toBe(true);
    expect(i.name.length).toBeGreaterThan(0);
    expect(i.citation.length).toBeGreaterThan(0);
  });

  it.each([
    ['EU_STANDARD_CONTRACTUAL_CLAUSES', 'Art. 46(2)(c) GDPR', '2021-06-27', '(EU) 2021/914'],
    ['EU_US_DATA_PRIVACY_FRAMEWORK', 'Art. 45(3) GDPR', '2023-07-10', '(EU) 2023/1795 of 10 July 2023'],
    ['UK_IDTA', 'Art. 46(2)(d) UK GDPR and s.119A DPA 2018', '2022-03-21', 'International Data Transfer Agreement'],
    ['UK_ADDENDUM', 'Art. 46(2)(d) UK GDPR and s.119A DPA 2018', '2022-03-21', 'Addendum to the EU Commission'],
    [
      'UK_EXTENSION_DATA_PRIVACY_FRAMEWORK',
      'Art. 45(1) UK GDPR and s.17A DPA 2018',
      '2023-10-12',
      'Data Protection (Adequacy) (United States of America) Regulations 2023',
    ],
    ['CH_STANDARD_CONTRACTUAL_CLAUSES', 'Art. 16(2)(d) FADP', '2023-09-01', 'recognised by the FDPIC'],
    ['CH_US_DATA_PRIVACY_FRAMEWORK', 'Art. 16(1) FADP', '2024-09-15', 'Swiss Federal Council'],
    ['CH_BINDING_CORPORATE_RULES', 'Art. 16(2)(e) FADP', '2023-09-01', 'FDPIC'],
    ['CH_EXCEPTION', 'Art. 17 FADP', '2023-09-01', 'Exception'],
    [
      'BR_STANDARD_CONTRACTUAL_CLAUSES',
      'Art. 33, II, b LGPD',
      '2024-08-23',
      'Resolution CD/ANPD No. 19 of 23 August 2024',
    ],
  ] as const)('%s cites %s, applies from %s and is named with %s', (id, citation, inForceOn, named) => {
    expect(INSTRUMENTS[id]).toMatchObject({ citation, inForceOn });
    expect(INSTRUMENTS[id].name).toContain(named);
  });

  it('only the UK Addendum needs another safeguard: the EU clauses it amends', () => {
    expect(TRANSFER_INSTRUMENTS.filter((id) => INSTRUMENTS[id].requires)).toEqual(['UK_ADDENDUM']);
    expect(INSTRUMENTS.UK_ADDENDUM.requires).toBe('STANDARD_CONTRACTUAL_CLAUSES');
  });
});

describe('coveringInstruments', () => {
  const cover = (area: TransferArea, country: string, safeguards: TransferSafeguard[]) =>
    coveringInstruments(area, country, { safeguards, dataPrivacyFramework: ALL_PARTS }).instruments.map((i) => i.id);

  it('names the UK Addendum for EU clauses with the Addendum, and nothing for the Addendum alone', () => {
    expect(cover('UK', 'US', ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM'])).toEqual(['UK_ADDENDUM']);
    expect(cover('UK', 'US', ['UK_ADDENDUM'])).toEqual([]);
    expect(coveringInstruments('UK', 'US', { safeguards: ['UK_ADDENDUM'] }).refusals).toEqual([
      {
        safeguard: 'UK_ADDENDUM',
        reason: 'SAFEGUARD_NOT_RECOGNISED',
        message: 'the UK Addendum amends the EU standard contractual clauses: record those clauses as well',
      },
    ]);
  });

  it('names each regime’s own instruments for the same recorded safeguards', () => {
    const safeguards: TransferSafeguard[] = ['STANDARD_CONTRACTUAL_CLAUSES', 'UK_ADDENDUM', 'DATA_PRIVACY_FRAMEWORK'];
    expect(cover('EEA', 'US', safeguards)).toEqual(['EU_STANDARD_CONTRACTUAL_CLAUSES', 'EU_US_DATA_PRIVACY_FRAMEWORK']);
    expect(cover('UK', 'US', safeguards)).toEqual(['UK_ADDENDUM', 'UK_EXTENSION_DATA_PRIVACY_FRAMEWORK']);
    expect(cover('CH', 'US', safeguards)).toEqual(['CH_STANDARD_CONTRACTUAL_CLAUSES', 'CH_US_DATA_PRIVACY_FRAMEWORK']);
    expect(cover('BR', 'US', safeguards)).toEqual(['BR_STANDARD_CONTRACTUAL_CLAUSES']);
  });

  it('names the adequacy instrument for a country with adequacy, whatever is recorded', () => {
    expect(cover('EEA', 'JP', [])).toEqual(['EU_ADEQUACY_DECISION']);
    expect(cover('UK', 'IE', ['STANDARD_CONTRACTUAL_CLAUSES'])).toEqual(['UK_ADEQUACY_REGULATIONS']);
    expect(cover('CH', 'GB', [])).toEqual(['CH_ADEQUACY_DECISION']);
  });

  it('takes the recorded safeguards at their word for countries not known, short of the certification', () => {
    const recorded: TransferSafeguard[] = [
      'ADEQUACY_DECISION',
      'STANDARD_CONTRACTUAL_CLAUSES',
      'UK_ADDENDUM',
      'DATA_PRIVACY_FRAMEWORK',
    ];
    const ids = (area: TransferArea) =>
      coveringInstruments(area, null, { safeguards: recorded, dataPrivacyFramework: EU_ONLY }).instruments.map(
        (i) => i.id,
      );
    expect(ids('UK')).toEqual(['UK_ADEQUACY_REGULATIONS', 'UK_ADDENDUM']);
    expect(ids('EEA')).toEqual([
      'EU_ADEQUACY_DECISION',
      'EU_STANDARD_CONTRACTUAL_CLAUSES',
      'EU_US_DATA_PRIVACY_FRAMEWORK',
    ]);
    expect(ids('BR')).toEqual(['BR_STANDARD_CONTRACTUAL_CLAUSES']);
  });

  it('names nothing for data that stays inside the area', () => {
    expect(coveringInstruments('EEA', 'FR', { safeguards: ['STANDARD_CONTRACTUAL_CLAUSES'] })).toEqual({
      instruments: [],
      refusals: [],
    });
  });
});

describe('dataPrivacyFrameworkCertification', () => {
  it('needs a date and defaults the parts beyond the EU-US framework to no', () => {
    expect(dataPrivacyFrameworkCertification.parse({ certifiedOn: '2023-07-17' })).toEqual({
      certifiedOn: '2023-07-17',
      ukExtension: false,
      swissFramework: false,
    });
    expect(dataPrivacyFrameworkCertification.safeParse({ certifiedOn: '2023-02-30' }).success).toBe(false);
    expect(dataPrivacyFrameworkCertification.safeParse({ ukExtension: true }).success).toBe(false);
  });
});

describe('instrumentInForceOn', () => {
  it('is the instrument’s date, or a later certification for the Data Privacy Framework', () => {
    const extension = INSTRUMENTS.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK;
    expect(instrumentInForceOn(extension, ALL_PARTS)).toBe('2023-10-12');
    expect(instrumentInForceOn(extension, { ...ALL_PARTS, certifiedOn: '2025-02-03' })).toBe('2025-02-03');
    expect(instrumentInForceOn(INSTRUMENTS.UK_IDTA, { ...ALL_PARTS, certifiedOn: '2025-02-03' })).toBe('2022-03-21');
    expect(instrumentInForceOn(extension, null)).toBe('2023-10-12');
  });
});

describe('isInternationalTransfer', () => {
  it.each([
    [['DE'], ['EU_GDPR'], false],
    [['de', 'no'], ['EU_GDPR'], false],
    [['GB'], ['EU_GDPR'], true],
    [['JP'], ['EU_GDPR'], true],
    [['GB'], ['UK_GDPR'], false],
    [['DE'], ['UK_GDPR'], true],
    [['BR'], ['LGPD'], false],
    [['DE'], ['EU_GDPR', 'LGPD'], true],
    [['US'], ['CCPA_CPRA'], false],
    [['CN'], ['PIPEDA', 'CCPA_CPRA'], false],
    [[], ['EU_GDPR'], false],
    [['US'], [], false],
  ] as Array<[string[], Jurisdiction[], boolean]>)(
    'sending to %j under %j: %s',
    (countries, jurisdictions, expected) => {
      expect(isInternationalTransfer(countries, jurisdictions)).toBe(expected);
    },
  );
});
