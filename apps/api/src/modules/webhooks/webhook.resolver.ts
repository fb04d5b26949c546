import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Permission } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { Allow } from '../../graphql/permissions.js';
import { ConnectionArgs } from '../../graphql/connection.js';
import { DeletePayload } from '../common/delete.types.js';
import { WebhookService } from './webhook.service.js';
import {
  CreateWebhookEndpointInput,
  CreateWebhookEndpointResult,
  UpdateWebhookEndpointInput,
  UpdateWebhookEndpointResult,
  WebhookDeliveriesArgs,
  WebhookDeliveryConnection,
  WebhookEndpoint,
  WebhookEndpointConnection,
  WebhookEndpointSecret,
} from './webhook.types.js';

/** Endpoints hold a signing secret and send tenant data out: tenant admins only, like API keys. */
const MANAGE: Permission = 'tenant:apikeys';

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  private readonly service = new WebhookService();

  @Allow(MANAGE)
  @Query(() => WebhookEndpointConnection, {
    description: 'Webhook endpoints of the current tenant, oldest first (tenant admins).',
  })
  webhookEndpoints(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs) {
    return this.service.list(ctx, args);
  }

  @Allow(MANAGE)
  @Query(() => WebhookEndpoint)
  webhookEndpoint(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow(MANAGE)
  @Mutation(() => CreateWebhookEndpointResult, {
    description: 'Adds an endpoint; its signing secret is in the answer, and only there.',
  })
  createWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('input') input: CreateWebhookEndpointInput) {
    return this.service.create(ctx, input);
  }

  @Allow(MANAGE)
  @Mutation(() => UpdateWebhookEndpointResult, {
    description: 'Changes the URL, events, description or enabled flag; omitted fields stay.',
  })
  updateWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateWebhookEndpointInput) {
    return this.service.update(ctx, input);
  }

  @Allow(MANAGE)
  @Mutation(() => WebhookEndpointSecret, {
    description: 'Replaces the signing secret at once and shows the new one, once.',
  })
  rotateWebhookSecret(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.rotateSecret(ctx, id);
  }

  @Allow(MANAGE)
  @Mutation(() => DeletePayload, { description: 'Deletes the endpoint and its delivery log; pending attempts stop.' })
  async deleteWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return { deletedId: await this.service.delete(ctx, id) };
  }

  @Allow(MANAGE)
  @FieldResolver(() => WebhookDeliveryConnection, { description: 'Deliveries to this endpoint, newest first.' })
  deliveries(@Ctx() ctx: RequestContext, @Root() endpoint: WebhookEndpoint, @Args() args: WebhookDeliveriesArgs) {
    return this.service.deliveries(ctx, endpoint.id, args);
  }
}
