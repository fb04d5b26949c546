import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { TenantRole } from '@noticeboard/domain';
import { TenantRoleEnum } from '../../graphql/enums.js';
import { ConnectionType } from '../../graphql/connection.js';
import { ResultUnion } from '../../graphql/user-error.js';

@ObjectType({ description: 'A person with a role in the current tenant (tenant staff or an assigned agency member).' })
export class TenantMember {
  @Field(() => ID) userId: string;
  @Field() email: string;
  @Field() name: string;
  @Field(() => TenantRoleEnum) role: TenantRole;
  @Field() createdAt: Date;
}

export const TenantMemberConnection = ConnectionType(TenantMember);
export const TenantMemberResult = ResultUnion('TenantMemberResult', TenantMember);

@InputType()
export class UpdateTenantMemberInput {
  @Field(() => ID) userId: string;
  @Field(() => TenantRoleEnum) role: TenantRole;
}
