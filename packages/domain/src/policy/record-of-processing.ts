import { JURISDICTION_INFO, type Jurisdiction } from '../jurisdictions/jurisdiction.js';
import { LEGAL_BASIS_REFERENCE, legalBasesOf } from '../purposes/legal-basis.js';
import { isInternationalTransfer, isRestrictedTransfer } from '../recipients/transfer.js';
import type { RetentionRule } from '../retention/retention-rule.js';
import type { PolicySnapshot } from './policy.js';

/**
 * The record of processing activities (GDPR Art. 30(1); UK GDPR Art. 30(1)) worked out from the same data as the
 * policy: one activity per purpose. An element the data does not hold is never left blank: it says what is
 * missing, and the activity lists it, so the record shows its own gaps. Written in English: it is the
 * controller's internal record for the supervisory authority, not a notice to people.
 */

/** The elements of Art. 30(1), as the record's columns name them. */
export const ROPA_ELEMENTS = [
  'controller',
  'purpose',
  'dataSubjects',
  'personalData',
  'recipients',
  'transfers',
  'retention',
  'security',
] as const;
export type RopaElement = (typeof ROPA_ELEMENTS)[number];

/** Where each element comes from in Art. 30(1). */
export const ROPA_ELEMENT_REFERENCE: Readonly<Record<RopaElement, string>> = {
  controller: 'Art. 30(1)(a)',
  purpose: 'Art. 30(1)(b)',
  dataSubjects: 'Art. 30(1)(c)',
  personalData: 'Art. 30(1)(c)',
  recipients: 'Art. 30(1)(d)',
  transfers: 'Art. 30(1)(e)',
  retention: 'Art. 30(1)(f)',
  security: 'Art. 30(1)(g)',
};

export interface RopaController {
  name: string;
  contact: string;
  jointControllers: string;
  representatives: string;
  dataProtectionOfficer: string;
}

export interface ProcessingActivity {
  purposeId: string;
  purpose: string;
  legalBasis: string;
  dataSubjects: string;
  personalData: string;
  recipients: string;
  transfers: string;
  retention: string;
  security: string;
  /** The Art. 30(1) elements this activity's data does not give (their cells say what to add). */
  missing: RopaElement[];
}

export interface RecordOfProcessing {
  controller: RopaController;
  activities: ProcessingActivity[];
  /** Whether a regime the controller serves requires the record (EU or UK GDPR); the record is useful either way. */
  required: boolean;
  /** The regimes it is kept for. */
  regimes: string[];
}

const NOT_RECORDED = 'Not recorded';
const missingText = (what: string) => `${NOT_RECORDED}: ${what}`;
const list = (items: readonly string[]) => items.join('; ');

const UNIT_WORDS: Record<string, [string, string]> = {
  DAYS: ['day', 'days'],
  WEEKS: ['week', 'weeks'],
  MONTHS: ['month', 'months'],
  YEARS: ['year', 'years'],
};
const TRIGGER_WORDS: Record<string, string> = {
  COLLECTION: 'from collection',
  END_OF_RELATIONSHIP: 'from the end of the relationship',
  END_OF_ENQUIRY: 'from the end of the enquiry',
  LAST_INTERACTION: 'from the last interaction',
  END_OF_RECRUITMENT: 'from the end of the recruitment process',
  CONSENT_WITHDRAWN: 'from the withdrawal of consent',
  END_OF_FINANCIAL_YEAR: 'from the end of the financial year',
};

function describeRetention(rule: Pick<RetentionRule, 'period' | 'criteria'>): string | null {
  const parts: string[] = [];
  if (rule.period) {
    const [one, many] = UNIT_WORDS[rule.period.unit] ?? [rule.period.unit, rule.period.unit];
    parts.push(
      `${rule.period.amount} ${rule.period.amount === 1 ? one : many} ${TRIGGER_WORDS[rule.period.trigger] ?? rule.period.trigger}`,
    );
  }
  if (rule.criteria) parts.push(rule.criteria);
  return parts.length ? parts.join('. ') : null;
}

const SAFEGUARD_WORDS: Record<string, string> = {
  ADEQUACY_DECISION: 'adequacy decision',
  STANDARD_CONTRACTUAL_CLAUSES: 'standard contractual clauses',
  UK_IDTA: 'UK International Data Transfer Agreement',
  UK_ADDENDUM: 'UK Addendum to the standard contractual clauses',
  DATA_PRIVACY_FRAMEWORK: 'EU-U.S. Data Privacy Framework',
  PRIVACY_SHIELD: 'Privacy Shield (invalidated 16 July 2020)',
  BINDING_CORPORATE_RULES: 'binding corporate rules',
  DEROGATION: 'derogation (Art. 49)',
};

const SECURITY_WORDS: Record<string, string> = {
  ENCRYPTION_IN_TRANSIT: 'encryption in transit',
  ENCRYPTION_AT_REST: 'encryption at rest',
  ACCESS_CONTROL: 'access control',
  PSEUDONYMISATION: 'pseudonymisation',
  STAFF_TRAINING: 'staff training',
  CONFIDENTIALITY_AGREEMENTS: 'confidentiality agreements',
  BACKUPS: 'backups',
  PENETRATION_TESTING: 'penetration testing',
  INCIDENT_RESPONSE: 'incident response',
  CERTIFIED_ISMS: 'certified information security management system',
};
const words = (table: Record<string, string>, key: string) => table[key] ?? key.toLowerCase().replace(/_/g, ' ');

const ROLE_WORDS: Record<string, string> = {
  PROCESSOR: 'processor',
  INDEPENDENT_CONTROLLER: 'controller',
  JOINT_CONTROLLER: 'joint controller',
  CATEGORY: 'category of recipients',
};

const postal = (a: { streetAddress: string; locality: string; postalCode?: string | null; country: string } | null) =>
  a ? [a.streetAddress, [a.postalCode, a.locality].filter(Boolean).join(' '), a.country].join(', ') : null;

/** The record of processing activities of a policy's data. */
export function recordOfProcessing(snapshot: PolicySnapshot): RecordOfProcessing {
  const c = snapshot.controller;
  const jurisdictions = c.jurisdictions as readonly Jurisdiction[];
  const registered = c.offices.find((o) => o.registered) ?? c.offices[0];
  const contact = [postal(registered?.address ?? null), c.contactEmail, c.contactPhone].filter(Boolean).join('; ');
  const joint = snapshot.recipients.filter((r) => r.role === 'JOINT_CONTROLLER');
  const dpo = c.dpo;
  const controller: RopaController = {
    name: c.tradingName ? `${c.legalName} (${c.tradingName})` : c.legalName,
    contact: contact || missingText('contact details of the controller'),
    jointControllers: joint.length ? list(joint.map((r) => r.legalEntity ?? r.name)) : 'None',
    representatives: c.representatives.length
      ? list(c.representatives.map((r) => `${r.region}: ${r.name}${r.email ? `, ${r.email}` : ''}`))
      : 'None appointed',
    dataProtectionOfficer: dpo
      ? [dpo.name, dpo.email, dpo.phone, postal(dpo.address)].filter(Boolean).join(', ')
      : 'None appointed',
  };

  const audiences = new Map(snapshot.audiences.map((a) => [a.id, a]));
  const categories = new Map(snapshot.dataCategories.map((d) => [d.id, d]));
  const recipients = new Map(snapshot.recipients.map((r) => [r.id, r]));
  const measures = snapshot.settings.securityMeasures ?? [];
  const general = snapshot.settings.generalRetention ?? null;

  const activities = snapshot.purposes.map((p): ProcessingActivity => {
    const missing: RopaElement[] = [];
    const cell = (element: RopaElement, value: string | null, whatIsMissing: string) => {
      if (value) return value;
      missing.push(element);
      return missingText(whatIsMissing);
    };
    const subjects = p.audienceIds.flatMap((id) => audiences.get(id)?.name ?? []);
    const data = p.dataCategoryIds.flatMap((id) => {
      const d = categories.get(id);
      return d ? [d.specialCategory ? `${d.name} (special category)` : d.name] : [];
    });
    const sentTo = p.recipientIds.flatMap((id) => recipients.get(id) ?? []);
    const abroad = sentTo.filter((r) =>
      isInternationalTransfer([...(r.country ? [r.country] : []), ...r.processingCountries], jurisdictions),
    );
    const ownRetention = describeRetention(p.retention);
    const retention = p.retention.general
      ? [general ? describeRetention(general) : null, ownRetention].filter(Boolean).join('. ') || null
      : ownRetention;
    return {
      purposeId: p.id,
      purpose: cell('purpose', [p.name, p.description].filter(Boolean).join(': '), 'the purpose'),
      legalBasis: legalBasesOf(p)
        .map((b) => LEGAL_BASIS_REFERENCE[b])
        .join('; '),
      dataSubjects: cell('dataSubjects', subjects.length ? list(subjects) : null, 'the categories of data subjects'),
      personalData: cell('personalData', data.length ? list(data) : null, 'the categories of personal data'),
      // No recipient is an answer too: the data say the purpose shares nothing.
      recipients: sentTo.length
        ? list(sentTo.map((r) => `${r.name} (${ROLE_WORDS[r.role] ?? r.role}${r.country ? `, ${r.country}` : ''})`))
        : 'None',
      transfers: abroad.length
        ? list(
            abroad.map((r) => {
              const countries = [...new Set([...(r.country ? [r.country] : []), ...r.processingCountries])].join(', ');
              const safeguards = r.safeguards.map((s) => words(SAFEGUARD_WORDS, s));
              // Only a country without an adequacy decision under a regime needs a safeguard of its own.
              const restricted = [...new Set([...(r.country ? [r.country] : []), ...r.processingCountries])].some(
                (country) =>
                  jurisdictions.some((j) => {
                    const area = JURISDICTION_INFO[j].transferArea;
                    return area !== null && isRestrictedTransfer(area, country);
                  }),
              );
              const how = safeguards.length
                ? `${safeguards.join(', ')}${r.transferDetails ? ` (${r.transferDetails})` : ''}`
                : restricted
                  ? missingText('the safeguard (Art. 46) or derogation (Art. 49)')
                  : 'adequacy decision';
              if (!safeguards.length && restricted && !missing.includes('transfers')) missing.push('transfers');
              return `${r.name} to ${countries}: ${how}`;
            }),
          )
        : 'None',
      retention: cell('retention', retention, 'the time limit for erasure, or the criteria that set it'),
      security: cell(
        'security',
        measures.length ? list(measures.map((m) => words(SECURITY_WORDS, m))) : null,
        'a general description of the technical and organisational security measures (Art. 32(1))',
      ),
      missing,
    };
  });
  if (controller.contact.startsWith(NOT_RECORDED)) for (const a of activities) a.missing.unshift('controller');

  const required = jurisdictions.filter((j) => j === 'EU_GDPR' || j === 'UK_GDPR');
  return {
    controller,
    activities,
    required: required.length > 0,
    regimes: required.map((j) => JURISDICTION_INFO[j].name),
  };
}
