import { PROBLEMS } from './operations.js';
import { graphql } from './tada.js';

/** The client the settings pages work in, with what the caller may do there. */
export const SETTINGS_TENANT = graphql(`
  query SettingsTenant {
    currentTenant {
      id
      slug
      displayName
      legalName
      viewer {
        role
        canManageMembers
        canManageApiKeys
        canReadAudit
        canReadConsents
        canReadRequests
      }
    }
  }
`);

// Members of a tenant

const TENANT_MEMBER = graphql(`
  fragment TenantMemberRow on TenantMember {
    userId
    name
    email
    role
    createdAt
  }
`);

export const TENANT_MEMBERS = graphql(
  `
  query TenantMembers($first: Int, $after: String) {
    tenantMembers(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...TenantMemberRow } }
    }
  }
`,
  [TENANT_MEMBER],
);

const TENANT_INVITATION = graphql(`
  fragment TenantInvitationRow on TenantInvitation {
    id
    email
    role
    status
    createdAt
    expiresAt
  }
`);

export const TENANT_INVITATIONS = graphql(
  `
  query TenantInvitations($first: Int, $after: String) {
    tenantInvitations(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...TenantInvitationRow } }
    }
  }
`,
  [TENANT_INVITATION],
);

export const INVITE_TENANT_MEMBER = graphql(
  `
  mutation InviteTenantMember($input: InviteTenantMemberInput!) {
    inviteTenantMember(input: $input) {
      __typename
      ... on TenantInvitation { ...TenantInvitationRow }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [TENANT_INVITATION, PROBLEMS],
);

export const RESEND_TENANT_INVITATION = graphql(
  `
  mutation ResendTenantInvitation($id: ID!) {
    resendTenantInvitation(id: $id) {
      __typename
      ... on TenantInvitation { ...TenantInvitationRow }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [TENANT_INVITATION, PROBLEMS],
);

export const REVOKE_TENANT_INVITATION = graphql(
  `
  mutation RevokeTenantInvitation($id: ID!) {
    revokeTenantInvitation(id: $id) {
      __typename
      ... on TenantInvitation { ...TenantInvitationRow }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [TENANT_INVITATION, PROBLEMS],
);

export const UPDATE_TENANT_MEMBER = graphql(
  `
  mutation UpdateTenantMember($input: UpdateTenantMemberInput!) {
    updateTenantMember(input: $input) {
      __typename
      ... on TenantMember { ...TenantMemberRow }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [TENANT_MEMBER, PROBLEMS],
);

export const REMOVE_TENANT_MEMBER = graphql(
  `
  mutation RemoveTenantMember($userId: ID!) {
    removeTenantMember(userId: $userId) {
      __typename
      ... on TenantMember { userId }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [PROBLEMS],
);

// Members of the agency

const AGENCY_MEMBER = graphql(`
  fragment AgencyMemberRow on AgencyMember {
    userId
    name
    email
    role
    createdAt
  }
`);

export const AGENCY_SETTINGS = graphql(
  `
  query AgencySettings($first: Int, $after: String) {
    me { canManageAgency twoFactorEnabled user { id } agency { id name slug requireTwoFactor } }
    agencyMembers(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...AgencyMemberRow } }
    }
  }
`,
  [AGENCY_MEMBER],
);

const AGENCY_INVITATION = graphql(`
  fragment AgencyInvitationRow on AgencyInvitation {
    id
    email
    role
    status
    createdAt
    expiresAt
  }
`);

export const AGENCY_INVITATIONS = graphql(
  `
  query AgencyInvitations($first: Int, $after: String) {
    agencyInvitations(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...AgencyInvitationRow } }
    }
  }
`,
  [AGENCY_INVITATION],
);

export const INVITE_AGENCY_MEMBER = graphql(
  `
  mutation InviteAgencyMember($input: InviteAgencyMemberInput!) {
    inviteAgencyMember(input: $input) {
      __typename
      ... on AgencyInvitation { ...AgencyInvitationRow }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [AGENCY_INVITATION, PROBLEMS],
);

export const RESEND_AGENCY_INVITATION = graphql(
  `
  mutation ResendAgencyInvitation($id: ID!) {
    resendAgencyInvitation(id: $id) {
      __typename
      ... on AgencyInvitation { ...AgencyInvitationRow }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [AGENCY_INVITATION, PROBLEMS],
);

export const REVOKE_AGENCY_INVITATION = graphql(
  `
  mutation RevokeAgencyInvitation($id: ID!) {
    revokeAgencyInvitation(id: $id) {
      __typename
      ... on AgencyInvitation { ...AgencyInvitationRow }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [AGENCY_INVITATION, PROBLEMS],
);

export const UPDATE_AGENCY_MEMBER = graphql(
  `
  mutation UpdateAgencyMember($input: UpdateAgencyMemberInput!) {
    updateAgencyMember(input: $input) {
      __typename
      ... on AgencyMember { ...AgencyMemberRow }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [AGENCY_MEMBER, PROBLEMS],
);

export const REMOVE_AGENCY_MEMBER = graphql(
  `
  mutation RemoveAgencyMember($userId: ID!) {
    removeAgencyMember(userId: $userId) {
      __typename
      ... on AgencyMember { userId }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [PROBLEMS],
);

export const UPDATE_AGENCY = graphql(
  `
  mutation UpdateAgency($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      __typename
      ... on Agency { id name requireTwoFactor }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [PROBLEMS],
);

// API keys

const API_KEY = graphql(`
  fragment ApiKeyRow on ApiKey {
    id
    name
    role
    tokenHint
    createdAt
    lastUsedAt
    revokedAt
  }
`);

export const API_KEYS = graphql(
  `
  query ApiKeys($first: Int, $after: String) {
    apiKeys(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ApiKeyRow } }
    }
  }
`,
  [API_KEY],
);

export const CREATE_API_KEY = graphql(
  `
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on ApiKeyCreated { token apiKey { ...ApiKeyRow } }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [API_KEY, PROBLEMS],
);

export const REVOKE_API_KEY = graphql(
  `
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) { ...ApiKeyRow }
  }
`,
  [API_KEY],
);

// Webhooks

const WEBHOOK_ENDPOINT = graphql(`
  fragment WebhookEndpointRow on WebhookEndpoint {
    id
    url
    description
    events
    enabled
    secretHint
    createdAt
    updatedAt
  }
`);

export const WEBHOOK_ENDPOINTS = graphql(
  `
  query WebhookEndpoints($first: Int, $after: String) {
    webhookEndpoints(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...WebhookEndpointRow } }
    }
  }
`,
  [WEBHOOK_ENDPOINT],
);

export const WEBHOOK_DELIVERIES = graphql(
  `
  query WebhookDeliveries($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $status: WebhookDeliveryStatus, $eventType: WebhookEventType) {
    webhookEndpoint(id: $id) {
      ...WebhookEndpointRow
      deliveries(first: $first, after: $after, last: $last, before: $before, status: $status, eventType: $eventType) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges {
          node {
            id
            eventId
            eventType
            status
            attempts
            lastStatusCode
            lastError
            responseTimeMs
            createdAt
            deliveredAt
            nextAttemptAt
            payload
          }
        }
      }
    }
  }
`,
  [WEBHOOK_ENDPOINT],
);

export const CREATE_WEBHOOK_ENDPOINT = graphql(
  `
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      __typename
      ... on WebhookEndpointSecret { secret endpoint { ...WebhookEndpointRow } }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [WEBHOOK_ENDPOINT, PROBLEMS],
);

export const UPDATE_WEBHOOK_ENDPOINT = graphql(
  `
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      __typename
      ... on WebhookEndpoint { ...WebhookEndpointRow }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [WEBHOOK_ENDPOINT, PROBLEMS],
);

export const ROTATE_WEBHOOK_SECRET = graphql(
  `
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) { secret endpoint { ...WebhookEndpointRow } }
  }
`,
  [WEBHOOK_ENDPOINT],
);

export const DELETE_WEBHOOK_ENDPOINT = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id) { deletedId }
  }
`);

// Sub-processor subscribers

export const SUBPROCESSOR_SUBSCRIBERS = graphql(`
  query SubprocessorSubscribers($first: Int, $after: String, $last: Int, $before: String, $status: SubscriberStatus) {
    subprocessorSubscribers(first: $first, after: $after, last: $last, before: $before, status: $status) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id email status createdAt confirmedAt unsubscribedAt } }
    }
  }
`);

export const DELETE_SUBPROCESSOR_SUBSCRIBER = graphql(`
  mutation DeleteSubprocessorSubscriber($id: ID!) {
    deleteSubprocessorSubscriber(id: $id) { deletedId }
  }
`);

// Email outbox

export const EMAIL_OUTBOX = graphql(`
  query EmailOutbox($first: Int, $after: String, $last: Int, $before: String, $status: EmailStatus, $kind: EmailKind) {
    emailOutbox(first: $first, after: $after, last: $last, before: $before, status: $status, kind: $kind) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id to subject kind status attempts createdAt sentAt nextAttemptAt lastError } }
    }
  }
`);

export const EMAIL_MESSAGE = graphql(`
  query EmailMessage($id: ID!) {
    emailMessage(id: $id) { id to subject kind status attempts createdAt sentAt nextAttemptAt lastError textBody htmlBody }
  }
`);

// Audit log

/** Who may appear as an actor: the people and keys of the tenant, for the actor filter. */
export const AUDIT_ACTORS = graphql(`
  query AuditActors($withKeys: Boolean!) {
    tenantMembers(first: 100) { edges { node { userId name email } } }
    apiKeys(first: 100) @include(if: $withKeys) { edges { node { id name revokedAt } } }
  }
`);

export const AUDIT_LOG = graphql(`
  query AuditLog(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $actorId: ID
    $action: String
    $entity: String
    $since: DateTimeISO
    $until: DateTimeISO
  ) {
    auditLog(first: $first, after: $after, last: $last, before: $before, actorId: $actorId, action: $action, entity: $entity, since: $since, until: $until) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node { id at actorKind actorId actorName action entity entityId operation before after requestId }
      }
    }
  }
`);
