import escapeHtml from 'escape-html';
import express, { Router, type Request, type Response } from 'express';
import type { Language } from '@noticeboard/domain';
import { ValidationFailed } from '../../graphql/user-error.js';
import type { RequestContext } from '../../context/request-context.js';
import { htmlPage, sendHtmlPage } from '../../http/html-page.js';
import { inPublicTenant, isSlugMoved, type PublicSite } from '../public/public-tenant.js';
import {
  audienceLanguages,
  negotiateAudienceLanguage,
  setLanguageHeaders,
  tenantAudience,
  type AudienceLanguages,
} from '../public/published-languages.js';
import { ENGLISH, SubscriberWords } from './subscriber.messages.js';
import { SubscriberService, tenantName, type SubscriptionLinkResult } from './subscriber.service.js';

/** The pages of the subscription endpoints; each has a title and a message in the catalogs. */
type SubscriptionPage =
  | 'form'
  | 'accepted'
  | 'invalidEmail'
  | 'confirmed'
  | 'unsubscribed'
  | 'invalidLink'
  | 'expired'
  | 'notFound'
  | 'unsupported';

/**
 * What a subscription endpoint answers: a status and code, and a page shown as a small HTML page in the language
 * negotiated among the tenant's published ones, or as JSON in English (API callers read the code).
 */
interface SubscriptionReply {
  status: number;
  code: string;
  page: SubscriptionPage;
  /** The page's arguments (`{organisation}`). */
  values?: Record<string, string>;
  /** The JSON answer's message, when not the page's message in English. */
  apiMessage?: string;
  /** Show the subscribe form (the GET page, or after a refused address). */
  form?: { slug: string; email?: string };
  /** The languages the page may speak. */
  audience: AudienceLanguages;
}

function html(reply: SubscriptionReply, w: SubscriberWords): string {
  const title = w.text(`${reply.page}.title`, reply.values);
  const form = reply.form
    ? `<form method="post" action="/p/${escapeHtml(encodeURIComponent(reply.form.slug))}/subprocessors/subscribe?lang=${w.language}">
<label for="email">${w.html('form.email')}</label> <input id="email" name="email" type="email" required autocomplete="email" maxlength="254" value="${escapeHtml(reply.form.email ?? '')}"> <button type="submit">${w.html('form.subscribe')}</button>
</form>`
    : '';
  return htmlPage({
    title,
    lang: w.language,
    body: `<h1>${escapeHtml(title)}</h1><p>${w.html(`${reply.page}.message`, reply.values)}</p>\n${form}`,
  });
}

const LINK_REPLIES: Record<SubscriptionLinkResult, Pick<SubscriptionReply, 'status' | 'code' | 'page'>> = {
  CONFIRMED: { status: 200, code: 'CONFIRMED', page: 'confirmed' },
  UNSUBSCRIBED: { status: 200, code: 'UNSUBSCRIBED', page: 'unsubscribed' },
  INVALID: { status: 404, code: 'INVALID_LINK', page: 'invalidLink' },
  EXPIRED: { status: 410, code: 'LINK_EXPIRED', page: 'expired' },
};

/** Without a tenant (an unknown address) a page may speak every language. */
const ANY_AUDIENCE = audienceLanguages(null, null);

/**
 * Public, unauthenticated subscription to a tenant's sub-processor list, with double opt-in by email:
 *   GET  /p/:slug/subprocessors/subscribe     a small form
 *   POST /p/:slug/subprocessors/subscribe     JSON `{ email }` or the form; the same answer whatever the address's state
 *   GET  /p/:slug/subprocessors/confirm?token=…      confirms (idempotent)
 *   GET  /p/:slug/subprocessors/unsubscribe?token=…  unsubscribes (idempotent)
 * Browsers get HTML pages, other callers JSON; every refusal is `{ error: { code, message } }` with a 4xx. Pages
 * speak one of the tenant's published languages (`?lang=`, else Accept-Language, else its default), and the
 * address is written to in the language it subscribed in.
 */
export function subscriberRoutes(site: PublicSite): Router {
  const { logger } = site;
  const router = Router();
  const service = new SubscriberService();

  /** Runs `fn` for the tenant of the slug, as the application role with only that tenant in scope. */
  const forTenant = (
    req: Request,
    fn: (ctx: RequestContext, slug: string, audience: AudienceLanguages) => Promise<SubscriptionReply>,
  ): Promise<SubscriptionReply> =>
    inPublicTenant(
      site,
      req,
      { kind: 'public' },
      { status: 404, code: 'NOT_FOUND', page: 'notFound', audience: ANY_AUDIENCE } as SubscriptionReply,
      async (ctx, slug) => {
        const { defaultLanguage } = await tenantName(ctx);
        return fn(ctx, slug, await tenantAudience(ctx, defaultLanguage));
      },
    );

  function reply(req: Request, res: Response, answer: SubscriptionReply, asHtml: boolean): void {
    if (asHtml) {
      const w = new SubscriberWords(negotiateAudienceLanguage(req, answer.audience));
      setLanguageHeaders(res, w.language);
      // A link acts when it is followed: no other page may frame these.
      return sendHtmlPage(res, answer.status, html(answer, w), 'none');
    }
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const { code } = answer;
    const message = answer.apiMessage ?? ENGLISH.text(`${answer.page}.message`, answer.values);
    res.status(answer.status).json(answer.status >= 400 ? { error: { code, message } } : { status: code, message });
  }

  const handle =
    (fn: (req: Request) => Promise<SubscriptionReply>, asHtml: (req: Request) => boolean) =>
    (req: Request, res: Response, next: (e: unknown) => void) => {
      fn(req).then(
        (answer) => reply(req, res, answer, asHtml(req)),
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
        forTenant(req, async (ctx, slug, audience) => {
          const { name } = await tenantName(ctx);
          return { status: 200, code: 'FORM', page: 'form', values: { organisation: name }, form: { slug }, audience };
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
          page: 'unsupported',
          apiMessage: 'send JSON { "email": "…" } (Content-Type: application/json) or the form',
          audience: ANY_AUDIENCE,
        };
      }
      const body = req.body as { email?: unknown };
      return forTenant(req, async (ctx, slug, audience) => {
        // The language of the page that answers is the one the address is written to in.
        const language: Language = negotiateAudienceLanguage(req, audience);
        const refused = await service.subscribe(ctx, body, language);
        if (refused instanceof ValidationFailed) {
          return {
            status: 422,
            code: 'VALIDATION_FAILED',
            page: 'invalidEmail',
            apiMessage: 'email: give an email address',
            form: { slug, email: typeof body.email === 'string' ? body.email : '' },
            audience,
          };
        }
        return { status: 202, code: 'CHECK_YOUR_INBOX', page: 'accepted', audience };
      });
    }, postedForm),
  );

  router.get(
    '/p/:slug/subprocessors/confirm',
    handle(
      (req) =>
        forTenant(req, async (ctx, _slug, audience) => ({
          ...LINK_REPLIES[await service.confirm(ctx, tokenOf(req))],
          audience,
        })),
      wantsHtml,
    ),
  );
  router.get(
    '/p/:slug/subprocessors/unsubscribe',
    handle(
      (req) =>
        forTenant(req, async (ctx, _slug, audience) => ({
          ...LINK_REPLIES[await service.unsubscribe(ctx, tokenOf(req))],
          audience,
        })),
      wantsHtml,
    ),
  );

  return router;
}
