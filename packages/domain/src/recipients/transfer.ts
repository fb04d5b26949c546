import { z } from 'zod';
import { plainDate } from '../common/fields.js';
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

/**
 * The parts of the Data Privacy Framework (DPF) a US organisation takes part in, as the DPF List shows them. Every
 * participant is in the EU-US DPF; the UK Extension and the Swiss-US DPF are joined separately. A certification
 * belongs to the recipient entity (it is recorded with the recipient or its catalog entry), never to a country.
 */
export const dataPrivacyFrameworkCertification = z.object({
  /** When its participation began, as the DPF List gives it (YYYY-MM-DD). */
  certifiedOn: plainDate,
  /** It takes part in the UK Extension to the EU-US DPF (transfers from the United Kingdom). */
  ukExtension: z.boolean().default(false),
  /** It takes part in the Swiss-US DPF (transfers from Switzerland). */
  swissFramework: z.boolean().default(false),
});
export type DataPrivacyFrameworkCertification = z.output<typeof dataPrivacyFrameworkCertification>;

/** When each area's transfer rules, and so every provision its instruments cite, began to apply. */
export const TRANSFER_LAW_IN_FORCE: Record<TransferArea, string> = {
  EEA: '2018-05-25', // GDPR, Art. 99(2)
  UK: '2021-01-01', // UK GDPR: the end of the Brexit transition period
  CH: '2023-09-01', // the revised FADP of 25 September 2020
  BR: '2020-09-18', // LGPD
};

/** The legal instruments a transfer can rest on, each in the terms of one area's law. */
export const TRANSFER_INSTRUMENTS = [
  'EU_ADEQUACY_DECISION',
  'EU_STANDARD_CONTRACTUAL_CLAUSES',
  'EU_US_DATA_PRIVACY_FRAMEWORK',
  'EU_BINDING_CORPORATE_RULES',
  'EU_DEROGATION',
  'UK_ADEQUACY_REGULATIONS',
  'UK_IDTA',
  'UK_ADDENDUM',
  'UK_EXTENSION_DATA_PRIVACY_FRAMEWORK',
  'UK_BINDING_CORPORATE_RULES',
  'UK_DEROGATION',
  'CH_ADEQUACY_DECISION',
  'CH_STANDARD_CONTRACTUAL_CLAUSES',
  'CH_US_DATA_PRIVACY_FRAMEWORK',
  'CH_BINDING_CORPORATE_RULES',
  'CH_EXCEPTION',
  'BR_STANDARD_CONTRACTUAL_CLAUSES',
  'BR_GLOBAL_CORPORATE_RULES',
  'BR_DEROGATION',
] as const;
export type TransferInstrumentId = (typeof TRANSFER_INSTRUMENTS)[number];

export interface TransferInstrument {
  id: TransferInstrumentId;
  /** The area whose law it serves. */
  area: TransferArea;
  /** The safeguard a recipient records to rely on it. */
  safeguard: TransferSafeguard;
  /** Its official name, in English. */
  name: string;
  /** The provisions of the area's law that make it a basis for the transfer. */
  citation: string;
  /** YYYY-MM-DD from which a transfer may rest on it. */
  inForceOn: string;
  /** A safeguard it only works together with: the UK Addendum amends the EU standard contractual clauses. */
  requires: TransferSafeguard | null;
}

const instrument = (
  id: TransferInstrumentId,
  area: TransferArea,
  safeguard: TransferSafeguard,
  name: string,
  citation: string,
  inForceOn: string,
  requires: TransferSafeguard | null = null,
): TransferInstrument => ({ id, area, safeguard, name, citation, inForceOn, requires });

const EU_SCC_DECISION = 'Commission Implementing Decision (EU) 2021/914 of 4 June 2021';
const ANPD_RESOLUTION = 'Resolution CD/ANPD No. 19 of 23 August 2024';

/**
 * Every instrument with its official name, citation and the date from which it applies (the later of the
 * instrument's own date and its law's). Sources: the decisions and regulations named; the UK instruments were
 * issued under s.119A DPA 2018 and took effect on 21 March 2022; the UK-US "data bridge" on 12 October 2023; the
 * Federal Council's recognition of the Swiss-US DPF on 15 September 2024; the ANPD's clauses on 23 August 2024.
 */
export const INSTRUMENTS: Readonly<Record<TransferInstrumentId, TransferInstrument>> = Object.fromEntries(
  [
    instrument(
      'EU_ADEQUACY_DECISION',
      'EEA',
      'ADEQUACY_DECISION',
      'Adequacy decision of the European Commission',
      'Art. 45(3) GDPR',
      '2018-05-25',
    ),
    instrument(
      'EU_STANDARD_CONTRACTUAL_CLAUSES',
      'EEA',
      'STANDARD_CONTRACTUAL_CLAUSES',
      `Standard contractual clauses for the transfer of personal data to third countries (${EU_SCC_DECISION})`,
      'Art. 46(2)(c) GDPR',
      '2021-06-27',
    ),
    instrument(
      'EU_US_DATA_PRIVACY_FRAMEWORK',
      'EEA',
      'DATA_PRIVACY_FRAMEWORK',
      'EU-US Data Privacy Framework (Commission Implementing Decision (EU) 2023/1795 of 10 July 2023)',
      'Art. 45(3) GDPR',
      '2023-07-10',
    ),
    instrument(
      'EU_BINDING_CORPORATE_RULES',
      'EEA',
      'BINDING_CORPORATE_RULES',
      'Binding corporate rules approved by a supervisory authority',
      'Art. 46(2)(b) and Art. 47 GDPR',
      '2018-05-25',
    ),
    instrument(
      'EU_DEROGATION',
      'EEA',
      'DEROGATION',
      'Derogation for a specific situation',
      'Art. 49(1) GDPR',
      '2018-05-25',
    ),
    instrument(
      'UK_ADEQUACY_REGULATIONS',
      'UK',
      'ADEQUACY_DECISION',
      'Adequacy regulations of the United Kingdom',
      'Art. 45(1) UK GDPR and s.17A DPA 2018',
      '2021-01-01',
    ),
    instrument(
      'UK_IDTA',
      'UK',
      'UK_IDTA',
      'International Data Transfer Agreement (IDTA), issued by the Information Commissioner',
      'Art. 46(2)(d) UK GDPR and s.119A DPA 2018',
      '2022-03-21',
    ),
    instrument(
      'UK_ADDENDUM',
      'UK',
      'UK_ADDENDUM',
      'International Data Transfer Addendum to the EU Commission Standard Contractual Clauses, issued by the Information Commissioner',
      'Art. 46(2)(d) UK GDPR and s.119A DPA 2018',
      '2022-03-21',
      'STANDARD_CONTRACTUAL_CLAUSES',
    ),
    instrument(
      'UK_EXTENSION_DATA_PRIVACY_FRAMEWORK',
      'UK',
      'DATA_PRIVACY_FRAMEWORK',
      'UK Extension to the EU-US Data Privacy Framework (Data Protection (Adequacy) (United States of America) Regulations 2023)',
      'Art. 45(1) UK GDPR and s.17A DPA 2018',
      '2023-10-12',
    ),
    instrument(
      'UK_BINDING_CORPORATE_RULES',
      'UK',
      'BINDING_CORPORATE_RULES',
      'Binding corporate rules approved by the Information Commissioner',
      'Art. 46(2)(b) and Art. 47 UK GDPR',
      '2021-01-01',
    ),
    instrument(
      'UK_DEROGATION',
      'UK',
      'DEROGATION',
      'Derogation for a specific situation',
      'Art. 49(1) UK GDPR',
      '2021-01-01',
    ),
    instrument(
      'CH_ADEQUACY_DECISION',
      'CH',
      'ADEQUACY_DECISION',
      'Adequacy decision of the Swiss Federal Council (Annex 1 to the Data Protection Ordinance)',
      'Art. 16(1) FADP',
      '2023-09-01',
    ),
    instrument(
      'CH_STANDARD_CONTRACTUAL_CLAUSES',
      'CH',
      'STANDARD_CONTRACTUAL_CLAUSES',
      `Standard contractual clauses of the European Commission (${EU_SCC_DECISION}), recognised by the FDPIC with the adaptations Swiss law requires`,
      'Art. 16(2)(d) FADP',
      '2023-09-01',
    ),
    instrument(
      'CH_US_DATA_PRIVACY_FRAMEWORK',
      'CH',
      'DATA_PRIVACY_FRAMEWORK',
      'Swiss-US Data Privacy Framework (recognised by the Swiss Federal Council, Annex 1 to the Data Protection Ordinance)',
      'Art. 16(1) FADP',
      '2024-09-15',
    ),
    instrument(
      'CH_BINDING_CORPORATE_RULES',
      'CH',
      'BINDING_CORPORATE_RULES',
      'Binding corporate rules approved by the FDPIC or by the data protection authority of a State with adequate protection',
      'Art. 16(2)(e) FADP',
      '2023-09-01',
    ),
    instrument('CH_EXCEPTION', 'CH', 'DEROGATION', 'Exception for a specific situation', 'Art. 17 FADP', '2023-09-01'),
    instrument(
      'BR_STANDARD_CONTRACTUAL_CLAUSES',
      'BR',
      'STANDARD_CONTRACTUAL_CLAUSES',
      `Standard contractual clauses of the ANPD (${ANPD_RESOLUTION})`,
      'Art. 33, II, b LGPD',
      '2024-08-23',
    ),
    instrument(
      'BR_GLOBAL_CORPORATE_RULES',
      'BR',
      'BINDING_CORPORATE_RULES',
      `Global corporate rules approved by the ANPD (${ANPD_RESOLUTION})`,
      'Art. 33, II, c LGPD',
      '2024-08-23',
    ),
    instrument(
      'BR_DEROGATION',
      'BR',
      'DEROGATION',
      'Transfer allowed for a specific situation',
      'Art. 33, III to IX LGPD',
      '2020-09-18',
    ),
  ].map((i) => [i.id, i]),
) as Record<TransferInstrumentId, TransferInstrument>;

/** Why a safeguard does not make a transfer lawful under one area's law. */
export type TransferRefusalReason =
  'SAFEGUARD_NOT_RECOGNISED' | 'LEGACY_SAFEGUARD' | 'DPF_ONLY_COVERS_US' | 'DPF_NOT_CERTIFIED' | 'UK_ADDENDUM_MISSING';

interface Refusal {
  reason: TransferRefusalReason;
  message: string;
}

const refused = (reason: TransferRefusalReason, message: string): Refusal => ({ reason, message });
const LEGACY = refused(
  'LEGACY_SAFEGUARD',
  'Privacy Shield was invalidated by the Court of Justice of the EU on 16 July 2020 (C-311/18)',
);
const UK_ONLY = (what: string) => refused('SAFEGUARD_NOT_RECOGNISED', `${what} is an instrument of UK law only`);

/** The rule for each safeguard under each area's law: the instrument it stands for, or why it is refused. */
const MATRIX: Record<TransferArea, Record<TransferSafeguard, TransferInstrumentId | Refusal>> = {
  EEA: {
    ADEQUACY_DECISION: 'EU_ADEQUACY_DECISION',
    STANDARD_CONTRACTUAL_CLAUSES: 'EU_STANDARD_CONTRACTUAL_CLAUSES',
    UK_IDTA: UK_ONLY('the IDTA'),
    UK_ADDENDUM: UK_ONLY('the UK Addendum'),
    DATA_PRIVACY_FRAMEWORK: 'EU_US_DATA_PRIVACY_FRAMEWORK',
    PRIVACY_SHIELD: LEGACY,
    BINDING_CORPORATE_RULES: 'EU_BINDING_CORPORATE_RULES',
    DEROGATION: 'EU_DEROGATION',
  },
  UK: {
    ADEQUACY_DECISION: 'UK_ADEQUACY_REGULATIONS',
    STANDARD_CONTRACTUAL_CLAUSES: refused(
      'UK_ADDENDUM_MISSING',
      'the EU standard contractual clauses alone are not valid for transfers under the UK GDPR (since 21 March 2024): add the UK Addendum, or use the IDTA',
    ),
    UK_IDTA: 'UK_IDTA',
    UK_ADDENDUM: 'UK_ADDENDUM',
    DATA_PRIVACY_FRAMEWORK: 'UK_EXTENSION_DATA_PRIVACY_FRAMEWORK',
    PRIVACY_SHIELD: LEGACY,
    BINDING_CORPORATE_RULES: 'UK_BINDING_CORPORATE_RULES',
    DEROGATION: 'UK_DEROGATION',
  },
  CH: {
    ADEQUACY_DECISION: 'CH_ADEQUACY_DECISION',
    STANDARD_CONTRACTUAL_CLAUSES: 'CH_STANDARD_CONTRACTUAL_CLAUSES',
    UK_IDTA: UK_ONLY('the IDTA'),
    UK_ADDENDUM: UK_ONLY('the UK Addendum'),
    DATA_PRIVACY_FRAMEWORK: 'CH_US_DATA_PRIVACY_FRAMEWORK',
    PRIVACY_SHIELD: LEGACY,
    BINDING_CORPORATE_RULES: 'CH_BINDING_CORPORATE_RULES',
    DEROGATION: 'CH_EXCEPTION',
  },
  BR: {
    ADEQUACY_DECISION: refused('SAFEGUARD_NOT_RECOGNISED', 'the ANPD has recognised no country as adequate'),
    STANDARD_CONTRACTUAL_CLAUSES: 'BR_STANDARD_CONTRACTUAL_CLAUSES',
    UK_IDTA: UK_ONLY('the IDTA'),
    UK_ADDENDUM: UK_ONLY('the UK Addendum'),
    DATA_PRIVACY_FRAMEWORK: refused(
      'SAFEGUARD_NOT_RECOGNISED',
      'the LGPD does not recognise the Data Privacy Framework',
    ),
    PRIVACY_SHIELD: LEGACY,
    BINDING_CORPORATE_RULES: 'BR_GLOBAL_CORPORATE_RULES',
    DEROGATION: 'BR_DEROGATION',
  },
};

/** The instrument each area relies on for a country with adequacy (none for Brazil, which has no such decision). */
const ADEQUACY: Record<TransferArea, TransferInstrumentId | null> = {
  EEA: 'EU_ADEQUACY_DECISION',
  UK: 'UK_ADEQUACY_REGULATIONS',
  CH: 'CH_ADEQUACY_DECISION',
  BR: null,
};

/** Whether a DPF certification includes the part each area's law relies on (Brazil recognises none). */
const DPF_PART: Record<TransferArea, (c: DataPrivacyFrameworkCertification) => boolean> = {
  EEA: () => true,
  UK: (c) => c.ukExtension,
  CH: (c) => c.swissFramework,
  BR: () => false,
};
const DPF_PART_NAME: Record<TransferArea, string> = {
  EEA: 'the EU-US Data Privacy Framework',
  UK: 'the UK Extension to the EU-US Data Privacy Framework',
  CH: 'the Swiss-US Data Privacy Framework',
  BR: 'the Data Privacy Framework',
};

const AREA_NAMES: Record<TransferArea, string> = {
  EEA: 'the EEA',
  UK: 'the United Kingdom',
  CH: 'Switzerland',
  BR: 'Brazil',
};

/** One cell of the matrix: what a safeguard means for data sent from an area to a country. */
export type TransferCell =
  { kind: 'INSTRUMENT'; instrument: TransferInstrument } | { kind: 'NOT_A_TRANSFER' } | ({ kind: 'REFUSED' } & Refusal);

/**
 * The instrument matrix: for a controller under the law of `area` sending data to `country` on `safeguard`, the
 * instrument to name (with its official name, citation and date), or why the safeguard is refused. The Data
 * Privacy Framework depends on the recipient's certification: it covers the United States only, and only the
 * regimes whose part of the framework the recipient has joined. A safeguard that needs another (the UK Addendum
 * needs the EU clauses) is checked by `coveringInstruments`, which sees all of a recipient's safeguards.
 * `country` null is a destination not known (recipients named by category): only its checks are left out.
 */
export function transferInstrument(
  area: TransferArea,
  country: string | null,
  safeguard: TransferSafeguard,
  certification: DataPrivacyFrameworkCertification | null = null,
): TransferCell {
  const c = country?.toUpperCase() ?? null;
  if (c !== null && AREA_COUNTRIES[area].includes(c)) return { kind: 'NOT_A_TRANSFER' };
  const rule = MATRIX[area][safeguard];
  if (typeof rule !== 'string') return { kind: 'REFUSED', ...rule };
  if (c !== null && safeguard === 'ADEQUACY_DECISION' && !ADEQUATE_COUNTRIES[area].includes(c)) {
    return {
      kind: 'REFUSED',
      ...refused('SAFEGUARD_NOT_RECOGNISED', `no adequacy decision covers ${c} for transfers from ${AREA_NAMES[area]}`),
    };
  }
  if (safeguard === 'DATA_PRIVACY_FRAMEWORK') {
    if (c !== null && c !== 'US') {
      return {
        kind: 'REFUSED',
        ...refused(
          'DPF_ONLY_COVERS_US',
          `the Data Privacy Framework covers transfers to the United States only, not ${c}`,
        ),
      };
    }
    if (!certification) {
      return {
        kind: 'REFUSED',
        ...refused('DPF_NOT_CERTIFIED', 'the recipient’s Data Privacy Framework certification is not recorded'),
      };
    }
    if (!DPF_PART[area](certification)) {
      return {
        kind: 'REFUSED',
        ...refused('DPF_NOT_CERTIFIED', `the recipient’s certification does not include ${DPF_PART_NAME[area]}`),
      };
    }
  }
  return { kind: 'INSTRUMENT', instrument: INSTRUMENTS[rule] };
}

/** What a recipient's safeguards give for one country, under one area's law. */
export interface CoveredTransfer {
  /** The instruments to name, in safeguard order: the adequacy instrument for a country with adequacy. */
  instruments: TransferInstrument[];
  /** Why each other recorded safeguard does not count. */
  refusals: (Refusal & { safeguard: TransferSafeguard })[];
}

/**
 * The instruments that make sending data from `area` to `country` lawful, given everything the recipient records
 * (`country` null: to countries not known, as for a recipient named by category).
 */
export function coveringInstruments(
  area: TransferArea,
  country: string | null,
  recipient: {
    safeguards: readonly TransferSafeguard[];
    dataPrivacyFramework?: DataPrivacyFrameworkCertification | null;
  },
): CoveredTransfer {
  const c = country?.toUpperCase() ?? null;
  if (c !== null && AREA_COUNTRIES[area].includes(c)) return { instruments: [], refusals: [] };
  const adequacy = ADEQUACY[area];
  if (c !== null && adequacy && ADEQUATE_COUNTRIES[area].includes(c))
    return { instruments: [INSTRUMENTS[adequacy]], refusals: [] };
  const result: CoveredTransfer = { instruments: [], refusals: [] };
  for (const safeguard of TRANSFER_SAFEGUARDS.filter((s) => recipient.safeguards.includes(s))) {
    const cell = transferInstrument(area, c, safeguard, recipient.dataPrivacyFramework ?? null);
    if (cell.kind === 'REFUSED') result.refusals.push({ safeguard, reason: cell.reason, message: cell.message });
    else if (cell.kind === 'INSTRUMENT') {
      const needs = cell.instrument.requires;
      if (needs && !recipient.safeguards.includes(needs)) {
        result.refusals.push({
          safeguard,
          reason: 'SAFEGUARD_NOT_RECOGNISED',
          message: 'the UK Addendum amends the EU standard contractual clauses: record those clauses as well',
        });
      } else result.instruments.push(cell.instrument);
    }
  }
  return result;
}

/** The date from which a transfer may rest on an instrument: a DPF instrument also waits for the certification. */
export function instrumentInForceOn(
  instrument: TransferInstrument,
  certification: DataPrivacyFrameworkCertification | null | undefined,
): string {
  return instrument.safeguard === 'DATA_PRIVACY_FRAMEWORK' &&
    certification &&
    certification.certifiedOn > instrument.inForceOn
    ? certification.certifiedOn
    : instrument.inForceOn;
}

export interface TransferGap {
  jurisdiction: Jurisdiction;
  /** The countries outside the area without adequacy. */
  countries: string[];
  /** Why the given safeguards do not suffice. */
  reason: 'NO_SAFEGUARD' | TransferRefusalReason;
}

// When several safeguards are refused for one country, the gap names the most specific reason.
const REASON_ORDER: readonly TransferRefusalReason[] = [
  'DPF_NOT_CERTIFIED',
  'UK_ADDENDUM_MISSING',
  'DPF_ONLY_COVERS_US',
  'SAFEGUARD_NOT_RECOGNISED',
  'LEGACY_SAFEGUARD',
];

/**
 * For each of the tenant's regimes with a transfer regime, whether sending data to these countries needs a
 * safeguard the recipient does not have, by the instrument matrix. Countries with the same reason are grouped, in
 * the order given. An empty list means every transfer is covered.
 */
export function transferGaps(
  countries: readonly string[],
  safeguards: readonly TransferSafeguard[],
  jurisdictions: readonly Jurisdiction[],
  dataPrivacyFramework: DataPrivacyFrameworkCertification | null = null,
): TransferGap[] {
  const gaps: TransferGap[] = [];
  for (const jurisdiction of jurisdictions) {
    const area = JURISDICTION_INFO[jurisdiction].transferArea;
    if (!area) continue;
    const byReason = new Map<TransferGap['reason'], string[]>();
    for (const country of new Set(countries.map((c) => c.toUpperCase()))) {
      if (!isRestrictedTransfer(area, country)) continue;
      const { instruments, refusals } = coveringInstruments(area, country, { safeguards, dataPrivacyFramework });
      if (instruments.length) continue;
      const reason = refusals.length
        ? REASON_ORDER.find((r) => refusals.some((x) => x.reason === r))!
        : ('NO_SAFEGUARD' as const);
      byReason.set(reason, [...(byReason.get(reason) ?? []), country]);
    }
    for (const [reason, list] of byReason) gaps.push({ jurisdiction, countries: list, reason });
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
