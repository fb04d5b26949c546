import { describe, expect, it } from 'vitest';
import { factsMissing } from './facts.js';

describe('factsMissing', () => {
  const facts = {
    mustAppear: [
      ['Cloud Officer Limited'],
      ['12 months', 'twelve (12) months'],
      ['Mustamäe tee 3a', 'Mustamae tee 3a'],
    ],
  };

  it('finds nothing missing when one alternative of each group appears, whatever the case and spacing', () => {
    expect(factsMissing('CLOUD  OFFICER\nlimited keeps it for twelve (12)\tmonths at Mustamäe tee 3a', facts)).toEqual(
      [],
    );
  });

  it('returns the groups of which no alternative appears', () => {
    expect(factsMissing('Cloud Officer Limited, 12 weeks', facts)).toEqual([
      ['12 months', 'twelve (12) months'],
      ['Mustamäe tee 3a', 'Mustamae tee 3a'],
    ]);
  });

  it('compares composed and decomposed accents alike', () => {
    expect(factsMissing('Mustama\u0308e tee 3a', { mustAppear: [['Mustamäe tee 3a']] })).toEqual([]);
  });
});
