import type { PolicySnapshot } from '@noticeboard/domain';
import { displayName } from '@noticeboard/domain';
import type { RenderOptions } from '../index.js';
import { text, type Inline, type PolicyDocument, type Section } from '../tree.js';
import { buildContext, t, type BuildContext } from './context.js';
import { contactSection, controllerSection, introductionSection } from './controller.js';
import { dataSection } from './data.js';
import { recipientsSection, transfersSection } from './recipients.js';
import { cookiesSection, retentionSection } from './retention.js';
import { brazilSection, californiaSection, canadaSection } from './regional.js';
import { rightsSection } from './rights.js';
import { automatedDecisionsSection, changesSection, childrenSection, securitySection } from './statements.js';

/** The sections in reading order (POLICY_SECTIONS order; the data section covers collection, sources, purposes). */
const SECTIONS: ReadonlyArray<(ctx: BuildContext) => Section | null> = [
  introductionSection,
  controllerSection,
  dataSection,
  recipientsSection,
  transfersSection,
  retentionSection,
  cookiesSection,
  rightsSection,
  californiaSection,
  brazilSection,
  canadaSection,
  securitySection,
  childrenSection,
  automatedDecisionsSection,
  changesSection,
  contactSection,
];

/** The document tree of a policy: built once, then serialised to HTML and to text. */
export function buildDocument(snapshot: PolicySnapshot, options: RenderOptions): PolicyDocument {
  const ctx = buildContext(snapshot, options);
  const meta: Inline[] = [
    ...ctx.i18n.rich('doc.effective', { date: ctx.i18n.date(options.effectiveDate) }),
    text(' · '),
  ];
  meta.push(
    options.version === null
      ? text(t(ctx, 'doc.draft'))
      : text(t(ctx, 'doc.version', { version: String(options.version) })),
  );
  return {
    language: options.language,
    title: t(ctx, 'doc.title', { name: displayName(snapshot.controller) }),
    meta,
    contents: { title: t(ctx, 'doc.contents'), label: t(ctx, 'doc.contentsLabel') },
    sections: SECTIONS.map((build) => build(ctx)).filter((s): s is Section => s !== null),
  };
}
