import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../../graphql/connection.js';
import { enumOf } from '../../graphql/enums.js';
import { SUBSCRIBER_STATUSES, type SubscriberStatus } from './subscriber.entity.js';

export const SubscriberStatusEnum = enumOf(
  SUBSCRIBER_STATUSES,
  'SubscriberStatus',
  'PENDING: asked, not confirmed yet; CONFIRMED: gets a notice when the list changes; UNSUBSCRIBED: stopped.',
);

@ObjectType({
  description: 'Someone who asked, by email with double opt-in, to be told when the sub-processor list changes.',
})
export class SubprocessorSubscriber {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => SubscriberStatusEnum) status: SubscriberStatus;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) confirmedAt: Date | null;
  @Field(() => Date, { nullable: true }) unsubscribedAt: Date | null;
}

export const SubprocessorSubscriberConnection = ConnectionType(SubprocessorSubscriber);

@ArgsType()
export class SubprocessorSubscribersArgs extends ConnectionArgs {
  @Field(() => SubscriberStatusEnum, { nullable: true }) status?: SubscriberStatus | null;
}
