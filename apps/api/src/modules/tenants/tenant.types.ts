import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import {
  CERTIFICATION_FRAMEWORKS,
  DPF_ENFORCEMENT_BODIES,
  FIELD_LIMITS,
  PROCESSOR_REQUEST_HANDLING,
  RECOURSE_MECHANISM_KINDS,
  TENANT_LIMITS,
  type CertificationFramework,
  type DpfEnforcementBody,
  type Jurisdiction,
  type ProcessorRequestHandling,
  type RecourseMechanismKind,
  type Language,
  type RepresentativeRegion,
  type TenantRole,
} from '@noticeboard/domain';
import {
  enumOf,
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
import { Translation, TranslationInput } from '../common/translation.types.js';

const ESTABLISHED_IN =
  'The country where the controller is established (ISO 3166-1 alpha-2), for a policy that gives no office address; must match the registered office when there is one. Decides Art. 27 representatives and what counts as a transfer.';

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

const AUTHORITY_JURISDICTIONS =
  "The tenant's regimes this authority is competent for (the lead authority in the EU for EU_GDPR, the ICO for UK_GDPR). Empty: named for the policy as a whole, so it stands for every regime (the single authority of earlier versions). Two authorities may share a regime only when each names a different establishment.";
const AUTHORITY_ESTABLISHMENT =
  'The establishment this authority is responsible for, as the policy names it ("Acme GmbH (Berlin)"): a group names one authority per establishment.';

@ObjectType({ description: 'A supervisory authority people may complain to, with what it is competent for.' })
export class SupervisoryAuthority {
  @Field() name: string;
  @Field() country: string;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => Address, { nullable: true }) address: Address | null;
  @Field(() => [JurisdictionEnum], { description: AUTHORITY_JURISDICTIONS }) jurisdictions: Jurisdiction[];
  @Field(() => String, { nullable: true, description: AUTHORITY_ESTABLISHMENT }) establishment: string | null;
}

@InputType()
export class SupervisoryAuthorityInput {
  @Field() @MaxLength(TENANT_LIMITS.authorityName) name: string;
  @Field() @MaxLength(FIELD_LIMITS.countryCode) country: string;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() address?: AddressInput | null;
  @Field(() => [JurisdictionEnum], { nullable: true, description: AUTHORITY_JURISDICTIONS })
  @IsOptional()
  @ArrayMaxSize(10)
  jurisdictions?: Jurisdiction[];
  @Field(() => String, { nullable: true, description: AUTHORITY_ESTABLISHMENT })
  @MaxLength(TENANT_LIMITS.authorityEstablishment)
  establishment?: string | null;
}

const DEPRECATED_AUTHORITY = 'Use supervisoryAuthorities: this is its first entry.';
const SUPERVISORY_AUTHORITIES =
  'The supervisory authorities the policy names for complaints: one per regime (the lead authority in the EU and the ICO) or per establishment.';

export const ProcessorRequestHandlingEnum = enumOf(
  PROCESSOR_REQUEST_HANDLING,
  'ProcessorRequestHandling',
  "What the tenant does with a person's request about data it processes for a customer. FORWARDED_TO_CUSTOMER: passes it on to the customer concerned (GDPR Art. 28(3)(e)); REFERRED_TO_CUSTOMER: tells the person to address the customer.",
);

const ACTS_AS_PROCESSOR =
  'Do you process personal data on behalf of business customers, as their processor (GDPR Art. 28), for example the data they upload to your platform? Null: not answered, so the policy says nothing; yes: the policy says the customer is the controller, its own policy applies and where requests go; no: the policy says nothing of it.';

@ObjectType({
  description: "The tenant acting as its customers' processor: the customer is the controller of that data.",
})
export class ProcessorRole {
  @Field(() => Boolean, { nullable: true, description: ACTS_AS_PROCESSOR }) actsAsProcessor: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: 'The services and data concerned, in words: "the data our customers upload to the platform".',
  })
  services: string | null;
  @Field(() => ProcessorRequestHandlingEnum, { nullable: true }) requestHandling: ProcessorRequestHandling | null;
}

@InputType()
export class ProcessorRoleInput {
  @Field(() => Boolean, { nullable: true, description: ACTS_AS_PROCESSOR }) actsAsProcessor?: boolean | null;
  @Field(() => String, { nullable: true }) @MaxLength(TENANT_LIMITS.processorServices) services?: string | null;
  @Field(() => ProcessorRequestHandlingEnum, { nullable: true }) requestHandling?: ProcessorRequestHandling | null;
}

export const CertificationFrameworkEnum = enumOf(
  CERTIFICATION_FRAMEWORKS,
  'CertificationFramework',
  'A certification framework the controller itself takes part in. DATA_PRIVACY_FRAMEWORK: the EU-U.S. DPF (with the UK Extension and the Swiss-U.S. DPF where joined).',
);
export const DpfEnforcementBodyEnum = enumOf(
  DPF_ENFORCEMENT_BODIES,
  'DpfEnforcementBody',
  'The U.S. body whose investigatory and enforcement powers a DPF participant is subject to (DPF Principles II.1.a.x): the Federal Trade Commission or the Department of Transportation.',
);
export const RecourseMechanismKindEnum = enumOf(
  RECOURSE_MECHANISM_KINDS,
  'RecourseMechanismKind',
  'The kind of independent recourse mechanism (DPF Principles II.1.a.ix): the panel of EU data protection authorities, or an alternative dispute resolution provider based in the EU or the United States.',
);

@ObjectType({ description: 'The independent recourse mechanism a certified controller designated for complaints.' })
export class RecourseMechanism {
  @Field(() => RecourseMechanismKindEnum) kind: RecourseMechanismKind;
  @Field(() => String, { nullable: true, description: '"JAMS", "BBB National Programs"; the DPA panel needs none.' })
  name: string | null;
  @Field(() => String, { nullable: true, description: 'Where people file a complaint with it.' }) url: string | null;
}

@InputType()
export class RecourseMechanismInput {
  @Field(() => RecourseMechanismKindEnum) kind: RecourseMechanismKind;
  @Field(() => String, { nullable: true }) @MaxLength(TENANT_LIMITS.recourseMechanismName) name?: string | null;
  @Field(() => String, { nullable: true }) url?: string | null;
}

@ObjectType({
  description:
    "The controller's own certification (a US company under the Data Privacy Framework): the policy states its participation, recourse mechanism, enforcement body and binding arbitration (DPF Principles II.1.a).",
})
export class ControllerCertification {
  @Field(() => CertificationFrameworkEnum) framework: CertificationFramework;
  @Field({ description: 'When participation began, as the DPF List gives it (YYYY-MM-DD).' }) certifiedOn: string;
  @Field({ description: 'Takes part in the UK Extension to the EU-U.S. DPF.' }) ukExtension: boolean;
  @Field({ description: 'Takes part in the Swiss-U.S. DPF.' }) swissFramework: boolean;
  @Field(() => RecourseMechanism, {
    nullable: true,
    description: 'Null until recorded; the completeness check reports it (CERTIFICATION_RECOURSE_MECHANISM_MISSING).',
  })
  recourseMechanism: RecourseMechanism | null;
  @Field(() => DpfEnforcementBodyEnum) enforcementBody: DpfEnforcementBody;
}

@InputType()
export class ControllerCertificationInput {
  @Field(() => CertificationFrameworkEnum) framework: CertificationFramework;
  @Field() @MaxLength(FIELD_LIMITS.plainDate) certifiedOn: string;
  @Field({ defaultValue: false }) ukExtension: boolean;
  @Field({ defaultValue: false }) swissFramework: boolean;
  @Field(() => RecourseMechanismInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  recourseMechanism?: RecourseMechanismInput | null;
  @Field(() => DpfEnforcementBodyEnum) enforcementBody: DpfEnforcementBody;
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
  @Field(() => String, { nullable: true, description: ESTABLISHED_IN }) establishedIn: string | null;
  @Field() contactEmail: string;
  @Field(() => String, { nullable: true }) contactPhone: string | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => DataProtectionOfficer, { nullable: true }) dpo: DataProtectionOfficer | null;
  @Field(() => [Representative]) representatives: Representative[];
  @Field(() => SupervisoryAuthority, { nullable: true, deprecationReason: DEPRECATED_AUTHORITY })
  supervisoryAuthority: SupervisoryAuthority | null;
  @Field(() => [SupervisoryAuthority], { description: SUPERVISORY_AUTHORITIES })
  supervisoryAuthorities: SupervisoryAuthority[];
  @Field(() => ProcessorRole) processorRole: ProcessorRole;
  @Field(() => [ControllerCertification]) certifications: ControllerCertification[];
  @Field(() => [JurisdictionEnum]) jurisdictions: Jurisdiction[];
  @Field(() => LanguageEnum, { description: 'The language of every text field; other languages are translations.' })
  defaultLanguage: Language;
  @Field(() => [Translation], {
    description: 'Office labels, group roles, authorities’ establishments and processor services in other languages.',
  })
  translations: Translation[];
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
  @Field(() => String, { nullable: true, description: ESTABLISHED_IN }) @MaxLength(2) establishedIn?: string | null;
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
  @Field(() => SupervisoryAuthorityInput, {
    nullable: true,
    deprecationReason: 'Use supervisoryAuthorities. Given alone, it replaces the first authority (null removes it).',
  })
  @IsOptional()
  @ValidateNested()
  supervisoryAuthority?: SupervisoryAuthorityInput | null;
  @Field(() => [SupervisoryAuthorityInput], { nullable: true, description: SUPERVISORY_AUTHORITIES })
  @IsOptional()
  @ArrayMaxSize(TENANT_LIMITS.supervisoryAuthorities)
  @ValidateNested()
  supervisoryAuthorities?: SupervisoryAuthorityInput[];
  @Field(() => ProcessorRoleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  processorRole?: ProcessorRoleInput | null;
  @Field(() => [ControllerCertificationInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(TENANT_LIMITS.certifications)
  @ValidateNested()
  certifications?: ControllerCertificationInput[];
  @Field(() => [JurisdictionEnum]) @ArrayMaxSize(10) jurisdictions: Jurisdiction[];
  @Field(() => LanguageEnum, { nullable: true }) defaultLanguage?: Language;
  @Field(() => [TranslationInput], {
    nullable: true,
    description: 'Its text in other languages: the whole set (left out: kept as it is).',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  translations?: TranslationInput[] | null;
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
  @Field(() => String, { nullable: true, description: ESTABLISHED_IN }) @MaxLength(2) establishedIn?: string | null;
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
  @Field(() => SupervisoryAuthorityInput, {
    nullable: true,
    deprecationReason: 'Use supervisoryAuthorities. Given alone, it replaces the first authority (null removes it).',
  })
  @IsOptional()
  @ValidateNested()
  supervisoryAuthority?: SupervisoryAuthorityInput | null;
  @Field(() => [SupervisoryAuthorityInput], { nullable: true, description: SUPERVISORY_AUTHORITIES })
  @IsOptional()
  @ArrayMaxSize(TENANT_LIMITS.supervisoryAuthorities)
  @ValidateNested()
  supervisoryAuthorities?: SupervisoryAuthorityInput[];
  @Field(() => ProcessorRoleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  processorRole?: ProcessorRoleInput | null;
  @Field(() => [ControllerCertificationInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(TENANT_LIMITS.certifications)
  @ValidateNested()
  certifications?: ControllerCertificationInput[];
  @Field(() => [JurisdictionEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(10) jurisdictions?: Jurisdiction[];
  @Field(() => LanguageEnum, { nullable: true }) defaultLanguage?: Language;
  @Field(() => [TranslationInput], {
    nullable: true,
    description: 'Its text in other languages: the whole set (left out: kept as it is).',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  translations?: TranslationInput[] | null;
}

export const TenantResult = ResultUnion('TenantResult', Tenant);
