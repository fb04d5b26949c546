import { ArgsType, createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { FIELD_LIMITS } from '@noticeboard/domain';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ConnectionArgs, ConnectionType } from '../../graphql/connection.js';
import { enumOf } from '../../graphql/enums.js';
import { ResultUnion, ValidationFailed } from '../../graphql/user-error.js';
import { WEBHOOK_DELIVERY_STATUSES, type WebhookDeliveryStatus } from './webhook.entity.js';
import { WEBHOOK_EVENTS, type WebhookEventName } from './webhook.contract.js';

const EVENT_MEANINGS: Record<WebhookEventName, string> = {
  'policy.published': 'a new version of the privacy policy was published',
  'subprocessors.changed': 'a published version added, removed or changed sub-processors',
  'consent.recorded': 'someone gave or refused consent',
  'consent.withdrawn': 'someone withdrew consent',
  'request.received': 'a data-subject request came in',
  'request.due_soon': 'a data-subject request is due soon',
  'request.overdue': 'a data-subject request is past its deadline',
  'request.completed': 'a data-subject request was completed',
};

/** POLICY_PUBLISHED in GraphQL ↔ `policy.published` on the wire (the `type` of a delivery, `Noticeboard-Event`). */
export const WebhookEventTypeEnum = Object.fromEntries(
  WEBHOOK_EVENTS.map((e) => [e.replace('.', '_').toUpperCase(), e]),
) as Record<string, WebhookEventName>;
registerEnumType(WebhookEventTypeEnum, {
  name: 'WebhookEventType',
  description: 'An event webhook endpoints can subscribe to.',
  valuesConfig: Object.fromEntries(
    Object.entries(WebhookEventTypeEnum).map(([key, wire]) => [
      key,
      { description: `\`${wire}\`: ${EVENT_MEANINGS[wire]}.` },
    ]),
  ),
});

export const WebhookDeliveryStatusEnum = enumOf(
  WEBHOOK_DELIVERY_STATUSES,
  'WebhookDeliveryStatus',
  'PENDING: not tried yet; RETRYING: failed, another attempt is scheduled; SUCCEEDED: answered 2xx; FAILED: given up.',
);

@ObjectType({ description: "Where the tenant's events are POSTed, signed with the endpoint's secret." })
export class WebhookEndpoint {
  @Field(() => ID) id: string;
  @Field() url: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => [WebhookEventTypeEnum]) events: WebhookEventName[];
  @Field({ description: 'Disabled endpoints get no new deliveries, and pending ones stop.' }) enabled: boolean;
  @Field({ description: 'The last characters of the signing secret.' }) secretHint: string;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

export const WebhookEndpointConnection = ConnectionType(WebhookEndpoint);
export const UpdateWebhookEndpointResult = ResultUnion('UpdateWebhookEndpointResult', WebhookEndpoint);

@ObjectType({ description: 'An endpoint with its signing secret, shown only when it is created or rotated.' })
export class WebhookEndpointSecret {
  @Field(() => WebhookEndpoint) endpoint: WebhookEndpoint;
  @Field({ description: 'Verify `Noticeboard-Signature` with it. Shown once; store it now.' }) secret: string;
}

export const CreateWebhookEndpointResult = createUnionType({
  name: 'CreateWebhookEndpointResult',
  types: () => [WebhookEndpointSecret, ValidationFailed] as const,
  resolveType: (v) => (v instanceof ValidationFailed ? ValidationFailed : WebhookEndpointSecret),
});

@ObjectType({ description: 'One event for one endpoint, and how its attempts went.' })
export class WebhookDelivery {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The same for every endpoint that got this event: deduplicate on it.' })
  eventId: string;
  @Field(() => WebhookEventTypeEnum) eventType: WebhookEventName;
  @Field(() => WebhookDeliveryStatusEnum) status: WebhookDeliveryStatus;
  @Field(() => Int) attempts: number;
  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer; null when there was none.' })
  lastStatusCode: number | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => Int, { nullable: true, description: 'How long the last attempt took, in milliseconds.' })
  responseTimeMs: number | null;
  @Field(() => Date, { nullable: true }) nextAttemptAt: Date | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
  @Field(() => GraphQLJSONObject, { description: 'The body POSTed: `{ id, type, createdAt, tenantId, data }`.' })
  payload: Record<string, unknown>;
}

export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery);

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => WebhookDeliveryStatusEnum, { nullable: true }) status?: WebhookDeliveryStatus | null;
  @Field(() => WebhookEventTypeEnum, { nullable: true }) eventType?: WebhookEventName | null;
}

/** Characters of an endpoint's description. */
export const WEBHOOK_DESCRIPTION_MAX = 500;

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'http(s); https in production.' }) @MaxLength(FIELD_LIMITS.url) url: string;
  @Field(() => [WebhookEventTypeEnum], { description: 'At least one.' }) @ArrayMaxSize(50) events: WebhookEventName[];
  @Field(() => String, { nullable: true }) @MaxLength(WEBHOOK_DESCRIPTION_MAX) description?: string | null;
  @Field({ nullable: true, defaultValue: true }) enabled?: boolean;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) @MaxLength(FIELD_LIMITS.url) url?: string;
  @Field(() => [WebhookEventTypeEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(50) events?: WebhookEventName[];
  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @MaxLength(WEBHOOK_DESCRIPTION_MAX)
  description?: string | null;
  @Field({ nullable: true }) enabled?: boolean;
}
