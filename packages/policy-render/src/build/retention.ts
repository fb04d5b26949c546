import {
  legalBasesOf,
  isSessionCookie,
  nonEssentialCookiesOnlyWithConsent,
  purposesOfCookie,
  type GeneralRetentionRule,
  type RetentionRule,
} from '@noticeboard/domain';
import { p, t, withClauses, type BuildContext, type SnapshotCookie } from './context.js';
import { section, text, type Block, type Section } from '../tree.js';

/** A retention rule in words: "12 months from the end of the relationship", or the criteria, or both. */
export function retentionText(
  ctx: BuildContext,
  rule: GeneralRetentionRule & Partial<Pick<RetentionRule, 'general'>>,
): string {
  const criteria = rule.criteria?.trim() || null;
  // A purpose that follows the company-wide rule points to it (stated once, above the table); its criteria add to it.
  if (rule.general && !rule.period) {
    const general = t(ctx, 'retention.followsGeneral');
    return criteria ? t(ctx, 'retention.periodAndCriteria', { period: general, criteria }) : general;
  }
  if (!rule.period) return criteria ?? t(ctx, 'common.none');
  const amount = t(ctx, `retentionUnit.${rule.period.unit}`, { amount: rule.period.amount });
  const period = t(ctx, 'retention.periodFrom', {
    period: amount,
    trigger: t(ctx, `retentionTrigger.${rule.period.trigger}`),
  });
  return criteria ? t(ctx, 'retention.periodAndCriteria', { period, criteria }) : period;
}

export function retentionSection(ctx: BuildContext): Section | null {
  const { purposes } = ctx.snapshot;
  const children: Block[] = [];
  // Absent from snapshots published before the general rule existed.
  const general = ctx.snapshot.settings.generalRetention ?? null;
  if (purposes.length) {
    children.push(p(ctx, 'retention.intro'));
    if (general) children.push(p(ctx, 'retention.general', { rule: retentionText(ctx, general) }));
    children.push({
      kind: 'table',
      caption: [text(t(ctx, 'retention.tableCaption'))],
      header: [[text(t(ctx, 'table.purpose'))], [text(t(ctx, 'table.retention'))]],
      rows: purposes.map((x) => [[text(x.name)], [text(retentionText(ctx, x.retention))]]),
    });
  }
  return withClauses(ctx, section('retention', t(ctx, 'section.retention'), children), ['RETENTION']);
}

/** The name cell: a cookie's name, or a group's label said to be a group. */
function cookieName(ctx: BuildContext, c: SnapshotCookie): string {
  return c.describesGroup ? t(ctx, 'cookies.group', { name: c.name }) : c.name;
}

/** The duration cell: a group's duration is the typical one ("typically up to 2 years"). */
function cookieDuration(ctx: BuildContext, c: SnapshotCookie): string {
  if (isSessionCookie(c) || !c.durationUnit) return t(ctx, 'cookies.session');
  const duration = t(ctx, `cookieUnit.${c.durationUnit}`, { amount: c.durationAmount! });
  return c.describesGroup ? t(ctx, 'cookies.typicalDuration', { duration }) : duration;
}

/** The purposes a cookie serves, each with the legal basis it relies on: what the cookie relies on, per cookie. */
function cookiePurposes(ctx: BuildContext, c: SnapshotCookie): string {
  const served = purposesOfCookie(c, ctx.snapshot.purposes);
  if (!served.length) return t(ctx, 'common.none');
  return ctx.i18n.list(
    served.map((x) =>
      t(ctx, 'cookies.purposeWithBasis', {
        purpose: x.name,
        basis: ctx.i18n.list(legalBasesOf(x).map((b) => t(ctx, `legalBasis.${b}`))),
      }),
    ),
  );
}

export function cookiesSection(ctx: BuildContext): Section | null {
  const { cookies, purposes } = ctx.snapshot;
  const children: Block[] = [];
  if (cookies.length) {
    children.push(p(ctx, 'cookies.intro'));
    children.push({
      kind: 'table',
      caption: [text(t(ctx, 'cookies.tableCaption'))],
      header: (
        [
          'table.name',
          'table.provider',
          'table.kind',
          'table.duration',
          'table.cookieFunction',
          'table.cookiePurposes',
        ] as const
      ).map((k) => [text(t(ctx, k))]),
      rows: cookies.map((c) => [
        [text(cookieName(ctx, c))],
        [text(c.provider)],
        [text(t(ctx, `cookieKind.${c.kind}`))],
        [text(cookieDuration(ctx, c))],
        [text(c.purpose)],
        [text(cookiePurposes(ctx, c))],
      ]),
    });
    // Only what the links show: every cookie that is not strictly necessary serves consent-based purposes alone.
    // Otherwise the table says per cookie what it relies on, and no general sentence is made.
    if (nonEssentialCookiesOnlyWithConsent(cookies, purposes)) children.push(p(ctx, 'cookies.onlyWithConsent'));
  }
  return withClauses(ctx, section('cookies', t(ctx, 'section.cookies'), children), ['COOKIES']);
}
