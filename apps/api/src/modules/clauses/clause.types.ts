import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MaxLength, Max, Min } from 'class-validator';
import { FIELD_LIMITS, CLAUSE_LIMITS, type PolicySection } from '@noticeboard/domain';
import { ConnectionArgs, ConnectionType } from '../../graphql/connection.js';
import { PolicySectionEnum } from '../../graphql/enums.js';
import { ResultUnion } from '../../graphql/user-error.js';
import { Translation, TranslationInput } from '../common/translation.types.js';

const { maxBodyLength, maxTitleLength, maxPerTenant } = CLAUSE_LIMITS;
const BODY = `Markdown, at most ${maxBodyLength.toLocaleString('en-US')} characters.`;
const TITLE = `At most ${maxTitleLength} characters.`;

@ObjectType({
  description: `A statement the structured model does not cover, in markdown, placed in one section of the policy; a tenant has at most ${maxPerTenant}.`,
})
export class Clause {
  @Field(() => ID) id: string;
  @Field(() => PolicySectionEnum) section: PolicySection;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field({ description: 'Markdown, as written; the renderer sanitises it.' }) body: string;
  @Field(() => Int, { description: 'Order within its section, ascending.' }) position: number;
  @Field(() => [Translation], { description: 'Its text in the other languages (see `Translation`).' })
  translations: Translation[];
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const ClauseConnection = ConnectionType(Clause);
export const ClauseResult = ResultUnion('ClauseResult', Clause);

@ArgsType()
export class ClauseListArgs extends ConnectionArgs {
  @Field(() => PolicySectionEnum, { nullable: true, description: 'Only the clauses of this section.' })
  section?: PolicySection | null;
}

@InputType({
  description: `A new clause; a tenant has at most ${maxPerTenant} (one more is refused with NOT_ALLOWED).`,
})
export class CreateClauseInput {
  @Field(() => PolicySectionEnum) section: PolicySection;
  @Field(() => String, { nullable: true, description: TITLE }) @MaxLength(maxTitleLength) title?: string | null;
  @Field({ description: BODY }) @MaxLength(maxBodyLength) body: string;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
  @Field(() => [TranslationInput], {
    nullable: true,
    description: 'Its text in other languages: the whole set (left out: kept as it is).',
  })
  translations?: TranslationInput[] | null;
}

@InputType({ description: 'Fields left out keep their value; null clears the title.' })
export class UpdateClauseInput {
  @Field(() => ID) id: string;
  @Field(() => PolicySectionEnum, { nullable: true }) section?: PolicySection;
  @Field(() => String, { nullable: true, description: TITLE }) @MaxLength(maxTitleLength) title?: string | null;
  @Field({ nullable: true, description: BODY }) @MaxLength(maxBodyLength) body?: string;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(FIELD_LIMITS.position) position?: number;
  @Field(() => [TranslationInput], {
    nullable: true,
    description: 'Its text in other languages: the whole set (left out: kept as it is).',
  })
  translations?: TranslationInput[] | null;
}
