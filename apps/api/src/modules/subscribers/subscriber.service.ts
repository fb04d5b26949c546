import { randomUUID } from 'node:crypto';
import { displayName, type Language } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { paginate } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { existingId } from '../../graphql/ids.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { newSecret, sha256 } from '../auth/token.js';
import { sendEmail } from '../email/email.service.js';
import { submittedEmail } from '../public/submitted-email.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import {
  SubprocessorSubscriberEntity,
  SubscriberTokenEntity,
  type SubscriberTokenPurpose,
} from './subscriber.entity.js';
import { SubscriberWords } from './subscriber.messages.js';
import type { SubprocessorSubscriber, SubprocessorSubscribersArgs } from './subscriber.types.js';

const CONFIRM_TTL_MS = 7 * 24 * 3600 * 1000;
/** A pending address gets at most one confirmation email in this time, however often it is submitted. */
const RESEND_AFTER_MS = 10 * 60 * 1000;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The public pages a subscriber's links point at, asking for the language of their emails. */
export function subscriptionLinks(publicUrl: string, slug: string, language: Language) {
  const base = `${publicUrl}/p/${encodeURIComponent(slug)}/subprocessors`;
  return {
    list: `${base}?lang=${language}`,
    confirm: (token: string) => `${base}/confirm?token=${token}&lang=${language}`,
    unsubscribe: (token: string) => `${base}/unsubscribe?token=${token}&lang=${language}`,
  };
}

/** A new link token for a subscriber; only its hash is stored. */
export async function issueToken(
  ctx: RequestContext,
  subscriberId: string,
  purpose: SubscriberTokenPurpose,
): Promise<string> {
  const token = newSecret();
  await ctx.em.getRepository(SubscriberTokenEntity).insert({
    tenantId: ctx.tenantId,
    tokenHash: sha256(token),
    subscriberId,
    purpose,
    expiresAt: purpose === 'CONFIRM' ? new Date(Date.now() + CONFIRM_TTL_MS) : null,
  });
  return token;
}

export async function tenantName(
  ctx: RequestContext,
): Promise<{ name: string; slug: string; defaultLanguage: Language }> {
  const tenant = await ctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: ctx.tenantId });
  return { name: displayName(tenant), slug: tenant.slug, defaultLanguage: tenant.defaultLanguage };
}

const toSubscriber = (s: SubprocessorSubscriberEntity): SubprocessorSubscriber => ({
  id: s.id,
  email: s.email,
  status: s.status,
  createdAt: s.createdAt,
  confirmedAt: s.confirmedAt,
  unsubscribedAt: s.unsubscribedAt,
});

export type SubscriptionLinkResult = 'CONFIRMED' | 'UNSUBSCRIBED' | 'INVALID' | 'EXPIRED';

/** Double opt-in subscriptions to a tenant's sub-processor list. */
export class SubscriberService {
  list(ctx: RequestContext, args: SubprocessorSubscribersArgs) {
    const query = ctx.em
      .getRepository(SubprocessorSubscriberEntity)
      .createQueryBuilder('s')
      .where('s.tenantId = :tenantId', { tenantId: ctx.tenantId });
    if (args.status) query.andWhere('s.status = :status', { status: args.status });
    return paginate(query, args, ['s.createdAt', 's.id'], (s) => [s.createdAt.toISOString(), s.id], toSubscriber);
  }

  /** Removes the address and its links altogether (e.g. on an erasure request). */
  async delete(ctx: RequestContext, id: string): Promise<string> {
    const repo = ctx.em.getRepository(SubprocessorSubscriberEntity);
    const subscriber = await repo.findOneBy({ tenantId: ctx.tenantId, id: existingId(id, 'subscriber') });
    if (!subscriber) throw notFound('subscriber');
    await repo.delete({ tenantId: ctx.tenantId, id: subscriber.id });
    return subscriber.id;
  }

  /**
   * A request to subscribe: a new or unsubscribed address becomes PENDING and gets a link to confirm; a pending one
   * gets a new link (at most every 10 minutes); a confirmed one gets nothing. The caller answers the same in every
   * case, so nobody learns whether an address is subscribed. `language` (the page's, one the tenant publishes in)
   * is kept with the address: the confirmation and every notice are written in it.
   */
  async subscribe(
    ctx: RequestContext,
    input: { email?: unknown },
    language: Language,
  ): Promise<ValidationFailed | null> {
    const address = submittedEmail(input.email);
    if (address instanceof ValidationFailed) return address;
    const repo = ctx.em.getRepository(SubprocessorSubscriberEntity);
    await ctx.em
      .createQueryBuilder()
      .insert()
      .into(SubprocessorSubscriberEntity)
      .values({ tenantId: ctx.tenantId, id: randomUUID(), email: address, status: 'PENDING' })
      .orIgnore()
      .execute();
    const subscriber = await repo
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.tenantId = :tenantId AND s.email = :email', { tenantId: ctx.tenantId, email: address })
      .getOne();
    if (!subscriber || subscriber.status === 'CONFIRMED') return null;
    if (
      subscriber.status === 'PENDING' &&
      subscriber.confirmationSentAt &&
      Date.now() - subscriber.confirmationSentAt.getTime() < RESEND_AFTER_MS
    )
      return null;
    await repo.update(
      { tenantId: ctx.tenantId, id: subscriber.id },
      { status: 'PENDING', confirmationSentAt: new Date(), unsubscribedAt: null, language },
    );
    const token = await issueToken(ctx, subscriber.id, 'CONFIRM');
    const { name, slug } = await tenantName(ctx);
    const links = subscriptionLinks(ctx.config.publicUrl, slug, language);
    const w = new SubscriberWords(language);
    await sendEmail(ctx, {
      kind: 'SUBSCRIPTION_CONFIRMATION',
      to: address,
      subject: w.text('email.confirm.subject', { organisation: name }),
      text: [
        w.text('email.greeting'),
        w.text('email.confirm.asked', { organisation: name }),
        `${w.text('email.confirm.link')}\n${links.confirm(token)}`,
        w.text('email.confirm.ignore'),
        w.text('email.confirm.list', { link: links.list }),
      ].join('\n\n'),
    });
    return null;
  }

  private async byToken(
    ctx: RequestContext,
    token: string,
  ): Promise<{ token: SubscriberTokenEntity; subscriber: SubprocessorSubscriberEntity } | null> {
    if (!TOKEN.test(token)) return null;
    const found = await ctx.em
      .getRepository(SubscriberTokenEntity)
      .findOneBy({ tenantId: ctx.tenantId, tokenHash: sha256(token) });
    if (!found) return null;
    const subscriber = await ctx.em
      .getRepository(SubprocessorSubscriberEntity)
      .findOneBy({ tenantId: ctx.tenantId, id: found.subscriberId });
    return subscriber ? { token: found, subscriber } : null;
  }

  /** The link in a confirmation email; using it again is harmless. */
  async confirm(ctx: RequestContext, token: string): Promise<SubscriptionLinkResult> {
    const found = await this.byToken(ctx, token);
    if (!found || found.token.purpose !== 'CONFIRM') return 'INVALID';
    if (found.subscriber.status === 'CONFIRMED') return 'CONFIRMED';
    if (found.token.expiresAt && found.token.expiresAt.getTime() < Date.now()) return 'EXPIRED';
    await ctx.em
      .getRepository(SubprocessorSubscriberEntity)
      .update({ tenantId: ctx.tenantId, id: found.subscriber.id }, { status: 'CONFIRMED', confirmedAt: new Date() });
    return 'CONFIRMED';
  }

  /** The link in every notice (and, to cancel, the one in the confirmation email); idempotent. */
  async unsubscribe(ctx: RequestContext, token: string): Promise<SubscriptionLinkResult> {
    const found = await this.byToken(ctx, token);
    if (!found) return 'INVALID';
    if (found.subscriber.status !== 'UNSUBSCRIBED') {
      await ctx.em
        .getRepository(SubprocessorSubscriberEntity)
        .update(
          { tenantId: ctx.tenantId, id: found.subscriber.id },
          { status: 'UNSUBSCRIBED', unsubscribedAt: new Date() },
        );
    }
    // Old confirmation links must not subscribe the address again.
    await ctx.em
      .getRepository(SubscriberTokenEntity)
      .delete({ tenantId: ctx.tenantId, subscriberId: found.subscriber.id, purpose: 'CONFIRM' });
    return 'UNSUBSCRIBED';
  }
}
