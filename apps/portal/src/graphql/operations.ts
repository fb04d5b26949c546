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

/** How the tenant runs requests: the zone requests are dated in (and where it comes from), the promise, the form. */
const REQUEST_SETTINGS_FIELDS = graphql(`
  fragment RequestSettingsFields on RequestSettings {
    formUrl
    timeZone
    timeZoneSource
    promisedDays
    holidayRegion
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
    requestSettings { ...RequestSettingsFields }
    currentTenant { id slug legalName jurisdictions viewer { role canHandleRequests canUpdateProfile } }
  }
`,
  [REQUEST_ROW, REQUEST_SETTINGS_FIELDS],
);

/** A few of the tenant's requests matching a reference, name or email: the originals a duplicate may be merged into. */
export const MERGE_CANDIDATES = graphql(
  `
  query MergeCandidates($search: String) {
    dataSubjectRequests(first: 10, search: $search) {
      totalCount
      edges { node { ...RequestRow } }
    }
  }
`,
  [REQUEST_ROW],
);

export const UPDATE_REQUEST_SETTINGS = graphql(
  `
  mutation UpdateRequestSettings($input: UpdateRequestSettingsInput!) {
    updateRequestSettings(input: $input) {
      __typename
      ... on RequestSettings { ...RequestSettingsFields }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [REQUEST_SETTINGS_FIELDS, PROBLEMS],
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
    extensionGround
    extensionGrounds
    extensionNoticeBy
    verificationMethod
    verifiedAt
    emailConfirmedAt
    passedOnAt
    mergedIntoId
    statutory
    closedAt
    outcome
    availableActions
    clock { state waitingFor since pausedDays citation waits { wait requestedOn receivedOn } }
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
      edges { node { id action at actorKind actorName reason details fromState toState } }
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
    requestSettings { timeZone }
  }
`,
  [REQUEST_DETAIL_FIELDS],
);

export const EXTEND_REQUEST = graphql(
  `
  mutation ExtendRequest($input: ExtendRequestDeadlineInput!) {
    extendRequestDeadline(input: $input) {
      __typename
      ... on DataSubjectRequest { ...RequestCore }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [REQUEST_CORE, PROBLEMS],
);

export const COMPLETE_REQUEST = graphql(
  `
  mutation CompleteRequest($input: CompleteRequestInput!) {
    completeRequest(input: $input) {
      __typename
      ... on DataSubjectRequest { ...RequestCore }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [REQUEST_CORE, PROBLEMS],
);

export const REFUSE_REQUEST = graphql(
  `
  mutation RefuseRequest($input: RefuseRequestInput!) {
    refuseRequest(input: $input) {
      __typename
      ... on DataSubjectRequest { ...RequestCore }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [REQUEST_CORE, PROBLEMS],
);

export const CONFIRM_IDENTITY = graphql(
  `
  mutation ConfirmIdentity($input: ConfirmRequestIdentityInput!) {
    confirmRequestIdentity(input: $input) {
      __typename
      ... on DataSubjectRequest { ...RequestCore }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [REQUEST_CORE, PROBLEMS],
);

export const SKIP_CONFIRMATION = graphql(
  `
  mutation SkipConfirmation($input: SkipRequestConfirmationInput!) {
    skipRequestConfirmation(input: $input) {
      __typename
      ... on DataSubjectRequest { ...RequestCore }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [REQUEST_CORE, PROBLEMS],
);

export const REQUEST_IDENTITY = graphql(
  `
  mutation RequestIdentityProof($input: RequestIdentityProofInput!) {
    requestIdentityProof(input: $input) {
      __typename
      ... on DataSubjectRequest { ...RequestCore }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [REQUEST_CORE, PROBLEMS],
);

export const PAUSE_CLOCK = graphql(
  `
  mutation PauseRequestClock($input: PauseRequestClockInput!) {
    pauseRequestClock(input: $input) {
      __typename
      ... on DataSubjectRequest { ...RequestCore }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [REQUEST_CORE, PROBLEMS],
);

export const RESUME_CLOCK = graphql(
  `
  mutation ResumeRequestClock($input: ResumeRequestClockInput!) {
    resumeRequestClock(input: $input) {
      __typename
      ... on DataSubjectRequest { ...RequestCore }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [REQUEST_CORE, PROBLEMS],
);

export const RECORD_PASSED_ON = graphql(
  `
  mutation RecordOptOutPassedOn($input: RecordOptOutPassedOnInput!) {
    recordOptOutPassedOn(input: $input) {
      __typename
      ... on DataSubjectRequest { ...RequestCore }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [REQUEST_CORE, PROBLEMS],
);

export const MERGE_REQUEST = graphql(
  `
  mutation MergeRequest($input: MergeRequestInput!) {
    mergeRequest(input: $input) {
      __typename
      ... on DataSubjectRequest { ...RequestCore }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [REQUEST_CORE, PROBLEMS],
);

/** A request received by phone, post or in person, recorded by staff. */
export const CREATE_REQUEST = graphql(
  `
  mutation CreateDataSubjectRequest($input: CreateDataSubjectRequestInput!) {
    createDataSubjectRequest(input: $input) {
      __typename
      ... on DataSubjectRequest { ...RequestCore }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [REQUEST_CORE, PROBLEMS],
);

export const RESEND_VERIFICATION = graphql(
  `
  mutation ResendVerification($id: ID!) {
    resendRequestVerification(id: $id) {
      __typename
      ... on DataSubjectRequest { ...RequestCore }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [REQUEST_CORE, PROBLEMS],
);

export const ADD_NOTE = graphql(
  `
  mutation AddRequestNote($input: AddRequestNoteInput!) {
    addRequestNote(input: $input) {
      __typename
      ... on DataSubjectRequest { ...RequestCore }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [REQUEST_CORE, PROBLEMS],
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

export { REQUEST_ROW, REQUEST_SETTINGS_FIELDS, TENANT_PROFILE };
