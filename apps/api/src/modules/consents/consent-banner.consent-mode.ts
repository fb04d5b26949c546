import type { CookieKind } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';

/**
 * Google Consent Mode v2's signals the banner sets (`gtag('consent', 'default' | 'update', …)`). Each is granted
 * only when every purpose the notice maps to it is granted (consent-banner.script.ts): a tag that reads
 * `analytics_storage` cannot tell which purpose it serves, so one refused purpose keeps the signal denied.
 */
export const CONSENT_MODE_SIGNALS = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage'] as const;
export type ConsentModeSignal = (typeof CONSENT_MODE_SIGNALS)[number];

const AD_SIGNALS: readonly ConsentModeSignal[] = ['ad_storage', 'ad_user_data', 'ad_personalization'];

/**
 * The signals a purpose's consent stands for, from what the policy says of it:
 * - a cookie of kind ANALYTICS that serves it: `analytics_storage`;
 * - a cookie of kind MARKETING that serves it: all three ad signals (storing ad identifiers, sending the person's
 *   data to the ad platform, personalising ads are what marketing cookies are set for);
 * - selling or sharing personal information (CCPA "sharing" is cross-context behavioural advertising): sending the
 *   data to the ad platform and personalising ads, `ad_user_data` and `ad_personalization`.
 * Strictly necessary and functional cookies map to no signal: Consent Mode v2 asks consent for none of them.
 * Listed in CONSENT_MODE_SIGNALS' order, each once.
 */
export function consentModeSignals(purpose: {
  saleOrSharing: boolean;
  cookieKinds: Iterable<CookieKind>;
}): ConsentModeSignal[] {
  const signals = new Set<ConsentModeSignal>();
  for (const kind of purpose.cookieKinds) {
    if (kind === 'ANALYTICS') signals.add('analytics_storage');
    if (kind === 'MARKETING') AD_SIGNALS.forEach((s) => signals.add(s));
  }
  if (purpose.saleOrSharing) {
    signals.add('ad_user_data');
    signals.add('ad_personalization');
  }
  return CONSENT_MODE_SIGNALS.filter((s) => signals.has(s));
}

/** The kinds of the cookies that serve each purpose, by purpose id (a cookie without purposes serves none). */
export function cookieKindsByPurpose(
  cookies: readonly { kind: CookieKind; purposeIds?: readonly string[] | null }[],
): Map<string, Set<CookieKind>> {
  const byPurpose = new Map<string, Set<CookieKind>>();
  for (const cookie of cookies) {
    // Snapshots published before cookies were linked to purposes have no list.
    for (const id of cookie.purposeIds ?? []) {
      const kinds = byPurpose.get(id) ?? new Set<CookieKind>();
      kinds.add(cookie.kind);
      byPurpose.set(id, kinds);
    }
  }
  return byPurpose;
}

/** The tenant's current cookies with the purposes they serve: for an imported live version, which has no snapshot. */
export async function currentCookiePurposes(
  ctx: RequestContext,
): Promise<{ kind: CookieKind; purposeIds: string[] }[]> {
  const rows: { kind: CookieKind; purpose_ids: string[] }[] = await ctx.em.query(
    `SELECT c.kind, ARRAY(SELECT l.purpose_id::text FROM cookie_purposes l
                           WHERE l.tenant_id = c.tenant_id AND l.cookie_id = c.id) AS purpose_ids
       FROM cookies c WHERE c.tenant_id = $1`,
    [ctx.tenantId],
  );
  return rows.map((r) => ({ kind: r.kind, purposeIds: r.purpose_ids }));
}
