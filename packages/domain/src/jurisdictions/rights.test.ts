import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, type Jurisdiction } from './jurisdiction.js';
import { RIGHTS, grantsRight, rightsAvailable, rightsIn, type Right } from './rights.js';

const GDPR_RIGHTS: Right[] = [
  'ACCESS',
  'RECTIFICATION',
  'ERASURE',
  'RESTRICTION',
  'OBJECTION',
  'PORTABILITY',
  'WITHDRAW_CONSENT',
  'AUTOMATED_DECISIONS',
  'COMPLAIN',
];

const rightsOf = (j: Jurisdiction) =>
  rightsIn(j)
    .map((g) => g.right)
    .sort();

describe('RIGHTS', () => {
  it('lists the data-subject rights in policy order', () => {
    expect(RIGHTS).toEqual([
      'ACCESS',
      'RECTIFICATION',
      'ERASURE',
      'RESTRICTION',
      'OBJECTION',
      'PORTABILITY',
      'WITHDRAW_CONSENT',
      'AUTOMATED_DECISIONS',
      'COMPLAIN',
      'OPT_OUT_SALE_SHARING',
      'LIMIT_SENSITIVE_USE',
      'NON_DISCRIMINATION',
    ]);
  });
});

describe('rightsIn', () => {
  it.each(['EU_GDPR', 'UK_GDPR', 'LGPD', 'CH_FADP'] as const)('%s grants the nine GDPR-style rights', (j) => {
    expect(rightsOf(j)).toEqual([...GDPR_RIGHTS].sort());
  });

  it('PIPEDA grants access, rectification, consent withdrawal and complaint only', () => {
    expect(rightsOf('PIPEDA')).toEqual(['ACCESS', 'COMPLAIN', 'RECTIFICATION', 'WITHDRAW_CONSENT']);
  });

  it('CCPA/CPRA grants the California rights', () => {
    expect(rightsOf('CCPA_CPRA')).toEqual(
      [
        'ACCESS',
        'ERASURE',
        'RECTIFICATION',
        'PORTABILITY',
        'OPT_OUT_SALE_SHARING',
        'LIMIT_SENSITIVE_USE',
        'NON_DISCRIMINATION',
      ].sort(),
    );
  });

  it('tags every grant with its jurisdiction', () => {
    for (const j of JURISDICTIONS) {
      expect(new Set(rightsIn(j).map((g) => g.jurisdiction))).toEqual(new Set([j]));
    }
  });

  it('never lists a right twice for one jurisdiction', () => {
    for (const j of JURISDICTIONS) {
      const rights = rightsIn(j).map((g) => g.right);
      expect(new Set(rights).size).toBe(rights.length);
    }
  });

  it.each([
    ['EU_GDPR', 'ERASURE', 'GDPR Art. 17'],
    ['EU_GDPR', 'WITHDRAW_CONSENT', 'GDPR Art. 7(3)'],
    ['UK_GDPR', 'COMPLAIN', 'UK GDPR Art. 77'],
    ['CCPA_CPRA', 'OPT_OUT_SALE_SHARING', 'Cal. Civ. Code § 1798.120'],
    ['CCPA_CPRA', 'NON_DISCRIMINATION', 'Cal. Civ. Code § 1798.125'],
    ['LGPD', 'AUTOMATED_DECISIONS', 'LGPD Art. 20'],
    ['PIPEDA', 'ACCESS', 'PIPEDA Sch. 1, Principle 4.9'],
    ['CH_FADP', 'PORTABILITY', 'FADP Art. 28'],
  ] as const)('%s cites %s as %s', (j, right, reference) => {
    expect(rightsIn(j).find((g) => g.right === right)).toEqual({ right, jurisdiction: j, reference });
  });

  it('returns fresh objects, so callers cannot alter the table', () => {
    const first = rightsIn('EU_GDPR');
    first[0]!.reference = 'changed';
    first.pop();
    expect(rightsIn('EU_GDPR')[0]).toEqual({ right: 'ACCESS', jurisdiction: 'EU_GDPR', reference: 'GDPR Art. 15' });
    expect(rightsIn('EU_GDPR')).toHaveLength(9);
  });
});

describe('grantsRight', () => {
  it.each([
    ['PIPEDA', 'ERASURE', false],
    ['PIPEDA', 'PORTABILITY', false],
    ['PIPEDA', 'ACCESS', true],
    ['PIPEDA', 'WITHDRAW_CONSENT', true],
    ['CCPA_CPRA', 'OPT_OUT_SALE_SHARING', true],
    ['CCPA_CPRA', 'LIMIT_SENSITIVE_USE', true],
    ['CCPA_CPRA', 'OBJECTION', false],
    ['CCPA_CPRA', 'COMPLAIN', false],
    ['EU_GDPR', 'OPT_OUT_SALE_SHARING', false],
    ['EU_GDPR', 'NON_DISCRIMINATION', false],
    ['EU_GDPR', 'OBJECTION', true],
    ['UK_GDPR', 'AUTOMATED_DECISIONS', true],
    ['LGPD', 'RESTRICTION', true],
    ['CH_FADP', 'ERASURE', true],
    ['CH_FADP', 'LIMIT_SENSITIVE_USE', false],
  ] as const)('grantsRight(%s, %s) is %s', (j, right, expected) => {
    expect(grantsRight(j, right)).toBe(expected);
  });

  it('agrees with rightsIn for every jurisdiction and right', () => {
    for (const j of JURISDICTIONS) {
      const granted = new Set(rightsIn(j).map((g) => g.right));
      for (const right of RIGHTS) expect(grantsRight(j, right)).toBe(granted.has(right));
    }
  });
});

describe('rightsAvailable', () => {
  it('is empty without jurisdictions', () => {
    expect(rightsAvailable([])).toEqual([]);
  });

  it('lists one regime’s rights in RIGHTS order, not in the regime’s own order', () => {
    expect(rightsAvailable(['EU_GDPR']).map((a) => a.right)).toEqual(GDPR_RIGHTS);
  });

  it('PIPEDA alone offers no erasure', () => {
    const available = rightsAvailable(['PIPEDA']);
    expect(available.map((a) => a.right)).toEqual(['ACCESS', 'RECTIFICATION', 'WITHDRAW_CONSENT', 'COMPLAIN']);
    expect(available.some((a) => a.right === 'ERASURE')).toBe(false);
  });

  it('takes the union across regimes, ordered by RIGHTS', () => {
    expect(rightsAvailable(['PIPEDA', 'CCPA_CPRA']).map((a) => a.right)).toEqual([
      'ACCESS',
      'RECTIFICATION',
      'ERASURE',
      'PORTABILITY',
      'WITHDRAW_CONSENT',
      'COMPLAIN',
      'OPT_OUT_SALE_SHARING',
      'LIMIT_SENSITIVE_USE',
      'NON_DISCRIMINATION',
    ]);
  });

  it('lists the grants of a right in JURISDICTIONS order, whatever the input order', () => {
    const access = rightsAvailable(['PIPEDA', 'CCPA_CPRA', 'EU_GDPR']).find((a) => a.right === 'ACCESS');
    expect(access).toEqual({
      right: 'ACCESS',
      grants: [
        { right: 'ACCESS', jurisdiction: 'EU_GDPR', reference: 'GDPR Art. 15' },
        { right: 'ACCESS', jurisdiction: 'CCPA_CPRA', reference: 'Cal. Civ. Code § 1798.110' },
        { right: 'ACCESS', jurisdiction: 'PIPEDA', reference: 'PIPEDA Sch. 1, Principle 4.9' },
      ],
    });
  });

  it('names only the regimes that grant a right', () => {
    const available = rightsAvailable(['EU_GDPR', 'CCPA_CPRA', 'PIPEDA']);
    const grantors = (right: Right) => available.find((a) => a.right === right)?.grants.map((g) => g.jurisdiction);
    expect(grantors('ERASURE')).toEqual(['EU_GDPR', 'CCPA_CPRA']);
    expect(grantors('OPT_OUT_SALE_SHARING')).toEqual(['CCPA_CPRA']);
    expect(grantors('RESTRICTION')).toEqual(['EU_GDPR']);
    expect(grantors('WITHDRAW_CONSENT')).toEqual(['EU_GDPR', 'PIPEDA']);
  });

  it('gives the same result for repeated or reordered jurisdictions', () => {
    expect(rightsAvailable(['UK_GDPR', 'EU_GDPR', 'UK_GDPR'])).toEqual(rightsAvailable(['EU_GDPR', 'UK_GDPR']));
    expect(rightsAvailable(['EU_GDPR', 'EU_GDPR'])).toEqual(rightsAvailable(['EU_GDPR']));
  });

  it('covers every right when all regimes are served', () => {
    expect(rightsAvailable(JURISDICTIONS).map((a) => a.right)).toEqual([...RIGHTS]);
  });
});
