import { createHash, randomBytes } from 'node:crypto';

/** Bearer tokens and emailed links: a kind prefix and 256 random bits. Only their SHA-256 is stored. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

export const SESSION_PREFIX = 'nbs_';
export const API_KEY_PREFIX = 'nbk_';
/** An invitation into an agency (global table). */
export const AGENCY_INVITATION_PREFIX = 'nbi_';
/** An invitation into a tenant: it carries the tenant, which must be in scope to read it (RLS). */
export const TENANT_INVITATION_PREFIX = 'nbt_';
export const PASSWORD_RESET_PREFIX = 'nbr_';
/** The password was right; a second factor is due. */
export const SIGN_IN_CHALLENGE_PREFIX = 'nbc_';

/** A token that names its tenant, so it is looked up with that tenant in scope (RLS applies to the lookup too). */
export function tenantToken(prefix: string, tenantId: string, secret: string): string {
  return `${prefix}${tenantId.replace(/-/g, '')}_${secret}`;
}

export function parseTenantToken(prefix: string, token: string): { tenantId: string; secret: string } | null {
  if (!token.startsWith(prefix)) return null;
  const m = /^([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/.exec(token.slice(prefix.length));
  if (!m) return null;
  const hex = m[1]!;
  const tenantId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { tenantId, secret: m[2]! };
}

/** The secret of a token without a tenant (`prefix` + 43 characters), or null when it is not one. */
export function parseToken(prefix: string, token: string): string | null {
  return token.startsWith(prefix) && /^[A-Za-z0-9_-]{43}$/.test(token.slice(prefix.length)) ? token : null;
}

export const apiKeyToken = (tenantId: string, secret: string) => tenantToken(API_KEY_PREFIX, tenantId, secret);
export const parseApiKeyToken = (token: string) => parseTenantToken(API_KEY_PREFIX, token);
