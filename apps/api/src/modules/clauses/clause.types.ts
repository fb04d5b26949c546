import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MaxLength, Max, Min } from 'class-validator';
import type { PolicySection } from '@noticeboard/domain';
import { ConnectionArgs, ConnectionType } from '../../graphql/connection.js';
import { PolicySectionEnum } from '../../graphql/enums.js';
import { ResultUnion } from '../../graphql/user-error.js';

@ObjectType({ description: 'A statement the structured model does not cover, in markdown, placed in one section of the policy.' })
export class Clause {
  @Field(() => ID) id: string;
  @Field(() => PolicySectionEnum) section: PolicySection;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field({ description: 'Markdown, as written; the renderer sanitises it.' }) body: string;
  @Field(() => Int, { description: 'Order within its section, ascending.' }) position: number;
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

@InputType()
export class CreateClauseInput {
  @Field(() => PolicySectionEnum) section: PolicySection;
  @Field(() => String, { nullable: true }) @MaxLength(200) title?: string | null;
  @Field({ description: 'Markdown.' }) @MaxLength(20_000) body: string;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(100_000) position?: number;
}

@InputType({ description: 'Fields left out keep their value; null clears the title.' })
export class UpdateClauseInput {
  @Field(() => ID) id: string;
  @Field(() => PolicySectionEnum, { nullable: true }) section?: PolicySection;
  @Field(() => String, { nullable: true }) @MaxLength(200) title?: string | null;
  @Field({ nullable: true, description: 'Markdown.' }) @MaxLength(20_000) body?: string;
  @Field(() => Int, { nullable: true }) @Min(0) @Max(100_000) position?: number;
}
