import {
  categoriesForAudience,
  isArticle9Category,
  isCriminalOffenceData,
  LEGAL_BASIS_REFERENCE,
  SPECIAL_CATEGORY_CONDITION_REFERENCE,
  grantsRight,
  objectionApplies,
  purposesForAudience,
  reliesOnConsent,
} from '@noticeboard/domain';
import {
  anchorHref,
  definitions,
  em,
  link,
  list,
  paragraph,
  section,
  text,
  textBlocks,
  type Block,
  type DefinitionItem,
  type Section,
} from '../tree.js';
import {
  inOrder,
  names,
  p,
  t,
  withClauses,
  withReference,
  type BuildContext,
  type SnapshotCategory,
  type SnapshotPurpose,
} from './context.js';
import { CATALOGS } from '../i18n/translator.js';

/**
 * "The personal data we process": one subsection per audience saying what is collected, where it comes from,
 * why and on which legal basis. Purposes that name no audience are grouped under "Other processing".
 */
export function dataSection(ctx: BuildContext): Section | null {
  const { snapshot } = ctx;
  const children: Block[] = [];
  if (snapshot.audiences.length) {
    // "Please read the part that applies to you" only when there is more than one part to choose from.
    if (snapshot.audiences.length > 1) children.push(p(ctx, 'data.intro'));
    for (const audience of snapshot.audiences) {
      const id = ctx.audienceAnchors.get(audience.id)!;
      const purposes = purposesForAudience(snapshot, audience.id);
      // An audience without purposes is a completeness error; the draft shows it without claiming anything.
      const body = purposes.length ? processingSubsections(ctx, purposes, id, audience.id) : [];
      children.push(section(id, audience.name, [...textBlocks(audience.description), ...body]));
    }
    const unassigned = snapshot.purposes.filter((x) => x.audienceIds.length === 0);
    if (unassigned.length) {
      children.push(
        section('data-other', t(ctx, 'data.otherProcessing'), processingSubsections(ctx, unassigned, 'data-other')),
      );
    }
  } else if (snapshot.purposes.length) {
    children.push(...processingSubsections(ctx, snapshot.purposes, 'data'));
  }
  children.push(...generalDataStatements(ctx));
  return withClauses(ctx, section('data', t(ctx, 'section.data'), children), ['DATA_COLLECTED', 'SOURCES', 'PURPOSES']);
}

/** What the tenant said about data people give unasked or about others; nothing when it said nothing. */
function generalDataStatements(ctx: BuildContext): Block[] {
  // Absent from snapshots published before these settings existed.
  const { volunteeredSpecialCategoryData = null, dataAboutOthers = null } = ctx.snapshot.settings;
  const out: Block[] = [];
  if (volunteeredSpecialCategoryData) {
    const consent = withReference(ctx, t(ctx, 'specialCondition.EXPLICIT_CONSENT'), 'Art. 9(2)(a)');
    out.push(p(ctx, `volunteered.${volunteeredSpecialCategoryData}`, { consent }));
  }
  if (dataAboutOthers) out.push(p(ctx, 'data.aboutOthers', { details: dataAboutOthers }));
  return out;
}

/**
 * What is collected, from where and why, for one audience (only the categories each purpose takes from it) or for
 * purposes that name none.
 */
function processingSubsections(
  ctx: BuildContext,
  purposes: readonly SnapshotPurpose[],
  prefix: string,
  audienceId: string | null = null,
): Section[] {
  const categoryIdsOf = (x: SnapshotPurpose) => (audienceId ? categoriesForAudience(x, audienceId) : x.dataCategoryIds);
  const categories = inOrder(ctx.snapshot.dataCategories, purposes.flatMap(categoryIdsOf));
  const out: Section[] = [];
  if (categories.length) {
    out.push(
      section(`${prefix}-collected`, t(ctx, 'data.collected'), [
        definitions(categories.map((c) => categoryItem(ctx, c))),
      ]),
    );
    out.push(section(`${prefix}-sources`, t(ctx, 'data.sources'), [list(categories.map((c) => [sourceLine(ctx, c)]))]));
  }
  out.push(
    section(`${prefix}-purposes`, t(ctx, 'data.purposes'), [
      definitions(purposes.map((x) => purposeItem(ctx, x, categoryIdsOf(x)))),
    ]),
  );
  return out;
}

function categoryItem(ctx: BuildContext, c: SnapshotCategory): DefinitionItem {
  const term = [text(c.name)];
  // Criminal-offence data is no Art. 9 special category (Art. 10 governs it), so it is not called one.
  if (isCriminalOffenceData(c.specialCategory)) term.push(text(' — '), em(text(t(ctx, 'data.criminalOffenceData'))));
  else if (c.specialCategory) {
    term.push(
      text(' — '),
      em(text(t(ctx, 'data.specialCategory', { category: t(ctx, `specialCategory.${c.specialCategory}`) }))),
    );
  }
  const details: Block[] = [...textBlocks(c.description)];
  // Art. 13(2)(e): said only as answered; an unanswered requirement is a completeness problem, never "voluntary".
  if (c.requirement) details.push(p(ctx, `requirement.${c.requirement}`));
  if (c.consequenceOfNotProviding)
    details.push(p(ctx, 'data.consequence', { consequence: c.consequenceOfNotProviding }));
  return { term, details };
}

function sourceLine(ctx: BuildContext, c: SnapshotCategory): Block {
  const sources = ctx.i18n.list(c.sources.map((s) => t(ctx, `source.${s}`)));
  // Details in brackets after a list of sources would read as describing only the last one: a sentence of their
  // own then says they describe the whole list.
  const details = c.sources.length > 1 ? 'data.sourceListDetails' : 'data.sourceDetails';
  const described = c.sourceDetails ? t(ctx, details, { sources, details: c.sourceDetails }) : sources;
  return p(ctx, 'data.sourceLine', { category: c.name, sources: described });
}

/** "Our legitimate interest" in every language written (the stored text may be in another than the policy's). */
const INTEREST_LEADS = Object.values(CATALOGS).map((c) => c['purpose.legitimateInterestLead'].toLowerCase());

/** The legitimate interest under its label, unless the text already introduces itself with the label's words. */
function legitimateInterest(ctx: BuildContext, interest: string): Block {
  const start = interest.trimStart().toLowerCase();
  return INTEREST_LEADS.some((lead) => start.startsWith(lead))
    ? paragraph(interest)
    : p(ctx, 'purpose.legitimateInterest', { interest });
}

function purposeItem(ctx: BuildContext, x: SnapshotPurpose, categoryIds: readonly string[]): DefinitionItem {
  const details: Block[] = [...textBlocks(x.description)];
  // Each basis with what it covers, when several share the processing (absent from older snapshots: one basis).
  const bases = [{ ...x, scope: x.legalBasisScope ?? null }, ...(x.additionalBases ?? [])];
  for (const b of bases) {
    const basis = withReference(ctx, t(ctx, `legalBasis.${b.legalBasis}`), LEGAL_BASIS_REFERENCE[b.legalBasis]);
    details.push(
      b.scope ? p(ctx, 'purpose.legalBasisFor', { basis, scope: b.scope }) : p(ctx, 'purpose.legalBasis', { basis }),
    );
    if (b.legitimateInterest) details.push(legitimateInterest(ctx, b.legitimateInterest));
    if (b.legalObligation) details.push(p(ctx, 'purpose.legalObligation', { obligation: b.legalObligation }));
  }
  const categories = inOrder(ctx.snapshot.dataCategories, categoryIds);
  // The condition covers the Art. 9 categories only; one left on a purpose with criminal-offence data alone (saved
  // before Art. 10 was modelled) says nothing.
  const special = categories.filter((c) => isArticle9Category(c.specialCategory));
  if (x.specialCategoryCondition && special.length) {
    const condition = withReference(
      ctx,
      t(ctx, `specialCondition.${x.specialCategoryCondition}`),
      SPECIAL_CATEGORY_CONDITION_REFERENCE[x.specialCategoryCondition],
    );
    details.push(p(ctx, 'purpose.specialCondition', { categories: names(ctx, special), condition }));
  }
  // Versions published before Art. 10 was modelled have no authority, and a law not yet named is a completeness
  // problem: either way nothing is said.
  const criminal = categories.filter((c) => isCriminalOffenceData(c.specialCategory));
  const authorised = x.criminalOffenceAuthority === 'AUTHORISED_BY_LAW' ? !!x.criminalOffenceLaw : true;
  if (x.criminalOffenceAuthority && criminal.length && authorised) {
    const authority = withReference(
      ctx,
      t(ctx, `criminalOffenceAuthority.${x.criminalOffenceAuthority}`, { law: x.criminalOffenceLaw ?? '' }),
      'Art. 10',
    );
    details.push(p(ctx, 'purpose.criminalOffence', { categories: names(ctx, criminal), authority }));
  }
  if (categories.length) details.push(p(ctx, 'purpose.dataUsed', { categories: names(ctx, categories) }));
  const recipients = inOrder(ctx.snapshot.recipients, x.recipientIds);
  if (recipients.length) details.push(p(ctx, 'purpose.recipients', { recipients: names(ctx, recipients) }));
  if (reliesOnConsent(x)) details.push(p(ctx, 'purpose.withdraw'));
  if (x.directMarketing) {
    const target = objectionSectionShown(ctx) ? 'rights-object' : 'rights';
    details.push(p(ctx, 'purpose.directMarketing', { rights: link(anchorHref(target), t(ctx, 'section.rights')) }));
  }
  if (x.saleOrSharing && ctx.jurisdictions.includes('CCPA_CPRA')) details.push(p(ctx, 'purpose.saleOrSharing'));
  if (x.automatedDecisionLogic) {
    details.push(
      p(ctx, 'purpose.automated', { section: link(anchorHref('automated-decisions'), t(ctx, 'section.automated')) }),
    );
  }
  return { term: [text(x.name)], details: details.length ? details : [paragraph(t(ctx, 'common.none'))] };
}

/** Whether the rights section has its "right to object" subsection (see rights.ts). */
export function objectionSectionShown(ctx: BuildContext): boolean {
  return ctx.jurisdictions.some((j) => grantsRight(j, 'OBJECTION')) && ctx.snapshot.purposes.some(objectionApplies);
}
