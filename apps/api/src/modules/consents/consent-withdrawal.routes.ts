import escapeHtml from 'escape-html';
import express, { Router, type Request, type Response } from 'express';
import { displayName, type Language } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { htmlPage, sendHtmlPage } from '../../http/html-page.js';
import { inPublicTenant, isSlugMoved, type PublicSite } from '../public/public-tenant.js';
import {
  audienceLanguages,
  negotiateAudienceLanguage,
  setLanguageHeaders,
  tenantAudience,
} from '../public/published-languages.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { openWithdrawalToken, WITHDRAWAL_LINK_DAYS } from './consent-withdrawal-link.js';
import { WithdrawalWords } from './consent-withdrawal.messages.js';
import {
  ConsentWithdrawalService,
  isSubmissionToken,
  newSubmissionToken,
  type GrantedPurpose,
  type WithdrawalState,
} from './consent-withdrawal.js';

/** The pages with a title and a message in the catalog (the withdrawal form has its own words). */
type MessagePage =
  | 'nothingGranted'
  | 'withdrawn'
  | 'request'
  | 'sent'
  | 'invalidEmail'
  | 'invalidLink'
  | 'expired'
  | 'crossSite'
  | 'badForm'
  | 'notFound';

/** What a withdrawal endpoint answers: an HTML page, or for a JSON request the same as JSON (English messages). */
interface WithdrawalReply {
  status: number;
  code: string;
  language: Language;
  /** Plain text. */
  title: string;
  /** HTML inside `<main>` after the heading. */
  body: string;
  /** The JSON answer's fields besides the status code. */
  json?: Record<string, unknown>;
}

const PAGE_STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1f24}
label{display:block;font-weight:600;margin-top:1rem}
input{display:block;width:100%;box-sizing:border-box;padding:.5rem;font:inherit;border:1px solid #6b7280;border-radius:4px}
button{margin-top:1.5rem;padding:.6rem 1.2rem;font:inherit;background:#1d4ed8;color:#fff;border:0;border-radius:4px;cursor:pointer}
button:focus,input:focus{outline:3px solid #93c5fd;outline-offset:1px}
.organisation{font-weight:600;margin:0;color:#4b5563}
.since{color:#4b5563}`;

/**
 * Whether a form post comes from this service's own pages (CSRF protection: these forms carry no cookie, but a
 * page elsewhere must still not be able to make a visitor's browser send them). Browsers say where a request
 * comes from in Sec-Fetch-Site, older ones in Origin; a post with neither comes from a program, not a page.
 */
function fromOwnPage(req: Request, publicUrl: string): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin' || site === 'none';
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    const from = new URL(origin);
    return from.host === req.headers.host || from.origin === new URL(publicUrl).origin;
  } catch {
    return false;
  }
}

const pageAction = (slug: string, path: '' | '/link', language: Language) =>
  `/p/${escapeHtml(encodeURIComponent(slug))}/consents/withdraw${path}?lang=${language}`;

/** The "send me a link" form, with the address typed before when there was one. */
function requestForm(w: WithdrawalWords, slug: string, email = ''): string {
  return `<form method="post" action="${pageAction(slug, '/link', w.language)}">
<label for="email">${w.html('request.email')}</label>
<input id="email" name="email" type="email" required autocomplete="email" maxlength="254" value="${escapeHtml(email)}">
<button type="submit">${w.html('request.send')}</button>
</form>`;
}

/** The purposes as a list: each name, and when it was given or withdrawn. */
function purposeList(w: WithdrawalWords, purposes: readonly GrantedPurpose[], withSince: boolean): string {
  return `<ul>
${purposes
  .map(
    (p) =>
      `<li><strong>${escapeHtml(p.name)}</strong>${withSince ? ` <span class="since">(${w.html('form.since', { date: w.day(p.since) })})</span>` : ''}</li>`,
  )
  .join('\n')}
</ul>`;
}

/**
 * The public withdrawal page (GDPR Art. 7(3)), without sign-in:
 *   GET  /p/:slug/consents/withdraw?token=…   what the person agreed to, and one button that withdraws all of it;
 *                                              without a token, the form to have a link emailed
 *   POST /p/:slug/consents/withdraw            the button (form: token, submission); JSON `{ token }` for programs
 *   POST /p/:slug/consents/withdraw/link       `{ email }` (form or JSON): emails a link when consents are recorded
 *                                              for the address; the same answer either way
 * Pages speak one of the tenant's published languages (`?lang=`, else Accept-Language, else its default) and may
 * be framed by nobody (the button acts). Posts are accepted only from these pages (`fromOwnPage`).
 */
export function consentWithdrawalRoutes(site: PublicSite): Router {
  const { logger } = site;
  const router = Router();
  const service = new ConsentWithdrawalService();
  const body = [express.urlencoded({ extended: false, limit: '8kb' }), express.json({ limit: '8kb' })];

  const words = (req: Request, languages = audienceLanguages(null, null)) =>
    new WithdrawalWords(negotiateAudienceLanguage(req, languages));

  /** A page with a catalog title and message, and what follows it. */
  const messagePage = (
    w: WithdrawalWords,
    status: number,
    code: string,
    page: MessagePage,
    values: Record<string, string> = {},
    after = '',
  ): WithdrawalReply => ({
    status,
    code,
    language: w.language,
    title: w.text(`${page}.title`, values),
    body: `<p>${w.html(`${page}.message`, values)}</p>\n${after}`,
    json: { message: new WithdrawalWords('en').text(`${page}.message`, values) },
  });

  const notFound = (req: Request) => messagePage(words(req), 404, 'NOT_FOUND', 'notFound');
  const days = { days: String(WITHDRAWAL_LINK_DAYS) };

  /** Runs `fn` for the tenant of the slug, as the public, with the page's words in one of its audience's languages. */
  const forTenant = (
    req: Request,
    fn: (ctx: RequestContext, w: WithdrawalWords, slug: string, organisation: string) => Promise<WithdrawalReply>,
  ): Promise<WithdrawalReply> =>
    inPublicTenant(site, req, { kind: 'public' }, notFound(req), async (ctx, slug) => {
      const tenant = await ctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: ctx.tenantId });
      return fn(ctx, words(req, await tenantAudience(ctx, tenant.defaultLanguage)), slug, displayName(tenant));
    });

  /** The answer to a token that does not open: not valid, or expired; both offer a new link. */
  const unusableLink = (w: WithdrawalWords, slug: string, status: 'INVALID' | 'EXPIRED') =>
    status === 'EXPIRED'
      ? messagePage(w, 410, 'LINK_EXPIRED', 'expired', days, requestForm(w, slug))
      : messagePage(w, 404, 'INVALID_LINK', 'invalidLink', {}, requestForm(w, slug));

  function withdrawalForm(w: WithdrawalWords, slug: string, token: string, state: WithdrawalState): WithdrawalReply {
    const { organisation, granted } = state;
    return {
      status: 200,
      code: 'CONSENTS_GRANTED',
      language: w.language,
      title: w.text('form.title'),
      body: `<p>${w.html('form.intro', { organisation })}</p>
${purposeList(w, granted, true)}
<p>${w.html('form.effect')}</p>
<form method="post" action="${pageAction(slug, '', w.language)}">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<input type="hidden" name="submission" value="${newSubmissionToken()}">
<button type="submit">${w.html('form.button')}</button>
</form>`,
      json: {
        granted: granted.map((g) => ({ purposeId: g.purposeId, name: g.name, since: g.since.toISOString() })),
      },
    };
  }

  const wantsJson = (req: Request) => req.is('application/json') === 'application/json';

  function reply(req: Request, res: Response, answer: WithdrawalReply): void {
    setLanguageHeaders(res, answer.language);
    if (wantsJson(req)) {
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      const { code, json = {} } = answer;
      res.status(answer.status).json(answer.status >= 400 ? { error: { code, ...json } } : { status: code, ...json });
      return;
    }
    const html = htmlPage({
      title: answer.title,
      lang: answer.language,
      style: PAGE_STYLE,
      body: `<h1>${escapeHtml(answer.title)}</h1>\n${answer.body}`,
    });
    // The address holds the person's token: no request from the page may carry it elsewhere.
    res.setHeader('Referrer-Policy', 'no-referrer');
    // The button withdraws on a click: no other page may frame it.
    sendHtmlPage(res, answer.status, html, 'none');
  }

  const handle =
    (fn: (req: Request) => Promise<WithdrawalReply>) => (req: Request, res: Response, next: (e: unknown) => void) => {
      fn(req).then(
        (answer) => reply(req, res, answer),
        (e: unknown) => {
          if (!isSlugMoved(e)) logger.error({ err: e, path: req.path }, 'consent withdrawal page failed');
          next(e);
        },
      );
    };

  /** A post's fields, or why it cannot be read: not a form or JSON object, or not from these pages. */
  function postedFields(req: Request): Record<string, unknown> | WithdrawalReply {
    if (!fromOwnPage(req, site.config.publicUrl)) return messagePage(words(req), 403, 'CROSS_SITE', 'crossSite');
    if (
      !req.is(['application/json', 'application/x-www-form-urlencoded']) ||
      typeof req.body !== 'object' ||
      req.body === null ||
      Array.isArray(req.body)
    )
      return messagePage(words(req), 415, 'UNSUPPORTED_MEDIA_TYPE', 'badForm');
    return req.body as Record<string, unknown>;
  }
  const isReply = (v: Record<string, unknown> | WithdrawalReply): v is WithdrawalReply =>
    typeof v.status === 'number' && typeof v.title === 'string' && typeof v.body === 'string';

  router.get(
    '/p/:slug/consents/withdraw',
    handle((req) =>
      forTenant(req, async (ctx, w, slug, organisation) => {
        const token = req.query.token;
        if (token === undefined)
          return messagePage(w, 200, 'REQUEST_LINK', 'request', { organisation }, requestForm(w, slug));
        if (typeof token !== 'string') return unusableLink(w, slug, 'INVALID');
        const opened = await openWithdrawalToken(ctx, token);
        if (opened.status !== 'VALID') return unusableLink(w, slug, opened.status);
        const state = await service.state(ctx, opened.subjectId, w.language);
        if (!state.granted.length)
          return messagePage(w, 200, 'NOTHING_GRANTED', 'nothingGranted', { organisation: state.organisation });
        return withdrawalForm(w, slug, token, state);
      }),
    ),
  );

  router.post(
    '/p/:slug/consents/withdraw',
    ...body,
    handle(async (req) => {
      const fields = postedFields(req);
      if (isReply(fields)) return fields;
      const { token, submission } = fields;
      if (typeof token !== 'string' || !token || (submission !== undefined && typeof submission !== 'string'))
        return messagePage(words(req), 400, 'BAD_REQUEST', 'badForm');
      if (submission !== undefined && !isSubmissionToken(submission))
        return messagePage(words(req), 400, 'BAD_REQUEST', 'badForm');
      return forTenant(req, async (ctx, w, slug) => {
        const opened = await openWithdrawalToken(ctx, token);
        if (opened.status !== 'VALID') return unusableLink(w, slug, opened.status);
        const outcome = await service.withdraw(ctx, opened.subjectId, w.language, submission ?? newSubmissionToken(), {
          gpcHeader: false,
          ip: req.ip ?? null,
          userAgent: req.headers['user-agent'] ?? null,
        });
        const { organisation } = outcome;
        if (!outcome.recordedAt) return messagePage(w, 200, 'NOTHING_GRANTED', 'nothingGranted', { organisation });
        const values = { organisation, time: w.instant(outcome.recordedAt) };
        return {
          ...messagePage(w, 200, 'WITHDRAWN', 'withdrawn', values, purposeList(w, outcome.withdrawn, false)),
          json: {
            recordedAt: outcome.recordedAt.toISOString(),
            withdrawn: outcome.withdrawn.map((p) => ({ purposeId: p.purposeId, name: p.name })),
          },
        };
      });
    }),
  );

  router.post(
    '/p/:slug/consents/withdraw/link',
    ...body,
    handle(async (req) => {
      const fields = postedFields(req);
      if (isReply(fields)) return fields;
      return forTenant(req, async (ctx, w, slug, organisation) => {
        const refused = await service.requestLink(ctx, fields, w.language);
        if (refused instanceof ValidationFailed) {
          const typed = typeof fields.email === 'string' ? fields.email.slice(0, 254) : '';
          return {
            ...messagePage(w, 422, 'VALIDATION_FAILED', 'invalidEmail', {}, requestForm(w, slug, typed)),
            json: { message: refused.message, problems: refused.problems },
          };
        }
        return messagePage(w, 202, 'CHECK_YOUR_INBOX', 'sent', { organisation, ...days });
      });
    }),
  );

  return router;
}
