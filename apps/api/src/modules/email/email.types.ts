import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../../graphql/connection.js';
import { enumOf } from '../../graphql/enums.js';
import { EMAIL_KINDS, EMAIL_STATUSES, type EmailKind, type EmailStatus } from './email.entity.js';

export const EmailKindEnum = enumOf(EMAIL_KINDS, 'EmailKind', 'Why a message was sent.');
export const EmailStatusEnum = enumOf(
  EMAIL_STATUSES,
  'EmailStatus',
  'QUEUED: waiting for an attempt; SENT: accepted by the SMTP server; FAILED: given up; NOT_SENT: no SMTP server is configured, kept here.',
);

@ObjectType({ description: "A message in the tenant's outbox." })
export class EmailMessage {
  @Field(() => ID) id: string;
  @Field(() => EmailKindEnum) kind: EmailKind;
  @Field() to: string;
  @Field() subject: string;
  @Field() textBody: string;
  @Field(() => String, { nullable: true }) htmlBody: string | null;
  @Field(() => EmailStatusEnum) status: EmailStatus;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, or why it was not sent.' })
  lastError: string | null;
  @Field(() => Date, { nullable: true }) nextAttemptAt: Date | null;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field() createdAt: Date;
}

export const EmailMessageConnection = ConnectionType(EmailMessage);

@ArgsType()
export class EmailOutboxArgs extends ConnectionArgs {
  @Field(() => EmailStatusEnum, { nullable: true }) status?: EmailStatus | null;
  @Field(() => EmailKindEnum, { nullable: true }) kind?: EmailKind | null;
}
