export * from './common/problem.js';
export * from './common/fields.js';
export * from './common/language.js';
export * from './jurisdictions/jurisdiction.js';
export * from './jurisdictions/rights.js';
export * from './tenants/tenant.js';
export * from './audiences/audience.js';
export * from './data-categories/data-category.js';
export * from './retention/retention-rule.js';
export * from './purposes/legal-basis.js';
export * from './purposes/purpose.js';
export * from './recipients/transfer.js';
export * from './recipients/recipient.js';
export * from './recipients/policy-transfers.js';
export * from './cookies/cookie.js';
export * from './clauses/clause.js';
export * from './policy/policy-settings.js';
export * from './policy/policy.js';
export * from './policy/policy-translation.js';
export * from './policy/ccpa-disclosures.js';
export * from './policy/policy-diff.js';
export * from './policy/record-of-processing.js';
export * from './completeness/completeness.js';
export * from './access/roles.js';
export * from './consents/consent.js';
export {
  calendarDateIn,
  daysBetween,
  instantAt,
  isPlainDate,
  isTimeZone,
  parseHolidayRegion,
  type HolidayRegion,
  type PlainDate,
} from './requests/calendar.js';
export * from './requests/request-type.js';
export * from './requests/request-intake.js';
export { REQUESTER_NAME_MAX, requesterNameProblem } from './requests/requester-name.js';
export * from './requests/deadline.js';
export * from './requests/request-state.js';
export * from './requests/time-zone.js';
export * from './common/translation.js';
