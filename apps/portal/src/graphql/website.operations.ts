import { PROBLEMS } from './operations.js';
import { graphql } from './tada.js';

/** A client's website settings: the origins allowed to record consents, and what the website pastes in. */

/**
 * The client (with the layout's permissions and whether the caller may change its settings), its consent settings,
 * a public link to find the public address in, and the purposes a banner asks consent for.
 */
export const WEBSITE_SETTINGS = graphql(`
  query WebsiteSettings {
    currentTenant {
      id
      slug
      publicLinks { privacyPolicy }
      viewer {
        role
        canManageMembers
        canManageApiKeys
        canReadAudit
        canReadConsents
        canReadRequests
        canUpdateProfile
      }
    }
    consentSettings { allowedOrigins endpointUrl noticeUrl withdrawalPageUrl }
    purposes(first: 100) { edges { node { id name reliesOnConsent saleOrSharing } } }
  }
`);

export const UPDATE_CONSENT_SETTINGS = graphql(
  `
  mutation UpdateConsentSettings($input: UpdateConsentSettingsInput!) {
    updateConsentSettings(input: $input) {
      __typename
      ... on ConsentSettings { allowedOrigins }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [PROBLEMS],
);
