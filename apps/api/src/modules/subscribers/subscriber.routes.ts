import escapeHtml from 'escape-html';
import express, { Router, type Request, type Response } from 'express';
import { ValidationFailed } from '../../graphql/user-error.js';
import type { RequestContext } from '../../context/request-context.js';
import { htmlPage, sendHtmlPage } from '../../http/html-page.js';
import { inPublicTenant, isSlugMoved, type PublicSite } from '../public/public-tenant.js';
import { SubscriberService, tenantName, type SubscriptionLinkResult } from './subscriber.service.js';

/** What a subscription endpoint answers: a status, and a title and message shown as JSON or as a small HTML page. */
interface SubscriptionReply {
  status: number;
  code: string;
  title: string;
  message: string;
  /** Show the subscribe form (the GET page, or after a refused address). */
  form?: { slug: string; email?: string };
}

function html(reply: SubscriptionReply): string {
  const form = reply.form
    ? `<form method="post" action="/p/${escapeHtml(encodeURIComponent(reply.form.slug))}/subprocessors/subscribe">
<label for="email">Email address</label> <input id="email" name="email" type="email" required autocomplete="email" maxlength="254" value="${escapeHtml(reply.form.email ?? '')}"> <button type="submit">Subscribe</button>
</form>`
    : '';
  return htmlPage({
    title: reply.title,
    body: `<h1>${escapeHtml(reply.title)}</h1><p>${escapeHtml(reply.message)}</p>\n${form}`,
  });
}

const LINK_REPLIES: Record<SubscriptionLinkResult, Omit<SubscriptionReply, 'form'>> = {
  CONFIRMED: {
    status: 200,
    code: 'CONFIRMED',
    title: 'Subscription confirmed',
    message:
      'You will get an email whenever the list of sub-processors changes. Every email has a link to unsubscribe.',
  },
  UNSUBSCRIBED: {
    status: 200,
    code: 'UNSUBSCRIBED',
    title: 'Unsubscribed',
    message: 'You will get no more emails about changes to the list of sub-processors.',
  },
  INVALID: {
    status: 404,
    code: 'INVALID_LINK',
    title: 'This link is not valid',
    message:
      'It may be incomplete, or the subscription it belonged to was removed. Copy the whole link from the email, or subscribe again.',
  },
  EXPIRED: {
    status: 410,
    code: 'LINK_EXPIRED',
    title: 'This link has expired',
    message: 'Confirmation links work for 7 days. Subscribe again to get a new one.',
  },
};

const ACCEPTED =
  'If this address is not subscribed yet, we have sent it an email with a link to confirm. Nothing is sent until it is confirmed.';

/**
 * Public, unauthenticated subscription to a tenant's sub-processor list, with double opt-in by email:
 *   GET  /p/:slug/subprocessors/subscribe     a small form
 *   POST /p/:slug/subprocessors/subscribe     JSON `{ email }` or the form; the same answer whatever the address's state
 *   GET  /p/:slug/subprocessors/confirm?token=…      confirms (idempotent)
 *   GET  /p/:slug/subprocessors/unsubscribe?token=…  unsubscribes (idempotent)
 * Browsers get HTML pages, other callers JSON; every refusal is `{ error: { code, message } }` with a 4xx.
 */
export function subscriberRoutes(site: PublicSite): Router {
  const { logger } = site;
  const router = Router();
  const service = new SubscriberService();

  /** Runs `fn` for the tenant of the slug, as the application role with only that tenant in scope. */
  const forTenant = (
    req: Request,
    fn: (ctx: RequestContext, slug: string) => Promise<SubscriptionReply>,
  ): Promise<SubscriptionReply> =>
    inPublicTenant(
      site,
      req,
      { kind: 'public' },
      {
        status: 404,
        code: 'NOT_FOUND',
        title: 'Page not found',
        message: 'There is no organisation at this address. Check the link you followed.',
      } as SubscriptionReply,
      fn,
    );

  function reply(res: Response, answer: SubscriptionReply, asHtml: boolean): void {
    // A link acts when it is followed: no other page may frame these.
    if (asHtml) return sendHtmlPage(res, answer.status, html(answer), 'none');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const { code, message } = answer;
    res.status(answer.status).json(answer.status >= 400 ? { error: { code, message } } : { status: code, message });
  }

  const handle =
    (fn: (req: Request) => Promise<SubscriptionReply>, asHtml: (req: Request) => boolean) =>
    (req: Request, res: Response, next: (e: unknown) => void) => {
      fn(req).then(
        (answer) => reply(res, answer, asHtml(req)),
        (e: unknown) => {
          if (!isSlugMoved(e)) logger.error({ err: e, path: req.path }, 'subscription endpoint failed');
          next(e);
        },
      );
    };
  /** Browsers following a link or posting the form get pages; API callers get JSON. */
  const wantsHtml = (req: Request) => req.accepts(['json', 'html']) === 'html';
  const postedForm = (req: Request) => Boolean(req.is('application/x-www-form-urlencoded'));
  const tokenOf = (req: Request) => (typeof req.query.token === 'string' ? req.query.token : '');

  router.get(
    '/p/:slug/subprocessors/subscribe',
    handle(
      (req) =>
        forTenant(req, async (ctx, slug) => {
          const { name } = await tenantName(ctx);
          return {
            status: 200,
            code: 'FORM',
            title: `Changes to the sub-processors of ${name}`,
            message: 'Get an email whenever this list changes. We first send a link to confirm the address.',
            form: { slug },
          };
        }),
      wantsHtml,
    ),
  );

  router.post(
    '/p/:slug/subprocessors/subscribe',
    express.json({ limit: '8kb' }),
    express.urlencoded({ extended: false, limit: '8kb' }),
    handle(async (req) => {
      if (
        !req.is(['application/json', 'application/x-www-form-urlencoded']) ||
        typeof req.body !== 'object' ||
        req.body === null ||
        Array.isArray(req.body)
      ) {
        return {
          status: 415,
          code: 'UNSUPPORTED_MEDIA_TYPE',
          title: 'Unsupported request',
          message: 'send JSON { "email": "…" } (Content-Type: application/json) or the form',
        };
      }
      const body = req.body as { email?: unknown };
      return forTenant(req, async (ctx, slug) => {
        const refused = await service.subscribe(ctx, body);
        if (refused instanceof ValidationFailed) {
          return {
            status: 422,
            code: 'VALIDATION_FAILED',
            title: 'Check the address',
            message: 'email: give an email address',
            form: { slug, email: typeof body.email === 'string' ? body.email : '' },
          };
        }
        return { status: 202, code: 'CHECK_YOUR_INBOX', title: 'Check your inbox', message: ACCEPTED };
      });
    }, postedForm),
  );

  router.get(
    '/p/:slug/subprocessors/confirm',
    handle((req) => forTenant(req, async (ctx) => LINK_REPLIES[await service.confirm(ctx, tokenOf(req))]), wantsHtml),
  );
  router.get(
    '/p/:slug/subprocessors/unsubscribe',
    handle(
      (req) => forTenant(req, async (ctx) => LINK_REPLIES[await service.unsubscribe(ctx, tokenOf(req))]),
      wantsHtml,
    ),
  );

  return router;
}
