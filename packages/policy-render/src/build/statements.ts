import { definitions, list, paragraph, section, text, textBlocks, type Block, type Section } from '../tree.js';
import { emailLink, p, t, webLink, withClauses, type BuildContext } from './context.js';

export function securitySection(ctx: BuildContext): Section | null {
  const measures = ctx.snapshot.settings.securityMeasures;
  const children: Block[] = measures.length
    ? [p(ctx, 'security.intro'), list(measures.map((m) => [paragraph(t(ctx, `measure.${m}`))]))]
    : [p(ctx, 'security.default')];
  return withClauses(ctx, section('security', t(ctx, 'section.security'), children), ['SECURITY']);
}

export function childrenSection(ctx: BuildContext): Section | null {
  const age = ctx.snapshot.settings.childrenMinimumAge;
  const children: Block[] = age !== null ? [p(ctx, 'children.body', { age, email: emailLink(ctx.rightsEmail) })] : [];
  return withClauses(ctx, section('children', t(ctx, 'section.children'), children), ['CHILDREN']);
}

/** Always present: either the logic of each automated decision, or the statement that there are none. */
export function automatedDecisionsSection(ctx: BuildContext): Section | null {
  const automated = ctx.snapshot.purposes.filter((x) => x.automatedDecisionLogic);
  const children: Block[] = automated.length
    ? [
        p(ctx, 'automated.intro'),
        definitions(automated.map((x) => ({ term: [text(x.name)], details: textBlocks(x.automatedDecisionLogic) }))),
        p(ctx, 'automated.safeguards'),
      ]
    : [p(ctx, 'automated.none')];
  return withClauses(ctx, section('automated-decisions', t(ctx, 'section.automated'), children), [
    'AUTOMATED_DECISIONS',
  ]);
}

export function changesSection(ctx: BuildContext): Section | null {
  const { options, snapshot } = ctx;
  const children: Block[] = [
    options.version === null
      ? p(ctx, 'changes.draft')
      : p(ctx, 'changes.version', { version: String(options.version), date: ctx.i18n.date(options.effectiveDate) }),
    ...(snapshot.settings.changeNotice ? textBlocks(snapshot.settings.changeNotice) : [p(ctx, 'changes.default')]),
  ];
  if (options.publicUrl) children.push(p(ctx, 'changes.publicUrl', { link: webLink(options.publicUrl) }));
  // The controller's own copy (absent from snapshots published before the field existed).
  const policyUrl = snapshot.settings.policyUrl ?? null;
  if (policyUrl && policyUrl !== options.publicUrl)
    children.push(p(ctx, 'changes.policyUrl', { link: webLink(policyUrl) }));
  return withClauses(ctx, section('changes', t(ctx, 'section.changes'), children), ['CHANGES']);
}
