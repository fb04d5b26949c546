import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What a delete removed.' })
export class DeletePayload {
  @Field(() => ID) deletedId: string;
}
