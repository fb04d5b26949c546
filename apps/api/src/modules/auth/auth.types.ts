import { createUnionType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import type { AgencyRole } from '@noticeboard/domain';
import { AgencyRoleEnum } from '../../graphql/enums.js';
import { UserError, UserErrorCode, ValidationFailed } from '../../graphql/user-error.js';
import { Agency } from '../agencies/agency.types.js';

@ObjectType({ description: 'A person who signs in.' })
export class User {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field() createdAt: Date;
}

@InputType()
export class LoginInput {
  @Field() @MaxLength(254) email: string;
  @Field() @MaxLength(256) password: string;
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

export const LoginResult = createUnionType({
  name: 'LoginResult',
  types: () => [LoginSuccess, InvalidCredentials] as const,
  resolveType: (v) => (v instanceof InvalidCredentials ? InvalidCredentials : LoginSuccess),
});

@InputType()
export class ChangePasswordInput {
  @Field() @MaxLength(256) currentPassword: string;
  @Field() @MaxLength(256) newPassword: string;
}

export const ChangePasswordResult = createUnionType({
  name: 'ChangePasswordResult',
  types: () => [User, InvalidCredentials, ValidationFailed] as const,
  resolveType: (v) => (v instanceof InvalidCredentials ? InvalidCredentials : v instanceof ValidationFailed ? ValidationFailed : User),
});

@ObjectType({ description: 'The caller: a person (with their agency) or an API key (with its tenant).' })
export class Me {
  @Field(() => User, { nullable: true, description: 'Null for an API key.' }) user: User | null;
  @Field(() => Agency, { nullable: true }) agency: Agency | null;
  @Field(() => AgencyRoleEnum, { nullable: true }) agencyRole: AgencyRole | null;
  @Field({ description: 'Whether the caller may create tenants.' }) canCreateTenants: boolean;
  @Field({ description: 'Whether the caller may manage the agency and its members.' }) canManageAgency: boolean;
}
