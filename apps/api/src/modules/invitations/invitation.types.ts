import { createUnionType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { FIELD_LIMITS, type AgencyRole, type TenantRole } from '@noticeboard/domain';
import { ConnectionType } from '../../graphql/connection.js';
import { AgencyRoleEnum, TenantRoleEnum } from '../../graphql/enums.js';
import { ResultUnion, UserError, UserErrorCode, ValidationFailed } from '../../graphql/user-error.js';
import { LinkNotValid, User } from '../auth/auth.types.js';
import { PASSWORD_MAX_LENGTH } from '../auth/password.js';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'Where an invitation stands. A new invitation to the same address replaces a pending one (REVOKED).',
});

export enum InvitationKind {
  AGENCY = 'AGENCY',
  TENANT = 'TENANT',
}
registerEnumType(InvitationKind, {
  name: 'InvitationKind',
  description: "What an invitation is into: an agency's staff, or one tenant.",
});

@ObjectType({
  description: 'An invitation sent to an email address. Says nothing about whether the address has an account.',
})
export class AgencyInvitation {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => AgencyRoleEnum) role: AgencyRole;
  @Field(() => InvitationStatus) status: InvitationStatus;
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
}

@ObjectType({
  description: 'An invitation to a role in the current tenant. Says nothing about whether the address has an account.',
})
export class TenantInvitation {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => TenantRoleEnum) role: TenantRole;
  @Field(() => InvitationStatus) status: InvitationStatus;
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
}

export const AgencyInvitationConnection = ConnectionType(AgencyInvitation);
export const TenantInvitationConnection = ConnectionType(TenantInvitation);
export const AgencyInvitationResult = ResultUnion('AgencyInvitationResult', AgencyInvitation);
export const TenantInvitationResult = ResultUnion('TenantInvitationResult', TenantInvitation);

@InputType({
  description: "Invites a person into the caller's agency: an email with a single-use link valid for 7 days.",
})
export class InviteAgencyMemberInput {
  @Field() @MaxLength(FIELD_LIMITS.email) email: string;
  @Field(() => AgencyRoleEnum) role: AgencyRole;
}

@InputType({
  description: 'Invites a person to a role in the current tenant: an email with a single-use link valid for 7 days.',
})
export class InviteTenantMemberInput {
  @Field() @MaxLength(FIELD_LIMITS.email) email: string;
  @Field(() => TenantRoleEnum) role: TenantRole;
}

@ObjectType({
  description: 'What an invitation link offers, shown to whoever holds the link (it was sent to the invited address).',
})
export class InvitationPreview {
  @Field(() => InvitationKind) kind: InvitationKind;
  @Field({ description: 'The invited address: the account that accepts must have it.' }) email: string;
  @Field({ description: 'AgencyRole or TenantRole, by kind.' }) role: string;
  @Field() agencyName: string;
  @Field(() => String, { nullable: true, description: "For a tenant invitation: the company's name." }) tenantName:
    string | null;
  @Field(() => String, { nullable: true }) invitedByName: string | null;
  @Field() expiresAt: Date;
  @Field({
    description:
      'Whether the invited address has an account: then accept while signed in to it; else choose a name and a password.',
  })
  accountExists: boolean;
}

export const InvitationPreviewResult = createUnionType({
  name: 'InvitationPreviewResult',
  types: () => [InvitationPreview, LinkNotValid] as const,
  resolveType: (v) => (v instanceof LinkNotValid ? LinkNotValid : InvitationPreview),
});

@InputType({
  description:
    'Accepts an invitation: signed in as the invited address, or (for an address without an account) with a name and a new password.',
})
export class AcceptInvitationInput {
  @Field() @MaxLength(200) token: string;
  @Field(() => String, { nullable: true }) @MaxLength(200) name?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(PASSWORD_MAX_LENGTH) password?: string | null;
}

@ObjectType()
export class InvitationAccepted {
  @Field(() => InvitationKind) kind: InvitationKind;
  @Field(() => User) user: User;
  @Field(() => ID, { nullable: true }) tenantId: string | null;
  @Field(() => String, { nullable: true }) tenantSlug: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'A bearer token when the account was created by accepting (signed in at once); null otherwise. Shown once.',
  })
  token: string | null;
  @Field(() => Date, { nullable: true }) tokenExpiresAt: Date | null;
}

@ObjectType({
  implements: UserError,
  description: "The invitation is for another address than the signed-in account's.",
})
export class WrongAccount extends UserError {
  @Field() invitedEmail: string;
  static create(invitedEmail: string): WrongAccount {
    return Object.assign(new WrongAccount(), {
      code: UserErrorCode.WRONG_ACCOUNT,
      message: `this invitation is for ${invitedEmail}: sign in with that address to accept it`,
      invitedEmail,
    });
  }
}

@ObjectType({ implements: UserError, description: 'The invited address has an account: sign in to it, then accept.' })
export class SignInRequired extends UserError {
  static create(): SignInRequired {
    return Object.assign(new SignInRequired(), {
      code: UserErrorCode.SIGN_IN_REQUIRED,
      message: 'this address has an account: sign in to it, then accept the invitation',
    });
  }
}

export const AcceptInvitationResult = createUnionType({
  name: 'AcceptInvitationResult',
  types: () => [InvitationAccepted, LinkNotValid, WrongAccount, SignInRequired, ValidationFailed] as const,
  resolveType: (v) =>
    v instanceof LinkNotValid
      ? LinkNotValid
      : v instanceof WrongAccount
        ? WrongAccount
        : v instanceof SignInRequired
          ? SignInRequired
          : v instanceof ValidationFailed
            ? ValidationFailed
            : InvitationAccepted,
});
