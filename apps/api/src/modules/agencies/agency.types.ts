import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import type { AgencyRole } from '@noticeboard/domain';
import { AgencyRoleEnum } from '../../graphql/enums.js';
import { ConnectionType } from '../../graphql/connection.js';
import { ResultUnion } from '../../graphql/user-error.js';

@ObjectType({ description: 'An agency runs the privacy compliance of its client companies (tenants).' })
export class Agency {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() slug: string;
  @Field() createdAt: Date;
}

@ObjectType()
export class AgencyMember {
  @Field(() => ID) userId: string;
  @Field() email: string;
  @Field() name: string;
  @Field(() => AgencyRoleEnum) role: AgencyRole;
  @Field() createdAt: Date;
}

export const AgencyMemberConnection = ConnectionType(AgencyMember);
export const AgencyResult = ResultUnion('AgencyResult', Agency);
export const AgencyMemberResult = ResultUnion('AgencyMemberResult', AgencyMember);

@InputType()
export class UpdateAgencyInput {
  @Field() @MaxLength(200) name: string;
}

@InputType({ description: 'Adds a person to the agency; a new person needs a name and an initial password.' })
export class AddAgencyMemberInput {
  @Field() @MaxLength(254) email: string;
  @Field(() => String, { nullable: true }) @MaxLength(200) name?: string | null;
  @Field(() => AgencyRoleEnum) role: AgencyRole;
  @Field(() => String, { nullable: true }) @MaxLength(256) initialPassword?: string | null;
}

@InputType()
export class UpdateAgencyMemberInput {
  @Field(() => ID) userId: string;
  @Field(() => AgencyRoleEnum) role: AgencyRole;
}
