import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, Request } from 'express';
import type { DataSource } from 'typeorm';
import { auditActor, RequestContext, type ContextConfig, type OutsideActor } from '../../context/request-context.js';
import { inTransaction } from '../../db/request-transaction.js';
import type { Logger } from '../../logger.js';
import { movedSlug } from '../tenants/tenant-slug.store.js';

const SLUG = /^[a-z0-9-]{1,63}$/;

/**
 * Thrown by `inPublicTenant` for an address a tenant gave up: `redirectMovedSlug` answers it with a permanent
 * redirect to the tenant's current one, whichever public endpoint was asked.
 */
export class SlugMoved extends Error {
  constructor(readonly to: string) {
    super(`this organisation's address is now /p/${to}`);
    this.name = 'SlugMoved';
  }
}

/** What the public endpoints work with: the database, and what their contexts carry. */
export interface PublicSite {
  dataSource: DataSource;
  logger: Logger;
  config: ContextConfig;
}

/**
 * Runs `fn` for the tenant named by the URL's `:slug`, in its own transaction as the application role with only
 * that tenant in scope, with the context of `actor` (the public, or a requester; the audit log records the system
 * acting, with the request id). Resolves to `missing` when there is no such tenant, so each public endpoint
 * answers its own kind of 404; rejects with `SlugMoved` when the slug is one a tenant gave up (looked up only
 * then: a live slug costs no statement more).
 */
export function inPublicTenant<T, M>(
  site: PublicSite,
  req: Request,
  actor: Extract<OutsideActor, { kind: 'public' | 'requester' }>,
  missing: M,
  fn: (ctx: RequestContext, slug: string) => Promise<T>,
): Promise<T | M> {
  const slug = String(req.params.slug ?? '').toLowerCase();
  return inTransaction(site.dataSource, {}, async (tx) => {
    if (!SLUG.test(slug)) return missing;
    const requestId = String((req as { id?: unknown }).id ?? randomUUID());
    const tenantId = await tx.enterTenantBySlug(slug, auditActor(actor, requestId));
    if (tenantId)
      return fn(RequestContext.create({ tx, actor, logger: site.logger, config: site.config, requestId }), slug);
    const movedTo = await movedSlug(tx.manager, slug);
    if (movedTo) throw new SlugMoved(movedTo);
    return missing;
  });
}

/** Whether a public endpoint's failure is only a moved address (not worth an error in the log). */
export const isSlugMoved = (error: unknown): error is SlugMoved => error instanceof SlugMoved;

/**
 * Answers every public endpoint asked at a tenant's old address: the same path and query at the current slug,
 * `301` for GET and HEAD, `308` for the rest (a POST is repeated, with its body, at the new address). A browser
 * follows a redirect of a cross-origin call only when the redirect allows the origin, and never redirects a
 * preflight: both are allowed here, as the redirect carries nothing; the endpoint it leads to checks the origin.
 */
export const redirectMovedSlug: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (!(error instanceof SlugMoved) || res.headersSent) return next(error);
  const origin = req.headers.origin;
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Vary', 'Origin');
  if (origin) res.setHeader('Access-Control-Allow-Origin', origin);
  if (req.method === 'OPTIONS') {
    const headers = req.headers['access-control-request-headers'];
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
    if (typeof headers === 'string') res.setHeader('Access-Control-Allow-Headers', headers);
    res.status(204).end();
    return;
  }
  const rest = /^\/p\/[^/?#]*(.*)$/s.exec(req.originalUrl)?.[1] ?? '';
  res.redirect(req.method === 'GET' || req.method === 'HEAD' ? 301 : 308, `/p/${error.to}${rest}`);
};
