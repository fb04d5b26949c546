import { PROBLEMS } from './operations.js';
import { graphql } from './tada.js';

/** The person's own account: signing in with a second factor, emailed links, password, sessions, two-factor. */

export const COMPLETE_SIGN_IN = graphql(`
  mutation CompleteSignIn($input: CompleteSignInInput!) {
    completeSignIn(input: $input) {
      __typename
      ... on LoginSuccess { token expiresAt user { id email name } }
      ... on InvalidCode { code message }
    }
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const RESET_PASSWORD = graphql(
  `
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      __typename
      ... on User { id email }
      ... on LinkNotValid { code message reason }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [PROBLEMS],
);

export const INVITATION_PREVIEW = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      __typename
      ... on InvitationPreview { kind email role agencyName tenantName invitedByName expiresAt accountExists }
      ... on LinkNotValid { code message reason }
    }
  }
`);

export const ACCEPT_INVITATION = graphql(
  `
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      __typename
      ... on InvitationAccepted { kind tenantId tenantSlug token tokenExpiresAt user { id email name } }
      ... on LinkNotValid { code message reason }
      ... on WrongAccount { code message invitedEmail }
      ... on SignInRequired { code message }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [PROBLEMS],
);

/** The account page: who, two-factor state and the signed-in sessions. */
export const ACCOUNT = graphql(`
  query Account {
    me {
      user { id email name createdAt }
      agency { id name requireTwoFactor }
      twoFactorEnabled
      twoFactorSetupRequired
      twoFactorRequiredBy
      recoveryCodesLeft
    }
    sessions(first: 100) {
      totalCount
      edges { node { id userAgent createdAt expiresAt current } }
    }
  }
`);

export const CHANGE_PASSWORD = graphql(
  `
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on User { id }
      ... on InvalidCredentials { code message }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [PROBLEMS],
);

export const SIGN_OUT_OTHER_SESSIONS = graphql(`
  mutation SignOutOtherSessions { signOutOtherSessions }
`);

export const BEGIN_TWO_FACTOR_SETUP = graphql(`
  mutation BeginTwoFactorSetup { beginTwoFactorSetup { secret uri } }
`);

export const ENABLE_TWO_FACTOR = graphql(`
  mutation EnableTwoFactor($input: TwoFactorCodeInput!) {
    enableTwoFactor(input: $input) {
      __typename
      ... on TwoFactorEnabled { recoveryCodes }
      ... on InvalidCode { code message }
    }
  }
`);

export const DISABLE_TWO_FACTOR = graphql(
  `
  mutation DisableTwoFactor($input: TwoFactorCodeInput!) {
    disableTwoFactor(input: $input) {
      __typename
      ... on TwoFactorDisabled { disabled }
      ... on InvalidCode { code message }
      ... on ValidationFailed { ...Problems }
    }
  }
`,
  [PROBLEMS],
);

export const REGENERATE_RECOVERY_CODES = graphql(`
  mutation RegenerateRecoveryCodes($input: TwoFactorCodeInput!) {
    regenerateRecoveryCodes(input: $input) {
      __typename
      ... on TwoFactorEnabled { recoveryCodes }
      ... on InvalidCode { code message }
    }
  }
`);
