import { PROBLEMS } from './operations.js';
import { graphql } from './tada.js';

/** The translations page (`/tenants/:slug/translations`); sent with the tenant's X-Tenant. */

const TRANSLATION_PROGRESS = graphql(`
  fragment TranslationProgressFields on TranslationProgress {
    language published required current missing outdated untranslated complete
  }
`);

const POLICY_TEXT = graphql(`
  fragment PolicyTextFields on PolicyText {
    kind itemId itemLabel field text required language state value source
  }
`);

/**
 * The client's heading and permissions, and the progress of every language; the texts of one language when
 * `withTexts` (the page first asks without, when the address names no language yet).
 */
export const POLICY_TRANSLATIONS = graphql(
  `
  query PolicyTranslations($language: Language, $withTexts: Boolean!) {
    currentTenant {
      id
      slug
      displayName
      legalName
      tradingName
      defaultLanguage
      viewer { role canEditPolicy canUpdateProfile canReadRequests canReadConsents canReadAudit }
    }
    policyTranslations(language: $language) {
      defaultLanguage
      progress { ...TranslationProgressFields }
      texts @include(if: $withTexts) { ...PolicyTextFields }
    }
  }
`,
  [TRANSLATION_PROGRESS, POLICY_TEXT],
);

/** Saves several texts of one language, all or nothing. */
export const TRANSLATE_POLICY_TEXTS = graphql(
  `
  mutation TranslatePolicyTexts($input: TranslatePolicyTextsInput!) {
    translatePolicyTexts(input: $input) {
      __typename
      ... on PolicyTranslations { defaultLanguage progress { ...TranslationProgressFields } }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [TRANSLATION_PROGRESS, PROBLEMS],
);
