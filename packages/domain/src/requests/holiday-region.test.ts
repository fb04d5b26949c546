import { describe, expect, it } from 'vitest';
import { holidayRegionProblem, normalizeHolidayRegion } from './deadline.js';

describe('a tenant’s holiday region', () => {
  it('reads a bare UK nation as its GB subdivision, trimmed and upper case', () => {
    expect(normalizeHolidayRegion(' sct ')).toBe('GB-SCT');
    expect(normalizeHolidayRegion('de-by')).toBe('DE-BY');
    expect(normalizeHolidayRegion('  ')).toBeNull();
    expect(normalizeHolidayRegion(null)).toBeNull();
  });

  it('accepts countries, subdivisions and UK nations, and nothing given', () => {
    for (const code of ['DE', 'DE-BY', 'GB-SCT', 'NIR', 'wls', '', null, undefined])
      expect(holidayRegionProblem(code)).toBeNull();
  });

  it('names a region it knows no holidays for', () => {
    expect(holidayRegionProblem('xx-zz')).toEqual({
      path: 'holidayRegion',
      code: 'UNKNOWN_REFERENCE',
      message: 'no public holidays are known for XX-ZZ; give a country such as DE or a subdivision such as DE-BY',
    });
  });
});
