import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, Max, Min, ValidateNested } from 'class-validator';
import {
  FIELD_LIMITS,
  RECIPIENT_LIMITS,
  type CookieDurationUnit,
  type CookieKind,
  type RecipientRole,
  type TransferSafeguard,
} from '@noticeboard/domain';
import { ConnectionType } from '../../graphql/connection.js';
import {
  CookieDurationUnitEnum,
  CookieKindEnum,
  RecipientRoleEnum,
  TransferSafeguardEnum,
} from '../../graphql/enums.js';
import { ResultUnion, ValidationFailed } from '../../graphql/user-error.js';
import { Address, AddressInput } from '../common/address.types.js';
import { PublishPolicyInput, PublishPolicyResult } from '../policy-versions/policy-version.types.js';
import {
  DataPrivacyFrameworkCertification,
  DataPrivacyFrameworkCertificationInput,
  DataPrivacyFrameworkInput,
} from '../recipients/recipient.types.js';
import { Translation, TranslationInput } from '../common/translation.types.js';

@ObjectType({ description: 'A tenant whose policy names a catalog entry.' })
export class CatalogLink {
  @Field(() => ID) tenantId: string;
  @Field() tenantSlug: string;
  @Field() tenantName: string;
  @Field(() => ID) recipientId: string;
  @Field(() => String, {
    nullable: true,
    description:
      'When this tenant signed its data processing agreement with the recipient, YYYY-MM-DD; null when not recorded.',
  })
  dpaSignedOn: string | null;
}

@ObjectType({
  description:
    "A cookie a catalog entry's service is documented to set: what a tenant linking the entry may add to its cookie list.",
})
export class CatalogKnownCookie {
  @Field({ description: 'Its name; a placeholder in angle brackets stands for the part that varies.' }) name: string;
  @Field(() => CookieKindEnum) kind: CookieKind;
  @Field(() => Int, { nullable: true, description: 'Lifetime; null for a session cookie.' }) durationAmount:
    number | null;
  @Field(() => CookieDurationUnitEnum, { nullable: true }) durationUnit: CookieDurationUnit | null;
  @Field({ description: "What it does, in the service's documentation's words (English)." }) purpose: string;
}

@ObjectType({ description: 'A common recipient kept once by the agency; tenants link to it.' })
export class CatalogEntry {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => RecipientRoleEnum) role: RecipientRole;
  @Field(() => String, { nullable: true }) legalEntity: string | null;
  @Field(() => Address, { nullable: true }) address: Address | null;
  @Field(() => String, { nullable: true }) country: string | null;
  @Field(() => [String]) processingCountries: string[];
  @Field(() => String, { nullable: true }) service: string | null;
  @Field(() => [TransferSafeguardEnum]) safeguards: TransferSafeguard[];
  @Field(() => String, { nullable: true }) transferDetails: string | null;
  @Field(() => DataPrivacyFrameworkCertification, {
    nullable: true,
    description: "The entity's Data Privacy Framework certification; linked recipients follow it.",
  })
  dataPrivacyFramework: DataPrivacyFrameworkCertification | null;
  @Field(() => String, { nullable: true }) privacyPolicyUrl: string | null;
  @Field(() => String, { nullable: true }) optOutUrl: string | null;
  @Field(() => [Translation], {
    description:
      'Its texts in other languages than English (the catalog is written in English); linked recipients of tenants with another default language take their texts from these.',
  })
  translations: Translation[];
  @Field(() => [CatalogKnownCookie], {
    description:
      "The cookies its service is documented to set (entries of the default catalog, by name; none for others): proposed when a tenant links the entry, added to the tenant's cookies only by the person.",
  })
  knownCookies: CatalogKnownCookie[];
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const CatalogEntryConnection = ConnectionType(CatalogEntry);
export const CatalogEntryResult = ResultUnion('CatalogEntryResult', CatalogEntry);

@InputType()
export class CreateCatalogEntryInput {
  @Field() @MaxLength(RECIPIENT_LIMITS.name) name: string;
  @Field(() => RecipientRoleEnum, { defaultValue: 'PROCESSOR' }) role: RecipientRole;
  @Field(() => String, { nullable: true }) @MaxLength(RECIPIENT_LIMITS.legalEntity) legalEntity?: string | null;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() address?: AddressInput | null;
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.countryCode) country?: string | null;
  @Field(() => [String], { nullable: true })
  @ArrayMaxSize(RECIPIENT_LIMITS.processingCountries)
  processingCountries?: string[];
  @Field(() => String, { nullable: true }) @MaxLength(RECIPIENT_LIMITS.service) service?: string | null;
  @Field(() => [TransferSafeguardEnum], { nullable: true }) @ArrayMaxSize(10) safeguards?: TransferSafeguard[];
  @Field(() => String, { nullable: true }) @MaxLength(RECIPIENT_LIMITS.transferDetails) transferDetails?: string | null;
  @DataPrivacyFrameworkInput('Required when DATA_PRIVACY_FRAMEWORK is a safeguard.')
  dataPrivacyFramework?: DataPrivacyFrameworkCertificationInput | null;
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.url) privacyPolicyUrl?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.url) optOutUrl?: string | null;
  @Field(() => [TranslationInput], {
    nullable: true,
    description:
      'Its name, service and transfer details in other languages than English, the catalog’s language: the whole set (left out: kept).',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  translations?: TranslationInput[] | null;
}

@InputType({ description: "Fields left out keep their value. Linked tenants' recipients change with the entry." })
export class UpdateCatalogEntryInput {
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
  @DataPrivacyFrameworkInput('Required when DATA_PRIVACY_FRAMEWORK is a safeguard.')
  dataPrivacyFramework?: DataPrivacyFrameworkCertificationInput | null;
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.url) privacyPolicyUrl?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(FIELD_LIMITS.url) optOutUrl?: string | null;
  @Field(() => [TranslationInput], {
    nullable: true,
    description:
      'Its name, service and transfer details in other languages than English, the catalog’s language: the whole set (left out: kept).',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  translations?: TranslationInput[] | null;
}

@ObjectType({ description: 'A tenant whose draft a catalog change reached.' })
export class CatalogPropagation {
  @Field(() => ID) tenantId: string;
  @Field() tenantSlug: string;
  @Field() tenantName: string;
  @Field(() => [ID]) recipientIds: string[];
  @Field(() => Int, { nullable: true, description: 'The latest published version; null when never published.' })
  latestVersion: number | null;
  @Field({ description: 'Whether the draft now differs from the latest published version (a republish is due).' })
  differsFromPublished: boolean;
}

@ObjectType()
export class CatalogEntryUpdated {
  @Field(() => CatalogEntry) entry: CatalogEntry;
  @Field(() => [CatalogPropagation]) reached: CatalogPropagation[];
}

export const UpdateCatalogEntryResult = createUnionType({
  name: 'UpdateCatalogEntryResult',
  types: () => [CatalogEntryUpdated, ValidationFailed] as const,
  resolveType: (v) => (v instanceof ValidationFailed ? ValidationFailed : CatalogEntryUpdated),
});

@InputType({ description: 'Adds a recipient to the current tenant from the agency catalog.' })
export class AddRecipientFromCatalogInput {
  @Field(() => ID) catalogEntryId: string;
  @Field(() => [ID], { nullable: true, description: "The tenant's own data categories disclosed to it." })
  @ArrayMaxSize(FIELD_LIMITS.idList)
  dataCategoryIds?: string[];
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) @MaxLength(FIELD_LIMITS.plainDate) dpaSignedOn?:
    string | null;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
}

@InputType()
export class RepublishTenantsInput extends PublishPolicyInput {
  @Field(() => [ID]) @ArrayMaxSize(500) tenantIds: string[];
}

@ObjectType({ description: 'What republishing did for one tenant.' })
export class RepublishOutcome {
  @Field(() => ID) tenantId: string;
  @Field(() => PublishPolicyResult) result: typeof PublishPolicyResult;
}
