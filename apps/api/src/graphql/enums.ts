import { registerEnumType } from 'type-graphql';
import {
  AGENCY_ROLES,
  AUTHORISED_AGENT_PROOFS,
  CCPA_CATEGORIES,
  CONSENT_CHOICES,
  CONSENT_METHODS,
  COOKIE_DURATION_UNITS,
  COOKIE_KINDS,
  DATA_SOURCES,
  JURISDICTIONS,
  LANGUAGES,
  TRANSLATION_STATES,
  LEGAL_BASES,
  POLICY_SECTIONS,
  PROVISION_REQUIREMENTS,
  REFUSAL_GROUNDS,
  REQUEST_ACTIONS,
  REQUEST_STATES,
  REQUEST_TYPES,
  RECIPIENT_ROLES,
  REPRESENTATIVE_REGIONS,
  RETENTION_TRIGGERS,
  RETENTION_UNITS,
  RIGHTS,
  SECURITY_MEASURES,
  SPECIAL_CATEGORIES,
  SPECIAL_CATEGORY_CONDITIONS,
  CRIMINAL_OFFENCE_AUTHORITIES,
  RESPONSE_TIME_UNITS,
  VOLUNTEERED_SPECIAL_DATA_HANDLING,
  TENANT_ROLES,
  TRANSFER_SAFEGUARDS,
} from '@noticeboard/domain';

/** GraphQL enums straight from the domain's value lists, so the schema cannot drift from the rules. */
export function enumOf<const V extends string>(
  values: readonly V[],
  name: string,
  description: string,
): Record<string, V> {
  const e = Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as Record<string, V>;
  registerEnumType(e, { name, description });
  return e;
}

export const JurisdictionEnum = enumOf(JURISDICTIONS, 'Jurisdiction', 'A data-protection regime a tenant serves.');
export const LanguageEnum = enumOf(LANGUAGES, 'Language', 'A language policies are written in.');
export const RightEnum = enumOf(RIGHTS, 'DataSubjectRight', 'A right a data subject holds under some regime.');
export const AgencyRoleEnum = enumOf(
  AGENCY_ROLES,
  'AgencyRole',
  'OWNER: every tenant of the agency; MEMBER: assigned tenants only.',
);
export const TenantRoleEnum = enumOf(TENANT_ROLES, 'TenantRole', 'What someone may do inside one tenant.');
export const RepresentativeRegionEnum = enumOf(
  REPRESENTATIVE_REGIONS,
  'RepresentativeRegion',
  'Where an Art. 27 representative acts.',
);
export const SpecialCategoryEnum = enumOf(
  SPECIAL_CATEGORIES,
  'SpecialCategory',
  'GDPR Art. 9(1) special categories, and Art. 10 criminal-offence data.',
);
export const DataSourceEnum = enumOf(DATA_SOURCES, 'DataSource', 'Where personal data comes from.');
export const ProvisionRequirementEnum = enumOf(
  PROVISION_REQUIREMENTS,
  'ProvisionRequirement',
  'Art. 13(2)(e): whether providing the data is required.',
);
export const AuthorisedAgentProofEnum = enumOf(
  AUTHORISED_AGENT_PROOFS,
  'AuthorisedAgentProof',
  "CCPA (11 CCR § 7063(a)): what an authorised agent must show. SIGNED_PERMISSION: the consumer's signed permission; SIGNED_PERMISSION_AND_CONSUMER_CONFIRMATION: that, and the consumer may be asked to verify their own identity or confirm the permission.",
);
export const CcpaCategoryEnum = enumOf(
  CCPA_CATEGORIES,
  'CcpaCategory',
  'CCPA § 1798.140(v) category of personal information.',
);
export const LegalBasisEnum = enumOf(LEGAL_BASES, 'LegalBasis', 'GDPR Art. 6(1)(a)–(f).');
export const SpecialCategoryConditionEnum = enumOf(
  SPECIAL_CATEGORY_CONDITIONS,
  'SpecialCategoryCondition',
  'GDPR Art. 9(2)(a)–(j).',
);
export const CriminalOffenceAuthorityEnum = enumOf(
  CRIMINAL_OFFENCE_AUTHORITIES,
  'CriminalOffenceAuthority',
  'GDPR Art. 10: what allows processing criminal-offence data — official authority, or a law that authorises it (in the UK a condition of DPA 2018 Sch. 1).',
);
export const VolunteeredSpecialDataHandlingEnum = enumOf(
  VOLUNTEERED_SPECIAL_DATA_HANDLING,
  'VolunteeredSpecialDataHandling',
  'What happens to special-category data people send without being asked: DELETED, or PROCESSED_WITH_EXPLICIT_CONSENT for what they sent it for (GDPR Art. 9(2)(a)).',
);
export const ResponseTimeUnitEnum = enumOf(RESPONSE_TIME_UNITS, 'ResponseTimeUnit', 'Unit of a response time.');
export const RetentionUnitEnum = enumOf(RETENTION_UNITS, 'RetentionUnit', 'Unit of a retention period.');
export const RetentionTriggerEnum = enumOf(RETENTION_TRIGGERS, 'RetentionTrigger', 'What starts the retention clock.');
export const RecipientRoleEnum = enumOf(
  RECIPIENT_ROLES,
  'RecipientRole',
  'GDPR role of a recipient, or CATEGORY for a kind of recipient.',
);
export const TransferSafeguardEnum = enumOf(
  TRANSFER_SAFEGUARDS,
  'TransferSafeguard',
  'What makes an international transfer lawful. PRIVACY_SHIELD only in historical versions.',
);
export const CookieKindEnum = enumOf(COOKIE_KINDS, 'CookieKind', 'Consent category of a cookie.');
export const CookieDurationUnitEnum = enumOf(COOKIE_DURATION_UNITS, 'CookieDurationUnit', 'Unit of a cookie lifetime.');
export const PolicySectionEnum = enumOf(POLICY_SECTIONS, 'PolicySection', 'A section of the rendered policy.');
export const SecurityMeasureEnum = enumOf(
  SECURITY_MEASURES,
  'SecurityMeasure',
  'A security measure the policy may state.',
);
export const ConsentMethodEnum = enumOf(
  CONSENT_METHODS,
  'ConsentMethod',
  'How a person gave their answer: a cookie banner, a form, an integration, or an import.',
);
export const ConsentChoiceEnum = enumOf(CONSENT_CHOICES, 'ConsentChoice', "A person's answer for one purpose.");
export const RequestTypeEnum = enumOf(
  REQUEST_TYPES,
  'RequestType',
  'What a data subject asks for; each exercises a right.',
);
export const RequestStateEnum = enumOf(REQUEST_STATES, 'RequestState', 'Where a data-subject request stands.');
export const RequestActionEnum = enumOf(
  REQUEST_ACTIONS,
  'RequestAction',
  'A step that moves a request to another state.',
);
export const RefusalGroundEnum = enumOf(REFUSAL_GROUNDS, 'RefusalGround', 'Why a request may be refused.');
export const TranslationStateEnum = enumOf(
  TRANSLATION_STATES,
  'TranslationState',
  'CURRENT: translated from the text as it is now; OUTDATED: the default text changed since; UNTRANSLATED: a copy of the default text kept as a starting point; MISSING: none.',
);
