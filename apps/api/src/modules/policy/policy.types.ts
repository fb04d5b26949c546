import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  FIELD_LIMITS,
  LANGUAGES,
  POLICY_ANSWER_QUESTIONS,
  POLICY_SETTINGS_LIMITS,
  RETENTION_LIMITS,
  type AuthorisedAgentProof,
  type Language,
  type ResponseTimeUnit,
  type VolunteeredSpecialDataHandling,
  type PolicyAnswer,
  type PolicySnapshot,
  type SecurityMeasure,
} from '@noticeboard/domain';
import {
  AuthorisedAgentProofEnum,
  LanguageEnum,
  ResponseTimeUnitEnum,
  SecurityMeasureEnum,
  VolunteeredSpecialDataHandlingEnum,
} from '../../graphql/enums.js';
import { RetentionPeriod, RetentionPeriodInput } from '../purposes/purpose.types.js';
import { FieldProblem, ResultUnion } from '../../graphql/user-error.js';
import { Translation, TranslationInput } from '../common/translation.types.js';

const PUBLISHED_LANGUAGES =
  'The languages the policy is published in besides the default language (always published). Publishing needs every text of the policy translated into each (the completeness gate lists each missing translation).';
import { RightAvailability } from '../tenants/tenant.types.js';

/** An explicit answer's description: the question, and what null means. */
const answer = (name: PolicyAnswer) => ({
  nullable: true,
  description: `${POLICY_ANSWER_QUESTIONS[name]} Null: not answered, so the policy says nothing either way (the completeness check asks where a regime requires the answer).`,
});

/** Descriptions of the general statements, shared by the output and the input. */
const GENERAL = {
  volunteered: 'What happens to special-category data people send unasked; null: the policy says nothing about it.',
  dataAboutOthers:
    'The personal data about other people that people give you ("the names of colleagues you invite"): the policy asks them to tell those people. Null says nothing.',
  enquiryResponseTime:
    'How quickly general enquiries (not rights requests, which have legal deadlines) are answered; null promises nothing.',
  generalRetention:
    'A company-wide retention rule stated once; purposes follow it with retention { general: true }. Null: none.',
};

@ObjectType({ description: 'A response time: an amount of hours, days or business days.' })
export class ResponseTime {
  @Field(() => Int) amount: number;
  @Field(() => ResponseTimeUnitEnum) unit: ResponseTimeUnit;
}

@InputType()
export class ResponseTimeInput {
  @Field(() => Int, { description: '1 to 365.' }) amount: number;
  @Field(() => ResponseTimeUnitEnum) unit: ResponseTimeUnit;
}

@ObjectType({ description: 'The company-wide retention rule: a period, criteria, or both.' })
export class GeneralRetentionRule {
  @Field(() => RetentionPeriod, { nullable: true }) period: RetentionPeriod | null;
  @Field(() => String, { nullable: true }) criteria: string | null;
}

@InputType({ description: 'Give a period, criteria, or both.' })
export class GeneralRetentionRuleInput {
  @Field(() => RetentionPeriodInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  period?: RetentionPeriodInput | null;
  @Field(() => String, { nullable: true }) @MaxLength(RETENTION_LIMITS.criteria) criteria?: string | null;
}

/** Descriptions of the regional fields that are not yes/no answers, shared by the output and the input. */
const REGIONAL = {
  tollFreeNumber:
    'CCPA § 1798.130(a)(1)(A): a toll-free number for requests; not needed when operatesExclusivelyOnline is true.',
  doNotSellOrShareUrl:
    'CCPA § 1798.135(a)(1): the https page behind the "Do Not Sell or Share My Personal Information" link; required when personal information is sold or shared (an email address does not satisfy it).',
  limitSensitiveUseUrl:
    'CCPA § 1798.135(a)(2): the https page behind the "Limit the Use of My Sensitive Personal Information" link; required when sensitive personal information is used beyond 11 CCR § 7027(m).',
  financialIncentiveNoticeUrl:
    'CCPA 11 CCR § 7016: the https page with the notice of financial incentive; only with offersFinancialIncentives true.',
  authorisedAgentProof: 'CCPA 11 CCR § 7063: what an authorised agent must show. Null: not answered.',
  verificationProcess:
    'CCPA 11 CCR §§ 7060–7062: how requests to know, delete and correct are verified, and what the consumer provides.',
  childrensDataTypes:
    "LGPD Art. 14 § 2: the types of children's and adolescents' data collected and how they are used; only with processesChildrensData true.",
  parentalConsentProcess:
    'LGPD Art. 14 §§ 1, 5: how the specific consent of a parent or legal guardian is obtained and checked; only with processesChildrensData true.',
  accountablePersonName: 'PIPEDA Sch. 1, Principle 4.1: the individual accountable for compliance.',
  accountablePersonTitle:
    'PIPEDA Sch. 1, Principle 4.1: the title of the individual accountable for compliance (name or title is required for PIPEDA).',
  accountablePersonEmail:
    "PIPEDA Sch. 1, Principle 4.8.2(a): where the accountable individual receives questions and complaints; the controller's contact email when unset.",
} as const;

@ObjectType({
  description: 'Policy-wide statements not attached to one purpose or recipient; defaults until first saved.',
})
export class PolicySettings {
  @Field(() => String, {
    nullable: true,
    description: 'Where people send rights requests; the contact email when unset.',
  })
  rightsContactEmail: string | null;
  @Field(() => String, { nullable: true, description: 'A rights request page (https).' }) rightsContactUrl:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Another channel for rights requests, in words: "raise a support ticket within the customer portal".',
  })
  rightsContactChannel: string | null;
  @Field(() => Int, { nullable: true, description: 'Services are not directed at children under this age.' })
  childrenMinimumAge: number | null;
  @Field(() => [SecurityMeasureEnum]) securityMeasures: SecurityMeasure[];
  @Field(() => Boolean, answer('automatedDecisionMaking')) automatedDecisionMaking: boolean | null;
  @Field(() => Boolean, answer('internationalTransfers')) internationalTransfers: boolean | null;
  @Field(() => Boolean, answer('disclosesPersonalData')) disclosesPersonalData: boolean | null;
  @Field(() => Boolean, answer('sellsOrSharesPersonalInformation')) sellsOrSharesPersonalInformation: boolean | null;
  @Field(() => Boolean, answer('soldOrSharedInPreceding12Months')) soldOrSharedInPreceding12Months: boolean | null;
  @Field(() => Boolean, answer('sensitivePersonalInformationOnlyForPermittedUses'))
  sensitivePersonalInformationOnlyForPermittedUses: boolean | null;
  @Field(() => Boolean, answer('rightsRequestsFreeOfCharge')) rightsRequestsFreeOfCharge: boolean | null;
  @Field(() => Boolean, answer('sellsOrSharesPersonalInformationOfMinors'))
  sellsOrSharesPersonalInformationOfMinors: boolean | null;
  @Field(() => Boolean, answer('processesOptOutPreferenceSignals')) processesOptOutPreferenceSignals: boolean | null;
  @Field(() => Boolean, answer('operatesExclusivelyOnline')) operatesExclusivelyOnline: boolean | null;
  @Field(() => Boolean, answer('offersFinancialIncentives')) offersFinancialIncentives: boolean | null;
  @Field(() => String, { nullable: true, description: REGIONAL.tollFreeNumber }) tollFreeNumber: string | null;
  @Field(() => String, { nullable: true, description: REGIONAL.doNotSellOrShareUrl })
  doNotSellOrShareUrl: string | null;
  @Field(() => String, { nullable: true, description: REGIONAL.limitSensitiveUseUrl })
  limitSensitiveUseUrl: string | null;
  @Field(() => String, { nullable: true, description: REGIONAL.financialIncentiveNoticeUrl })
  financialIncentiveNoticeUrl: string | null;
  @Field(() => AuthorisedAgentProofEnum, { nullable: true, description: REGIONAL.authorisedAgentProof })
  authorisedAgentProof: AuthorisedAgentProof | null;
  @Field(() => String, { nullable: true, description: REGIONAL.verificationProcess })
  verificationProcess: string | null;
  @Field(() => Boolean, answer('processesChildrensData')) processesChildrensData: boolean | null;
  @Field(() => String, { nullable: true, description: REGIONAL.childrensDataTypes })
  childrensDataTypes: string | null;
  @Field(() => String, { nullable: true, description: REGIONAL.parentalConsentProcess })
  parentalConsentProcess: string | null;
  @Field(() => String, { nullable: true, description: REGIONAL.accountablePersonName })
  accountablePersonName: string | null;
  @Field(() => String, { nullable: true, description: REGIONAL.accountablePersonTitle })
  accountablePersonTitle: string | null;
  @Field(() => String, { nullable: true, description: REGIONAL.accountablePersonEmail })
  accountablePersonEmail: string | null;
  @Field(() => String, { nullable: true, description: 'How people learn of changes to the policy.' }) changeNotice:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where the controller publishes this policy on its own website (http or https).',
  })
  policyUrl: string | null;
  @Field(() => Boolean, answer('sellsPersonalData')) sellsPersonalData: boolean | null;
  @Field(() => VolunteeredSpecialDataHandlingEnum, { nullable: true, description: GENERAL.volunteered })
  volunteeredSpecialCategoryData: VolunteeredSpecialDataHandling | null;
  @Field(() => String, { nullable: true, description: GENERAL.dataAboutOthers }) dataAboutOthers: string | null;
  @Field(() => ResponseTime, { nullable: true, description: GENERAL.enquiryResponseTime })
  enquiryResponseTime: ResponseTime | null;
  @Field(() => GeneralRetentionRule, { nullable: true, description: GENERAL.generalRetention })
  generalRetention: GeneralRetentionRule | null;
  @Field(() => String, { nullable: true, description: 'Brand colour of the rendered policy, #rrggbb.' }) accentColor:
    string | null;
  @Field(() => [LanguageEnum], { description: PUBLISHED_LANGUAGES })
  publishedLanguages: Language[];
  @Field(() => [Translation], { description: 'The statements above in the other languages (see `Translation`).' })
  translations: Translation[];
  @Field(() => Date, { nullable: true, description: 'Null until the settings are first saved.' })
  updatedAt: Date | null;
}

export const PolicySettingsResult = ResultUnion('PolicySettingsResult', PolicySettings);

@InputType({ description: 'Fields left out keep their value; null clears an optional field.' })
export class UpdatePolicySettingsInput {
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.email) rightsContactEmail?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.url) rightsContactUrl?: string | null;
  @Field(() => String, { nullable: true })
  @MaxLength(POLICY_SETTINGS_LIMITS.rightsContactChannel)
  rightsContactChannel?: string | null;
  @Field(() => Int, { nullable: true, description: '1 to 21.' }) childrenMinimumAge?: number | null;
  @Field(() => [SecurityMeasureEnum], { nullable: true }) @ArrayMaxSize(20) securityMeasures?: SecurityMeasure[];
  @Field(() => Boolean, answer('automatedDecisionMaking')) automatedDecisionMaking?: boolean | null;
  @Field(() => Boolean, answer('internationalTransfers')) internationalTransfers?: boolean | null;
  @Field(() => Boolean, answer('disclosesPersonalData')) disclosesPersonalData?: boolean | null;
  @Field(() => Boolean, answer('sellsOrSharesPersonalInformation')) sellsOrSharesPersonalInformation?: boolean | null;
  @Field(() => Boolean, answer('soldOrSharedInPreceding12Months')) soldOrSharedInPreceding12Months?: boolean | null;
  @Field(() => Boolean, answer('sensitivePersonalInformationOnlyForPermittedUses'))
  sensitivePersonalInformationOnlyForPermittedUses?: boolean | null;
  @Field(() => Boolean, answer('rightsRequestsFreeOfCharge')) rightsRequestsFreeOfCharge?: boolean | null;
  @Field(() => Boolean, answer('sellsOrSharesPersonalInformationOfMinors'))
  sellsOrSharesPersonalInformationOfMinors?: boolean | null;
  @Field(() => Boolean, answer('processesOptOutPreferenceSignals')) processesOptOutPreferenceSignals?: boolean | null;
  @Field(() => Boolean, answer('operatesExclusivelyOnline')) operatesExclusivelyOnline?: boolean | null;
  @Field(() => Boolean, answer('offersFinancialIncentives')) offersFinancialIncentives?: boolean | null;
  @Field(() => String, { nullable: true, description: REGIONAL.tollFreeNumber })
  @MaxLength(FIELD_LIMITS.phone)
  tollFreeNumber?: string | null;
  @Field(() => String, { nullable: true, description: REGIONAL.doNotSellOrShareUrl })
  @MaxLength(FIELD_LIMITS.url)
  doNotSellOrShareUrl?: string | null;
  @Field(() => String, { nullable: true, description: REGIONAL.limitSensitiveUseUrl })
  @MaxLength(FIELD_LIMITS.url)
  limitSensitiveUseUrl?: string | null;
  @Field(() => String, { nullable: true, description: REGIONAL.financialIncentiveNoticeUrl })
  @MaxLength(FIELD_LIMITS.url)
  financialIncentiveNoticeUrl?: string | null;
  @Field(() => AuthorisedAgentProofEnum, { nullable: true, description: REGIONAL.authorisedAgentProof })
  authorisedAgentProof?: AuthorisedAgentProof | null;
  @Field(() => String, { nullable: true, description: REGIONAL.verificationProcess })
  @MaxLength(POLICY_SETTINGS_LIMITS.verificationProcess)
  verificationProcess?: string | null;
  @Field(() => Boolean, answer('processesChildrensData')) processesChildrensData?: boolean | null;
  @Field(() => String, { nullable: true, description: REGIONAL.childrensDataTypes })
  @MaxLength(POLICY_SETTINGS_LIMITS.childrensDataTypes)
  childrensDataTypes?: string | null;
  @Field(() => String, { nullable: true, description: REGIONAL.parentalConsentProcess })
  @MaxLength(POLICY_SETTINGS_LIMITS.parentalConsentProcess)
  parentalConsentProcess?: string | null;
  @Field(() => String, { nullable: true, description: REGIONAL.accountablePersonName })
  @MaxLength(POLICY_SETTINGS_LIMITS.accountablePersonName)
  accountablePersonName?: string | null;
  @Field(() => String, { nullable: true, description: REGIONAL.accountablePersonTitle })
  @MaxLength(POLICY_SETTINGS_LIMITS.accountablePersonTitle)
  accountablePersonTitle?: string | null;
  @Field(() => String, { nullable: true, description: REGIONAL.accountablePersonEmail })
  @MaxLength(FIELD_LIMITS.email)
  accountablePersonEmail?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(POLICY_SETTINGS_LIMITS.changeNotice) changeNotice?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.url) policyUrl?: string | null;
  @Field(() => Boolean, answer('sellsPersonalData')) sellsPersonalData?: boolean | null;
  @Field(() => VolunteeredSpecialDataHandlingEnum, { nullable: true, description: GENERAL.volunteered })
  volunteeredSpecialCategoryData?: VolunteeredSpecialDataHandling | null;
  @Field(() => String, { nullable: true, description: GENERAL.dataAboutOthers })
  @MaxLength(POLICY_SETTINGS_LIMITS.dataAboutOthers)
  dataAboutOthers?: string | null;
  @Field(() => ResponseTimeInput, { nullable: true, description: GENERAL.enquiryResponseTime })
  @IsOptional()
  @ValidateNested()
  enquiryResponseTime?: ResponseTimeInput | null;
  @Field(() => GeneralRetentionRuleInput, { nullable: true, description: GENERAL.generalRetention })
  @IsOptional()
  @ValidateNested()
  generalRetention?: GeneralRetentionRuleInput | null;
  @Field(() => String, { nullable: true }) @MaxLength(7) accentColor?: string | null;
  @Field(() => [LanguageEnum], { nullable: true, description: PUBLISHED_LANGUAGES })
  @ArrayMaxSize(LANGUAGES.length)
  publishedLanguages?: Language[] | null;
  @Field(() => [TranslationInput], {
    nullable: true,
    description: 'The statements in other languages: the whole set (left out: kept as it is).',
  })
  @ArrayMaxSize(500)
  translations?: TranslationInput[] | null;
}

@ObjectType({ description: "The working draft of the tenant's policy, assembled from its current rows." })
export class PolicyDraft {
  @Field(() => GraphQLJSONObject, {
    description:
      'The structured policy (schemaVersion, controller, settings, audiences, dataCategories, purposes, recipients, cookies, clauses), in a deterministic order: what a published version stores.',
  })
  snapshot: PolicySnapshot;
  @Field(() => [FieldProblem], { description: 'References inside the snapshot that point nowhere; empty for a draft.' })
  problems: FieldProblem[];
  @Field(() => [RightAvailability], { description: "Rights across the tenant's jurisdictions." })
  rights: RightAvailability[];
}
