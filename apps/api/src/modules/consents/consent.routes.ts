import express, { Router, type Request, type Response } from 'express';
import { originAllowed, type Language } from '@noticeboard/domain';
import { ValidationFailed } from '../../graphql/user-error.js';
import type { RequestContext } from '../../context/request-context.js';
import { inPublicTenant, isSlugMoved, type PublicSite } from '../public/public-tenant.js';
import { negotiateAudienceLanguage, setLanguageHeaders } from '../public/published-languages.js';
import { consentBannerRoutes } from './consent-banner.routes.js';
import { consentWithdrawalRoutes } from './consent-withdrawal.routes.js';
import { ConsentService } from './consent.service.js';

/** What a consent endpoint answers: a status and a JSON body, with the CORS and other headers it allows. */
interface ConsentReply {
  status: number;
  body: unknown;
  /** The caller's origin may read the answer (it is one of the tenant's websites). */
  corsOrigin?: string;
  headers?: Record<string, string>;
  /** The answer's language, negotiated among the tenant's published ones (sent as Content-Language). */
  language?: Language;
}

const error = (status: number, code: string, message: string, extra: Record<string, unknown> = {}): ConsentReply => ({
  status,
  body: { error: { code, message, ...extra } },
});

/**
 * The public consent endpoints websites call from their banners and forms, without sign-in:
 *   GET  /p/:slug/consents/notice   the purposes to ask about, and the notice text with its hash, in the
 *                                   visitor's language among the tenant's published ones (`?lang=`, then
 *                                   Accept-Language, then the tenant's default)
 *   POST /p/:slug/consents          records one event (JSON; `text/plain` is read as JSON too, so that
 *                                   `navigator.sendBeacon` works without a preflight)
 * A browser may call them only from an origin the tenant allows (CORS, checked again on the server: a request
 * from another origin is refused, not merely unreadable). Calls without an Origin header come from servers.
 * The page where people withdraw what they gave, `/p/:slug/consents/withdraw`, is served here too
 * (consent-withdrawal.routes.ts): it is this service's own page, so it takes no website origin. So is the banner
 * script websites embed, `/p/:slug/consent.js` (consent-banner.routes.ts), a static script loaded from any page.
 */
export function consentRoutes(site: PublicSite): Router {
  const { logger } = site;
  const router = Router();
  const service = new ConsentService();
  router.use(consentWithdrawalRoutes(site));
  router.use(consentBannerRoutes(site));

  /** Runs `fn` for the tenant of the slug, with the context of the public, as the application role with only that tenant in scope. */
  async function forTenant(
    req: Request,
    fn: (ctx: RequestContext, allowedOrigin: string | undefined) => Promise<ConsentReply>,
  ): Promise<ConsentReply> {
    const origin = req.headers.origin;
    return inPublicTenant(
      site,
      req,
      { kind: 'public' },
      error(404, 'NOT_FOUND', 'there is no organisation at this address'),
      async (ctx) => {
        let allowed: string | undefined;
        if (origin !== undefined) {
          if (!originAllowed(origin, await service.allowedOrigins(ctx))) {
            return error(
              403,
              'ORIGIN_NOT_ALLOWED',
              `this website (${origin.slice(0, 200)}) may not record consents for this organisation: add it to the allowed origins in the consent settings`,
            );
          }
          allowed = origin;
        }
        return fn(ctx, allowed);
      },
    );
  }

  function reply(res: Response, answer: ConsentReply): void {
    res.setHeader('Vary', 'Origin');
    res.setHeader('Cache-Control', 'no-store');
    if (answer.corsOrigin) {
      res.setHeader('Access-Control-Allow-Origin', answer.corsOrigin);
      res.setHeader('Access-Control-Expose-Headers', 'Idempotent-Replayed');
    }
    for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
    if (answer.language) setLanguageHeaders(res, answer.language);
    res.status(answer.status).json(answer.body);
  }

  const handle =
    (fn: (req: Request) => Promise<ConsentReply>) => (req: Request, res: Response, next: (e: unknown) => void) => {
      fn(req).then(
        (answer) => reply(res, answer),
        (e: unknown) => {
          if (!isSlugMoved(e)) logger.error({ err: e, path: req.path }, 'consent endpoint failed');
          next(e);
        },
      );
    };

  // Preflight: answered for allowed origins only; the browser then refuses the real call by itself.
  router.options(
    ['/p/:slug/consents', '/p/:slug/consents/notice'],
    handle((req) =>
      forTenant(req, async (_ctx, allowed): Promise<ConsentReply> => ({
        status: 204,
        body: null,
        corsOrigin: allowed,
        headers: allowed
          ? {
              'Access-Control-Allow-Methods': 'GET, POST',
              'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Sec-GPC',
              'Access-Control-Max-Age': '600',
            }
          : undefined,
      })),
    ),
  );

  router.get(
    '/p/:slug/consents/notice',
    handle((req) =>
      forTenant(req, async (ctx, allowed) => {
        const notice = await service.notice(ctx, (audience) => negotiateAudienceLanguage(req, audience));
        if (!notice)
          return {
            ...error(404, 'NOT_PUBLISHED', 'this organisation has not published a privacy policy yet'),
            corsOrigin: allowed,
          };
        return { status: 200, body: notice, corsOrigin: allowed, language: notice.language };
      }),
    ),
  );

  router.post(
    '/p/:slug/consents',
    express.json({ limit: '32kb', type: ['application/json', 'text/plain'] }),
    handle(async (req) => {
      if (
        !req.is(['application/json', 'text/plain']) ||
        typeof req.body !== 'object' ||
        req.body === null ||
        Array.isArray(req.body)
      ) {
        return error(415, 'UNSUPPORTED_MEDIA_TYPE', 'send a JSON object (Content-Type: application/json)');
      }
      const body = req.body as Record<string, unknown>;
      const headerKey = req.headers['idempotency-key'];
      const input = {
        ...body,
        idempotencyKey: body.idempotencyKey ?? (typeof headerKey === 'string' ? headerKey : undefined),
      };
      return forTenant(req, async (ctx, allowed) => {
        const result = await service.record(ctx, input, {
          gpcHeader: req.headers['sec-gpc'] === '1',
          ip: req.ip ?? null,
          userAgent: req.headers['user-agent'] ?? null,
        });
        if (result instanceof ValidationFailed) {
          const status = result.problems.some((p) => p.path === 'idempotencyKey' && p.code === 'DUPLICATE') ? 409 : 422;
          return {
            ...error(status, status === 409 ? 'IDEMPOTENCY_KEY_REUSED' : 'VALIDATION_FAILED', result.message, {
              problems: result.problems,
            }),
            corsOrigin: allowed,
          };
        }
        const { event, replayed } = result;
        return {
          status: replayed ? 200 : 201,
          corsOrigin: allowed,
          headers: replayed ? { 'Idempotent-Replayed': 'true' } : {},
          body: {
            id: event.id,
            recordedAt: event.recordedAt,
            policyVersion: event.policyVersion,
            noticeHash: event.noticeHash,
            decisions: event.decisions,
            replayed,
          },
        };
      });
    }),
  );

  return router;
}
