import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, Max, Min, ValidateNested } from 'class-validator';
import {
  FIELD_LIMITS,
  PURPOSE_LIMITS,
  RETENTION_LIMITS,
  type LegalBasis,
  type RetentionTrigger,
  type RetentionUnit,
  type SpecialCategoryCondition,
} from '@noticeboard/domain';
import { ConnectionType } from '../../graphql/connection.js';
import {
  LegalBasisEnum,
  RetentionTriggerEnum,
  RetentionUnitEnum,
  SpecialCategoryConditionEnum,
} from '../../graphql/enums.js';
import { ResultUnion } from '../../graphql/user-error.js';

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
}

@InputType()
export class RetentionPeriodInput {
  @Field(() => Int, { description: '1 to 1200.' }) amount: number;
  @Field(() => RetentionUnitEnum) unit: RetentionUnit;
  @Field(() => RetentionTriggerEnum) trigger: RetentionTrigger;
}

@InputType({ description: 'Give a period, criteria, or both.' })
export class RetentionRuleInput {
  @Field(() => RetentionPeriodInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  period?: RetentionPeriodInput | null;
  @Field(() => String, { nullable: true }) @MaxLength(RETENTION_LIMITS.criteria) criteria?: string | null;
}

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
  @Field(() => SpecialCategoryConditionEnum, {
    nullable: true,
    description: 'The Art. 9(2) condition, for special-category data.',
  })
  specialCategoryCondition: SpecialCategoryCondition | null;
  @Field(() => String, { nullable: true, description: 'The provision of the condition, e.g. "Art. 9(2)(a)".' })
  specialCategoryConditionReference: string | null;
  @Field({ description: 'Direct marketing: an unconditional right to object (Art. 21(2)).' }) directMarketing: boolean;
  @Field({ description: 'Sale or sharing in the CCPA sense (§ 1798.120).' }) saleOrSharing: boolean;
  @Field(() => String, { nullable: true, description: 'The logic of Art. 22 automated decisions, in words.' })
  automatedDecisionLogic: string | null;
  @Field(() => [ID], { description: 'Sorted.' }) audienceIds: string[];
  @Field(() => [ID], { description: 'Sorted.' }) dataCategoryIds: string[];
  @Field(() => [ID], { description: 'Sorted.' }) recipientIds: string[];
  @Field(() => RetentionRule) retention: RetentionRule;
  @Field({
    description: 'Whether it relies on (explicit) consent, so the policy must mention withdrawal (Art. 13(2)(c)).',
  })
  reliesOnConsent: boolean;
  @Field(() => Int, { description: 'Order in the policy, ascending.' }) position: number;
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
  @Field(() => SpecialCategoryConditionEnum, {
    nullable: true,
    description: 'Required when a data category is special.',
  })
  specialCategoryCondition?: SpecialCategoryCondition | null;
  @Field({ nullable: true }) directMarketing?: boolean;
  @Field({ nullable: true }) saleOrSharing?: boolean;
  @Field(() => String, { nullable: true }) @MaxLength(PURPOSE_LIMITS.automatedDecisionLogic) automatedDecisionLogic?:
    string | null;
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(FIELD_LIMITS.idList) audienceIds?: string[];
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(FIELD_LIMITS.idList) dataCategoryIds?: string[];
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(FIELD_LIMITS.idList) recipientIds?: string[];
  @Field(() => RetentionRuleInput) @ValidateNested() retention: RetentionRuleInput;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
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
  @Field(() => SpecialCategoryConditionEnum, { nullable: true })
  specialCategoryCondition?: SpecialCategoryCondition | null;
  @Field({ nullable: true }) directMarketing?: boolean;
  @Field({ nullable: true }) saleOrSharing?: boolean;
  @Field(() => String, { nullable: true }) @MaxLength(PURPOSE_LIMITS.automatedDecisionLogic) automatedDecisionLogic?:
    string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(FIELD_LIMITS.idList) audienceIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(FIELD_LIMITS.idList) dataCategoryIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(FIELD_LIMITS.idList) recipientIds?: string[];
  @Field(() => RetentionRuleInput, { nullable: true }) @IsOptional() @ValidateNested() retention?: RetentionRuleInput;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
}
