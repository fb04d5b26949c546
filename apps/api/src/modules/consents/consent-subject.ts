import { createHash, createHmac, randomBytes } from 'node:crypto';
import { normalizeSubjectId } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';

/**
 * The subject of a consent is stored as HMAC-SHA256 of the normalised identifier with a key per tenant, so the
 * same person cannot be linked across tenants and the identifier itself is never stored.
 */

/**
 * The tenant's key for hashing subject identifiers, made on first use. `create: false` answers null instead
 * of making one (a lookup before any consent was recorded has nothing to find).
 */
export async function subjectKey(ctx: RequestContext, create: boolean): Promise<Buffer | null> {
  const read = async () =>
    (
      (await ctx.em.query('SELECT subject_key FROM consent_settings WHERE tenant_id = $1', [ctx.tenantId])) as {
        subject_key: Buffer;
      }[]
    )[0]?.subject_key ?? null;
  const key = await read();
  if (key || !create) return key;
  await ctx.em.query(
    'INSERT INTO consent_settings (tenant_id, subject_key) VALUES ($1, $2) ON CONFLICT (tenant_id) DO NOTHING',
    [ctx.tenantId, randomBytes(32)],
  );
  return read();
}

/** The stored form of a subject identifier under the tenant's key. */
export function hashSubject(key: Buffer, subjectId: string): string {
  return createHmac('sha256', key).update(normalizeSubjectId(subjectId), 'utf8').digest('hex');
}

/** The hash to look a subject up by; without a key nothing was ever recorded, and any hash will find nothing. */
export async function subjectHashFor(ctx: RequestContext, subjectId: string): Promise<string> {
  const key = await subjectKey(ctx, false);
  return key ? hashSubject(key, subjectId) : createHash('sha256').update(`no-key:${subjectId}`, 'utf8').digest('hex');
}
