import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, MaxLength, Max, Min } from 'class-validator';
import {
  DATA_CATEGORY_LIMITS,
  FIELD_LIMITS,
  type CcpaCategory,
  type DataSource,
  type ProvisionRequirement,
  type SpecialCategory,
} from '@noticeboard/domain';
import { ConnectionType } from '../../graphql/connection.js';
import {
  CcpaCategoryEnum,
  DataSourceEnum,
  ProvisionRequirementEnum,
  SpecialCategoryEnum,
} from '../../graphql/enums.js';
import { ResultUnion } from '../../graphql/user-error.js';
import { Translation, TranslationInput } from '../common/translation.types.js';

@ObjectType({
  description: 'A kind of personal data the tenant processes: contact details, payment data, health data, ...',
})
export class DataCategory {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'What it contains in words.' }) description: string | null;
  @Field(() => SpecialCategoryEnum, { nullable: true, description: 'The GDPR Art. 9(1) / Art. 10 category, if any.' })
  specialCategory: SpecialCategory | null;
  @Field({ description: 'Whether it is special-category (or criminal-offence) data.' }) isSpecialCategory: boolean;
  @Field(() => [DataSourceEnum]) sources: DataSource[];
  @Field(() => String, { nullable: true, description: 'Names the third-party or public sources (Art. 14(2)(f)).' })
  sourceDetails: string | null;
  @Field(() => ProvisionRequirementEnum, {
    nullable: true,
    description:
      'Art. 13(2)(e): whether providing it is required; null until answered (the policy then says nothing about it).',
  })
  requirement: ProvisionRequirement | null;
  @Field(() => String, {
    nullable: true,
    description: 'What happens if the person does not provide it (Art. 13(2)(e)).',
  })
  consequenceOfNotProviding: string | null;
  @Field(() => CcpaCategoryEnum, { nullable: true }) ccpaCategory: CcpaCategory | null;
  @Field(() => Int, { description: 'Order in the policy, ascending.' }) position: number;
  @Field(() => [Translation], { description: 'Its text in the other languages (see `Translation`).' })
  translations: Translation[];
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const DataCategoryConnection = ConnectionType(DataCategory);
export const DataCategoryResult = ResultUnion('DataCategoryResult', DataCategory);

@InputType()
export class CreateDataCategoryInput {
  @Field() @MaxLength(DATA_CATEGORY_LIMITS.name) name: string;
  @Field(() => String, { nullable: true }) @MaxLength(DATA_CATEGORY_LIMITS.description) description?: string | null;
  @Field(() => SpecialCategoryEnum, { nullable: true }) specialCategory?: SpecialCategory | null;
  @Field(() => [DataSourceEnum], { description: 'At least one.' }) @ArrayMaxSize(10) sources: DataSource[];
  @Field(() => String, { nullable: true }) @MaxLength(DATA_CATEGORY_LIMITS.sourceDetails) sourceDetails?: string | null;
  @Field(() => ProvisionRequirementEnum, { nullable: true, description: 'Not answered when omitted or null.' })
  requirement?: ProvisionRequirement | null;
  @Field(() => String, { nullable: true })
  @MaxLength(DATA_CATEGORY_LIMITS.consequenceOfNotProviding)
  consequenceOfNotProviding?: string | null;
  @Field(() => CcpaCategoryEnum, { nullable: true }) ccpaCategory?: CcpaCategory | null;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
  @Field(() => [TranslationInput], {
    nullable: true,
    description: 'Its text in other languages: the whole set (left out: kept as it is).',
  })
  translations?: TranslationInput[] | null;
}

@InputType({ description: 'Fields left out keep their value; null clears an optional field.' })
export class UpdateDataCategoryInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) @MaxLength(DATA_CATEGORY_LIMITS.name) name?: string;
  @Field(() => String, { nullable: true }) @MaxLength(DATA_CATEGORY_LIMITS.description) description?: string | null;
  @Field(() => SpecialCategoryEnum, { nullable: true }) specialCategory?: SpecialCategory | null;
  @Field(() => [DataSourceEnum], { nullable: true }) @ArrayMaxSize(10) sources?: DataSource[];
  @Field(() => String, { nullable: true }) @MaxLength(DATA_CATEGORY_LIMITS.sourceDetails) sourceDetails?: string | null;
  @Field(() => ProvisionRequirementEnum, { nullable: true, description: 'null clears the answer.' })
  requirement?: ProvisionRequirement | null;
  @Field(() => String, { nullable: true })
  @MaxLength(DATA_CATEGORY_LIMITS.consequenceOfNotProviding)
  consequenceOfNotProviding?: string | null;
  @Field(() => CcpaCategoryEnum, { nullable: true }) ccpaCategory?: CcpaCategory | null;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
  @Field(() => [TranslationInput], {
    nullable: true,
    description: 'Its text in other languages: the whole set (left out: kept as it is).',
  })
  translations?: TranslationInput[] | null;
}
