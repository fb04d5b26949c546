import {
  CCPA_CATEGORIES,
  JURISDICTION_INFO,
  cookieNeedsConsent,
  PORTABILITY_ON_CONSENT_OR_CONTRACT,
  portabilityApplies,
  reliesOnConsent,
  rightsAvailable,
  type RightGrant,
} from '@noticeboard/domain';
import {
  WEB_SCHEMES,
  definitions,
  link,
  paragraph,
  safeHref,
  section,
  strong,
  text,
  type Block,
  type DefinitionItem,
  type Section,
} from '../tree.js';
import {
  emailLink,
  formatAddress,
  names,
  p,
  phoneLink,
  t,
  webLink,
  withClauses,
  type BuildContext,
} from './context.js';
import { objectionSectionShown } from './data.js';

/** The online request page, when there is one: the product's form first, else the tenant's own page. */
function requestsUrl(ctx: BuildContext): string | null {
  const candidates = [ctx.options.requestsUrl, ctx.snapshot.settings.rightsContactUrl];
  return candidates.find((u): u is string => !!u && safeHref(u, WEB_SCHEMES) !== null) ?? null;
}

/** Which of the policy's purposes the portability right covers, from their legal bases (Art. 20(1)(a)). */
function portabilityScope(ctx: BuildContext, grants: readonly RightGrant[]): Block[] {
  const limited = grants.filter((g) => PORTABILITY_ON_CONSENT_OR_CONTRACT.includes(g.jurisdiction));
  if (!limited.length) return [];
  // The provisions are named only when another regime grants the right without the condition (the CCPA).
  const values = {
    regimes: limited.length === grants.length ? 'all' : 'some',
    reference: ctx.i18n.list(limited.map((g) => g.reference)),
  };
  const covered = ctx.snapshot.purposes.filter(portabilityApplies);
  return [
    covered.length
      ? p(ctx, 'rights.portabilityScope', { ...values, purposes: names(ctx, covered) })
      : p(ctx, 'rights.portabilityNone', values),
  ];
}

export function rightsSection(ctx: BuildContext): Section | null {
  const { snapshot } = ctx;
  const available = rightsAvailable(ctx.jurisdictions).filter((a) => a.right !== 'WITHDRAW_CONSENT' || ctx.consentUsed);
  const children: Block[] = [];
  if (available.length) {
    children.push(p(ctx, 'rights.intro'));
    children.push(
      definitions(
        available.map((a) => ({
          term: [text(t(ctx, `right.${a.right}`))],
          details: [
            p(ctx, `rightInfo.${a.right}`),
            ...(a.right === 'PORTABILITY' ? portabilityScope(ctx, a.grants) : []),
            p(ctx, 'rights.grantedBy', { references: ctx.i18n.list(a.grants.map((g) => g.reference)) }),
          ],
        })),
      ),
    );
  }

  if (ctx.consentUsed) {
    const consentPurposes = snapshot.purposes.filter(reliesOnConsent).map((x) => x.name);
    if (snapshot.cookies.some(cookieNeedsConsent)) consentPurposes.push(t(ctx, 'rights.consentCookies'));
    children.push(
      section('rights-withdraw', t(ctx, 'rights.withdrawHeading'), [
        p(ctx, 'rights.withdraw', { purposes: ctx.i18n.list(consentPurposes), email: emailLink(ctx.rightsEmail) }),
      ]),
    );
  }

  if (objectionSectionShown(ctx)) {
    const blocks: Block[] = [];
    if (snapshot.purposes.some((x) => x.legalBasis === 'LEGITIMATE_INTERESTS' || x.legalBasis === 'PUBLIC_TASK')) {
      blocks.push(p(ctx, 'rights.object', {}, true));
    }
    if (snapshot.purposes.some((x) => x.directMarketing)) blocks.push(p(ctx, 'rights.objectMarketing', {}, true));
    if (blocks.length) children.push(section('rights-object', t(ctx, 'rights.objectHeading'), blocks));
  }

  const exercise: Block[] = [p(ctx, 'rights.exerciseEmail', { email: emailLink(ctx.rightsEmail) })];
  const url = requestsUrl(ctx);
  if (url) exercise.push(p(ctx, 'rights.exerciseUrl', { link: webLink(url, t(ctx, 'rights.formLink')) }));
  // Snapshots published before the field existed do not have it.
  const channel = snapshot.settings.rightsContactChannel ?? null;
  if (channel) exercise.push(p(ctx, 'rights.exerciseChannel', { channel }));
  exercise.push(p(ctx, 'rights.verify'));
  // Whether requests cost nothing is the tenant's answer (absent from snapshots published before it existed).
  const free = snapshot.settings.rightsRequestsFreeOfCharge ?? null;
  if (free !== null) exercise.push(p(ctx, free ? 'rights.free' : 'rights.fee'));
  children.push(section('rights-exercise', t(ctx, 'rights.exerciseHeading'), exercise));

  const authority = snapshot.controller.supervisoryAuthority;
  if (available.some((a) => a.right === 'COMPLAIN') || authority) {
    const blocks: Block[] = [p(ctx, 'rights.complaint')];
    if (authority) {
      blocks.push(p(ctx, 'rights.authority', { authority: strong(text(authority.name)) }));
      const items: DefinitionItem[] = [];
      const add = (key: 'field.website' | 'field.email' | 'field.phone' | 'field.address', value: Block) =>
        items.push({ term: [text(t(ctx, key))], details: [value] });
      if (authority.website) add('field.website', paragraph([webLink(authority.website)]));
      if (authority.email) add('field.email', paragraph([emailLink(authority.email)]));
      if (authority.phone) add('field.phone', paragraph([phoneLink(authority.phone)]));
      // An address only when there is one: the country alone is not a postal address.
      if (authority.address) add('field.address', paragraph(formatAddress(ctx, authority.address)));
      if (items.length) blocks.push(definitions(items));
    }
    children.push(section('rights-complaint', t(ctx, 'rights.complaintHeading'), blocks));
  }
  return withClauses(ctx, section('rights', t(ctx, 'section.rights'), children), ['RIGHTS']);
}

/** CCPA notice at collection: categories, sale or sharing, opt-out, sensitive information, non-discrimination. */
export function californiaSection(ctx: BuildContext): Section | null {
  if (!ctx.jurisdictions.includes('CCPA_CPRA')) return null;
  const { snapshot } = ctx;
  const children: Block[] = [p(ctx, 'ca.intro', { law: JURISDICTION_INFO.CCPA_CPRA.law })];
  const rows = CCPA_CATEGORIES.flatMap((category) => {
    const members = snapshot.dataCategories.filter((c) => c.ccpaCategory === category);
    return members.length ? [[[text(t(ctx, `ccpa.${category}`))], [text(names(ctx, members))]]] : [];
  });
  if (rows.length) {
    children.push(p(ctx, 'ca.categoriesIntro'));
    children.push({
      kind: 'table',
      caption: [text(t(ctx, 'ca.tableCaption'))],
      header: [[text(t(ctx, 'table.category'))], [text(t(ctx, 'table.includes'))]],
      rows,
    });
  }
  // Statements of absence come only from the tenant's explicit answers (null: not answered, nothing said).
  const { settings } = snapshot;
  const sold = snapshot.purposes.filter((x) => x.saleOrSharing);
  const sells = settings.sellsOrSharesPersonalInformation ?? null;
  if (sold.length) children.push(p(ctx, 'ca.sells', { purposes: names(ctx, sold) }));
  else if (sells) children.push(p(ctx, 'ca.sellsGeneral'));
  else if (sells === false) {
    children.push(p(ctx, 'ca.doesNotSell'));
    const pastYear = settings.soldOrSharedInPreceding12Months ?? null;
    if (pastYear !== null) children.push(p(ctx, pastYear ? 'ca.soldPastYear' : 'ca.notSoldPastYear'));
  }
  children.push(p(ctx, 'ca.optOut', { email: emailLink(ctx.rightsEmail) }));
  const url = requestsUrl(ctx);
  if (url) {
    const href = safeHref(url, WEB_SCHEMES)!;
    children.push(p(ctx, 'ca.optOutLink', { link: link(href, t(ctx, 'ca.optOutLinkText')) }));
  }
  if (snapshot.dataCategories.some((c) => c.ccpaCategory === 'SENSITIVE_PERSONAL_INFORMATION' || c.specialCategory)) {
    const permittedOnly = settings.sensitivePersonalInformationOnlyForPermittedUses ?? null;
    if (permittedOnly) children.push(p(ctx, 'ca.sensitive'));
    else if (permittedOnly === false) children.push(p(ctx, 'ca.limit', { email: emailLink(ctx.rightsEmail) }));
  }
  children.push(p(ctx, 'ca.nonDiscrimination'));
  return section('california', t(ctx, 'section.california'), children);
}
