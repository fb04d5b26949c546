import { createHash } from 'node:crypto';

/** A strong ETag from the exact bytes: equal bytes, equal tag, on every replica. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 32)}"`;
}

/** SHA-256 of a value's canonical JSON (snapshots are built in a deterministic order). */
export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value), 'utf8').digest('hex');
}

/** Whether an If-None-Match header matches the tag (a list, `*`, or weak forms of it). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
