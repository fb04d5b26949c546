import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, JURISDICTION_INFO, isJurisdiction } from './jurisdiction.js';

describe('JURISDICTIONS', () => {
  it('lists the supported regimes in their canonical order', () => {
    expect(JURISDICTIONS).toEqual(['EU_GDPR', 'UK_GDPR', 'CCPA_CPRA', 'LGPD', 'PIPEDA', 'CH_FADP']);
  });
});

describe('JURISDICTION_INFO', () => {
  it('describes exactly the supported regimes', () => {
    expect(Object.keys(JURISDICTION_INFO).sort()).toEqual([...JURISDICTIONS].sort());
  });

  it.each(JURISDICTIONS)('%s refers to itself and names its law', (j) => {
    const info = JURISDICTION_INFO[j];
    expect(info.jurisdiction).toBe(j);
    expect(info.name.length).toBeGreaterThan(0);
    expect(info.law.length).toBeGreaterThan(0);
  });

  it.each([
    ['EU_GDPR', 'EEA'],
    ['UK_GDPR', 'UK'],
    ['CH_FADP', 'CH'],
    ['LGPD', 'BR'],
    ['CCPA_CPRA', null],
    ['PIPEDA', null],
  ] as const)('%s has transfer area %s', (j, area) => {
    expect(JURISDICTION_INFO[j].transferArea).toBe(area);
  });

  it('uses the names practitioners use', () => {
    expect(JURISDICTIONS.map((j) => JURISDICTION_INFO[j].name)).toEqual([
      'EU GDPR',
      'UK GDPR',
      'CCPA/CPRA',
      'LGPD',
      'PIPEDA',
      'Swiss FADP',
    ]);
  });
});

describe('isJurisdiction', () => {
  it.each([
    ['EU_GDPR', true],
    ['CH_FADP', true],
    ['eu_gdpr', false],
    ['GDPR', false],
    ['', false],
  ])('isJurisdiction(%j) is %s', (value, expected) => {
    expect(isJurisdiction(value)).toBe(expected);
  });
});
