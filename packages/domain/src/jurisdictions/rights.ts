import type { Jurisdiction } from './jurisdiction.js';
import { JURISDICTIONS } from './jurisdiction.js';

/** Data-subject rights, as a policy names them and as a request type refers to them. */
export const RIGHTS = [
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
] as const;
export type Right = (typeof RIGHTS)[number];

export interface RightGrant {
  right: Right;
  jurisdiction: Jurisdiction;
  /** The provision that grants it, cited in the rendered policy. */
  reference: string;
}

/**
 * Which rights each regime grants. Where a regime grants a right only in part (e.g. PIPEDA has no general
 * erasure right), it is left out rather than overstated: a policy must not promise what the law does not.
 */
const GRANTS: Record<Jurisdiction, ReadonlyArray<readonly [Right, string]>> = {
  EU_GDPR: [
    ['ACCESS', 'GDPR Art. 15'],
    ['RECTIFICATION', 'GDPR Art. 16'],
    ['ERASURE', 'GDPR Art. 17'],
    ['RESTRICTION', 'GDPR Art. 18'],
    ['PORTABILITY', 'GDPR Art. 20'],
    ['OBJECTION', 'GDPR Art. 21'],
    ['AUTOMATED_DECISIONS', 'GDPR Art. 22'],
    ['WITHDRAW_CONSENT', 'GDPR Art. 7(3)'],
    ['COMPLAIN', 'GDPR Art. 77'],
  ],
  UK_GDPR: [
    ['ACCESS', 'UK GDPR Art. 15'],
    ['RECTIFICATION', 'UK GDPR Art. 16'],
    ['ERASURE', 'UK GDPR Art. 17'],
    ['RESTRICTION', 'UK GDPR Art. 18'],
    ['PORTABILITY', 'UK GDPR Art. 20'],
    ['OBJECTION', 'UK GDPR Art. 21'],
    ['AUTOMATED_DECISIONS', 'UK GDPR Art. 22'],
    ['WITHDRAW_CONSENT', 'UK GDPR Art. 7(3)'],
    ['COMPLAIN', 'UK GDPR Art. 77'],
  ],
  CCPA_CPRA: [
    ['ACCESS', 'Cal. Civ. Code § 1798.110'],
    ['ERASURE', 'Cal. Civ. Code § 1798.105'],
    ['RECTIFICATION', 'Cal. Civ. Code § 1798.106'],
    ['PORTABILITY', 'Cal. Civ. Code § 1798.130(a)(3)'],
    ['OPT_OUT_SALE_SHARING', 'Cal. Civ. Code § 1798.120'],
    ['LIMIT_SENSITIVE_USE', 'Cal. Civ. Code § 1798.121'],
    ['NON_DISCRIMINATION', 'Cal. Civ. Code § 1798.125'],
  ],
  LGPD: [
    ['ACCESS', 'LGPD Art. 18, I-II'],
    ['RECTIFICATION', 'LGPD Art. 18, III'],
    ['RESTRICTION', 'LGPD Art. 18, IV'],
    ['ERASURE', 'LGPD Art. 18, IV and VI'],
    ['PORTABILITY', 'LGPD Art. 18, V'],
    ['WITHDRAW_CONSENT', 'LGPD Art. 18, IX'],
    ['OBJECTION', 'LGPD Art. 18, § 2'],
    ['AUTOMATED_DECISIONS', 'LGPD Art. 20'],
    ['COMPLAIN', 'LGPD Art. 18, § 1'],
  ],
  PIPEDA: [
    ['ACCESS', 'PIPEDA Sch. 1, Principle 4.9'],
    ['RECTIFICATION', 'PIPEDA Sch. 1, Principle 4.9.5'],
    ['WITHDRAW_CONSENT', 'PIPEDA Sch. 1, Principle 4.3.8'],
    ['COMPLAIN', 'PIPEDA s. 11'],
  ],
  CH_FADP: [
    ['ACCESS', 'FADP Art. 25'],
    ['PORTABILITY', 'FADP Art. 28'],
    ['RECTIFICATION', 'FADP Art. 32(1)'],
    ['ERASURE', 'FADP Art. 32(2)(c)'],
    ['RESTRICTION', 'FADP Art. 32(2)(a)'],
    ['OBJECTION', 'FADP Art. 30(2)(b)'],
    ['AUTOMATED_DECISIONS', 'FADP Art. 21'],
    ['WITHDRAW_CONSENT', 'FADP Art. 30(2)(b)'],
    ['COMPLAIN', 'FADP Art. 49'],
  ],
};

/** Every right a regime grants, with its provision. */
export function rightsIn(jurisdiction: Jurisdiction): RightGrant[] {
  return GRANTS[jurisdiction].map(([right, reference]) => ({ right, jurisdiction, reference }));
}

export interface RightAvailability {
  right: Right;
  /** The tenant's jurisdictions that grant it, in JURISDICTIONS order, with their provisions. */
  grants: RightGrant[];
}

/** The union of rights across a tenant's jurisdictions, in RIGHTS order, each with who grants it. */
export function rightsAvailable(jurisdictions: readonly Jurisdiction[]): RightAvailability[] {
  const served = JURISDICTIONS.filter((j) => jurisdictions.includes(j));
  return RIGHTS.flatMap((right) => {
    const grants = served.flatMap((j) => rightsIn(j).filter((g) => g.right === right));
    return grants.length ? [{ right, grants }] : [];
  });
}

export function grantsRight(jurisdiction: Jurisdiction, right: Right): boolean {
  return GRANTS[jurisdiction].some(([r]) => r === right);
}

/**
 * Regimes whose right to data portability covers only processing based on consent or a contract, carried out by
 * automated means: GDPR and UK GDPR Art. 20(1), FADP Art. 28(1). The CCPA and the LGPD set no such condition.
 */
export const PORTABILITY_ON_CONSENT_OR_CONTRACT: readonly Jurisdiction[] = ['EU_GDPR', 'UK_GDPR', 'CH_FADP'];
