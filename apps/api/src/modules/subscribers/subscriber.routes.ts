import escapeHtml from 'escape-html';
import express, { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { ValidationFailed } from '../../graphql/user-error.js';
import type { Logger } from '../../logger.js';
import type { TenantScope } from '../../queue/job.js';
import { inPublicTenant, isSlugMoved } from '../public/public-tenant.js';
import { SubscriberService, tenantName, type LinkOutcome } from './subscriber.service.js';

/** What a page answers: a status, and a title and message shown as JSON or as a small HTML page. */
interface Outcome {
  status: number;
  code: string;
  title: string;
  message: string;
  /** Show the subscribe form (the GET page, or after a refused address). */
  form?: { slug: string; email?: string };
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

function html(outcome: Outcome): string {
  const form = outcome.form
    ? `<form method="post" action="/p/${escapeHtml(encodeURIComponent(outcome.form.slug))}/subprocessors/subscribe">
<label for="email">Email address</label> <input id="email" name="email" type="email" required autocomplete="email" maxlength="254" value="${escapeHtml(outcome.form.email ?? '')}"> <button type="submit">Subscribe</button>
</form>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(outcome.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1b1f24}</style>
</head><body><main><h1>${escapeHtml(outcome.title)}</h1><p>${escapeHtml(outcome.message)}</p>
${form}</main></body></html>
`;
}

const LINK_OUTCOMES: Record<LinkOutcome, Omit<Outcome, 'form'>> = {
  CONFIRMED: { status: 200, code: 'CONFIRMED', title: 'Subscription confirmed', message: 'You will get an email whenever the list of sub-processors changes. Every email has a link to unsubscribe.' },
  UNSUBSCRIBED: { status: 200, code: 'UNSUBSCRIBED', title: 'Unsubscribed', message: 'You will get no more emails about changes to the list of sub-processors.' },
  INVALID: { status: 404, code: 'INVALID_LINK', title: 'This link is not valid', message: 'It may be incomplete, or the subscription it belonged to was removed. Copy the whole link from the email, or subscribe again.' },
  EXPIRED: { status: 410, code: 'LINK_EXPIRED', title: 'This link has expired', message: 'Confirmation links work for 7 days. Subscribe again to get a new one.' },
};

const ACCEPTED = 'If this address is not subscribed yet, we have sent it an email with a link to confirm. Nothing is sent until it is confirmed.';

/**
 * Public, unauthenticated subscription to a tenant's sub-processor list, with double opt-in by email:
 *   GET  /p/:slug/subprocessors/subscribe     a small form
 *   POST /p/:slug/subprocessors/subscribe     JSON `{ email }` or the form; the same answer whatever the address's state
 *   GET  /p/:slug/subprocessors/confirm?token=…      confirms (idempotent)
 *   GET  /p/:slug/subprocessors/unsubscribe?token=…  unsubscribes (idempotent)
 * Browsers get HTML pages, other callers JSON; every refusal is `{ error: { code, message } }` with a 4xx.
 */
export function subscriberRoutes(dataSource: DataSource, publicUrl: string, logger: Logger): Router {
  const router = Router();
  const service = new SubscriberService();

  /** Runs `fn` for the tenant of the slug, as the application role with only that tenant in scope. */
  const forTenant = (req: Request, fn: (scope: TenantScope, slug: string) => Promise<Outcome>): Promise<Outcome> =>
    inPublicTenant(
      dataSource,
      req,
      { status: 404, code: 'NOT_FOUND', title: 'Page not found', message: 'There is no organisation at this address. Check the link you followed.' } as Outcome,
      (tx, tenantId, slug) => fn({ em: tx.manager, tenantId }, slug),
    );

  function reply(res: Response, outcome: Outcome, asHtml: boolean): void {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (asHtml) {
      res.setHeader('Content-Security-Policy', CSP);
      res.status(outcome.status).type('text/html; charset=utf-8').send(html(outcome));
      return;
    }
    const { code, message } = outcome;
    res.status(outcome.status).json(outcome.status >= 400 ? { error: { code, message } } : { status: code, message });
  }

  const handle =
    (fn: (req: Request) => Promise<Outcome>, asHtml: (req: Request) => boolean) => (req: Request, res: Response, next: (e: unknown) => void) => {
      fn(req).then(
        (outcome) => reply(res, outcome, asHtml(req)),
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
        forTenant(req, async (scope, slug) => {
          const { name } = await tenantName(scope);
          return { status: 200, code: 'FORM', title: `Changes to the sub-processors of ${name}`, message: 'Get an email whenever this list changes. We first send a link to confirm the address.', form: { slug } };
        }),
      wantsHtml,
    ),
  );

  router.post(
    '/p/:slug/subprocessors/subscribe',
    express.json({ limit: '8kb' }),
    express.urlencoded({ extended: false, limit: '8kb' }),
    handle(async (req) => {
      if (!req.is(['application/json', 'application/x-www-form-urlencoded']) || typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
        return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', title: 'Unsupported request', message: 'send JSON { "email": "…" } (Content-Type: application/json) or the form' };
      }
      const body = req.body as { email?: unknown };
      return forTenant(req, async (scope, slug) => {
        const refused = await service.subscribe(scope, body, publicUrl);
        if (refused instanceof ValidationFailed) {
          return { status: 422, code: 'VALIDATION_FAILED', title: 'Check the address', message: 'email: give an email address', form: { slug, email: typeof body.email === 'string' ? body.email : '' } };
        }
        return { status: 202, code: 'CHECK_YOUR_INBOX', title: 'Check your inbox', message: ACCEPTED };
      });
    }, postedForm),
  );

  router.get('/p/:slug/subprocessors/confirm', handle((req) => forTenant(req, async (scope) => LINK_OUTCOMES[await service.confirm(scope, tokenOf(req))]), wantsHtml));
  router.get('/p/:slug/subprocessors/unsubscribe', handle((req) => forTenant(req, async (scope) => LINK_OUTCOMES[await service.unsubscribe(scope, tokenOf(req))]), wantsHtml));

  return router;
}
