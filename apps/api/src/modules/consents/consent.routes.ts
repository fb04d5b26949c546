import express, { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { originAllowed } from '@noticeboard/domain';
import { ValidationFailed } from '../../graphql/user-error.js';
import type { Logger } from '../../logger.js';
import { inPublicTenant, isSlugMoved } from '../public/public-tenant.js';
import { ConsentService, type ConsentScope } from './consent.service.js';

interface Outcome {
  status: number;
  body: unknown;
  /** The caller's origin may read the answer (it is one of the tenant's websites). */
  corsOrigin?: string;
  headers?: Record<string, string>;
}

const error = (status: number, code: string, message: string, extra: Record<string, unknown> = {}): Outcome => ({ status, body: { error: { code, message, ...extra } } });

/**
 * The public consent endpoints websites call from their banners and forms, without sign-in:
 *   GET  /p/:slug/consents/notice   the purposes to ask about, and the notice text with its hash
 *   POST /p/:slug/consents          records one event (JSON; `text/plain` is read as JSON too, so that
 *                                   `navigator.sendBeacon` works without a preflight)
 * A browser may call them only from an origin the tenant allows (CORS, checked again on the server: a request
 * from another origin is refused, not merely unreadable). Calls without an Origin header come from servers.
 */
export function consentRoutes(dataSource: DataSource, publicUrl: string, logger: Logger): Router {
  const router = Router();
  const service = new ConsentService();

  /** Runs `fn` for the tenant of the slug, as the application role with only that tenant in scope. */
  async function forTenant(req: Request, fn: (scope: ConsentScope, allowedOrigin: string | undefined) => Promise<Outcome>): Promise<Outcome> {
    const origin = req.headers.origin;
    return inPublicTenant(dataSource, req, error(404, 'NOT_FOUND', 'there is no organisation at this address'), async (tx, tenantId) => {
      const scope = { em: tx.manager, tenantId };
      let allowed: string | undefined;
      if (origin !== undefined) {
        if (!originAllowed(origin, await service.allowedOrigins(scope))) {
          return error(403, 'ORIGIN_NOT_ALLOWED', `this website (${origin.slice(0, 200)}) may not record consents for this organisation: add it to the allowed origins in the consent settings`);
        }
        allowed = origin;
      }
      return fn(scope, allowed);
    });
  }

  function reply(res: Response, outcome: Outcome): void {
    res.setHeader('Vary', 'Origin');
    res.setHeader('Cache-Control', 'no-store');
    if (outcome.corsOrigin) {
      res.setHeader('Access-Control-Allow-Origin', outcome.corsOrigin);
      res.setHeader('Access-Control-Expose-Headers', 'Idempotent-Replayed');
    }
    for (const [name, value] of Object.entries(outcome.headers ?? {})) res.setHeader(name, value);
    res.status(outcome.status).json(outcome.body);
  }

  const handle = (fn: (req: Request) => Promise<Outcome>) => (req: Request, res: Response, next: (e: unknown) => void) => {
    fn(req).then(
      (outcome) => reply(res, outcome),
      (e: unknown) => {
        if (!isSlugMoved(e)) logger.error({ err: e, path: req.path }, 'consent endpoint failed');
        next(e);
      },
    );
  };

  // Preflight: answered for allowed origins only; the browser then refuses the real call by itself.
  router.options(['/p/:slug/consents', '/p/:slug/consents/notice'], handle((req) =>
    forTenant(req, async (_scope, allowed): Promise<Outcome> => ({
      status: 204,
      body: null,
      corsOrigin: allowed,
      headers: allowed
        ? { 'Access-Control-Allow-Methods': 'GET, POST', 'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Sec-GPC', 'Access-Control-Max-Age': '600' }
        : undefined,
    })),
  ));

  router.get('/p/:slug/consents/notice', handle((req) =>
    forTenant(req, async (scope, allowed) => {
      const notice = await service.notice(scope, publicUrl);
      if (!notice) return { ...error(404, 'NOT_PUBLISHED', 'this organisation has not published a privacy policy yet'), corsOrigin: allowed };
      return { status: 200, body: notice, corsOrigin: allowed };
    }),
  ));

  router.post(
    '/p/:slug/consents',
    express.json({ limit: '32kb', type: ['application/json', 'text/plain'] }),
    handle(async (req) => {
      if (!req.is(['application/json', 'text/plain']) || typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
        return error(415, 'UNSUPPORTED_MEDIA_TYPE', 'send a JSON object (Content-Type: application/json)');
      }
      const body = req.body as Record<string, unknown>;
      const headerKey = req.headers['idempotency-key'];
      const input = { ...body, idempotencyKey: body.idempotencyKey ?? (typeof headerKey === 'string' ? headerKey : undefined) };
      return forTenant(req, async (scope, allowed) => {
        const result = await service.record(
          scope,
          input,
          { recorder: { kind: 'PUBLIC', id: null }, gpcHeader: req.headers['sec-gpc'] === '1', ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null },
          publicUrl,
        );
        if (result instanceof ValidationFailed) {
          const status = result.problems.some((p) => p.path === 'idempotencyKey' && p.code === 'DUPLICATE') ? 409 : 422;
          return { ...error(status, status === 409 ? 'IDEMPOTENCY_KEY_REUSED' : 'VALIDATION_FAILED', result.message, { problems: result.problems }), corsOrigin: allowed };
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
