import { isSessionCookie, type RetentionRule } from '@noticeboard/domain';
import { p, t, withClauses, type BuildContext } from './context.js';
import { section, text, type Block, type Section } from '../tree.js';

/** A retention rule in words: "12 months from the end of the relationship", or the criteria, or both. */
export function retentionText(ctx: BuildContext, rule: RetentionRule): string {
  const criteria = rule.criteria?.trim() || null;
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
  if (purposes.length) {
    children.push(p(ctx, 'retention.intro'));
    children.push({
      kind: 'table',
      caption: [text(t(ctx, 'retention.tableCaption'))],
      header: [[text(t(ctx, 'table.purpose'))], [text(t(ctx, 'table.retention'))]],
      rows: purposes.map((x) => [[text(x.name)], [text(retentionText(ctx, x.retention))]]),
    });
  }
  return withClauses(ctx, section('retention', t(ctx, 'section.retention'), children), ['RETENTION']);
}

export function cookiesSection(ctx: BuildContext): Section | null {
  const { cookies } = ctx.snapshot;
  const children: Block[] = [];
  if (cookies.length) {
    children.push(p(ctx, 'cookies.intro'));
    children.push({
      kind: 'table',
      caption: [text(t(ctx, 'cookies.tableCaption'))],
      header: (['table.name', 'table.provider', 'table.kind', 'table.duration', 'table.purpose'] as const).map((k) => [
        text(t(ctx, k)),
      ]),
      rows: cookies.map((c) => [
        [text(c.name)],
        [text(c.provider)],
        [text(t(ctx, `cookieKind.${c.kind}`))],
        [
          text(
            isSessionCookie(c) || !c.durationUnit
              ? t(ctx, 'cookies.session')
              : t(ctx, `cookieUnit.${c.durationUnit}`, { amount: c.durationAmount! }),
          ),
        ],
        [text(c.purpose)],
      ]),
    });
    // No general "only with your consent" sentence: cookies are not linked to the purposes whose legal basis they
    // follow, so the data cannot show that every non-essential cookie waits for consent.
  }
  return withClauses(ctx, section('cookies', t(ctx, 'section.cookies'), children), ['COOKIES']);
}
