import { randomBytes } from 'node:crypto';
import escapeHtml from 'escape-html';
import express, { Router, type Request, type Response } from 'express';
import {
  displayName,
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
import { PolicySettingsEntity } from '../policy/policy-settings.entity.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import {
  audienceLanguages,
  negotiateAudienceLanguage,
  setLanguageHeaders,
  tenantAudience,
  type AudienceLanguages,
} from '../public/published-languages.js';
import { ENGLISH, strong, SubjectRequestPageWords } from './request.messages.js';
import { confirmationPending, type VerificationResult } from './request-verification.js';
import { DataSubjectRequestService } from './request.service.js';
import { currentTenant } from './request.store.js';
import { requestCalendar } from './request-clock.js';

/** A page of the intake or the identity check. */
interface SubjectRequestPage {
  status: number;
  /** Plain text. */
  title: string;
  /** HTML. */
  body: string;
  language: Language;
  /** The tenant's name and accent colour, on the pages of a known tenant. */
  look?: TenantLook;
  /** Default no-store: pages answering a submission hold what the requester sent. */
  cacheControl?: string;
}

/** How a tenant's request pages look: its name above the heading, its accent colour on heading and button. */
interface TenantLook {
  name: string;
  /** #rrggbb, or null for the default blue. */
  accent: string | null;
}

interface JsonReply {
  status: number;
  json: unknown;
  /** An earlier request's answer, for a repeated Idempotency-Key. */
  replayed?: boolean;
}

const PAGE_STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1f24}
label{display:block;font-weight:600;margin-top:1rem}
input,select,textarea{display:block;width:100%;box-sizing:border-box;padding:.5rem;font:inherit;border:1px solid #6b7280;border-radius:4px}
textarea{min-height:8rem}
button{margin-top:1.5rem;padding:.6rem 1.2rem;font:inherit;background:#1d4ed8;color:#fff;border:0;border-radius:4px;cursor:pointer}
button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #93c5fd;outline-offset:1px}
.error{color:#b91c1c;font-weight:600}
.hint{color:#4b5563;font-size:.9rem}
.organisation{font-weight:600;margin:0;color:#4b5563}
.error-summary{border:4px solid #b91c1c;padding:0 1rem 1rem;margin:1rem 0}
.error-summary h2{margin-top:1rem}
.error-summary a{color:#b91c1c;font-weight:600}
[aria-invalid="true"]{border:2px solid #b91c1c}`;

/** The fields of the form, in their order on the page: the error summary lists problems in this order. */
const FORM_FIELDS = ['type', 'jurisdiction', 'requesterName', 'email', 'details'];

/** The form's one-time submission token: random, made when the form is rendered. */
const newSubmissionToken = () => randomBytes(32).toString('base64url');
const SUBMISSION_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const IDEMPOTENCY_KEY_LENGTH = { min: 8, max: 255 };

/** The accent colour's rules: validated when saved, checked again here because it goes into CSS. */
function accentStyle(accent: string | null): string {
  if (!accent || !/^#[0-9a-fA-F]{6}$/.test(accent)) return '';
  return `\nh1{border-bottom:4px solid ${accent};padding-bottom:.25rem}\nbutton{background:${accent}}\n.error-summary{border-color:${accent}}`;
}

function page(res: Response, p: SubjectRequestPage): void {
  const organisation = p.look ? `<p class="organisation">${escapeHtml(p.look.name)}</p>\n` : '';
  const html = htmlPage({
    title: p.title,
    lang: p.language,
    style: PAGE_STYLE + accentStyle(p.look?.accent ?? null),
    body: `${organisation}<h1>${escapeHtml(p.title)}</h1>\n${p.body}`,
  });
  setLanguageHeaders(res, p.language);
  // Forms a requester fills in: only this origin may frame them.
  sendHtmlPage(res, p.status, html, 'self', p.cacheControl);
}

/**
 * The public request intake and identity check, without sign-in:
 *   GET  /p/:slug/requests/new      an accessible HTML form
 *   POST /p/:slug/requests          the form (urlencoded → HTML page) or JSON (→ JSON)
 *   GET  /p/:slug/requests/verify   the emailed link (?token=…), or the page to type the emailed code
 *   POST /p/:slug/requests/verify   the code (form or JSON: { reference, code })
 */
/** The page of an organisation that cannot date requests yet (no time zone): where to write instead. */
function notReady(w: SubjectRequestPageWords, tenant: TenantEntity, look: TenantLook): SubjectRequestPage {
  return {
    status: 503,
    title: w.text('title.notReady'),
    body: `<p>${w.html('notReady', { organisation: tenant.legalName, contact: tenant.contactEmail })}</p>`,
    language: w.language,
    look,
  };
}

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

  /** The tenant's look on its request pages. */
  const lookOf = async (ctx: RequestContext, tenant: TenantEntity): Promise<TenantLook> => {
    const settings = await ctx.em.getRepository(PolicySettingsEntity).findOneBy({ tenantId: ctx.tenantId });
    return { name: displayName(tenant), accent: settings?.accentColor ?? null };
  };

  /**
   * The form, with what was entered and, after a refusal, an error summary first (announced, its heading focused,
   * each problem a link to its field) and each refused field marked and described by its message.
   */
  function form(
    w: SubjectRequestPageWords,
    tenant: TenantEntity,
    values: Record<string, string>,
    problems: Problem[],
    submissionToken: string,
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
    // A field shown on the page is linked; the jurisdiction is hidden when the tenant serves one.
    const shown = (path: string) =>
      FORM_FIELDS.includes(path) && (path !== 'jurisdiction' || tenant.jurisdictions.length > 1);
    const ordered = [...problems].sort(
      (a, b) =>
        (FORM_FIELDS.indexOf(a.path) + 1 || FORM_FIELDS.length + 1) -
        (FORM_FIELDS.indexOf(b.path) + 1 || FORM_FIELDS.length + 1),
    );
    const listed = ordered.filter((p, i) => ordered.findIndex((q) => q.path === p.path) === i);
    const summary = listed.length
      ? `<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
<h2 id="error-summary-title" tabindex="-1" autofocus>${w.html('summary.title')}</h2>
<ul>
${listed.map((p) => `<li>${shown(p.path) ? `<a href="#${p.path}">${w.problem(p)}</a>` : w.problem(p)}</li>`).join('\n')}
</ul>
</div>
`
      : '';
    return `${summary}<p>${w.html('intro', { organisation: strong(displayName(tenant)) })}</p>
<form method="post" action="/p/${escapeHtml(tenant.slug)}/requests?lang=${w.language}" novalidate>
<input type="hidden" name="submissionToken" value="${escapeHtml(submissionToken)}">
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
      const shown = await forTenant(req, async (ctx, tenant, audience) => {
        const w = wordsFor(req, audience);
        if (!(await requestCalendar(ctx)).timeZone) return notReady(w, tenant, await lookOf(ctx, tenant));
        return {
          status: 200,
          title: w.text('title.new'),
          body: form(w, tenant, {}, [], newSubmissionToken()),
          language: w.language,
          look: await lookOf(ctx, tenant),
          // The blank form holds nothing personal: Back shows this copy with the same one-time token, so sending
          // it again shows the first receipt instead of filing a duplicate (no-store would fetch a new token).
          cacheControl: 'private, no-cache',
        };
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
      // The form's one-time token, or the JSON API's Idempotency-Key: a resubmission answers with the first request.
      const token = typeof input.submissionToken === 'string' ? input.submissionToken : '';
      const header = req.headers['idempotency-key'];
      const idempotencyKey = typeof header === 'string' ? header.trim() : null;
      const submissionKey = json
        ? idempotencyKey && `api:${idempotencyKey}`
        : SUBMISSION_TOKEN.test(token)
          ? `form:${token}`
          : null;
      const answer = await forTenant(req, async (ctx, tenant, audience): Promise<SubjectRequestPage | JsonReply> => {
        const w = wordsFor(req, audience);
        if (
          json &&
          idempotencyKey !== null &&
          (idempotencyKey.length < IDEMPOTENCY_KEY_LENGTH.min || idempotencyKey.length > IDEMPOTENCY_KEY_LENGTH.max)
        ) {
          const message = `the Idempotency-Key header must be ${IDEMPOTENCY_KEY_LENGTH.min} to ${IDEMPOTENCY_KEY_LENGTH.max} characters`;
          return {
            status: 422,
            json: {
              error: {
                code: 'VALIDATION_FAILED',
                message,
                problems: [{ path: 'idempotencyKey', code: 'OUT_OF_RANGE', message }],
              },
            },
          };
        }
        // A form's request is answered in the form's language; a JSON one in the `language` it names, else the tenant's.
        const language = json ? input.language : w.language;
        const submitted = await service.submit(
          ctx,
          { ...input, language },
          { source: json ? 'PUBLIC_API' : 'PUBLIC_FORM', receivedAt: new Date() },
          submissionKey,
        );
        if (submitted instanceof ValidationFailed && submitted.problems.some((p) => p.path === 'timeZone')) {
          // The organisation has not said where it is: not the requester's mistake, and nothing was filed.
          if (json)
            return {
              status: 503,
              json: {
                error: {
                  code: 'REQUESTS_NOT_SET_UP',
                  message: `${tenant.legalName} cannot take requests online yet; write to ${tenant.contactEmail}`,
                },
              },
            };
          return notReady(w, tenant, await lookOf(ctx, tenant));
        }
        if (submitted instanceof ValidationFailed) {
          const reused = submitted.problems.some((p) => p.path === 'submissionKey' && p.code === 'DUPLICATE');
          if (json)
            return reused
              ? { status: 409, json: { error: { code: 'IDEMPOTENCY_KEY_REUSED', message: submitted.message } } }
              : {
                  status: 422,
                  json: {
                    error: { code: 'VALIDATION_FAILED', message: submitted.message, problems: submitted.problems },
                  },
                };
          const values = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, typeof v === 'string' ? v : '']));
          // A field left empty is told to be filled in, whatever rule it failed first (an empty email is no address).
          const problems = submitted.problems.map((p) =>
            FORM_FIELDS.includes(p.path) && !values[p.path]?.trim() ? { ...p, code: 'REQUIRED' as const } : p,
          );
          return {
            status: reused ? 409 : 422,
            title: w.text('title.new'),
            // The token was not used when the request was refused; a form that reused one with other answers gets a new one.
            body: form(w, tenant, values, problems, reused || !submissionKey ? newSubmissionToken() : token),
            language: w.language,
            look: await lookOf(ctx, tenant),
          };
        }
        const { request: created, replayed } = submitted;
        const status = replayed ? 200 : 201;
        // Waiting for the requester to confirm the request is theirs (not an identity check).
        const verifying = confirmationPending(created);
        if (json) {
          return {
            status,
            replayed,
            json: {
              id: created.id,
              reference: created.reference,
              state: created.state,
              dueOn: created.dueOn,
              acknowledgeBy: created.acknowledgeBy,
              verification:
                created.verificationMethod === 'SKIPPED' || created.verificationMethod === 'NOT_REQUIRED'
                  ? 'NOT_REQUIRED'
                  : 'EMAIL_SENT',
            },
          };
        }
        return {
          status,
          title: w.text('title.received'),
          language: w.language,
          look: await lookOf(ctx, tenant),
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
      if ('json' in answer) {
        if (answer.replayed) res.setHeader('Idempotent-Replayed', 'true');
        return void res.status(answer.status).setHeader('Cache-Control', 'no-store').json(answer.json);
      }
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
    checked: { result: VerificationResult; audience: AudienceLanguages; look: TenantLook } | null,
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
        look: checked.look,
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
      look: checked.look,
    });
  }

  router.get(
    '/p/:slug/requests/verify',
    run(async (req, res) => {
      const slug = String(req.params.slug);
      const token = typeof req.query.token === 'string' ? req.query.token : null;
      if (!token) {
        const shown = await forTenant(req, async (ctx, tenant, audience) => ({
          audience,
          look: await lookOf(ctx, tenant),
        }));
        if (!shown) return page(res, noTenant(req));
        const w = wordsFor(req, shown.audience);
        return page(res, {
          status: 200,
          title: w.text('title.confirm'),
          body: codeForm(w, slug, typeof req.query.reference === 'string' ? req.query.reference : null, null),
          language: w.language,
          look: shown.look,
        });
      }
      const checked = await forTenant(req, async (ctx, tenant, audience) => ({
        result: await service.verifyByToken(ctx, token),
        audience,
        look: await lookOf(ctx, tenant),
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
      const checked = await forTenant(req, async (ctx, tenant, audience) => ({
        result: token
          ? await service.verifyByToken(ctx, token)
          : reference && code
            ? await service.verifyByCode(ctx, reference, code)
            : ({ refused: 'INVALID' } as VerificationResult),
        audience,
        look: await lookOf(ctx, tenant),
      }));
      verified(req, res, checked, json, String(req.params.slug), reference || null);
    }),
  );

  return router;
}
