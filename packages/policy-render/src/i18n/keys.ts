import type {
  CcpaCategory,
  CookieDurationUnit,
  CookieKind,
  DataSource,
  LegalBasis,
  ProvisionRequirement,
  RecipientRole,
  RepresentativeRegion,
  RetentionTrigger,
  RetentionUnit,
  Right,
  SecurityMeasure,
  SpecialCategory,
  SpecialCategoryCondition,
  TransferArea,
  TransferInstrumentId,
} from '@noticeboard/domain';

/**
 * Keys every catalog must have for each value of the domain's enums, so that a value added to the model fails
 * the build here until it has wording in every language.
 */
export type EnumMessageKey =
  | `legalBasis.${LegalBasis}`
  | `specialCondition.${SpecialCategoryCondition}`
  | `specialCategory.${SpecialCategory}`
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
  | `representative.${RepresentativeRegion}`;
