import type {
  AuthorisedAgentProof,
  CcpaCategory,
  CookieDurationUnit,
  CookieKind,
  CriminalOffenceAuthority,
  DataSource,
  DpfEnforcementBody,
  Jurisdiction,
  LegalBasis,
  ProcessorRequestHandling,
  ProvisionRequirement,
  RecourseMechanismKind,
  RecipientRole,
  RepresentativeRegion,
  ResponseTimeUnit,
  RetentionTrigger,
  RetentionUnit,
  Right,
  SecurityMeasure,
  SpecialCategory,
  SpecialCategoryCondition,
  TransferArea,
  TransferInstrumentId,
  VolunteeredSpecialDataHandling,
} from '@noticeboard/domain';

/**
 * Keys every catalog must have for each value of the domain's enums, so that a value added to the model fails
 * the build here until it has wording in every language.
 */
export type EnumMessageKey =
  | `legalBasis.${LegalBasis}`
  | `specialCondition.${SpecialCategoryCondition}`
  | `specialCategory.${SpecialCategory}`
  | `criminalOffenceAuthority.${CriminalOffenceAuthority}`
  | `volunteered.${VolunteeredSpecialDataHandling}`
  | `responseUnit.${ResponseTimeUnit}`
  | `source.${DataSource}`
  | `requirement.${ProvisionRequirement}`
  | `ccpa.${CcpaCategory}`
  | `role.${RecipientRole}`
  | `instrument.${TransferInstrumentId}`
  | `instrumentRef.${TransferInstrumentId}`
  | `instrumentInfo.${TransferInstrumentId}`
  | `area.${TransferArea}`
  | `transfersFrom.${TransferArea}`
  | `retentionUnit.${RetentionUnit}`
  | `retentionTrigger.${RetentionTrigger}`
  | `cookieKind.${CookieKind}`
  | `cookieUnit.${CookieDurationUnit}`
  | `right.${Right}`
  | `rightInfo.${Right}`
  | `measure.${SecurityMeasure}`
  | `representative.${RepresentativeRegion}`
  | `agentProof.${AuthorisedAgentProof}`
  | `regime.${Jurisdiction}`
  | `processorRequests.${ProcessorRequestHandling}`
  | `dpf.recourse.${RecourseMechanismKind}`
  | `dpf.body.${DpfEnforcementBody}`;
