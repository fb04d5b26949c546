import { Field, InputType, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';

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
  @Field() @MaxLength(300) streetAddress: string;
  @Field() @MaxLength(120) locality: string;
  @Field(() => String, { nullable: true }) @MaxLength(120) region?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(20) postalCode?: string | null;
  @Field({ description: 'ISO 3166-1 alpha-2, e.g. GB' }) @MaxLength(2) country: string;
}
