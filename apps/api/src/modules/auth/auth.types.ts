import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { FIELD_LIMITS, type AgencyRole } from '@noticeboard/domain';
import { AgencyRoleEnum } from '../../graphql/enums.js';
import { UserError, UserErrorCode, ValidationFailed } from '../../graphql/user-error.js';
import { Agency } from '../agencies/agency.types.js';
import { PASSWORD_MAX_LENGTH } from './password.js';

@ObjectType({ description: 'A person who signs in.' })
export class User {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field() createdAt: Date;
}

@InputType()
export class LoginInput {
  @Field() @MaxLength(FIELD_LIMITS.email) email: string;
  @Field() @MaxLength(PASSWORD_MAX_LENGTH) password: string;
}

@ObjectType()
export class LoginSuccess {
  @Field({ description: 'Send as `Authorization: Bearer <token>`. Shown once.' }) token: string;
  @Field() expiresAt: Date;
  @Field(() => User) user: User;
}

@ObjectType({ implements: UserError, description: 'Email or password is wrong (which one is not said).' })
export class InvalidCredentials extends UserError {
  static create(): InvalidCredentials {
    const e = new InvalidCredentials();
    e.code = UserErrorCode.INVALID_CREDENTIALS;
    e.message = 'the email or password is not right';
    return e;
  }
}

@ObjectType({
  description: 'The password was right and the account has two-factor sign-in: send a code with `completeSignIn`.',
})
export class TwoFactorRequired {
  @Field({
    description:
      'Pass to `completeSignIn` with a code from the authenticator app (or a recovery code). Valid for 5 minutes, 5 attempts.',
  })
  challenge: string;
  @Field() expiresAt: Date;
}

export const LoginResult = createUnionType({
  name: 'LoginResult',
  types: () => [LoginSuccess, TwoFactorRequired, InvalidCredentials] as const,
  resolveType: (v) =>
    v instanceof InvalidCredentials
      ? InvalidCredentials
      : v instanceof TwoFactorRequired
        ? TwoFactorRequired
        : LoginSuccess,
});

@InputType()
export class CompleteSignInInput {
  @Field() @MaxLength(200) challenge: string;
  @Field({ description: 'Six digits from the authenticator app, or one unused recovery code.' })
  @MaxLength(64)
  code: string;
}

@ObjectType({
  implements: UserError,
  description: 'The code is wrong, used already, or the challenge expired (which one is not said).',
})
export class InvalidCode extends UserError {
  static create(message = 'the code is not right, or it expired: try again'): InvalidCode {
    return Object.assign(new InvalidCode(), { code: UserErrorCode.INVALID_CODE, message });
  }
}

export const CompleteSignInResult = createUnionType({
  name: 'CompleteSignInResult',
  types: () => [LoginSuccess, InvalidCode] as const,
  resolveType: (v) => (v instanceof InvalidCode ? InvalidCode : LoginSuccess),
});

export enum LinkProblem {
  UNKNOWN = 'UNKNOWN',
  EXPIRED = 'EXPIRED',
  USED = 'USED',
  REVOKED = 'REVOKED',
}
registerEnumType(LinkProblem, { name: 'LinkProblem', description: 'Why an emailed link no longer works.' });

@ObjectType({
  implements: UserError,
  description: 'An emailed link (invitation, password reset) that does not work (any more).',
})
export class LinkNotValid extends UserError {
  @Field(() => LinkProblem) reason: LinkProblem;
  static create(reason: LinkProblem): LinkNotValid {
    const messages: Record<LinkProblem, string> = {
      UNKNOWN: 'this link is not valid: check that it was copied whole',
      EXPIRED: 'this link has expired: ask for a new one',
      USED: 'this link was used already',
      REVOKED: 'this link was withdrawn (a newer one may have been sent)',
    };
    return Object.assign(new LinkNotValid(), { code: UserErrorCode.LINK_NOT_VALID, message: messages[reason], reason });
  }
}

@InputType()
export class RequestPasswordResetInput {
  @Field() @MaxLength(FIELD_LIMITS.email) email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field() @MaxLength(200) token: string;
  @Field() @MaxLength(PASSWORD_MAX_LENGTH) newPassword: string;
}

export const ResetPasswordResult = createUnionType({
  name: 'ResetPasswordResult',
  types: () => [User, LinkNotValid, ValidationFailed] as const,
  resolveType: (v) =>
    v instanceof LinkNotValid ? LinkNotValid : v instanceof ValidationFailed ? ValidationFailed : User,
});

@ObjectType({
  description: 'A new authenticator secret, not in force until `enableTwoFactor` confirms a code from it.',
})
export class TwoFactorSetup {
  @Field({ description: 'Base32, for typing into an authenticator app.' }) secret: string;
  @Field({ description: 'otpauth:// URI, for a QR code.' }) uri: string;
}

@InputType()
export class TwoFactorCodeInput {
  @Field({ description: 'Six digits from the authenticator app (or, where accepted, a recovery code).' })
  @MaxLength(64)
  code: string;
}

@ObjectType({
  description: 'Two-factor sign-in is on. The recovery codes are shown once: each works once instead of a code.',
})
export class TwoFactorEnabled {
  @Field(() => [String]) recoveryCodes: string[];
}

export const TwoFactorEnabledResult = createUnionType({
  name: 'TwoFactorEnabledResult',
  types: () => [TwoFactorEnabled, InvalidCode] as const,
  resolveType: (v) => (v instanceof InvalidCode ? InvalidCode : TwoFactorEnabled),
});

@ObjectType()
export class TwoFactorDisabled {
  @Field() disabled: boolean;
}

export const TwoFactorDisabledResult = createUnionType({
  name: 'TwoFactorDisabledResult',
  types: () => [TwoFactorDisabled, InvalidCode, ValidationFailed] as const,
  resolveType: (v) =>
    v instanceof InvalidCode ? InvalidCode : v instanceof ValidationFailed ? ValidationFailed : TwoFactorDisabled,
});

@ObjectType({ description: "One of the caller's signed-in sessions." })
export class Session {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) userAgent: string | null;
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
  @Field({ description: 'The session this request was made with.' }) current: boolean;
}

@InputType()
export class ChangePasswordInput {
  @Field() @MaxLength(PASSWORD_MAX_LENGTH) currentPassword: string;
  @Field() @MaxLength(PASSWORD_MAX_LENGTH) newPassword: string;
}

export const ChangePasswordResult = createUnionType({
  name: 'ChangePasswordResult',
  types: () => [User, InvalidCredentials, ValidationFailed] as const,
  resolveType: (v) =>
    v instanceof InvalidCredentials ? InvalidCredentials : v instanceof ValidationFailed ? ValidationFailed : User,
});

@ObjectType({ description: 'The caller: a person (with their agency) or an API key (with its tenant).' })
export class Me {
  @Field(() => User, { nullable: true, description: 'Null for an API key.' }) user: User | null;
  @Field(() => Agency, { nullable: true }) agency: Agency | null;
  @Field(() => AgencyRoleEnum, { nullable: true }) agencyRole: AgencyRole | null;
  @Field({ description: 'Whether the caller may create tenants.' }) canCreateTenants: boolean;
  @Field({ description: 'Whether the caller may manage the agency and its members.' }) canManageAgency: boolean;
  @Field({ description: 'Whether the person signs in with a second factor.' }) twoFactorEnabled: boolean;
  @Field({
    description:
      'The agency requires two-factor sign-in and the person has not set it up: until they do, only account operations work.',
  })
  twoFactorSetupRequired: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The agency whose requirement that is (the person may work in one of its tenants, not for it).',
  })
  twoFactorRequiredBy: string | null;
  @Field(() => Int, { description: 'Recovery codes not used yet (0 without two-factor sign-in).' })
  recoveryCodesLeft: number;
}
