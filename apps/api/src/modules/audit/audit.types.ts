import { ArgsType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ConnectionArgs, ConnectionType } from '../../graphql/connection.js';

export enum AuditActorKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
}
registerEnumType(AuditActorKind, {
  name: 'AuditActorKind',
  description: 'Who made a change: a person, an API key, or the system.',
});

export enum AuditOperation {
  INSERT = 'INSERT',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(AuditOperation, { name: 'AuditOperation' });

@ObjectType({ description: "A change recorded in the tenant's append-only audit log." })
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => AuditActorKind) actorKind: AuditActorKind;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => String, { nullable: true, description: "The person's email, or the API key's name." }) actorName:
    string | null;
  @Field(() => String, { nullable: true }) requestId: string | null;
  @Field(() => String, { nullable: true, description: 'The mutation that made the change, e.g. "updateRecipient".' })
  action: string | null;
  @Field({ description: 'The table changed, e.g. "recipients".' }) entity: string;
  @Field(() => String, { nullable: true }) entityId: string | null;
  @Field(() => AuditOperation) operation: AuditOperation;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Changed fields before (all fields for a delete).' })
  before: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Changed fields after (all fields for an insert).' })
  after: Record<string, unknown> | null;
}

export const AuditEntryConnection = ConnectionType(AuditEntry);

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only changes to this table, e.g. "recipients".' })
  @MaxLength(63)
  entity?: string | null;
  @Field(() => ID, { nullable: true }) @MaxLength(64) entityId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only changes by this person or API key.' }) @MaxLength(64) actorId?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Only changes made by this mutation.' }) @MaxLength(100) action?:
    string | null;
  @Field(() => Date, { nullable: true }) since?: Date | null;
  @Field(() => Date, { nullable: true }) until?: Date | null;
}
