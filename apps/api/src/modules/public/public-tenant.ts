import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { inTransaction, type RequestTransaction } from '../../db/request-transaction.js';

const SLUG = /^[a-z0-9-]{1,63}$/;

/**
 * Runs `fn` for the tenant named by the URL's `:slug`, in its own transaction as the application role with only
 * that tenant in scope (the audit log records the system acting, with the request id). Resolves to `missing`
 * when there is no such tenant, so each public endpoint answers its own kind of 404.
 */
export function inPublicTenant<T, M>(
  dataSource: DataSource,
  req: Request,
  missing: M,
  fn: (tx: RequestTransaction, tenantId: string, slug: string) => Promise<T>,
): Promise<T | M> {
  const slug = String(req.params.slug ?? '').toLowerCase();
  return inTransaction(dataSource, {}, async (tx) => {
    const requestId = String((req as { id?: unknown }).id ?? randomUUID());
    const tenantId = SLUG.test(slug) ? await tx.enterTenantBySlug(slug, { kind: 'SYSTEM', id: null, requestId }) : null;
    if (!tenantId) return missing;
    return fn(tx, tenantId, slug);
  });
}
