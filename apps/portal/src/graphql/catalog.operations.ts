import { PROBLEMS } from './operations.js';
import { graphql } from './tada.js';

/** The agency catalog pages: common recipients kept once, the tenants they reach, and bulk republishing. */

export const CATALOG_ENTRY_FIELDS = graphql(`
  fragment CatalogEntryFields on CatalogEntry {
    id
    name
    role
    legalEntity
    address { streetAddress locality region postalCode country }
    country
    processingCountries
    service
    safeguards
    transferDetails
    dataPrivacyFramework { certifiedOn ukExtension swissFramework }
    privacyPolicyUrl
    optOutUrl
    translations { language field value source state }
    updatedAt
    linkedTenants { tenantId tenantSlug tenantName recipientId dpaSignedOn }
  }
`);

export const CATALOG_ENTRIES = graphql(
  `
  query CatalogEntries($first: Int, $after: String) {
    catalogEntries(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...CatalogEntryFields } }
    }
  }
`,
  [CATALOG_ENTRY_FIELDS],
);

export const CREATE_CATALOG_ENTRY = graphql(
  `
  mutation CreateCatalogEntry($input: CreateCatalogEntryInput!) {
    createCatalogEntry(input: $input) {
      __typename
      ... on CatalogEntry { ...CatalogEntryFields }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [CATALOG_ENTRY_FIELDS, PROBLEMS],
);

export const UPDATE_CATALOG_ENTRY = graphql(
  `
  mutation UpdateCatalogEntry($input: UpdateCatalogEntryInput!) {
    updateCatalogEntry(input: $input) {
      __typename
      ... on CatalogEntryUpdated {
        entry { ...CatalogEntryFields }
        reached { tenantId tenantSlug tenantName latestVersion differsFromPublished }
      }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [CATALOG_ENTRY_FIELDS, PROBLEMS],
);

export const DELETE_CATALOG_ENTRY = graphql(`
  mutation DeleteCatalogEntry($id: ID!) {
    deleteCatalogEntry(id: $id) { deletedId }
  }
`);

export const REPUBLISH_TENANTS = graphql(
  `
  mutation RepublishTenants($input: RepublishTenantsInput!) {
    republishTenants(input: $input) {
      tenantId
      result {
        __typename
        ... on PolicyVersion { version effectiveDate }
        ... on PolicyIncomplete { code message completeness { severity } }
        ... on PolicyUnchanged { code message latestVersion }
        ... on ValidationFailed { ...Problems }
      }
    }
  }
`,
  [PROBLEMS],
);
