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
  @Field({
    description:
      'Whether every member of the agency, and everyone working in its tenants, must sign in with a second factor.',
  })
  requireTwoFactor: boolean;
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

/** Characters of an agency's name. */
export const AGENCY_NAME_MAX = 200;

@InputType()
export class UpdateAgencyInput {
  @Field(() => String, { nullable: true }) @MaxLength(AGENCY_NAME_MAX) name?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "Require two-factor sign-in of members and of everyone working in the agency's tenants. An owner turning it on must have it on.",
  })
  requireTwoFactor?: boolean | null;
}

@InputType()
export class UpdateAgencyMemberInput {
  @Field(() => ID) userId: string;
  @Field(() => AgencyRoleEnum) role: AgencyRole;
}
