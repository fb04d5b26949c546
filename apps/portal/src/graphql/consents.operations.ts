import { PROBLEMS } from './operations.js';
import { graphql } from './tada.js';

/** The consents page of one client: a person's answers and their proof, and answers per purpose over time. */

/** The client, what the caller may do there, and the purposes a person can answer for. */
export const CONSENTS_TENANT = graphql(`
  query ConsentsTenant {
    currentTenant {
      id
      slug
      displayName
      viewer { role canReadConsents canRecordConsents canReadRequests canReadAudit }
    }
    purposes(first: 100) { edges { node { id name reliesOnConsent saleOrSharing } } }
  }
`);

export const CONSENT_EVENT_FIELDS = graphql(`
  fragment ConsentEventFields on ConsentEvent {
    id
    recordedAt
    method
    recordedBy
    policyVersion
    pageUrl
    ipTruncated
    language
    gpc
    noticeHash
    decisions { purposeId purposeName choice byGpc }
  }
`);

export const CONSENT_SUBJECT = graphql(
  `
  query ConsentSubject($subjectId: String!, $first: Int, $after: String) {
    consentSubject(subjectId: $subjectId) {
      subjectHash
      state { purposeId purposeName choice since eventId }
      history(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...ConsentEventFields } }
      }
    }
  }
`,
  [CONSENT_EVENT_FIELDS],
);

/** Fetched only when someone downloads it: the export can be large. */
export const CONSENT_PROOF = graphql(`
  query ConsentProof($subjectId: String!) {
    consentSubject(subjectId: $subjectId) { subjectHash proof }
  }
`);

export const CONSENT_COUNTS = graphql(`
  query ConsentCounts($from: String!, $to: String!, $interval: ConsentInterval!) {
    consentCounts(from: $from, to: $to, interval: $interval) {
      purposeId
      purposeName
      periodStart
      granted
      refused
      withdrawn
    }
  }
`);

export const RECORD_CONSENT = graphql(
  `
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      __typename
      ... on ConsentRecorded { replayed event { ...ConsentEventFields } }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [CONSENT_EVENT_FIELDS, PROBLEMS],
);
