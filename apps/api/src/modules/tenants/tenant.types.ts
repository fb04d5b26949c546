import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import {
  FIELD_LIMITS,
  TENANT_LIMITS,
  type Jurisdiction,
  type Language,
  type RepresentativeRegion,
  type TenantRole,
} from '@noticeboard/domain';
import {
  JurisdictionEnum,
  LanguageEnum,
  RepresentativeRegionEnum,
  RightEnum,
  TenantRoleEnum,
} from '../../graphql/enums.js';
import { ConnectionType } from '../../graphql/connection.js';
import { ResultUnion } from '../../graphql/user-error.js';
import { Address, AddressInput } from '../common/address.types.js';
import type { Right } from '@noticeboard/domain';

@ObjectType()
export class GroupEntity {
  @Field() legalName: string;
  @Field() country: string;
  @Field(() => String, { nullable: true }) registrationNumber: string | null;
  @Field(() => String, { nullable: true }) role: string | null;
  @Field(() => Address, { nullable: true }) address: Address | null;
}

@InputType()
export class GroupEntityInput {
  @Field() @MaxLength(TENANT_LIMITS.legalName) legalName: string;
  @Field() @MaxLength(FIELD_LIMITS.countryCode) country: string;
  @Field(() => String, { nullable: true }) registrationNumber?: string | null;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() address?: AddressInput | null;
}

@ObjectType()
export class Office {
  @Field() label: string;
  @Field(() => Address) address: Address;
  @Field({ description: 'The registered office is the controller address in the policy.' }) registered: boolean;
}

@InputType()
export class OfficeInput {
  @Field() @MaxLength(TENANT_LIMITS.officeLabel) label: string;
  @Field(() => AddressInput) @ValidateNested() address: AddressInput;
  @Field({ defaultValue: false }) registered: boolean;
}

@ObjectType({ description: 'Data protection officer (GDPR Art. 37–39).' })
export class DataProtectionOfficer {
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => Address, { nullable: true }) address: Address | null;
}

@InputType()
export class DataProtectionOfficerInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() address?: AddressInput | null;
}

@ObjectType({ description: 'Representative in the EU, UK or Switzerland (GDPR Art. 27, FADP Art. 14).' })
export class Representative {
  @Field(() => RepresentativeRegionEnum) region: RepresentativeRegion;
  @Field() name: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => Address) address: Address;
}

@InputType()
export class RepresentativeInput {
  @Field(() => RepresentativeRegionEnum) region: RepresentativeRegion;
  @Field() @MaxLength(TENANT_LIMITS.representativeName) name: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => AddressInput) @ValidateNested() address: AddressInput;
}

@ObjectType({ description: 'The competent supervisory authority people may complain to.' })
export class SupervisoryAuthority {
  @Field() name: string;
  @Field() country: string;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => Address, { nullable: true }) address: Address | null;
}

@InputType()
export class SupervisoryAuthorityInput {
  @Field() @MaxLength(TENANT_LIMITS.authorityName) name: string;
  @Field() @MaxLength(FIELD_LIMITS.countryCode) country: string;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() address?: AddressInput | null;
}

@ObjectType({ description: "A right and the provisions of the tenant's regimes that grant it." })
export class RightGrant {
  @Field(() => JurisdictionEnum) jurisdiction: Jurisdiction;
  @Field() reference: string;
}

@ObjectType()
export class RightAvailability {
  @Field(() => RightEnum) right: Right;
  @Field(() => [RightGrant]) grants: RightGrant[];
}

@ObjectType({
  description: 'What the caller may do in this tenant: the portal shows buttons from this, not from its own rules.',
})
export class TenantViewerPermissions {
  @Field(() => TenantRoleEnum) role: TenantRole;
  @Field() canUpdateProfile: boolean;
  @Field() canEditPolicy: boolean;
  @Field() canManageMembers: boolean;
  @Field() canManageApiKeys: boolean;
  @Field({ description: 'Audit log, email outbox.' }) canReadAudit: boolean;
  @Field() canReadConsents: boolean;
  @Field({ description: 'Record consents (imports, integrations).' }) canRecordConsents: boolean;
  @Field() canReadRequests: boolean;
  @Field({ description: 'Create requests and take their steps.' }) canHandleRequests: boolean;
  @Field() canDelete: boolean;
}

@ObjectType({ description: 'A client company of the agency: the controller its privacy policy speaks for.' })
export class Tenant {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() legalName: string;
  @Field(() => String, { nullable: true }) tradingName: string | null;
  @Field({ description: 'The trading name, else the legal name.' }) displayName: string;
  @Field(() => String, { nullable: true }) registrationNumber: string | null;
  @Field(() => [GroupEntity]) groupEntities: GroupEntity[];
  @Field(() => [Office]) offices: Office[];
  @Field() contactEmail: string;
  @Field(() => String, { nullable: true }) contactPhone: string | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => DataProtectionOfficer, { nullable: true }) dpo: DataProtectionOfficer | null;
  @Field(() => [Representative]) representatives: Representative[];
  @Field(() => SupervisoryAuthority, { nullable: true }) supervisoryAuthority: SupervisoryAuthority | null;
  @Field(() => [JurisdictionEnum]) jurisdictions: Jurisdiction[];
  @Field(() => LanguageEnum) defaultLanguage: Language;
  @Field(() => [RightAvailability], { description: "Rights across the tenant's jurisdictions." })
  rights: RightAvailability[];
  @Field(() => TenantViewerPermissions) viewer: TenantViewerPermissions;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const TenantConnection = ConnectionType(Tenant);

@InputType({ description: 'The controller facts; `slug` appears in the public policy URL.' })
export class CreateTenantInput {
  @Field() @MaxLength(TENANT_LIMITS.legalName) legalName: string;
  @Field(() => String, { nullable: true, description: 'Suggested from the name when omitted.' })
  @MaxLength(TENANT_LIMITS.slug)
  slug?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(TENANT_LIMITS.tradingName) tradingName?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(TENANT_LIMITS.registrationNumber) registrationNumber?:
    string | null;
  @Field(() => [GroupEntityInput], { nullable: true })
  @ArrayMaxSize(TENANT_LIMITS.groupEntities)
  @ValidateNested()
  groupEntities?: GroupEntityInput[];
  @Field(() => [OfficeInput], { nullable: true })
  @ArrayMaxSize(TENANT_LIMITS.offices)
  @ValidateNested()
  offices?: OfficeInput[];
  @Field() @MaxLength(FIELD_LIMITS.email) contactEmail: string;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => DataProtectionOfficerInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  dpo?: DataProtectionOfficerInput | null;
  @Field(() => [RepresentativeInput], { nullable: true })
  @ArrayMaxSize(TENANT_LIMITS.representatives)
  @ValidateNested()
  representatives?: RepresentativeInput[];
  @Field(() => SupervisoryAuthorityInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  supervisoryAuthority?: SupervisoryAuthorityInput | null;
  @Field(() => [JurisdictionEnum]) @ArrayMaxSize(10) jurisdictions: Jurisdiction[];
  @Field(() => LanguageEnum, { nullable: true }) defaultLanguage?: Language;
}

@InputType({ description: 'Fields left out keep their value; null clears an optional field.' })
export class UpdateTenantInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) @MaxLength(TENANT_LIMITS.legalName) legalName?: string;
  @Field(() => String, { nullable: true }) @MaxLength(TENANT_LIMITS.slug) slug?: string;
  @Field(() => String, { nullable: true }) @MaxLength(TENANT_LIMITS.tradingName) tradingName?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(TENANT_LIMITS.registrationNumber) registrationNumber?:
    string | null;
  @Field(() => [GroupEntityInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(TENANT_LIMITS.groupEntities)
  @ValidateNested()
  groupEntities?: GroupEntityInput[];
  @Field(() => [OfficeInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(TENANT_LIMITS.offices)
  @ValidateNested()
  offices?: OfficeInput[];
  @Field({ nullable: true }) @MaxLength(FIELD_LIMITS.email) contactEmail?: string;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => DataProtectionOfficerInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  dpo?: DataProtectionOfficerInput | null;
  @Field(() => [RepresentativeInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(TENANT_LIMITS.representatives)
  @ValidateNested()
  representatives?: RepresentativeInput[];
  @Field(() => SupervisoryAuthorityInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  supervisoryAuthority?: SupervisoryAuthorityInput | null;
  @Field(() => [JurisdictionEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(10) jurisdictions?: Jurisdiction[];
  @Field(() => LanguageEnum, { nullable: true }) defaultLanguage?: Language;
}

export const TenantResult = ResultUnion('TenantResult', Tenant);
