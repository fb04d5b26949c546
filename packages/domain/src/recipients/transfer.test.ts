import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, type Jurisdiction, type TransferArea } from '../jurisdictions/jurisdiction.js';
import {
  ADEQUATE_COUNTRIES,
  AREA_COUNTRIES,
  LEGACY_SAFEGUARDS,
  TRANSFER_SAFEGUARDS,
  isInternationalTransfer,
  isRestrictedTransfer,
  transferGaps,
  type TransferSafeguard,
} from './transfer.js';

const AREAS: TransferArea[] = ['EEA', 'UK', 'CH', 'BR'];

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
  const gaps = (countries: string[], safeguards: TransferSafeguard[], jurisdictions: Jurisdiction[]) =>
    transferGaps(countries, safeguards, jurisdictions);

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
