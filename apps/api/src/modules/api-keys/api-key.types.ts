import { createUnionType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import type { TenantRole } from '@noticeboard/domain';
import { TenantRoleEnum } from '../../graphql/enums.js';
import { ConnectionType } from '../../graphql/connection.js';
import { ValidationFailed } from '../../graphql/user-error.js';

@ObjectType({ description: "An integrator's key for the current tenant. The token itself is only shown at creation." })
export class ApiKey {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => TenantRoleEnum) role: TenantRole;
  @Field({ description: 'The last characters of the token.' }) tokenHint: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

export const ApiKeyConnection = ConnectionType(ApiKey);

@ObjectType()
export class ApiKeyCreated {
  @Field(() => ApiKey) apiKey: ApiKey;
  @Field({ description: 'Send as `Authorization: Bearer <token>`. Shown once; store it now.' }) token: string;
}

export const CreateApiKeyResult = createUnionType({
  name: 'CreateApiKeyResult',
  types: () => [ApiKeyCreated, ValidationFailed] as const,
  resolveType: (v) => (v instanceof ValidationFailed ? ValidationFailed : ApiKeyCreated),
});

/** Characters of an API key's name. */
export const API_KEY_NAME_MAX = 120;

@InputType()
export class CreateApiKeyInput {
  @Field() @MaxLength(API_KEY_NAME_MAX) name: string;
  @Field(() => TenantRoleEnum, { description: 'EDITOR or VIEWER; keys never administer.' }) role: TenantRole;
}
