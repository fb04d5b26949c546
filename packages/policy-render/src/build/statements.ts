import { definitions, list, paragraph, section, text, textBlocks, type Block, type Section } from '../tree.js';
import { emailLink, p, t, webLink, withClauses, type BuildContext } from './context.js';

export function securitySection(ctx: BuildContext): Section | null {
  const measures = ctx.snapshot.settings.securityMeasures;
  // No measures named, no sentence: a generic promise would state what the data does not say.
  const children: Block[] = measures.length
    ? [p(ctx, 'security.intro'), list(measures.map((m) => [paragraph(t(ctx, `measure.${m}`))]))]
    : [];
  return withClauses(ctx, section('security', t(ctx, 'section.security'), children), ['SECURITY']);
}

export function childrenSection(ctx: BuildContext): Section | null {
  const age = ctx.snapshot.settings.childrenMinimumAge;
  const children: Block[] = age !== null ? [p(ctx, 'children.body', { age, email: emailLink(ctx.rightsEmail) })] : [];
  return withClauses(ctx, section('children', t(ctx, 'section.children'), children), ['CHILDREN']);
}

/**
 * The logic of each automated decision, or the statement that there are none when the tenant answered so; an
 * unanswered question says nothing (the completeness check asks for the answer).
 */
export function automatedDecisionsSection(ctx: BuildContext): Section | null {
  const automated = ctx.snapshot.purposes.filter((x) => x.automatedDecisionLogic);
  // Snapshots published before the answer existed do not have it.
  const none = (ctx.snapshot.settings.automatedDecisionMaking ?? null) === false;
  const children: Block[] = automated.length
    ? [
        p(ctx, 'automated.intro'),
        definitions(automated.map((x) => ({ term: [text(x.name)], details: textBlocks(x.automatedDecisionLogic) }))),
        p(ctx, 'automated.safeguards'),
      ]
    : none
      ? [p(ctx, 'automated.none')]
      : [];
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
    ...textBlocks(snapshot.settings.changeNotice),
  ];
  if (options.publicUrl) children.push(p(ctx, 'changes.publicUrl', { link: webLink(options.publicUrl) }));
  // The controller's own copy (absent from snapshots published before the field existed).
  const policyUrl = snapshot.settings.policyUrl ?? null;
  if (policyUrl && policyUrl !== options.publicUrl)
    children.push(p(ctx, 'changes.policyUrl', { link: webLink(policyUrl) }));
  return withClauses(ctx, section('changes', t(ctx, 'section.changes'), children), ['CHANGES']);
}
