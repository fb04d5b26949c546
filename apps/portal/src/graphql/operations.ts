import { graphql } from './tada.js';

/** Every problem of a ValidationFailed result, shown next to its field by `path`. */
export const PROBLEMS = graphql(`
  fragment Problems on ValidationFailed {
    code
    message
    problems { path code message }
  }
`);

export const LOGIN = graphql(
  `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginSuccess { token expiresAt user { id email name } }
      ... on TwoFactorRequired { challenge expiresAt }
      ... on InvalidCredentials { code message }
    }
  }
`,
);

export const LOGOUT = graphql(`
  mutation Logout { logout }
`);

export const ME = graphql(`
  query Me {
    me {
      user { id email name }
      agency { id name requireTwoFactor }
      agencyRole
      canCreateTenants
      canManageAgency
      twoFactorEnabled
      twoFactorSetupRequired
      twoFactorRequiredBy
      recoveryCodesLeft
    }
  }
`);

export const TENANTS = graphql(`
  query Tenants($first: Int, $after: String, $search: String) {
    tenants(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          slug
          legalName
          displayName
          jurisdictions
          publicLinks { privacyPolicy }
          viewer { role canReadRequests canEditPolicy }
          policyStatus { latestVersion latestEffectiveDate liveVersion hasUnpublishedChanges errorCount warningCount }
          consentActivity(days: 30) { days events granted refused withdrawn lastRecordedAt }
        }
      }
    }
  }
`);

/** One tenant's policy state for the agency home; sent with that tenant's X-Tenant header. */
const REQUEST_ROW = graphql(`
  fragment RequestRow on DataSubjectRequest {
    id
    reference
    type
    state
    jurisdiction
    requesterName
    requesterEmail
    receivedAt
    dueOn
    daysLeft
    isOverdue
    extended
    tenant { id slug legalName }
  }
`);

export const AGENCY_REQUESTS = graphql(
  `
  query AgencyRequests($first: Int, $after: String, $states: [RequestState!], $types: [RequestType!], $overdue: Boolean, $search: String, $tenantIds: [ID!]) {
    agencyDataSubjectRequests(first: $first, after: $after, states: $states, types: $types, overdue: $overdue, search: $search, tenantIds: $tenantIds) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...RequestRow } }
    }
  }
`,
  [REQUEST_ROW],
);

export const TENANT_REQUESTS = graphql(
  `
  query TenantRequests($first: Int, $after: String, $states: [RequestState!], $types: [RequestType!], $overdue: Boolean, $search: String) {
    dataSubjectRequests(first: $first, after: $after, states: $states, types: $types, overdue: $overdue, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...RequestRow } }
    }
    requestSettings { formUrl }
  }
`,
  [REQUEST_ROW],
);

/** A request's facts, without its history: what mutations return (with events they pass the API's cost limit). */
export const REQUEST_CORE = graphql(`
  fragment RequestCore on DataSubjectRequest {
    id
    reference
    type
    state
    source
    jurisdiction
    language
    requesterName
    requesterEmail
    details
    receivedAt
    clockStartsOn
    acknowledgeBy
    dueOn
    lawDueOn
    promisedDueOn
    daysLeft
    isOverdue
    extended
    canExtend
    extensionDueOn
    extensionReason
    verificationMethod
    verifiedAt
    closedAt
    outcome
    availableActions
    rule { citation description }
    tenant { id slug legalName }
  }
`);

export const REQUEST_DETAIL_FIELDS = graphql(
  `
  fragment RequestDetail on DataSubjectRequest {
    ...RequestCore
    events(first: 100) {
      totalCount
      edges { node { id action at actorKind actorName reason fromState toState } }
    }
  }
`,
  [REQUEST_CORE],
);

export const REQUEST_DETAIL = graphql(
  `
  query RequestDetail($id: ID!) {
    dataSubjectRequest(id: $id) { ...RequestDetail }
    currentTenant { id slug displayName viewer { role canReadRequests canHandleRequests } }
  }
`,
  [REQUEST_DETAIL_FIELDS],
);

export const REQUEST_RESULT = graphql(
  `
  fragment RequestResult on DataSubjectRequestResult {
    __typename
    ... on DataSubjectRequest { ...RequestCore }
    ... on ValidationFailed { ...Problems }
  }
`,
  [REQUEST_CORE, PROBLEMS],
);

export const EXTEND_REQUEST = graphql(
  `
  mutation ExtendRequest($input: ExtendRequestDeadlineInput!) {
    extendRequestDeadline(input: $input) { ...RequestResult }
  }
`,
  [REQUEST_RESULT],
);

export const COMPLETE_REQUEST = graphql(
  `
  mutation CompleteRequest($input: CompleteRequestInput!) {
    completeRequest(input: $input) { ...RequestResult }
  }
`,
  [REQUEST_RESULT],
);

export const REFUSE_REQUEST = graphql(
  `
  mutation RefuseRequest($input: RefuseRequestInput!) {
    refuseRequest(input: $input) { ...RequestResult }
  }
`,
  [REQUEST_RESULT],
);

export const CONFIRM_IDENTITY = graphql(
  `
  mutation ConfirmIdentity($input: ConfirmRequestIdentityInput!) {
    confirmRequestIdentity(input: $input) { ...RequestResult }
  }
`,
  [REQUEST_RESULT],
);

export const SKIP_VERIFICATION = graphql(
  `
  mutation SkipVerification($input: SkipRequestVerificationInput!) {
    skipRequestVerification(input: $input) { ...RequestResult }
  }
`,
  [REQUEST_RESULT],
);

export const RESEND_VERIFICATION = graphql(
  `
  mutation ResendVerification($id: ID!) {
    resendRequestVerification(id: $id) { ...RequestResult }
  }
`,
  [REQUEST_RESULT],
);

export const ADD_NOTE = graphql(
  `
  mutation AddRequestNote($input: AddRequestNoteInput!) {
    addRequestNote(input: $input) { ...RequestResult }
  }
`,
  [REQUEST_RESULT],
);

const TENANT_PROFILE = graphql(`
  fragment TenantProfile on Tenant {
    id
    slug
    legalName
    tradingName
    displayName
    contactEmail
    contactPhone
    website
    registrationNumber
    jurisdictions
    defaultLanguage
    publicLinks { privacyPolicy subprocessors }
    viewer {
      role canUpdateProfile canEditPolicy canManageMembers canManageApiKeys canReadAudit
      canReadConsents canRecordConsents canReadRequests canHandleRequests canDelete
    }
  }
`);

export const CREATE_TENANT = graphql(
  `
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      __typename
      ... on Tenant { ...TenantProfile }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [TENANT_PROFILE, PROBLEMS],
);

export const TENANT_OVERVIEW = graphql(
  `
  query TenantOverview {
    currentTenant { ...TenantProfile }
    policyCompleteness {
      publishable
      problems { code severity message requirement jurisdictions location { kind id field language } }
    }
    policyVersions(last: 5) { totalCount edges { node { version effectiveDate publishedAt isLive changeSummary url } } }
  }
`,
  [TENANT_PROFILE],
);

export { REQUEST_ROW, TENANT_PROFILE };
