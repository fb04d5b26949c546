/** The documents the portal sends (apps/portal/src/graphql/operations.ts), and the tenant policy reads. */

const REQUEST_ROW = `id reference type state jurisdiction requesterName requesterEmail receivedAt dueOn daysLeft isOverdue extended tenant { id slug legalName }`;

export const TENANTS = `query Tenants($first: Int) { tenants(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id slug legalName displayName jurisdictions publicLinks { privacyPolicy } viewer { role canReadRequests canEditPolicy }
  policyStatus { latestVersion latestEffectiveDate liveVersion hasUnpublishedChanges errorCount warningCount }
  consentActivity(days: 30) { days events granted refused withdrawn lastRecordedAt } } } } }`;

export const AGENCY_REQUESTS = `query AgencyRequests($first: Int, $states: [RequestState!]) { agencyDataSubjectRequests(first: $first, states: $states) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${REQUEST_ROW} } } } }`;

export const TENANT_REQUESTS = `query TenantRequests($first: Int, $states: [RequestState!]) { dataSubjectRequests(first: $first, states: $states) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${REQUEST_ROW} } } } }`;

export const POLICY_DRAFT = `query { policyDraft { snapshot problems { path code } rights { right grants { jurisdiction } } } }`;

export const PURPOSES = `query ($first: Int) { purposes(first: $first) { totalCount edges { node { id name legalBasis
  audienceIds dataCategoryIds recipientIds audiences { id name } dataCategories { id name } recipients { id name } } } } }`;

export const RECIPIENTS = `query ($first: Int) { recipients(first: $first) { totalCount edges { node { id name country dataCategoryIds
  isInternationalTransfer transferGaps { countries jurisdiction reason } } } } }`;

export const CONSENT_COUNTS = `query ($from: String!, $to: String!) { consentCounts(from: $from, to: $to, interval: MONTH) { granted } }`;

export const CONSENT_SUBJECT = `query ($s: String!) { consentSubject(subjectId: $s) { state { purposeId } history(first: 20) { totalCount edges { node { id } } } } }`;

export const POLICY_VERSIONS = `query ($first: Int) { policyVersions(first: $first) { totalCount edges { node { version effectiveDate publishedAt isLive } } } }`;

/** The states the portal's inbox shows by default (apps/portal/src/lib/format.ts). */
export const OPEN_STATES = ['RECEIVED', 'VERIFYING', 'IN_PROGRESS', 'EXTENDED'];

export const ME = `query Me { me { user { id email name } agency { id name } agencyRole canCreateTenants canManageAgency } }`;
