import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, Max, Min, ValidateNested } from 'class-validator';
import {
  FIELD_LIMITS,
  PURPOSE_LIMITS,
  RETENTION_LIMITS,
  type CriminalOffenceAuthority,
  type LegalBasis,
  type RetentionTrigger,
  type RetentionUnit,
  type SpecialCategoryCondition,
} from '@noticeboard/domain';
import { ConnectionType } from '../../graphql/connection.js';
import {
  CriminalOffenceAuthorityEnum,
  LegalBasisEnum,
  RetentionTriggerEnum,
  RetentionUnitEnum,
  SpecialCategoryConditionEnum,
} from '../../graphql/enums.js';
import { ResultUnion } from '../../graphql/user-error.js';
import { Translation, TranslationInput } from '../common/translation.types.js';

const LEGAL_OBLIGATION_ORIGIN =
  'Whose law imposes the obligation: EU for Union law, else the ISO country code. Art. 6(3) accepts only Union or Member State law (the UK GDPR: UK law).';
const CRIMINAL_OFFENCE_AUTHORITY = 'Art. 10: what allows the criminal-offence data this purpose covers.';
const CRIMINAL_OFFENCE_LAW =
  'The law that authorises it (in the UK, the DPA 2018 Sch. 1 condition), when the authority is AUTHORISED_BY_LAW.';

@ObjectType({ description: 'A fixed retention period from a trigger: "7 years from the end of the relationship".' })
export class RetentionPeriod {
  @Field(() => Int) amount: number;
  @Field(() => RetentionUnitEnum) unit: RetentionUnit;
  @Field(() => RetentionTriggerEnum) trigger: RetentionTrigger;
}

@ObjectType({ description: 'How long data is kept (Art. 13(2)(a)): a period, or the criteria in words, or both.' })
export class RetentionRule {
  @Field(() => RetentionPeriod, { nullable: true }) period: RetentionPeriod | null;
  @Field(() => String, { nullable: true }) criteria: string | null;
  @Field({
    description: 'Follows the company-wide rule of the policy settings (generalRetention); criteria add to it.',
  })
  general: boolean;
}

@InputType()
export class RetentionPeriodInput {
  @Field(() => Int, { description: '1 to 1200.' }) amount: number;
  @Field(() => RetentionUnitEnum) unit: RetentionUnit;
  @Field(() => RetentionTriggerEnum) trigger: RetentionTrigger;
}

@InputType({ description: 'Give a period, criteria, or both, or follow the general rule.' })
export class RetentionRuleInput {
  @Field(() => RetentionPeriodInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  period?: RetentionPeriodInput | null;
  @Field(() => String, { nullable: true }) @MaxLength(RETENTION_LIMITS.criteria) criteria?: string | null;
  @Field({ nullable: true, description: 'Follow the company-wide rule of the policy settings (generalRetention).' })
  general?: boolean;
}

@ObjectType({
  description: 'Which of a purpose’s data categories concern one of its audiences, where not all of them do.',
})
export class AudienceCategories {
  @Field(() => ID) audienceId: string;
  @Field(() => [ID], { description: 'Sorted; a subset of the purpose’s dataCategoryIds.' }) dataCategoryIds: string[];
}

@InputType()
export class AudienceCategoriesInput {
  @Field(() => ID, { description: 'One of the purpose’s audienceIds.' }) audienceId: string;
  @Field(() => [ID], { description: 'Some of the purpose’s dataCategoryIds.' })
  @ArrayMaxSize(FIELD_LIMITS.idList)
  dataCategoryIds: string[];
}

@ObjectType({ description: 'A further legal basis for part of a purpose’s processing, with what it covers.' })
export class AdditionalBasis {
  @Field(() => LegalBasisEnum) legalBasis: LegalBasis;
  @Field({ description: 'What this basis covers: "existing customers, about similar products".' }) scope: string;
  @Field(() => String, { nullable: true, description: 'Required with LEGITIMATE_INTERESTS (Art. 13(1)(d)).' })
  legitimateInterest: string | null;
  @Field(() => String, { nullable: true, description: 'The law, with LEGAL_OBLIGATION.' }) legalObligation:
    string | null;
  @Field(() => String, { nullable: true, description: LEGAL_OBLIGATION_ORIGIN }) legalObligationOrigin: string | null;
}

@InputType()
export class AdditionalBasisInput {
  @Field(() => LegalBasisEnum) legalBasis: LegalBasis;
  @Field() @MaxLength(PURPOSE_LIMITS.legalBasisScope) scope: string;
  @Field(() => String, { nullable: true }) @MaxLength(PURPOSE_LIMITS.legitimateInterest) legitimateInterest?:
    string | null;
  @Field(() => String, { nullable: true }) @MaxLength(PURPOSE_LIMITS.legalObligation) legalObligation?: string | null;
  @Field(() => String, { nullable: true, description: LEGAL_OBLIGATION_ORIGIN }) @MaxLength(2) legalObligationOrigin?:
    string | null;
}

const LEGAL_BASIS_SCOPE =
  'What the main legal basis covers, when additionalBases cover the rest; required once there are any.';
const ADDITIONAL_BASES =
  'Further legal bases for parts of the processing, each with its scope (at most 5; the list replaces the old one).';

const AUDIENCE_CATEGORIES =
  'Which of the purpose’s data categories concern each audience, where not all do (payment data from customers, not from website visitors). An audience without an entry concerns all; the list replaces the old one.';

@ObjectType({
  description:
    'Why the tenant processes personal data, on which legal basis, about whom, shared with whom, for how long.',
})
export class Purpose {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => LegalBasisEnum) legalBasis: LegalBasis;
  @Field({ description: 'The provision of the legal basis, e.g. "Art. 6(1)(f)".' }) legalBasisReference: string;
  @Field(() => String, { nullable: true, description: 'The legitimate interest in words (Art. 13(1)(d)).' })
  legitimateInterest: string | null;
  @Field(() => String, { nullable: true, description: 'The law imposing the obligation.' }) legalObligation:
    string | null;
  @Field(() => String, { nullable: true, description: LEGAL_OBLIGATION_ORIGIN })
  legalObligationOrigin: string | null;
  @Field(() => String, { nullable: true, description: LEGAL_BASIS_SCOPE }) legalBasisScope: string | null;
  @Field(() => [AdditionalBasis], { description: ADDITIONAL_BASES }) additionalBases: AdditionalBasis[];
  @Field(() => SpecialCategoryConditionEnum, {
    nullable: true,
    description:
      'The Art. 9(2) condition, for special-category data (criminal-offence data has an Art. 10 authority instead).',
  })
  specialCategoryCondition: SpecialCategoryCondition | null;
  @Field(() => CriminalOffenceAuthorityEnum, { nullable: true, description: CRIMINAL_OFFENCE_AUTHORITY })
  criminalOffenceAuthority: CriminalOffenceAuthority | null;
  @Field(() => String, { nullable: true, description: CRIMINAL_OFFENCE_LAW })
  criminalOffenceLaw: string | null;
  @Field(() => String, { nullable: true, description: 'The provision of the condition, e.g. "Art. 9(2)(a)".' })
  specialCategoryConditionReference: string | null;
  @Field({ description: 'Direct marketing: an unconditional right to object (Art. 21(2)).' }) directMarketing: boolean;
  @Field({ description: 'Sale or sharing in the CCPA sense (§ 1798.120).' }) saleOrSharing: boolean;
  @Field(() => String, { nullable: true, description: 'The logic of Art. 22 automated decisions, in words.' })
  automatedDecisionLogic: string | null;
  @Field(() => [ID], { description: 'Sorted.' }) audienceIds: string[];
  @Field(() => [ID], { description: 'Sorted.' }) dataCategoryIds: string[];
  @Field(() => [ID], { description: 'Sorted.' }) recipientIds: string[];
  @Field(() => [AudienceCategories], { description: AUDIENCE_CATEGORIES }) audienceCategories: AudienceCategories[];
  @Field(() => RetentionRule) retention: RetentionRule;
  @Field({
    description: 'Whether it relies on (explicit) consent, so the policy must mention withdrawal (Art. 13(2)(c)).',
  })
  reliesOnConsent: boolean;
  @Field(() => Int, { description: 'Order in the policy, ascending.' }) position: number;
  @Field(() => [Translation], { description: 'Its text in the other languages (see `Translation`).' })
  translations: Translation[];
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const PurposeConnection = ConnectionType(Purpose);
export const PurposeResult = ResultUnion('PurposeResult', Purpose);

@InputType()
export class CreatePurposeInput {
  @Field() @MaxLength(PURPOSE_LIMITS.name) name: string;
  @Field(() => String, { nullable: true }) @MaxLength(PURPOSE_LIMITS.description) description?: string | null;
  @Field(() => LegalBasisEnum) legalBasis: LegalBasis;
  @Field(() => String, { nullable: true, description: 'Required when the basis is LEGITIMATE_INTERESTS.' })
  @MaxLength(PURPOSE_LIMITS.legitimateInterest)
  legitimateInterest?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(PURPOSE_LIMITS.legalObligation) legalObligation?: string | null;
  @Field(() => String, { nullable: true, description: LEGAL_OBLIGATION_ORIGIN }) @MaxLength(2) legalObligationOrigin?:
    string | null;
  @Field(() => String, { nullable: true, description: LEGAL_BASIS_SCOPE })
  @MaxLength(PURPOSE_LIMITS.legalBasisScope)
  legalBasisScope?: string | null;
  @Field(() => [AdditionalBasisInput], { nullable: true, description: ADDITIONAL_BASES })
  @IsOptional()
  @ArrayMaxSize(PURPOSE_LIMITS.additionalBases)
  @ValidateNested({ each: true })
  additionalBases?: AdditionalBasisInput[];
  @Field(() => SpecialCategoryConditionEnum, {
    nullable: true,
    description: 'Required when a data category is special (Art. 9).',
  })
  specialCategoryCondition?: SpecialCategoryCondition | null;
  @Field(() => CriminalOffenceAuthorityEnum, { nullable: true, description: CRIMINAL_OFFENCE_AUTHORITY })
  criminalOffenceAuthority?: CriminalOffenceAuthority | null;
  @Field(() => String, { nullable: true, description: CRIMINAL_OFFENCE_LAW })
  @MaxLength(PURPOSE_LIMITS.criminalOffenceLaw)
  criminalOffenceLaw?: string | null;
  @Field({ nullable: true }) directMarketing?: boolean;
  @Field({ nullable: true }) saleOrSharing?: boolean;
  @Field(() => String, { nullable: true }) @MaxLength(PURPOSE_LIMITS.automatedDecisionLogic) automatedDecisionLogic?:
    string | null;
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(FIELD_LIMITS.idList) audienceIds?: string[];
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(FIELD_LIMITS.idList) dataCategoryIds?: string[];
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(FIELD_LIMITS.idList) recipientIds?: string[];
  @Field(() => [AudienceCategoriesInput], { nullable: true, description: AUDIENCE_CATEGORIES })
  @IsOptional()
  @ArrayMaxSize(FIELD_LIMITS.idList)
  @ValidateNested({ each: true })
  audienceCategories?: AudienceCategoriesInput[];
  @Field(() => RetentionRuleInput) @ValidateNested() retention: RetentionRuleInput;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
  @Field(() => [TranslationInput], {
    nullable: true,
    description: 'Its text in other languages: the whole set (left out: kept as it is).',
  })
  translations?: TranslationInput[] | null;
}

@InputType({
  description:
    'Fields left out keep their value; null clears an optional field; a list or retention replaces the old one.',
})
export class UpdatePurposeInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) @MaxLength(PURPOSE_LIMITS.name) name?: string;
  @Field(() => String, { nullable: true }) @MaxLength(PURPOSE_LIMITS.description) description?: string | null;
  @Field(() => LegalBasisEnum, { nullable: true }) legalBasis?: LegalBasis;
  @Field(() => String, { nullable: true }) @MaxLength(PURPOSE_LIMITS.legitimateInterest) legitimateInterest?:
    string | null;
  @Field(() => String, { nullable: true }) @MaxLength(PURPOSE_LIMITS.legalObligation) legalObligation?: string | null;
  @Field(() => String, { nullable: true, description: LEGAL_OBLIGATION_ORIGIN }) @MaxLength(2) legalObligationOrigin?:
    string | null;
  @Field(() => String, { nullable: true, description: LEGAL_BASIS_SCOPE })
  @MaxLength(PURPOSE_LIMITS.legalBasisScope)
  legalBasisScope?: string | null;
  @Field(() => [AdditionalBasisInput], { nullable: true, description: ADDITIONAL_BASES })
  @IsOptional()
  @ArrayMaxSize(PURPOSE_LIMITS.additionalBases)
  @ValidateNested({ each: true })
  additionalBases?: AdditionalBasisInput[];
  @Field(() => SpecialCategoryConditionEnum, { nullable: true })
  specialCategoryCondition?: SpecialCategoryCondition | null;
  @Field(() => CriminalOffenceAuthorityEnum, { nullable: true, description: CRIMINAL_OFFENCE_AUTHORITY })
  criminalOffenceAuthority?: CriminalOffenceAuthority | null;
  @Field(() => String, { nullable: true, description: CRIMINAL_OFFENCE_LAW })
  @MaxLength(PURPOSE_LIMITS.criminalOffenceLaw)
  criminalOffenceLaw?: string | null;
  @Field({ nullable: true }) directMarketing?: boolean;
  @Field({ nullable: true }) saleOrSharing?: boolean;
  @Field(() => String, { nullable: true }) @MaxLength(PURPOSE_LIMITS.automatedDecisionLogic) automatedDecisionLogic?:
    string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(FIELD_LIMITS.idList) audienceIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(FIELD_LIMITS.idList) dataCategoryIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(FIELD_LIMITS.idList) recipientIds?: string[];
  @Field(() => [AudienceCategoriesInput], { nullable: true, description: AUDIENCE_CATEGORIES })
  @IsOptional()
  @ArrayMaxSize(FIELD_LIMITS.idList)
  @ValidateNested({ each: true })
  audienceCategories?: AudienceCategoriesInput[];
  @Field(() => RetentionRuleInput, { nullable: true }) @IsOptional() @ValidateNested() retention?: RetentionRuleInput;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
  @Field(() => [TranslationInput], {
    nullable: true,
    description: 'Its text in other languages: the whole set (left out: kept as it is).',
  })
  translations?: TranslationInput[] | null;
}
