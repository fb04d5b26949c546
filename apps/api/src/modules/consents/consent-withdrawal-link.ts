import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { normalizeSubjectId, type Language } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { subjectKey } from './consent-subject.js';

/**
 * The links to the public withdrawal page (`/p/<slug>/consents/withdraw?token=…`). A token names one consent
 * subject by the identifier the website records consents with, and when it stops working. It is sealed with
 * AES-256-GCM under a key derived from the tenant's subject key: nobody without that key can make one, change one
 * or read the identifier out of one (an email address in a URL would end up in logs). The key never leaves the
 * server, so a website's backend asks for links through the API (`createConsentWithdrawalLink`) rather than
 * making them itself.
 */

/** How long a link works. */
export const WITHDRAWAL_LINK_DAYS = 30;
const DAY_MS = 86_400_000;

const FORMAT_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** A subject id (256 characters, up to 4 bytes each) sealed with its expiry, in base64url: well under this. */
const MAX_TOKEN_CHARS = 1_500;
const TOKEN = /^[A-Za-z0-9_-]+$/;

/** The public withdrawal page of a tenant; `language` asks for the page in that language. */
export function consentWithdrawalPageUrl(publicUrl: string, slug: string, language?: Language): string {
  const page = `${publicUrl}/p/${encodeURIComponent(slug)}/consents/withdraw`;
  return language ? `${page}?lang=${language}` : page;
}

/** The page with a token: what a person opens to see and withdraw their consents. */
export function withdrawalLinkUrl(publicUrl: string, slug: string, token: string, language?: Language): string {
  return `${consentWithdrawalPageUrl(publicUrl, slug)}?token=${token}${language ? `&lang=${language}` : ''}`;
}

/** The sealing key: one purpose of the tenant's subject key, so a token is worth nothing to any other use of it. */
const sealingKey = (subjectKeyBytes: Buffer) =>
  createHmac('sha256', subjectKeyBytes).update('noticeboard consent-withdrawal link v1', 'utf8').digest();

/** The tenant is part of what is authenticated: a token sealed for one tenant opens for no other. */
const associatedData = (tenantId: string) => Buffer.from(`${FORMAT_VERSION}:${tenantId}`, 'utf8');

export interface WithdrawalLink {
  token: string;
  expiresAt: Date;
}

/** The token itself: `subjectId` sealed under the tenant's subject key, to stop working at `expiresAt` (whole seconds). */
export function sealToken(subjectKeyBytes: Buffer, tenantId: string, subjectId: string, expiresAt: Date): string {
  const expiry = Buffer.alloc(4);
  expiry.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000));
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(subjectKeyBytes), iv).setAAD(associatedData(tenantId));
  const sealed = Buffer.concat([
    cipher.update(Buffer.concat([expiry, Buffer.from(normalizeSubjectId(subjectId), 'utf8')])),
    cipher.final(),
  ]);
  return Buffer.concat([Buffer.from([FORMAT_VERSION]), iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/**
 * A token for `subjectId`, working until `WITHDRAWAL_LINK_DAYS` from `now` (to the second). Null when the tenant
 * has no subject key yet: nobody has any consent recorded there.
 */
export async function sealWithdrawalToken(
  ctx: RequestContext,
  subjectId: string,
  now: Date = new Date(),
): Promise<WithdrawalLink | null> {
  const key = await subjectKey(ctx, false);
  if (!key) return null;
  const expiresAt = new Date(Math.floor((now.getTime() + WITHDRAWAL_LINK_DAYS * DAY_MS) / 1000) * 1000);
  return { token: sealToken(key, ctx.tenantId, subjectId, expiresAt), expiresAt };
}

export type OpenedWithdrawalToken =
  | { status: 'VALID'; subjectId: string; expiresAt: Date }
  /** Made by this tenant, but past its time. */
  | { status: 'EXPIRED'; expiresAt: Date }
  /** Not a token of this tenant: cut short, changed, made up, or made for another tenant. */
  | { status: 'INVALID' };

/** What a token says, once it is proven to be one this tenant made; its expiry is checked against `now`. */
export async function openWithdrawalToken(
  ctx: RequestContext,
  token: string,
  now: Date = new Date(),
): Promise<OpenedWithdrawalToken> {
  const invalid = { status: 'INVALID' } as const;
  if (token.length > MAX_TOKEN_CHARS || !TOKEN.test(token)) return invalid;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length < 1 + IV_BYTES + 4 + 1 + TAG_BYTES || bytes[0] !== FORMAT_VERSION) return invalid;
  const key = await subjectKey(ctx, false);
  if (!key) return invalid;
  const iv = bytes.subarray(1, 1 + IV_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(key), iv, { authTagLength: TAG_BYTES })
      .setAAD(associatedData(ctx.tenantId))
      .setAuthTag(tag);
    plain = Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    // The tag did not match: the token was not sealed with this tenant's key, or was altered.
    return invalid;
  }
  const expiresAt = new Date(plain.readUInt32BE(0) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { status: 'EXPIRED', expiresAt };
  return { status: 'VALID', subjectId: plain.subarray(4).toString('utf8'), expiresAt };
}
