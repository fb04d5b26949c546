import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MaxLength, Max, Min } from 'class-validator';
import { AUDIENCE_LIMITS, FIELD_LIMITS } from '@noticeboard/domain';
import { ConnectionType } from '../../graphql/connection.js';
import { ResultUnion } from '../../graphql/user-error.js';
import { Translation, TranslationInput } from '../common/translation.types.js';

@ObjectType({ description: 'A category of data subjects: website visitors, job applicants, customers, ...' })
export class Audience {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int, { description: 'Order in the policy, ascending.' }) position: number;
  @Field(() => [Translation]) translations: Translation[];
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const AudienceConnection = ConnectionType(Audience);
export const AudienceResult = ResultUnion('AudienceResult', Audience);

@InputType()
export class CreateAudienceInput {
  @Field() @MaxLength(AUDIENCE_LIMITS.name) name: string;
  @Field(() => String, { nullable: true }) @MaxLength(AUDIENCE_LIMITS.description) description?: string | null;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
  @Field(() => [TranslationInput], { nullable: true }) translations?: TranslationInput[] | null;
}

@InputType({ description: 'Fields left out keep their value.' })
export class UpdateAudienceInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) @MaxLength(AUDIENCE_LIMITS.name) name?: string;
  @Field(() => String, { nullable: true }) @MaxLength(AUDIENCE_LIMITS.description) description?: string | null;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
  @Field(() => [TranslationInput], { nullable: true }) translations?: TranslationInput[] | null;
}
