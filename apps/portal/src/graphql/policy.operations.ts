import { PROBLEMS } from './operations.js';
import { graphql } from './tada.js';

/** "Publish & versions" (`/tenants/:slug/policy`): the draft and its check, publishing, versions, diffs, links. */

export const COMPLETENESS_PROBLEM = graphql(`
  fragment CompletenessProblemFields on CompletenessProblem {
    code
    severity
    message
    requirement
    jurisdictions
    location { kind id field language }
  }
`);

/** What every page of the section shows above its content: the client's name and the tabs the person may open. */
export const POLICY_TENANT = graphql(`
  fragment PolicyTenant on Tenant {
    id
    slug
    displayName
    viewer { role canEditPolicy canReadConsents canReadRequests canReadAudit }
  }
`);

export const VERSION_SUMMARY = graphql(`
  fragment PolicyVersionSummary on PolicyVersion {
    version
    effectiveDate
    publishedAt
    publishedBy
    changeSummary
    isLive
    imported
    url
  }
`);

/** The page's heading, permissions and public links; with the draft it previews and the check that gates publishing. */
export const POLICY_PAGE = graphql(
  `
  query PolicyPage {
    currentTenant {
      ...PolicyTenant
      defaultLanguage
      publicLinks { privacyPolicy privacyPolicyText privacyPolicyJson subprocessors subprocessorsJson requestForm embedSnippet }
    }
    policyDraft { snapshot }
    policyCompleteness {
      publishable
      problems { ...CompletenessProblemFields }
    }
  }
`,
  [POLICY_TENANT, COMPLETENESS_PROBLEM],
);

/** Published versions, newest page first (the connection is oldest first, so pages go backwards with `before`). */
export const POLICY_VERSIONS = graphql(
  `
  query PolicyVersions($last: Int, $before: String) {
    policyVersions(last: $last, before: $before) {
      totalCount
      pageInfo { hasPreviousPage startCursor }
      edges { node { ...PolicyVersionSummary } }
    }
  }
`,
  [VERSION_SUMMARY],
);

/** One version with its stored rendering in a language, as the public URL serves it. */
export const POLICY_VERSION = graphql(
  `
  query PolicyVersion($version: Int!, $language: Language!) {
    currentTenant { ...PolicyTenant }
    policyVersion(version: $version) {
      ...PolicyVersionSummary
      languages
      snapshotHash
      html(language: $language)
      text(language: $language)
    }
  }
`,
  [POLICY_TENANT, VERSION_SUMMARY],
);

/**
 * What changed between two versions: item by item, and the unified diff of their English texts, or why the texts
 * were too large to compare line by line.
 */
export const POLICY_DIFF = graphql(
  `
  query PolicyDiff($from: Int!, $to: Int!) {
    currentTenant { ...PolicyTenant }
    policyDiff(from: $from, to: $to) {
      from
      to
      language
      textDiff
      textDiffOmitted { code message limit }
      changes { section kind id name fields { field before after } }
    }
  }
`,
  [POLICY_TENANT],
);

export const PUBLISH_POLICY = graphql(
  `
  mutation PublishPolicy($input: PublishPolicyInput!) {
    publishPolicy(input: $input) {
      __typename
      ... on PolicyVersion { ...PolicyVersionSummary }
      ... on PolicyIncomplete { code message completeness { ...CompletenessProblemFields } }
      ... on PolicyUnchanged { code message latestVersion }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [VERSION_SUMMARY, COMPLETENESS_PROBLEM, PROBLEMS],
);

/** Records an earlier policy of the client as an imported version (archived text, never rendered from the model). */
export const IMPORT_POLICY_VERSION = graphql(
  `
  mutation ImportPolicyVersion($input: ImportPolicyVersionInput!) {
    importPolicyVersion(input: $input) {
      __typename
      ... on PolicyVersion { ...PolicyVersionSummary languages }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [VERSION_SUMMARY, PROBLEMS],
);
