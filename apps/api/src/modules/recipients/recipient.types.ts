import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, Max, Min, ValidateNested } from 'class-validator';
import {
  FIELD_LIMITS,
  RECIPIENT_LIMITS,
  type Jurisdiction,
  type RecipientRole,
  type TransferGap as TransferGapFields,
  type TransferSafeguard,
} from '@noticeboard/domain';
import { ConnectionType } from '../../graphql/connection.js';
import { JurisdictionEnum, RecipientRoleEnum, TransferSafeguardEnum } from '../../graphql/enums.js';
import { ResultUnion } from '../../graphql/user-error.js';
import { Address, AddressInput } from '../common/address.types.js';
import { Translation, TranslationInput } from '../common/translation.types.js';

type TransferGapReasonValue = TransferGapFields['reason'];
/** Every reason the domain gives, checked by the compiler against its union. */
export const TransferGapReason = {
  NO_SAFEGUARD: 'NO_SAFEGUARD',
  SAFEGUARD_NOT_RECOGNISED: 'SAFEGUARD_NOT_RECOGNISED',
  DPF_ONLY_COVERS_US: 'DPF_ONLY_COVERS_US',
  DPF_NOT_CERTIFIED: 'DPF_NOT_CERTIFIED',
  UK_ADDENDUM_MISSING: 'UK_ADDENDUM_MISSING',
  LEGACY_SAFEGUARD: 'LEGACY_SAFEGUARD',
} as const satisfies { [R in TransferGapReasonValue]: R };
registerEnumType(TransferGapReason, {
  name: 'TransferGapReason',
  description: "Why the recipient's safeguards do not cover a transfer under one regime.",
  valuesConfig: {
    DPF_NOT_CERTIFIED: {
      description:
        "The Data Privacy Framework is relied on, but the recipient's certification is not recorded or does not include this regime's part (the UK Extension, the Swiss-US DPF).",
    },
    UK_ADDENDUM_MISSING: {
      description:
        'The EU standard contractual clauses alone, which are not valid for UK transfers: the UK Addendum or the IDTA is needed.',
    },
  },
});

@ObjectType({
  description:
    "A US recipient's Data Privacy Framework certification, as the DPF List shows it. Every participant is in the EU-US DPF; the UK Extension and the Swiss-US DPF are joined separately, and decide whether the framework covers UK and Swiss transfers.",
})
export class DataPrivacyFrameworkCertification {
  @Field({ description: 'When its participation began, YYYY-MM-DD.' }) certifiedOn: string;
  @Field({ description: 'It takes part in the UK Extension to the EU-US DPF (UK transfers since 12 October 2023).' })
  ukExtension: boolean;
  @Field({ description: 'It takes part in the Swiss-US DPF (Swiss transfers since 15 September 2024).' })
  swissFramework: boolean;
}

@InputType({ description: "A recipient's Data Privacy Framework certification, as the DPF List shows it." })
export class DataPrivacyFrameworkCertificationInput {
  @Field({ description: 'When its participation began, YYYY-MM-DD.' })
  @MaxLength(FIELD_LIMITS.plainDate)
  certifiedOn: string;
  @Field({ defaultValue: false, description: 'It takes part in the UK Extension to the EU-US DPF.' })
  ukExtension: boolean;
  @Field({ defaultValue: false, description: 'It takes part in the Swiss-US DPF.' }) swissFramework: boolean;
}

const JOINT_ARRANGEMENT =
  'Art. 26(2): the essence of the arrangement with a joint controller (who informs people, who answers their requests, who does what). Only for JOINT_CONTROLLER; required to publish.';
const DPF_DESCRIPTION =
  'Required when DATA_PRIVACY_FRAMEWORK is a safeguard; its parts decide which regimes the framework serves.';

/** The certification field of the recipient and catalog inputs: optional, validated as the nested input it is. */
export function DataPrivacyFrameworkInput(description: string): PropertyDecorator {
  return (target, key) => {
    Field(() => DataPrivacyFrameworkCertificationInput, { nullable: true, description })(target, key);
    IsOptional()(target, key);
    ValidateNested()(target, key);
  };
}

@ObjectType({ description: "Transfers under one of the tenant's regimes that no recognised safeguard covers." })
export class TransferGap {
  @Field(() => JurisdictionEnum) jurisdiction: Jurisdiction;
  @Field(() => [String], {
    description: 'ISO 3166-1 alpha-2 codes of the countries outside the area without adequacy.',
  })
  countries: string[];
  @Field(() => TransferGapReason) reason: TransferGapReasonValue;
}

@ObjectType({
  description: 'Someone personal data is disclosed to: a processor, another controller, or a category of recipients.',
})
export class Recipient {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => RecipientRoleEnum) role: RecipientRole;
  @Field(() => String, { nullable: true }) legalEntity: string | null;
  @Field(() => Address, { nullable: true }) address: Address | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where it is established, ISO 3166-1 alpha-2; null for a category.',
  })
  country: string | null;
  @Field(() => [String], { description: 'Further countries where it processes the data.' })
  processingCountries: string[];
  @Field(() => String, { nullable: true, description: 'The service it provides, e.g. "website analytics".' }) service:
    string | null;
  @Field(() => [TransferSafeguardEnum]) safeguards: TransferSafeguard[];
  @Field(() => String, { nullable: true, description: 'The Art. 49 derogation relied on, or detail of the safeguard.' })
  transferDetails: string | null;
  @Field(() => DataPrivacyFrameworkCertification, { nullable: true, description: DPF_DESCRIPTION })
  dataPrivacyFramework: DataPrivacyFrameworkCertification | null;
  @Field(() => String, { nullable: true, description: JOINT_ARRANGEMENT })
  jointArrangement: string | null;
  @Field(() => String, { nullable: true, description: 'When the data processing agreement was signed, YYYY-MM-DD.' })
  dpaSignedOn: string | null;
  @Field(() => String, { nullable: true }) privacyPolicyUrl: string | null;
  @Field(() => String, { nullable: true }) optOutUrl: string | null;
  @Field(() => [ID], { description: 'The data categories disclosed to it, sorted.' }) dataCategoryIds: string[];
  @Field(() => Int, { description: 'Order in the policy, ascending.' }) position: number;
  @Field(() => [Translation], { description: 'Its text in the other languages (see `Translation`).' })
  translations: Translation[];
  @Field(() => ID, {
    nullable: true,
    description: 'The agency catalog entry it follows; its company facts then change with the entry.',
  })
  catalogEntryId: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const RecipientConnection = ConnectionType(Recipient);
export const RecipientResult = ResultUnion('RecipientResult', Recipient);

@InputType()
export class CreateRecipientInput {
  @Field() @MaxLength(RECIPIENT_LIMITS.name) name: string;
  @Field(() => RecipientRoleEnum) role: RecipientRole;
  @Field(() => String, { nullable: true }) @MaxLength(RECIPIENT_LIMITS.legalEntity) legalEntity?: string | null;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() address?: AddressInput | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; required unless the role is CATEGORY.' })
  @MaxLength(FIELD_LIMITS.countryCode)
  country?: string | null;
  @Field(() => [String], { nullable: true })
  @ArrayMaxSize(RECIPIENT_LIMITS.processingCountries)
  processingCountries?: string[];
  @Field(() => String, { nullable: true, description: 'Required for a processor.' })
  @MaxLength(RECIPIENT_LIMITS.service)
  service?: string | null;
  @Field(() => [TransferSafeguardEnum], { nullable: true }) @ArrayMaxSize(10) safeguards?: TransferSafeguard[];
  @Field(() => String, { nullable: true }) @MaxLength(RECIPIENT_LIMITS.transferDetails) transferDetails?: string | null;
  @Field(() => String, { nullable: true, description: JOINT_ARRANGEMENT })
  @MaxLength(RECIPIENT_LIMITS.jointArrangement)
  jointArrangement?: string | null;
  @DataPrivacyFrameworkInput(DPF_DESCRIPTION) dataPrivacyFramework?: DataPrivacyFrameworkCertificationInput | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) @MaxLength(FIELD_LIMITS.plainDate) dpaSignedOn?:
    string | null;
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.url) privacyPolicyUrl?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.url) optOutUrl?: string | null;
  @Field(() => [ID], { nullable: true }) @ArrayMaxSize(FIELD_LIMITS.idList) dataCategoryIds?: string[];
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
  @Field(() => [TranslationInput], {
    nullable: true,
    description: 'Its text in other languages: the whole set (left out: kept as it is).',
  })
  translations?: TranslationInput[] | null;
}

@InputType({
  description: 'Fields left out keep their value; null clears an optional field; a list replaces the list.',
})
export class UpdateRecipientInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) @MaxLength(RECIPIENT_LIMITS.name) name?: string;
  @Field(() => RecipientRoleEnum, { nullable: true }) role?: RecipientRole;
  @Field(() => String, { nullable: true }) @MaxLength(RECIPIENT_LIMITS.legalEntity) legalEntity?: string | null;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() address?: AddressInput | null;
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.countryCode) country?: string | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(RECIPIENT_LIMITS.processingCountries)
  processingCountries?: string[];
  @Field(() => String, { nullable: true }) @MaxLength(RECIPIENT_LIMITS.service) service?: string | null;
  @Field(() => [TransferSafeguardEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  safeguards?: TransferSafeguard[];
  @Field(() => String, { nullable: true }) @MaxLength(RECIPIENT_LIMITS.transferDetails) transferDetails?: string | null;
  @Field(() => String, { nullable: true, description: JOINT_ARRANGEMENT })
  @MaxLength(RECIPIENT_LIMITS.jointArrangement)
  jointArrangement?: string | null;
  @DataPrivacyFrameworkInput(DPF_DESCRIPTION) dataPrivacyFramework?: DataPrivacyFrameworkCertificationInput | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) @MaxLength(FIELD_LIMITS.plainDate) dpaSignedOn?:
    string | null;
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.url) privacyPolicyUrl?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.url) optOutUrl?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(FIELD_LIMITS.idList) dataCategoryIds?: string[];
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
  @Field(() => [TranslationInput], {
    nullable: true,
    description: 'Its text in other languages: the whole set (left out: kept as it is).',
  })
  translations?: TranslationInput[] | null;
}
