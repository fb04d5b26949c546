import { Field, InputType, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { ADDRESS_LIMITS, FIELD_LIMITS } from '@noticeboard/domain';

@ObjectType({ description: 'A postal address; country is ISO 3166-1 alpha-2.' })
export class Address {
  @Field() streetAddress: string;
  @Field() locality: string;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => String, { nullable: true }) postalCode: string | null;
  @Field({ description: 'ISO 3166-1 alpha-2, e.g. GB' }) country: string;
}

@InputType()
export class AddressInput {
  @Field() @MaxLength(ADDRESS_LIMITS.streetAddress) streetAddress: string;
  @Field() @MaxLength(ADDRESS_LIMITS.locality) locality: string;
  @Field(() => String, { nullable: true }) @MaxLength(ADDRESS_LIMITS.region) region?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(ADDRESS_LIMITS.postalCode) postalCode?: string | null;
  @Field({ description: 'ISO 3166-1 alpha-2, e.g. GB' }) @MaxLength(FIELD_LIMITS.countryCode) country: string;
}
