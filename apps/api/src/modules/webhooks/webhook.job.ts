import { defineJob, enqueue, inTenantJob, retryDelayMs, type JobDefinition } from '../../queue/job.js';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from './webhook.entity.js';
import { signatureHeader } from './webhook.signature.js';

/** Attempts per delivery before it is given up (the last waits 2⁶ times the first retry delay). */
export const MAX_WEBHOOK_ATTEMPTS = 8;
const TIMEOUT_MS = 10_000;

interface DeliverWebhookData {
  tenantId: string;
  deliveryId: string;
  /** Which attempt this job is; a job whose attempt was already made (a crashed worker's retry) does nothing. */
  attempt: number;
}

interface Target {
  url: string;
  secret: string;
  body: string;
  eventType: string;
}

interface Outcome {
  ok: boolean;
  status: number | null;
  error: string | null;
  ms: number;
}

/** POSTs the stored body, signed now; never follows redirects; any non-2xx answer or network error is a failure. */
async function post(target: Target, deliveryId: string): Promise<Outcome> {
  const timestamp = Math.floor(Date.now() / 1000);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const res = await fetch(target.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Noticeboard-Webhooks/1',
        'Noticeboard-Event': target.eventType,
        'Noticeboard-Delivery': deliveryId,
        'Noticeboard-Timestamp': String(timestamp),
        'Noticeboard-Signature': signatureHeader(target.secret, target.body, timestamp),
      },
      body: target.body,
    });
    const ms = elapsed();
    await res.body?.cancel().catch(() => undefined);
    const ok = res.status >= 200 && res.status < 300;
    return { ok, status: res.status, error: ok ? null : `the endpoint answered HTTP ${res.status}`, ms };
  } catch (error) {
    const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    const reason =
      e.name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : `could not reach the endpoint: ${e.cause?.code ?? e.cause?.message ?? e.message ?? 'network error'}`;
    return { ok: false, status: null, error: reason, ms: elapsed() };
  }
}

/**
 * One attempt of one delivery. The database work happens in two short transactions around the HTTP call (on the
 * embedded database an open transaction would hold up every request for up to 10 s). The next attempt is
 * enqueued in the same transaction that records this one, with exponential backoff, so the log always says
 * when it will be; a disabled or deleted endpoint gets no further attempts.
 */
export const deliverWebhook: JobDefinition<DeliverWebhookData> = defineJob<DeliverWebhookData>({
  name: 'webhook.deliver',
  concurrency: 4,
  retryLimit: 3,
  expireInSeconds: 60,
  async run(job, worker) {
    const { tenantId, deliveryId, attempt } = job.data;
    const target = await inTenantJob(worker, job, async (tx): Promise<Target | null> => {
      const deliveries = tx.manager.getRepository(WebhookDeliveryEntity);
      const delivery = await deliveries.findOneBy({ tenantId, id: deliveryId });
      if (!delivery || delivery.attempts >= attempt || delivery.status === 'SUCCEEDED' || delivery.status === 'FAILED') return null;
      const endpoint = await tx.manager.getRepository(WebhookEndpointEntity).findOneBy({ tenantId, id: delivery.endpointId });
      if (!endpoint?.enabled) {
        await deliveries.update({ tenantId, id: deliveryId }, { status: 'FAILED', lastError: 'the endpoint is disabled: no further attempts', nextAttemptAt: null });
        return null;
      }
      return { url: endpoint.url, secret: endpoint.secret, body: delivery.body, eventType: delivery.eventType };
    });
    if (!target) return;

    const outcome = await post(target, deliveryId);
    await inTenantJob(worker, job, async (tx) => {
      const delivery = await tx.manager.getRepository(WebhookDeliveryEntity).findOneBy({ tenantId, id: deliveryId });
      if (!delivery) return; // deleted with its endpoint meanwhile
      const endpoint = await tx.manager.getRepository(WebhookEndpointEntity).findOneBy({ tenantId, id: delivery.endpointId });
      const stopped = !outcome.ok && attempt < MAX_WEBHOOK_ATTEMPTS && !endpoint?.enabled;
      const retry = !outcome.ok && attempt < MAX_WEBHOOK_ATTEMPTS && !stopped;
      const nextAttemptAt = retry ? new Date(Date.now() + retryDelayMs(worker.config, attempt)) : null;
      const lastError = outcome.ok ? null : stopped ? `${outcome.error}; the endpoint is disabled: no further attempts` : outcome.error;
      const recorded = await tx.manager
        .createQueryBuilder()
        .update(WebhookDeliveryEntity)
        .set({
          status: outcome.ok ? 'SUCCEEDED' : retry ? 'RETRYING' : 'FAILED',
          attempts: attempt,
          lastStatusCode: outcome.status,
          lastError,
          lastResponseMs: outcome.ms,
          nextAttemptAt,
          ...(outcome.ok ? { deliveredAt: new Date() } : {}),
        })
        .where('tenant_id = :tenantId AND id = :deliveryId AND attempts = :previous', { tenantId, deliveryId, previous: attempt - 1 })
        .execute();
      // Another worker recorded this attempt already (a retried job): it scheduled the next one too.
      if (!recorded.affected) return;
      if (retry) await enqueue(tx, deliverWebhook, { tenantId, deliveryId, attempt: attempt + 1 }, { startAfter: nextAttemptAt! });
    });
  },
});
