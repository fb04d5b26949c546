import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { RequestContext } from '../../context/request-context.js';
import type { DataSubjectRequestEntity } from './request.entity.js';
import { codeByReference, countFailedCode, idByTokenHash, loadRequest } from './request.store.js';

/**
 * The requester's confirmation that a request is theirs (not an identity check: it proves control of the email
 * address only): an emailed link (a 256-bit token) and a six-digit code, stored only as SHA-256 (the code salted
 * with the request id), valid for a week; a few wrong codes void it.
 */

const VERIFICATION_VALID_DAYS = 7;
const MAX_CODE_ATTEMPTS = 5;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
const codeHash = (id: string, code: string) => sha256(`${id}:${code}`);

export type VerificationRefusal = 'INVALID' | 'EXPIRED' | 'LOCKED';

/** What the requester's link or code did: confirmed the request (now or before), or why not. */
export type VerificationResult =
  { verified: DataSubjectRequestEntity; already: boolean } | { refused: VerificationRefusal };

/** A new link and code for request `id`, and the columns that keep their hashes (the old ones stop working). */
export function newVerification(id: string) {
  const token = randomBytes(32).toString('base64url');
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  return {
    token,
    code,
    columns: {
      verificationTokenHash: sha256(token),
      verificationCodeHash: codeHash(id, code),
      verificationExpiresAt: new Date(Date.now() + VERIFICATION_VALID_DAYS * 86_400_000),
      verificationAttempts: 0,
    },
  };
}

/** The request a link's token belongs to, or a refusal. */
export async function requestOfToken(
  ctx: RequestContext,
  token: string,
): Promise<{ id: string } | { refused: VerificationRefusal }> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { refused: 'INVALID' };
  const id = await idByTokenHash(ctx, sha256(token));
  return id ? { id } : { refused: 'INVALID' };
}

/** The request a typed code confirms, one already confirmed, or a refusal (a wrong code counts a try). */
export async function requestOfCode(
  ctx: RequestContext,
  reference: string,
  code: string,
): Promise<{ id: string } | VerificationResult> {
  // No reference holds a NUL, and PostgreSQL refuses one even as a parameter: not a match, not a server error.
  if (reference.includes('\u0000')) return { refused: 'INVALID' };
  const match = await codeByReference(ctx, reference.trim().toUpperCase());
  if (!match) return { refused: 'INVALID' };
  const current = await loadRequest(ctx, match.id);
  if (current.emailConfirmedAt) return { verified: current, already: true };
  if (!match.codeHash || match.attempts >= MAX_CODE_ATTEMPTS) return { refused: 'LOCKED' };
  if (!sameHash(match.codeHash, codeHash(match.id, code.trim()))) {
    await countFailedCode(ctx, match.id);
    return { refused: match.attempts + 1 >= MAX_CODE_ATTEMPTS ? 'LOCKED' : 'INVALID' };
  }
  return { id: match.id };
}

/** Whether the request waits for its requester to confirm it is theirs (nobody went ahead without it). */
export const confirmationPending = (
  r: Pick<DataSubjectRequestEntity, 'state' | 'verificationMethod' | 'emailConfirmedAt'>,
): boolean => r.state === 'RECEIVED' && r.verificationMethod === null && !r.emailConfirmedAt;

/** Whether a request may still be confirmed by its requester: why not, or null. */
export function confirmationRefused(current: DataSubjectRequestEntity): VerificationRefusal | null {
  if (!confirmationPending(current)) return 'INVALID';
  if (current.verificationExpiresAt && current.verificationExpiresAt.getTime() < Date.now()) return 'EXPIRED';
  return null;
}
