import { ccpaDisclosures, type DataSource } from '@noticeboard/domain';
import { lawTitle } from './citation.js';
import {
  WEB_SCHEMES,
  anchorHref,
  definitions,
  link,
  paragraph,
  safeHref,
  section,
  text,
  type Block,
  type DefinitionItem,
  type Inline,
  type Section,
} from '../tree.js';
import { emailLink, inOrder, names, p, phoneLink, t, type BuildContext } from './context.js';

/** A link to a page the tenant gave, with a fixed label; null for an address that is not http(s). */
function pageLink(url: string | null | undefined, label: string): Inline | null {
  const href = url ? safeHref(url, WEB_SCHEMES) : null;
  return href ? link(href, label) : null;
}

/** A link to the rights section, named by its heading. */
const rightsLink = (ctx: BuildContext): Inline => link(anchorHref('rights'), t(ctx, 'section.rights'));

/**
 * CCPA privacy policy (Civ. Code § 1798.130(a)(5), 11 CCR § 7011(e)): the categories with their sources, purposes
 * and recipients, sale or sharing, minors, opt-out signals and links, sensitive information, request methods,
 * verification, authorised agents, financial incentives, non-discrimination and the date of the last update.
 * Statements of absence come only from the tenant's explicit answers (null: not answered, nothing said).
 */
export function californiaSection(ctx: BuildContext): Section | null {
  if (!ctx.jurisdictions.includes('CCPA_CPRA')) return null;
  const { snapshot } = ctx;
  // Snapshots published before a field existed lack it: read as unanswered.
  const settings = snapshot.settings;
  const children: Block[] = [p(ctx, 'ca.intro', { law: lawTitle(ctx.i18n, 'CCPA_CPRA') })];

  const sold = snapshot.purposes.filter((x) => x.saleOrSharing);
  const sells = settings.sellsOrSharesPersonalInformation ?? null;
  const selling = sold.length > 0 || sells === true;

  const disclosures = ccpaDisclosures(snapshot);
  if (disclosures.length) {
    const none = t(ctx, 'common.none');
    const named = (items: ReadonlyArray<{ name: string }>): Inline[] => [text(items.length ? names(ctx, items) : none)];
    const sources = (s: readonly DataSource[]): Inline[] => [text(ctx.i18n.list(s.map((x) => t(ctx, `source.${x}`))))];
    const recipientsOf = (ids: readonly string[]) => inOrder(snapshot.recipients, ids);
    // The sale column only where a purpose sells or shares: without one, a dash in it would state an absence.
    const saleColumn = sold.length > 0;
    children.push(p(ctx, 'ca.categoriesIntro'));
    children.push({
      kind: 'table',
      caption: [text(t(ctx, 'ca.tableCaption'))],
      header: [
        [text(t(ctx, 'table.category'))],
        [text(t(ctx, 'table.includes'))],
        [text(t(ctx, 'ca.columnSources'))],
        [text(t(ctx, 'ca.columnPurposes'))],
        [text(t(ctx, 'ca.columnDisclosedTo'))],
        ...(saleColumn ? [[text(t(ctx, 'ca.columnSoldOrSharedTo'))]] : []),
      ],
      rows: disclosures.map((d) => [
        [text(t(ctx, `ccpa.${d.category}`))],
        named(inOrder(snapshot.dataCategories, d.dataCategoryIds)),
        sources(d.sources),
        named(inOrder(snapshot.purposes, d.purposeIds)),
        named(recipientsOf(d.disclosedToRecipientIds)),
        ...(saleColumn ? [named(recipientsOf(d.soldOrSharedToRecipientIds))] : []),
      ]),
    });
  }

  if (sold.length) children.push(p(ctx, 'ca.sells', { purposes: names(ctx, sold) }));
  else if (sells) children.push(p(ctx, 'ca.sellsGeneral'));
  else if (sells === false) {
    children.push(p(ctx, 'ca.doesNotSell'));
    const pastYear = settings.soldOrSharedInPreceding12Months ?? null;
    if (pastYear !== null) children.push(p(ctx, pastYear ? 'ca.soldPastYear' : 'ca.notSoldPastYear'));
  }
  if (selling) {
    const minors = settings.sellsOrSharesPersonalInformationOfMinors ?? null;
    if (minors !== null) children.push(p(ctx, minors ? 'ca.minorsAuthorised' : 'ca.minorsNoKnowledge'));
    children.push(p(ctx, 'ca.optOut', { email: emailLink(ctx.rightsEmail) }));
    const optOut = pageLink(settings.doNotSellOrShareUrl, t(ctx, 'ca.optOutLinkText'));
    if (optOut) children.push(p(ctx, 'ca.optOutLink', { link: optOut }));
    if (settings.processesOptOutPreferenceSignals) children.push(p(ctx, 'ca.signals'));
  }

  if (snapshot.dataCategories.some((c) => c.ccpaCategory === 'SENSITIVE_PERSONAL_INFORMATION' || c.specialCategory)) {
    const permittedOnly = settings.sensitivePersonalInformationOnlyForPermittedUses ?? null;
    if (permittedOnly) children.push(p(ctx, 'ca.sensitive'));
    else if (permittedOnly === false) {
      children.push(p(ctx, 'ca.limit', { email: emailLink(ctx.rightsEmail) }));
      const limit = pageLink(settings.limitSensitiveUseUrl, t(ctx, 'ca.limitLinkText'));
      if (limit) children.push(p(ctx, 'ca.limitLink', { link: limit }));
    }
  }

  // How to make requests: the email in the rights section, a toll-free number, verification, agents.
  if (settings.tollFreeNumber) children.push(p(ctx, 'ca.tollFree', { phone: phoneLink(settings.tollFreeNumber) }));
  if (settings.verificationProcess) children.push(p(ctx, 'ca.verification', { process: settings.verificationProcess }));
  if (settings.authorisedAgentProof) children.push(p(ctx, `agentProof.${settings.authorisedAgentProof}`));

  const incentives = settings.offersFinancialIncentives ?? null;
  if (incentives === false) children.push(p(ctx, 'ca.noIncentives'));
  else if (incentives) {
    const notice = pageLink(settings.financialIncentiveNoticeUrl, t(ctx, 'ca.incentivesLinkText'));
    if (notice) children.push(p(ctx, 'ca.incentives', { link: notice }));
  }
  children.push(p(ctx, 'ca.nonDiscrimination'));
  // § 1798.130(a)(5): the date of the last update is the version's effective date.
  children.push(p(ctx, 'ca.lastUpdated', { date: ctx.i18n.date(ctx.options.effectiveDate) }));
  return section('california', t(ctx, 'section.california'), children);
}

/**
 * LGPD notice: Art. 9 § 3 (data whose provision is a condition for a product or service, highlighted, with how to
 * exercise the Art. 18 rights) and Art. 14 (children's and adolescents' data). Null when there is nothing to say.
 */
export function brazilSection(ctx: BuildContext): Section | null {
  if (!ctx.jurisdictions.includes('LGPD')) return null;
  const { snapshot } = ctx;
  const settings = snapshot.settings;
  const blocks: Block[] = [];
  const used = new Set(snapshot.purposes.flatMap((x) => x.dataCategoryIds));
  const conditions = snapshot.dataCategories.filter(
    (c) => used.has(c.id) && (c.requirement === 'CONTRACTUAL' || c.requirement === 'PRE_CONTRACTUAL'),
  );
  if (conditions.length) {
    blocks.push(
      p(
        ctx,
        'br.condition',
        { categories: names(ctx, conditions), rights: rightsLink(ctx), email: emailLink(ctx.rightsEmail) },
        true,
      ),
    );
  }
  const children = settings.processesChildrensData ?? null;
  if (children === false) blocks.push(p(ctx, 'br.noChildren'));
  else if (children) {
    if (settings.childrensDataTypes) blocks.push(p(ctx, 'br.children', { types: settings.childrensDataTypes }));
    if (settings.parentalConsentProcess)
      blocks.push(p(ctx, 'br.parentalConsent', { process: settings.parentalConsentProcess }));
    blocks.push(p(ctx, 'br.childrenRights', { rights: rightsLink(ctx) }));
  }
  if (!blocks.length) return null;
  return section('brazil', t(ctx, 'section.brazil'), [p(ctx, 'br.intro'), ...blocks]);
}

/** PIPEDA Principle 4.1 and 4.8.2(a): the individual accountable for compliance, by name and/or title, and a contact. */
export function canadaSection(ctx: BuildContext): Section | null {
  if (!ctx.jurisdictions.includes('PIPEDA')) return null;
  const settings = ctx.snapshot.settings;
  const name = settings.accountablePersonName ?? null;
  const title = settings.accountablePersonTitle ?? null;
  if (!name && !title) return null;
  const items: DefinitionItem[] = [];
  const add = (term: string, value: Inline) => items.push({ term: [text(term)], details: [paragraph([value])] });
  if (name) add(t(ctx, 'field.name'), text(name));
  if (title) add(t(ctx, 'pipeda.title'), text(title));
  add(t(ctx, 'field.email'), emailLink(settings.accountablePersonEmail ?? ctx.snapshot.controller.contactEmail));
  return section('canada', t(ctx, 'section.canada'), [p(ctx, 'pipeda.accountable'), definitions(items)]);
}
