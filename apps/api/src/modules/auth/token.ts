import { createHash, randomBytes } from 'node:crypto';

/** Bearer tokens: a kind prefix and 256 random bits. Only their SHA-256 is stored. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

export const SESSION_PREFIX = 'nbs_';
export const API_KEY_PREFIX = 'nbk_';

/** API key tokens carry their tenant, so the key is looked up with that tenant in scope (RLS applies). */
export function apiKeyToken(tenantId: string, secret: string): string {
  return `${API_KEY_PREFIX}${tenantId.replace(/-/g, '')}_${secret}`;
}

export function parseApiKeyToken(token: string): { tenantId: string; secret: string } | null {
  const m = /^nbk_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const hex = m[1]!;
  const tenantId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { tenantId, secret: m[2]! };
}
