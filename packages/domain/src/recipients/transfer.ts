import type { Jurisdiction, TransferArea } from '../jurisdictions/jurisdiction.js';
import { JURISDICTION_INFO } from '../jurisdictions/jurisdiction.js';

/** Mechanisms that make an international transfer lawful (GDPR Ch. V and its equivalents). */
export const TRANSFER_SAFEGUARDS = [
  'ADEQUACY_DECISION',
  'STANDARD_CONTRACTUAL_CLAUSES',
  'UK_IDTA',
  'UK_ADDENDUM',
  'DATA_PRIVACY_FRAMEWORK',
  'PRIVACY_SHIELD',
  'BINDING_CORPORATE_RULES',
  'DEROGATION',
] as const;
export type TransferSafeguard = (typeof TRANSFER_SAFEGUARDS)[number];

/** Privacy Shield was invalidated by the CJEU (C-311/18, Schrems II) on 16 July 2020: only historical versions cite it. */
export const LEGACY_SAFEGUARDS: ReadonlySet<TransferSafeguard> = new Set(['PRIVACY_SHIELD']);

const EU = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];
const EEA = [...EU, 'IS', 'LI', 'NO'];

/**
 * Countries inside each area, and countries an adequacy decision of that area covers. The United States is
 * adequate only for organisations certified under the Data Privacy Framework, so it is handled by that
 * safeguard rather than listed here. Lists as published by the Commission, the UK government, the FDPIC and
 * the ANPD; they change by decision, so they live in one place.
 */
export const AREA_COUNTRIES: Record<TransferArea, readonly string[]> = {
  EEA,
  UK: ['GB'],
  CH: ['CH'],
  BR: ['BR'],
};

export const ADEQUATE_COUNTRIES: Record<TransferArea, readonly string[]> = {
  EEA: ['AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY'],
  UK: [...EEA, 'GI', 'AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'UY'],
  CH: [...EEA, 'GB', 'GI', 'AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JE', 'MC', 'NZ', 'UY'],
  BR: [],
};

/** Whether data moving from `area` to `country` leaves the area without an adequacy decision. */
export function isRestrictedTransfer(area: TransferArea, country: string): boolean {
  const c = country.toUpperCase();
  return !AREA_COUNTRIES[area].includes(c) && !ADEQUATE_COUNTRIES[area].includes(c);
}

/** Safeguards each area recognises for restricted transfers. */
const RECOGNISED: Record<TransferArea, ReadonlySet<TransferSafeguard>> = {
  EEA: new Set(['STANDARD_CONTRACTUAL_CLAUSES', 'DATA_PRIVACY_FRAMEWORK', 'BINDING_CORPORATE_RULES', 'DEROGATION']),
  UK: new Set(['UK_IDTA', 'UK_ADDENDUM', 'DATA_PRIVACY_FRAMEWORK', 'BINDING_CORPORATE_RULES', 'DEROGATION']),
  CH: new Set(['STANDARD_CONTRACTUAL_CLAUSES', 'DATA_PRIVACY_FRAMEWORK', 'BINDING_CORPORATE_RULES', 'DEROGATION']),
  BR: new Set(['STANDARD_CONTRACTUAL_CLAUSES', 'BINDING_CORPORATE_RULES', 'DEROGATION']),
};

export interface TransferGap {
  jurisdiction: Jurisdiction;
  /** The countries outside the area without adequacy. */
  countries: string[];
  /** Why the given safeguards do not suffice. */
  reason: 'NO_SAFEGUARD' | 'SAFEGUARD_NOT_RECOGNISED' | 'DPF_ONLY_COVERS_US' | 'LEGACY_SAFEGUARD';
}

/**
 * For each of the tenant's regimes with a transfer regime, whether sending data to these countries needs a
 * safeguard the recipient does not have. An empty list means every transfer is covered.
 */
export function transferGaps(
  countries: readonly string[],
  safeguards: readonly TransferSafeguard[],
  jurisdictions: readonly Jurisdiction[],
): TransferGap[] {
  const gaps: TransferGap[] = [];
  for (const jurisdiction of jurisdictions) {
    const area = JURISDICTION_INFO[jurisdiction].transferArea;
    if (!area) continue;
    const restricted = [...new Set(countries.map((c) => c.toUpperCase()))].filter((c) => isRestrictedTransfer(area, c));
    if (!restricted.length) continue;
    const current = safeguards.filter((s) => !LEGACY_SAFEGUARDS.has(s));
    const recognised = current.filter((s) => RECOGNISED[area].has(s));
    if (!safeguards.length) {
      gaps.push({ jurisdiction, countries: restricted, reason: 'NO_SAFEGUARD' });
    } else if (!current.length) {
      gaps.push({ jurisdiction, countries: restricted, reason: 'LEGACY_SAFEGUARD' });
    } else if (!recognised.length) {
      gaps.push({ jurisdiction, countries: restricted, reason: 'SAFEGUARD_NOT_RECOGNISED' });
    } else if (recognised.every((s) => s === 'DATA_PRIVACY_FRAMEWORK') && restricted.some((c) => c !== 'US')) {
      gaps.push({ jurisdiction, countries: restricted.filter((c) => c !== 'US'), reason: 'DPF_ONLY_COVERS_US' });
    }
  }
  return gaps;
}

/** Whether any of the regimes treats sending data to these countries as an international transfer. */
export function isInternationalTransfer(countries: readonly string[], jurisdictions: readonly Jurisdiction[]): boolean {
  return jurisdictions.some((j) => {
    const area = JURISDICTION_INFO[j].transferArea;
    return area !== null && countries.some((c) => !AREA_COUNTRIES[area].includes(c.toUpperCase()));
  });
}
