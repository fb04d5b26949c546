/** The data-protection regimes a tenant can serve. Values double as GraphQL enum values. */
export const JURISDICTIONS = ['EU_GDPR', 'UK_GDPR', 'CCPA_CPRA', 'LGPD', 'PIPEDA', 'CH_FADP'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export interface JurisdictionInfo {
  jurisdiction: Jurisdiction;
  /** Short name as practitioners say it. */
  name: string;
  /** The instrument(s) the policy cites. */
  law: string;
  /** Where the regime protects data from leaving without a safeguard; null when it has no transfer regime of that kind. */
  transferArea: TransferArea | null;
}

export type TransferArea = 'EEA' | 'UK' | 'CH' | 'BR';

export const JURISDICTION_INFO: Record<Jurisdiction, JurisdictionInfo> = {
  EU_GDPR: {
    jurisdiction: 'EU_GDPR',
    name: 'EU GDPR',
    law: 'Regulation (EU) 2016/679 (General Data Protection Regulation)',
    transferArea: 'EEA',
  },
  UK_GDPR: {
    jurisdiction: 'UK_GDPR',
    name: 'UK GDPR',
    law: 'UK General Data Protection Regulation and the Data Protection Act 2018',
    transferArea: 'UK',
  },
  CCPA_CPRA: {
    jurisdiction: 'CCPA_CPRA',
    name: 'CCPA/CPRA',
    law: 'California Consumer Privacy Act as amended by the California Privacy Rights Act (Cal. Civ. Code § 1798.100 et seq.)',
    transferArea: null,
  },
  LGPD: {
    jurisdiction: 'LGPD',
    name: 'LGPD',
    law: 'Lei Geral de Proteção de Dados Pessoais (Law No. 13,709/2018)',
    transferArea: 'BR',
  },
  PIPEDA: {
    jurisdiction: 'PIPEDA',
    name: 'PIPEDA',
    law: 'Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5)',
    transferArea: null,
  },
  CH_FADP: {
    jurisdiction: 'CH_FADP',
    name: 'Swiss FADP',
    law: 'Swiss Federal Act on Data Protection of 25 September 2020 (FADP)',
    transferArea: 'CH',
  },
};

export function isJurisdiction(value: string): value is Jurisdiction {
  return (JURISDICTIONS as readonly string[]).includes(value);
}
