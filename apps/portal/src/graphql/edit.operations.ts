import { PROBLEMS } from './operations.js';
import { graphql } from './tada.js';

/** Documents of the policy-data editor (`/tenants/:slug/edit/*`); every one is sent with the tenant's X-Tenant. */

const ADDRESS = graphql(`
  fragment EditAddress on Address { streetAddress locality region postalCode country }
`);

export const EDIT_PROFILE = graphql(
  `
  fragment EditProfile on Tenant {
    id
    slug
    legalName
    tradingName
    displayName
    registrationNumber
    contactEmail
    contactPhone
    website
    jurisdictions
    defaultLanguage
    offices { label registered address { ...EditAddress } }
    establishedIn
    groupEntities { legalName country registrationNumber role address { ...EditAddress } }
    dpo { name email phone address { ...EditAddress } }
    representatives { region name email address { ...EditAddress } }
    supervisoryAuthorities { name country website email phone jurisdictions establishment address { ...EditAddress } }
    processorRole { actsAsProcessor services requestHandling }
    certifications { framework certifiedOn ukExtension swissFramework enforcementBody recourseMechanism { kind name url } }
    viewer { role canUpdateProfile canEditPolicy canReadRequests canReadConsents canReadAudit }
  }
`,
  [ADDRESS],
);

export const EDIT_SETTINGS = graphql(`
  fragment EditSettings on PolicySettings {
    accentColor
    changeNotice
    childrenMinimumAge
    policyUrl
    rightsContactChannel
    rightsContactEmail
    rightsContactUrl
    securityMeasures
    automatedDecisionMaking
    internationalTransfers
    disclosesPersonalData
    sellsOrSharesPersonalInformation
    soldOrSharedInPreceding12Months
    sensitivePersonalInformationOnlyForPermittedUses
    rightsRequestsFreeOfCharge
    sellsOrSharesPersonalInformationOfMinors
    processesOptOutPreferenceSignals
    operatesExclusivelyOnline
    offersFinancialIncentives
    tollFreeNumber
    doNotSellOrShareUrl
    limitSensitiveUseUrl
    financialIncentiveNoticeUrl
    authorisedAgentProof
    verificationProcess
    processesChildrensData
    childrensDataTypes
    parentalConsentProcess
    accountablePersonName
    accountablePersonTitle
    accountablePersonEmail
    publishedLanguages
    updatedAt
  }
`);

export const EDIT_AUDIENCE = graphql(`
  fragment EditAudience on Audience { id name description position }
`);

export const EDIT_DATA_CATEGORY = graphql(`
  fragment EditDataCategory on DataCategory {
    id
    name
    description
    isSpecialCategory
    specialCategory
    sources
    sourceDetails
    requirement
    consequenceOfNotProviding
    ccpaCategory
    position
  }
`);

export const EDIT_PURPOSE = graphql(`
  fragment EditPurpose on Purpose {
    id
    name
    description
    legalBasis
    legalBasisReference
    legitimateInterest
    legalObligation
    legalObligationOrigin
    legalBasisScope
    additionalBases { legalBasis scope legitimateInterest legalObligation legalObligationOrigin }
    specialCategoryCondition
    specialCategoryConditionReference
    criminalOffenceAuthority
    criminalOffenceLaw
    directMarketing
    saleOrSharing
    automatedDecisionLogic
    audienceIds
    dataCategoryIds
    audienceCategories { audienceId dataCategoryIds }
    recipientIds
    retention { criteria general period { amount unit trigger } }
    position
  }
`);

export const EDIT_RECIPIENT = graphql(
  `
  fragment EditRecipient on Recipient {
    id
    name
    role
    legalEntity
    country
    address { ...EditAddress }
    processingCountries
    service
    safeguards
    transferDetails
    dataPrivacyFramework { certifiedOn ukExtension swissFramework }
    jointArrangement
    dpaSignedOn
    privacyPolicyUrl
    optOutUrl
    dataCategoryIds
    catalogEntryId
    isInternationalTransfer
    transferGaps { jurisdiction reason countries }
    position
  }
`,
  [ADDRESS],
);

export const EDIT_COOKIE = graphql(`
  fragment EditCookie on Cookie { id name describesGroup provider purpose purposeIds kind durationAmount durationUnit isSessionCookie needsConsent recipientId position }
`);

export const EDIT_CLAUSE = graphql(`
  fragment EditClause on Clause { id section title body position }
`);

/**
 * What the editor shows, loaded by its layout in two documents (this one and POLICY_EDITOR_LISTS) and refetched
 * after each change. Fields are written out rather than spread from the fragments above: the API's cost estimate
 * charges each fragment level like a level of nesting, and one document with everything would near its limit.
 */
export const POLICY_EDITOR = graphql(`
  query PolicyEditor {
    currentTenant {
      id slug legalName tradingName displayName registrationNumber contactEmail contactPhone website jurisdictions defaultLanguage
      offices { label registered address { streetAddress locality region postalCode country } }
      establishedIn
      groupEntities { legalName country registrationNumber role address { streetAddress locality region postalCode country } }
      dpo { name email phone address { streetAddress locality region postalCode country } }
      representatives { region name email address { streetAddress locality region postalCode country } }
      supervisoryAuthorities { name country website email phone jurisdictions establishment address { streetAddress locality region postalCode country } }
      processorRole { actsAsProcessor services requestHandling }
      certifications { framework certifiedOn ukExtension swissFramework enforcementBody recourseMechanism { kind name url } }
      viewer { role canUpdateProfile canEditPolicy canReadRequests canReadConsents canReadAudit }
      translations { language field source state }
    }
    policySettings {
      accentColor changeNotice childrenMinimumAge policyUrl rightsContactChannel rightsContactEmail rightsContactUrl
      securityMeasures updatedAt
      automatedDecisionMaking internationalTransfers disclosesPersonalData sellsOrSharesPersonalInformation
      soldOrSharedInPreceding12Months sensitivePersonalInformationOnlyForPermittedUses rightsRequestsFreeOfCharge
      sellsOrSharesPersonalInformationOfMinors processesOptOutPreferenceSignals operatesExclusivelyOnline
      offersFinancialIncentives tollFreeNumber doNotSellOrShareUrl limitSensitiveUseUrl financialIncentiveNoticeUrl
      authorisedAgentProof verificationProcess processesChildrensData childrensDataTypes parentalConsentProcess
      accountablePersonName accountablePersonTitle accountablePersonEmail
      sellsPersonalData volunteeredSpecialCategoryData dataAboutOthers enquiryResponseTime { amount unit }
      generalRetention { criteria period { amount unit trigger } }
      publishedLanguages
      translations { language field source state }
    }
    audiences(first: 100) { totalCount edges { node { id name description position translations { language field source state } } } }
    cookies(first: 100) {
      totalCount
      edges { node { id name describesGroup provider purpose purposeIds kind durationAmount durationUnit isSessionCookie needsConsent recipientId position translations { language field source state } } }
    }
    clauses(first: 100) { totalCount edges { node { id section title body position translations { language field source state } } } }
    policyCompleteness {
      publishable
      problems { code severity message requirement location { kind id field language } }
    }
  }
`);

/** The three heavier lists of the editor; see POLICY_EDITOR. */
export const POLICY_EDITOR_LISTS = graphql(`
  query PolicyEditorLists {
    dataCategories(first: 100) {
      totalCount
      edges {
        node {
          id name description isSpecialCategory specialCategory sources sourceDetails requirement consequenceOfNotProviding ccpaCategory position
          translations { language field source state }
        }
      }
    }
    purposes(first: 100) {
      totalCount
      edges {
        node {
          id name description legalBasis legalBasisReference legitimateInterest legalObligation legalObligationOrigin
          legalBasisScope additionalBases { legalBasis scope legitimateInterest legalObligation legalObligationOrigin }
          specialCategoryCondition specialCategoryConditionReference criminalOffenceAuthority criminalOffenceLaw directMarketing saleOrSharing automatedDecisionLogic audienceIds dataCategoryIds recipientIds
          audienceCategories { audienceId dataCategoryIds }
          retention { criteria general period { amount unit trigger } }
          position
          translations { language field source state }
        }
      }
    }
    recipients(first: 100) {
      totalCount
      edges {
        node {
          id name role legalEntity country address { streetAddress locality region postalCode country } processingCountries service safeguards transferDetails dpaSignedOn
          dataPrivacyFramework { certifiedOn ukExtension swissFramework } jointArrangement
          privacyPolicyUrl optOutUrl dataCategoryIds catalogEntryId isInternationalTransfer transferGaps { jurisdiction reason countries } position
          translations { language field source state }
        }
      }
    }
  }
`);

/** The agency's catalog of common recipients, to pick from. */
export const RECIPIENT_CATALOG = graphql(
  `
  query RecipientCatalog {
    catalogEntries(first: 100) {
      totalCount
      edges {
        node { id name role legalEntity country service safeguards dataPrivacyFramework { certifiedOn ukExtension swissFramework } }
      }
    }
  }
`,
);

export const SAVE_PROFILE = graphql(
  `
  mutation SaveProfile($input: UpdateTenantInput!) {
    updateTenant(input: $input) {
      __typename
      ... on Tenant { ...EditProfile }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [EDIT_PROFILE, PROBLEMS],
);

export const SAVE_SETTINGS = graphql(
  `
  mutation SavePolicySettings($input: UpdatePolicySettingsInput!) {
    updatePolicySettings(input: $input) {
      __typename
      ... on PolicySettings { ...EditSettings }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [EDIT_SETTINGS, PROBLEMS],
);

export const CREATE_AUDIENCE = graphql(
  `
  mutation CreateAudience($input: CreateAudienceInput!) {
    createAudience(input: $input) { __typename ... on Audience { ...EditAudience } ... on ValidationFailed { ...Problems } }
  }
`,
  [EDIT_AUDIENCE, PROBLEMS],
);

export const UPDATE_AUDIENCE = graphql(
  `
  mutation UpdateAudience($input: UpdateAudienceInput!) {
    updateAudience(input: $input) { __typename ... on Audience { ...EditAudience } ... on ValidationFailed { ...Problems } }
  }
`,
  [EDIT_AUDIENCE, PROBLEMS],
);

export const DELETE_AUDIENCE = graphql(`
  mutation DeleteAudience($id: ID!) { deleteAudience(id: $id) { deletedId } }
`);

export const CREATE_DATA_CATEGORY = graphql(
  `
  mutation CreateDataCategory($input: CreateDataCategoryInput!) {
    createDataCategory(input: $input) { __typename ... on DataCategory { ...EditDataCategory } ... on ValidationFailed { ...Problems } }
  }
`,
  [EDIT_DATA_CATEGORY, PROBLEMS],
);

export const UPDATE_DATA_CATEGORY = graphql(
  `
  mutation UpdateDataCategory($input: UpdateDataCategoryInput!) {
    updateDataCategory(input: $input) { __typename ... on DataCategory { ...EditDataCategory } ... on ValidationFailed { ...Problems } }
  }
`,
  [EDIT_DATA_CATEGORY, PROBLEMS],
);

export const DELETE_DATA_CATEGORY = graphql(`
  mutation DeleteDataCategory($id: ID!) { deleteDataCategory(id: $id) { deletedId } }
`);

export const CREATE_PURPOSE = graphql(
  `
  mutation CreatePurpose($input: CreatePurposeInput!) {
    createPurpose(input: $input) { __typename ... on Purpose { ...EditPurpose } ... on ValidationFailed { ...Problems } }
  }
`,
  [EDIT_PURPOSE, PROBLEMS],
);

export const UPDATE_PURPOSE = graphql(
  `
  mutation UpdatePurpose($input: UpdatePurposeInput!) {
    updatePurpose(input: $input) { __typename ... on Purpose { ...EditPurpose } ... on ValidationFailed { ...Problems } }
  }
`,
  [EDIT_PURPOSE, PROBLEMS],
);

export const DELETE_PURPOSE = graphql(`
  mutation DeletePurpose($id: ID!) { deletePurpose(id: $id) { deletedId } }
`);

export const CREATE_RECIPIENT = graphql(
  `
  mutation CreateRecipient($input: CreateRecipientInput!) {
    createRecipient(input: $input) { __typename ... on Recipient { ...EditRecipient } ... on ValidationFailed { ...Problems } }
  }
`,
  [EDIT_RECIPIENT, PROBLEMS],
);

export const ADD_RECIPIENT_FROM_CATALOG = graphql(
  `
  mutation AddRecipientFromCatalog($input: AddRecipientFromCatalogInput!) {
    addRecipientFromCatalog(input: $input) { __typename ... on Recipient { ...EditRecipient } ... on ValidationFailed { ...Problems } }
  }
`,
  [EDIT_RECIPIENT, PROBLEMS],
);

export const UPDATE_RECIPIENT = graphql(
  `
  mutation UpdateRecipient($input: UpdateRecipientInput!) {
    updateRecipient(input: $input) { __typename ... on Recipient { ...EditRecipient } ... on ValidationFailed { ...Problems } }
  }
`,
  [EDIT_RECIPIENT, PROBLEMS],
);

export const UNLINK_RECIPIENT = graphql(
  `
  mutation UnlinkRecipient($id: ID!) { unlinkRecipientFromCatalog(id: $id) { ...EditRecipient } }
`,
  [EDIT_RECIPIENT],
);

export const DELETE_RECIPIENT = graphql(`
  mutation DeleteRecipient($id: ID!) { deleteRecipient(id: $id) { deletedId } }
`);

export const CREATE_COOKIE = graphql(
  `
  mutation CreateCookie($input: CreateCookieInput!) {
    createCookie(input: $input) { __typename ... on Cookie { ...EditCookie } ... on ValidationFailed { ...Problems } }
  }
`,
  [EDIT_COOKIE, PROBLEMS],
);

export const UPDATE_COOKIE = graphql(
  `
  mutation UpdateCookie($input: UpdateCookieInput!) {
    updateCookie(input: $input) { __typename ... on Cookie { ...EditCookie } ... on ValidationFailed { ...Problems } }
  }
`,
  [EDIT_COOKIE, PROBLEMS],
);

export const DELETE_COOKIE = graphql(`
  mutation DeleteCookie($id: ID!) { deleteCookie(id: $id) { deletedId } }
`);

export const CREATE_CLAUSE = graphql(
  `
  mutation CreateClause($input: CreateClauseInput!) {
    createClause(input: $input) { __typename ... on Clause { ...EditClause } ... on ValidationFailed { ...Problems } }
  }
`,
  [EDIT_CLAUSE, PROBLEMS],
);

export const UPDATE_CLAUSE = graphql(
  `
  mutation UpdateClause($input: UpdateClauseInput!) {
    updateClause(input: $input) { __typename ... on Clause { ...EditClause } ... on ValidationFailed { ...Problems } }
  }
`,
  [EDIT_CLAUSE, PROBLEMS],
);

export const DELETE_CLAUSE = graphql(`
  mutation DeleteClause($id: ID!) { deleteClause(id: $id) { deletedId } }
`);
