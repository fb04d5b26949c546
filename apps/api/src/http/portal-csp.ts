import type { Response } from 'express';

/**
 * The Content-Security-Policy of the portal's page (`apps/portal/dist/index.html`). The Vite build loads its
 * scripts, chunks and styles from /assets on this origin and makes no inline script; Apollo calls /graphql here
 * too. Inline styles are allowed because the policy preview and the outbox show HTML in `srcdoc` frames, which
 * inherit this policy, and that HTML carries its own `<style>` (scripts stay refused there as well). No other site
 * may frame the portal (`frame-ancestors 'none'`, and X-Frame-Options for browsers without CSP 2).
 */
export const PORTAL_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sets the portal page's security headers on `res`. */
export function setPortalPageHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', PORTAL_CONTENT_SECURITY_POLICY);
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
}
