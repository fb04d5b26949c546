import escapeHtml from 'escape-html';
import express, { Router, type Request, type Response } from 'express';
import {
  JURISDICTION_INFO,
  REQUESTER_NAME_MAX,
  requestTypesIn,
  type Jurisdiction,
  type Language,
  type Problem,
} from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { htmlPage, sendHtmlPage } from '../../http/html-page.js';
import { inPublicTenant, isSlugMoved, type PublicSite } from '../public/public-tenant.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import {
  audienceLanguages,
  negotiateAudienceLanguage,
  setLanguageHeaders,
  tenantAudience,
  type AudienceLanguages,
} from '../public/published-languages.js';
import { ENGLISH, strong, SubjectRequestPageWords } from './request.messages.js';
import type { VerificationResult } from './request-verification.js';
import { DataSubjectRequestService } from './request.service.js';
import { currentTenant } from './request.store.js';

/** A page of the intake or the identity check. */
interface SubjectRequestPage {
  status: number;
  /** Plain text. */
  title: string;
  /** HTML. */
  body: string;
  language: Language;
}

interface JsonReply {
  status: number;
  json: unknown;
}

const PAGE_STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1f24}
label{display:block;font-weight:600;margin-top:1rem}
input,select,textarea{display:block;width:100%;box-sizing:border-box;padding:.5rem;font:inherit;border:1px solid #6b7280;border-radius:4px}
textarea{min-height:8rem}
button{margin-top:1.5rem;padding:.6rem 1.2rem;font:inherit;background:#1d4ed8;color:#fff;border:0;border-radius:4px;cursor:pointer}
button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #93c5fd;outline-offset:1px}
.error{color:#b91c1c;font-weight:600}
.hint{color:#4b5563;font-size:.9rem}`;

function page(res: Response, p: SubjectRequestPage): void {
  const html = htmlPage({
    title: p.title,
    lang: p.language,
    style: PAGE_STYLE,
    body: `<h1>${escapeHtml(p.title)}</h1>\n${p.body}`,
  });
  setLanguageHeaders(res, p.language);
  // Forms a requester fills in: only this origin may frame them.
  sendHtmlPage(res, p.status, html, 'self');
}

/**
 * The public request intake and identity check, without sign-in:
 *   GET  /p/:slug/requests/new      an accessible HTML form
 *   POST /p/:slug/requests          the form (urlencoded → HTML page) or JSON (→ JSON)
 *   GET  /p/:slug/requests/verify   the emailed link (?token=…), or the page to type the emailed code
 *   POST /p/:slug/requests/verify   the code (form or JSON: { reference, code })
 */
export function subjectRequestRoutes(site: PublicSite): Router {
  const { logger } = site;
  const router = Router();
  const service = new DataSubjectRequestService();
  const body = [express.urlencoded({ extended: false, limit: '32kb' }), express.json({ limit: '32kb' })];

  /** Runs `fn` for the tenant of the slug, with the context of a requester and the languages of its audience. */
  const forTenant = <T>(
    req: Request,
    fn: (ctx: RequestContext, tenant: TenantEntity, audience: AudienceLanguages) => Promise<T>,
  ): Promise<T | null> =>
    inPublicTenant(site, req, { kind: 'requester' }, null, async (ctx) => {
      const tenant = await currentTenant(ctx);
      return fn(ctx, tenant, await tenantAudience(ctx, tenant.defaultLanguage));
    });

  const wantsJson = (req: Request) => req.is('application/json') === 'application/json';
  /**
   * The words of this request's page, among the tenant's published languages: its `?lang=`, the browser's
   * languages, the tenant's default. Without a tenant (an unknown address) among every language.
   */
  const wordsFor = (req: Request, audience: AudienceLanguages) =>
    new SubjectRequestPageWords(negotiateAudienceLanguage(req, audience));
  const noTenant = (req: Request): SubjectRequestPage => {
    const w = wordsFor(req, audienceLanguages(null, null));
    return { status: 404, title: w.text('title.notFound'), body: `<p>${w.html('notFound')}</p>`, language: w.language };
  };
  const run =
    (fn: (req: Request, res: Response) => Promise<void>) =>
    (req: Request, res: Response, next: (e: unknown) => void) => {
      fn(req, res).catch((e: unknown) => {
        if (!isSlugMoved(e)) logger.error({ err: e, path: req.path }, 'request intake failed');
        next(e);
      });
    };

  function form(
    w: SubjectRequestPageWords,
    tenant: TenantEntity,
    values: Record<string, string>,
    problems: Problem[],
  ): string {
    const types = [...new Set(tenant.jurisdictions.flatMap((j) => requestTypesIn(j)))];
    const errorOf = (field: string) => problems.find((p) => p.path === field);
    const field = (name: string, label: string, control: string, hint = '') => {
      const problem = errorOf(name);
      return `<label for="${name}">${label}</label>${hint ? `<span class="hint" id="${name}-hint">${hint}</span>` : ''}
${problem ? `<p class="error" id="${name}-error">${w.problem(problem)}</p>` : ''}${control}`;
    };
    const described = (name: string, hint = false) => {
      const ids = [hint ? `${name}-hint` : '', errorOf(name) ? `${name}-error` : ''].filter(Boolean).join(' ');
      return `${ids ? ` aria-describedby="${ids}"` : ''}${errorOf(name) ? ' aria-invalid="true"' : ''}`;
    };
    const option = (value: string, label: string, selected: string | undefined) =>
      `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${label}</option>`;
    const general = problems.filter(
      (p) => !['type', 'jurisdiction', 'requesterName', 'email', 'details'].includes(p.path),
    );
    return `<p>${w.html('intro', { organisation: strong(tenant.legalName) })}</p>
${general.map((p) => `<p class="error" role="alert">${w.problem(p)}</p>`).join('\n')}
<form method="post" action="/p/${escapeHtml(tenant.slug)}/requests?lang=${w.language}" novalidate>
${field('type', w.html('label.type'), `<select id="type" name="type" required${described('type')}>${types.map((t) => option(t, w.type(t), values.type)).join('')}</select>`)}
${
  tenant.jurisdictions.length > 1
    ? field(
        'jurisdiction',
        w.html('label.jurisdiction'),
        `<select id="jurisdiction" name="jurisdiction"${described('jurisdiction')}>${tenant.jurisdictions.map((j) => option(j, escapeHtml(JURISDICTION_INFO[j as Jurisdiction].name), values.jurisdiction)).join('')}</select>`,
      )
    : `<input type="hidden" name="jurisdiction" value="${escapeHtml(tenant.jurisdictions[0] ?? '')}">`
}
${field('requesterName', w.html('label.name'), `<input id="requesterName" name="requesterName" autocomplete="name" required maxlength="${REQUESTER_NAME_MAX}" value="${escapeHtml(values.requesterName ?? '')}"${described('requesterName')}>`)}
${field('email', w.html('label.email'), `<input id="email" name="email" type="email" autocomplete="email" required maxlength="254" value="${escapeHtml(values.email ?? '')}"${described('email', true)}>`, w.html('hint.email'))}
${field('details', w.html('label.details'), `<textarea id="details" name="details" maxlength="5000"${described('details')}>${escapeHtml(values.details ?? '')}</textarea>`)}
<button type="submit">${w.html('button.send')}</button>
</form>`;
  }

  router.get(
    '/p/:slug/requests/new',
    run(async (req, res) => {
      const shown = await forTenant(req, async (_ctx, tenant, audience) => {
        const w = wordsFor(req, audience);
        return { status: 200, title: w.text('title.new'), body: form(w, tenant, {}, []), language: w.language };
      });
      page(res, shown ?? noTenant(req));
    }),
  );

  router.post(
    '/p/:slug/requests',
    ...body,
    run(async (req, res) => {
      const json = wantsJson(req);
      const input = (
        typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body) ? req.body : {}
      ) as Record<string, unknown>;
      const answer = await forTenant(req, async (ctx, tenant, audience): Promise<SubjectRequestPage | JsonReply> => {
        const w = wordsFor(req, audience);
        // A form's request is answered in the form's language; a JSON one in the `language` it names, else the tenant's.
        const language = json ? input.language : w.language;
        const created = await service.create(
          ctx,
          { ...input, language },
          { source: json ? 'PUBLIC_API' : 'PUBLIC_FORM', receivedAt: new Date(), skipVerificationReason: null },
        );
        if (created instanceof ValidationFailed) {
          if (json)
            return {
              status: 422,
              json: { error: { code: 'VALIDATION_FAILED', message: created.message, problems: created.problems } },
            };
          const values = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, typeof v === 'string' ? v : '']));
          return {
            status: 422,
            title: w.text('title.new'),
            body: form(w, tenant, values, created.problems),
            language: w.language,
          };
        }
        const verifying = created.state === 'VERIFYING';
        if (json) {
          return {
            status: 201,
            json: {
              id: created.id,
              reference: created.reference,
              state: created.state,
              dueOn: created.dueOn,
              acknowledgeBy: created.acknowledgeBy,
              verification: verifying ? 'EMAIL_SENT' : 'NOT_REQUIRED',
            },
          };
        }
        return {
          status: 201,
          title: w.text('title.received'),
          language: w.language,
          body: `<p>${w.html('received.reference', { reference: strong(created.reference) })}</p>
${
  verifying
    ? `<p>${w.html('received.emailSent', { email: strong(created.requesterEmail) })}</p>
${codeForm(w, tenant.slug, created.reference, null)}`
    : `<p>${w.html('received.started')}</p>`
}
<p>${w.html('received.answerBy', { date: strong(w.date(created.dueOn)) })}</p>`,
        };
      });
      if (answer === null)
        return json
          ? void res
              .status(404)
              .json({ error: { code: 'NOT_FOUND', message: 'there is no organisation at this address' } })
          : page(res, noTenant(req));
      if ('json' in answer)
        return void res.status(answer.status).setHeader('Cache-Control', 'no-store').json(answer.json);
      page(res, answer);
    }),
  );

  function codeForm(w: SubjectRequestPageWords, slug: string, reference: string | null, error: string | null): string {
    return `${error ? `<p class="error" role="alert">${error}</p>` : ''}<form method="post" action="/p/${escapeHtml(slug)}/requests/verify?lang=${w.language}" novalidate>
<label for="reference">${w.html('label.reference')}</label><input id="reference" name="reference" required value="${escapeHtml(reference ?? '')}">
<label for="code">${w.html('label.code')}</label><input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required>
<button type="submit">${w.html('button.confirm')}</button></form>`;
  }

  /** The status of a refused identity check (its sentence is `verify.<reason>`; JSON keeps English). */
  const VERIFY_REFUSALS: Record<'INVALID' | 'EXPIRED' | 'LOCKED', number> = { INVALID: 400, EXPIRED: 410, LOCKED: 429 };

  function verified(
    req: Request,
    res: Response,
    checked: { result: VerificationResult; audience: AudienceLanguages } | null,
    json: boolean,
    slug: string,
    reference: string | null,
  ): void {
    if (checked === null)
      return json
        ? void res
            .status(404)
            .json({ error: { code: 'NOT_FOUND', message: 'there is no organisation at this address' } })
        : page(res, noTenant(req));
    const { result } = checked;
    const w = wordsFor(req, checked.audience);
    if ('refused' in result) {
      const status = VERIFY_REFUSALS[result.refused];
      if (json)
        return void res.status(status).json({
          error: { code: `VERIFICATION_${result.refused}`, message: ENGLISH.text(`verify.${result.refused}`) },
        });
      return page(res, {
        status,
        title: w.text('title.confirm'),
        body: codeForm(w, slug, reference, w.html(`verify.${result.refused}`)),
        language: w.language,
      });
    }
    const r = result.verified;
    if (json)
      return void res
        .status(200)
        .json({ reference: r.reference, state: r.state, dueOn: r.dueOn, alreadyConfirmed: result.already });
    page(res, {
      status: 200,
      title: w.text('title.confirmed'),
      body: `<p>${w.html('confirmed', { reference: strong(r.reference), date: strong(w.date(r.dueOn)) })}</p>`,
      language: w.language,
    });
  }

  router.get(
    '/p/:slug/requests/verify',
    run(async (req, res) => {
      const slug = String(req.params.slug);
      const token = typeof req.query.token === 'string' ? req.query.token : null;
      if (!token) {
        const audience = await forTenant(req, async (_ctx, _tenant, audience) => audience);
        if (!audience) return page(res, noTenant(req));
        const w = wordsFor(req, audience);
        return page(res, {
          status: 200,
          title: w.text('title.confirm'),
          body: codeForm(w, slug, typeof req.query.reference === 'string' ? req.query.reference : null, null),
          language: w.language,
        });
      }
      const checked = await forTenant(req, async (ctx, _tenant, audience) => ({
        result: await service.verifyByToken(ctx, token),
        audience,
      }));
      verified(req, res, checked, false, slug, null);
    }),
  );

  router.post(
    '/p/:slug/requests/verify',
    ...body,
    run(async (req, res) => {
      const json = wantsJson(req);
      const input = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
      const reference = typeof input.reference === 'string' ? input.reference.slice(0, 40) : '';
      const code = typeof input.code === 'string' ? input.code.slice(0, 20) : '';
      const token = typeof input.token === 'string' ? input.token : null;
      const checked = await forTenant(req, async (ctx, _tenant, audience) => ({
        result: token
          ? await service.verifyByToken(ctx, token)
          : reference && code
            ? await service.verifyByCode(ctx, reference, code)
            : ({ refused: 'INVALID' } as VerificationResult),
        audience,
      }));
      verified(req, res, checked, json, String(req.params.slug), reference || null);
    }),
  );

  return router;
}
