import http from 'node:http';
import https from 'node:https';
import { defineJob, enqueue, inTenantJob, retryDelayMs, type JobDefinition } from '../../queue/job.js';
import { isPrivateHost, NOT_PUBLIC, publicOnlyLookup } from './webhook.address.js';
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

/** How one delivery attempt went: the endpoint's status (or why there was none) and how long it took. */
interface DeliveryAttempt {
  ok: boolean;
  status: number | null;
  error: string | null;
  ms: number;
}

/** Sends one POST without following redirects; resolves with the status once the answer's headers arrive. */
function postOnce(url: URL, headers: Record<string, string>, body: string, publicOnly: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    if (publicOnly && isPrivateHost(url.hostname)) {
      reject(Object.assign(new Error(NOT_PUBLIC), { code: 'PRIVATE_ADDRESS' }));
      return;
    }
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      // A fresh connection each time: a pooled one would skip the lookup below for a name re-pointed since.
      agent: false,
      lookup: publicOnly ? publicOnlyLookup() : undefined,
    });
    const timer = setTimeout(
      () => request.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })),
      TIMEOUT_MS,
    );
    request.on('response', (response) => {
      clearTimeout(timer);
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end(body);
  });
}

/**
 * POSTs the stored body, signed now; never follows redirects; any non-2xx answer or network error is a failure.
 * In production the address connected to must be public, whatever the name resolves to at that moment.
 */
async function post(target: Target, deliveryId: string, publicOnly: boolean): Promise<DeliveryAttempt> {
  const timestamp = Math.floor(Date.now() / 1000);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': 'Noticeboard-Webhooks/1',
    'Noticeboard-Event': target.eventType,
    'Noticeboard-Delivery': deliveryId,
    'Noticeboard-Timestamp': String(timestamp),
    'Noticeboard-Signature': signatureHeader(target.secret, target.body, timestamp),
  };
  try {
    const status = await postOnce(new URL(target.url), headers, target.body, publicOnly);
    const ok = status >= 200 && status < 300;
    return { ok, status, error: ok ? null : `the endpoint answered HTTP ${status}`, ms: elapsed() };
  } catch (error) {
    const e = error as { code?: string; message?: string };
    const reason =
      e.code === 'TIMEOUT'
        ? `no answer within ${TIMEOUT_MS / 1000} s`
        : e.code === 'PRIVATE_ADDRESS'
          ? NOT_PUBLIC
          : `could not reach the endpoint: ${e.code ?? e.message ?? 'network error'}`;
    return { ok: false, status: null, error: reason, ms: elapsed() };
  }
}

/**
 * One attempt of one delivery. The database work happens in two short transactions around the HTTP call, so no
 * connection sits idle in a transaction (holding its locks and a pool slot) for the up to 10 s the endpoint may
 * take. The next attempt is
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
    const target = await inTenantJob(worker, job, async (ctx): Promise<Target | null> => {
      const deliveries = ctx.em.getRepository(WebhookDeliveryEntity);
      const delivery = await deliveries.findOneBy({ tenantId, id: deliveryId });
      if (!delivery || delivery.attempts >= attempt || delivery.status === 'SUCCEEDED' || delivery.status === 'FAILED')
        return null;
      const endpoint = await ctx.em
        .getRepository(WebhookEndpointEntity)
        .findOneBy({ tenantId, id: delivery.endpointId });
      if (!endpoint?.enabled) {
        await deliveries.update(
          { tenantId, id: deliveryId },
          { status: 'FAILED', lastError: 'the endpoint is disabled: no further attempts', nextAttemptAt: null },
        );
        return null;
      }
      return { url: endpoint.url, secret: endpoint.secret, body: delivery.body, eventType: delivery.eventType };
    });
    if (!target) return;

    const outcome = await post(target, deliveryId, worker.config.production);
    await inTenantJob(worker, job, async (ctx) => {
      const delivery = await ctx.em.getRepository(WebhookDeliveryEntity).findOneBy({ tenantId, id: deliveryId });
      if (!delivery) return; // deleted with its endpoint meanwhile
      const endpoint = await ctx.em
        .getRepository(WebhookEndpointEntity)
        .findOneBy({ tenantId, id: delivery.endpointId });
      const stopped = !outcome.ok && attempt < MAX_WEBHOOK_ATTEMPTS && !endpoint?.enabled;
      const retry = !outcome.ok && attempt < MAX_WEBHOOK_ATTEMPTS && !stopped;
      const nextAttemptAt = retry ? new Date(Date.now() + retryDelayMs(worker.config, attempt)) : null;
      const lastError = outcome.ok
        ? null
        : stopped
          ? `${outcome.error}; the endpoint is disabled: no further attempts`
          : outcome.error;
      const recorded = await ctx.em
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
        .where('tenant_id = :tenantId AND id = :deliveryId AND attempts = :previous', {
          tenantId,
          deliveryId,
          previous: attempt - 1,
        })
        .execute();
      // Another worker recorded this attempt already (a retried job): it scheduled the next one too.
      if (!recorded.affected) return;
      if (retry)
        await enqueue(
          ctx,
          deliverWebhook,
          { tenantId, deliveryId, attempt: attempt + 1 },
          { startAfter: nextAttemptAt! },
        );
    });
  },
});
