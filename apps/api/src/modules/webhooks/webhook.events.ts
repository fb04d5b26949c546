import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../context/request-context.js';
import { enqueue } from '../../queue/job.js';
import type { WebhookEventName, WebhookEventPayload } from './webhook.contract.js';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from './webhook.entity.js';
import { deliverWebhook } from './webhook.job.js';

/**
 * Announces an event to the tenant's enabled endpoints that subscribed to its type: one delivery row and one
 * delivery job per endpoint, written in the caller's transaction, so a change that rolls back announces nothing
 * and one that commits is always delivered (retried until it succeeds or runs out of attempts).
 */
export async function emitEvent(
  ctx: Pick<RequestContext, 'em' | 'tenantId'>,
  type: WebhookEventName,
  data: object,
): Promise<{ eventId: string; deliveries: number }> {
  const { em, tenantId } = ctx;
  const endpoints = await em
    .getRepository(WebhookEndpointEntity)
    .createQueryBuilder('e')
    .where('e.tenantId = :tenantId AND e.enabled AND :type = ANY (e.events)', { tenantId, type })
    .orderBy('e.createdAt')
    .getMany();
  const eventId = randomUUID();
  if (!endpoints.length) return { eventId, deliveries: 0 };
  const payload: WebhookEventPayload = { id: eventId, type, createdAt: new Date().toISOString(), tenantId, data };
  const body = JSON.stringify(payload);
  for (const endpoint of endpoints) {
    const id = randomUUID();
    await em.getRepository(WebhookDeliveryEntity).insert({
      tenantId,
      id,
      endpointId: endpoint.id,
      eventId,
      eventType: type,
      body,
      status: 'PENDING',
      attempts: 0,
      nextAttemptAt: new Date(),
    });
    await enqueue(ctx, deliverWebhook, { tenantId, deliveryId: id, attempt: 1 });
  }
  return { eventId, deliveries: endpoints.length };
}
