import { randomUUID } from 'node:crypto';
import { httpUrl, optionalText, problem, type Problem } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { paginate, type ConnectionArgs } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { existingId } from '../../graphql/ids.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { isPrivateHost } from './webhook.address.js';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from './webhook.entity.js';
import { WEBHOOK_EVENTS, type WebhookEventName } from './webhook.contract.js';
import { newWebhookSecret } from './webhook.signature.js';
import type {
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveriesArgs,
  WebhookDelivery,
  WebhookEndpoint,
} from './webhook.types.js';
import { WEBHOOK_DESCRIPTION_MAX, WebhookEndpointSecret } from './webhook.types.js';

const description = optionalText(WEBHOOK_DESCRIPTION_MAX, 'description');

function urlProblem(url: URL, production: boolean): Problem | null {
  if (url.username || url.password)
    return problem('url', 'NOT_ALLOWED', 'must not contain a user name or password: verify the signature instead');
  if (production && url.protocol !== 'https:') return problem('url', 'NOT_ALLOWED', 'must use https');
  if (production && isPrivateHost(url.hostname))
    return problem('url', 'NOT_ALLOWED', 'must be a public address, not a local or private network one');
  return null;
}

interface EndpointFields {
  url: string;
  events: WebhookEventName[];
  description: string | null;
}

/** The URL (http(s), https and public in production), at least one event, an optional description. */
export function validateEndpoint(
  input: { url: string; events: readonly string[]; description?: string | null },
  production: boolean,
): EndpointFields | ValidationFailed {
  const problems: Problem[] = [];
  const parsed = httpUrl.safeParse(input.url.trim());
  const url = parsed.success ? new URL(parsed.data) : null;
  if (!url) problems.push(problem('url', 'INVALID_FORMAT', 'must be an http or https URL'));
  const refused = url && urlProblem(url, production);
  if (refused) problems.push(refused);
  const events = WEBHOOK_EVENTS.filter((e) => input.events.includes(e));
  if (!events.length) problems.push(problem('events', 'REQUIRED', 'choose at least one event'));
  const text = description.safeParse(input.description);
  if (!text.success)
    problems.push(
      problem('description', 'TOO_LONG', `description must be at most ${WEBHOOK_DESCRIPTION_MAX} characters`),
    );
  if (problems.length || !url || !text.success) return ValidationFailed.of(problems);
  return { url: url.toString(), events, description: text.data };
}

const toEndpoint = (e: WebhookEndpointEntity): WebhookEndpoint => ({
  id: e.id,
  url: e.url,
  description: e.description,
  events: e.events,
  enabled: e.enabled,
  secretHint: e.secretHint,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
});

const toDelivery = (d: WebhookDeliveryEntity): WebhookDelivery => ({
  id: d.id,
  eventId: d.eventId,
  eventType: d.eventType,
  status: d.status,
  attempts: d.attempts,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  responseTimeMs: d.lastResponseMs,
  nextAttemptAt: d.nextAttemptAt,
  createdAt: d.createdAt,
  deliveredAt: d.deliveredAt,
  payload: JSON.parse(d.body) as Record<string, unknown>,
});

const hintOf = (secret: string) => `…${secret.slice(-4)}`;

export class WebhookService {
  private async load(ctx: RequestContext, id: string): Promise<WebhookEndpointEntity> {
    const endpoint = await ctx.em
      .getRepository(WebhookEndpointEntity)
      .findOneBy({ tenantId: ctx.tenantId, id: existingId(id, 'webhook endpoint') });
    if (!endpoint) throw notFound('webhook endpoint');
    return endpoint;
  }

  async get(ctx: RequestContext, id: string): Promise<WebhookEndpoint> {
    return toEndpoint(await this.load(ctx, id));
  }

  list(ctx: RequestContext, args: ConnectionArgs) {
    const query = ctx.em
      .getRepository(WebhookEndpointEntity)
      .createQueryBuilder('e')
      .where('e.tenantId = :tenantId', { tenantId: ctx.tenantId });
    return paginate(query, args, ['e.createdAt', 'e.id'], (e) => [e.createdAt.toISOString(), e.id], toEndpoint);
  }

  async create(
    ctx: RequestContext,
    input: CreateWebhookEndpointInput,
  ): Promise<WebhookEndpointSecret | ValidationFailed> {
    const fields = validateEndpoint(input, ctx.config.production);
    if (fields instanceof ValidationFailed) return fields;
    const secret = newWebhookSecret();
    const id = randomUUID();
    const repo = ctx.em.getRepository(WebhookEndpointEntity);
    await repo.insert({
      tenantId: ctx.tenantId,
      id,
      ...fields,
      enabled: input.enabled ?? true,
      secret,
      secretHint: hintOf(secret),
      createdBy: ctx.userId,
    });
    return Object.assign(new WebhookEndpointSecret(), {
      endpoint: toEndpoint(await repo.findOneByOrFail({ tenantId: ctx.tenantId, id })),
      secret,
    });
  }

  async update(ctx: RequestContext, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint | ValidationFailed> {
    const current = await this.load(ctx, input.id);
    const fields = validateEndpoint(
      {
        url: input.url ?? current.url,
        events: input.events ?? current.events,
        description: input.description === undefined ? current.description : input.description,
      },
      ctx.config.production,
    );
    if (fields instanceof ValidationFailed) return fields;
    const repo = ctx.em.getRepository(WebhookEndpointEntity);
    await repo.update(
      { tenantId: ctx.tenantId, id: current.id },
      { ...fields, enabled: input.enabled ?? current.enabled },
    );
    return toEndpoint(await repo.findOneByOrFail({ tenantId: ctx.tenantId, id: current.id }));
  }

  /** A new secret at once: later attempts, retries included, are signed with it. */
  async rotateSecret(ctx: RequestContext, id: string): Promise<WebhookEndpointSecret> {
    const current = await this.load(ctx, id);
    const secret = newWebhookSecret();
    const repo = ctx.em.getRepository(WebhookEndpointEntity);
    await repo.update({ tenantId: ctx.tenantId, id: current.id }, { secret, secretHint: hintOf(secret) });
    return Object.assign(new WebhookEndpointSecret(), {
      endpoint: toEndpoint(await repo.findOneByOrFail({ tenantId: ctx.tenantId, id: current.id })),
      secret,
    });
  }

  /** Deletes the endpoint with its delivery log; scheduled attempts find nothing and stop. */
  async delete(ctx: RequestContext, id: string): Promise<string> {
    const current = await this.load(ctx, id);
    await ctx.em.getRepository(WebhookEndpointEntity).delete({ tenantId: ctx.tenantId, id: current.id });
    return current.id;
  }

  /** An endpoint's delivery log, newest first. */
  deliveries(ctx: RequestContext, endpointId: string, args: WebhookDeliveriesArgs) {
    const query = ctx.em
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .where('d.tenantId = :tenantId AND d.endpointId = :endpointId', { tenantId: ctx.tenantId, endpointId });
    if (args.status) query.andWhere('d.status = :status', { status: args.status });
    if (args.eventType) query.andWhere('d.eventType = :eventType', { eventType: args.eventType });
    return paginate(query, args, ['d.createdAt', 'd.id'], (d) => [d.createdAt.toISOString(), d.id], toDelivery, true);
  }
}
