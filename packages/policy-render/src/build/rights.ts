import {
  legalBasesOf,
  JURISDICTIONS,
  nonEssentialCookiesOnlyWithConsent,
  supervisoryAuthoritiesOf,
  type CompetentAuthority,
  PORTABILITY_ON_CONSENT_OR_CONTRACT,
  portabilityApplies,
  reliesOnConsent,
  rightsAvailable,
  type RightGrant,
} from '@noticeboard/domain';
import {
  WEB_SCHEMES,
  definitions,
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
  labelled,
  names,
  p,
  phoneLink,
  t,
  webLink,
  withClauses,
  type BuildContext,
} from './context.js';
import { formatCitation } from './citation.js';
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
    reference: ctx.i18n.list(limited.map((g) => formatCitation(ctx.i18n, g.reference))),
  };
  const covered = ctx.snapshot.purposes.filter(portabilityApplies);
  return [
    covered.length
      ? p(ctx, 'rights.portabilityScope', { ...values, purposes: names(ctx, covered) })
      : p(ctx, 'rights.portabilityNone', values),
  ];
}

/** An authority's website, email, phone and address, the ones that are set. */
function authorityContact(ctx: BuildContext, authority: CompetentAuthority): DefinitionItem[] {
  const items: DefinitionItem[] = [];
  const add = (key: 'field.website' | 'field.email' | 'field.phone' | 'field.address', value: Block) =>
    items.push({ term: [text(t(ctx, key))], details: [value] });
  if (authority.website) add('field.website', paragraph([webLink(authority.website)]));
  if (authority.email) add('field.email', paragraph([emailLink(authority.email)]));
  if (authority.phone) add('field.phone', paragraph([phoneLink(authority.phone)]));
  // An address only when there is one: the country alone is not a postal address.
  if (authority.address) add('field.address', paragraph(formatAddress(ctx, authority.address)));
  return items;
}

/** What one of several authorities is competent for: its regimes and the establishment it is responsible for. */
function authorityScope(ctx: BuildContext, authority: CompetentAuthority): Block[] {
  const regimes = JURISDICTIONS.filter((j) => authority.jurisdictions.includes(j)).map((j) => t(ctx, `regime.${j}`));
  return [
    ...(regimes.length ? [labelled(ctx, t(ctx, 'rights.authorityRegimes'), ctx.i18n.list(regimes))] : []),
    ...(authority.establishment
      ? [labelled(ctx, t(ctx, 'rights.authorityEstablishment'), authority.establishment)]
      : []),
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
            p(ctx, 'rights.grantedBy', {
              references: ctx.i18n.list(a.grants.map((g) => formatCitation(ctx.i18n, g.reference))),
            }),
          ],
        })),
      ),
    );
  }

  if (ctx.consentUsed) {
    const consentPurposes = snapshot.purposes.filter(reliesOnConsent).map((x) => x.name);
    // Cookies that serve these purposes are withdrawn with them; "cookies that are not strictly necessary" as a whole
    // only when the data shows every one of them is set on consent alone.
    if (nonEssentialCookiesOnlyWithConsent(snapshot.cookies, snapshot.purposes))
      consentPurposes.push(t(ctx, 'rights.consentCookies'));
    const withdraw: Block[] = [
      p(ctx, 'rights.withdraw', { purposes: ctx.i18n.list(consentPurposes), email: emailLink(ctx.rightsEmail) }),
    ];
    // As easy to withdraw as to give (GDPR Art. 7(3)): the page that withdraws every consent in one step.
    const withdrawalUrl = ctx.options.consentWithdrawalUrl;
    if (withdrawalUrl && safeHref(withdrawalUrl, WEB_SCHEMES) !== null)
      withdraw.push(p(ctx, 'rights.withdrawOnline', { link: webLink(withdrawalUrl, t(ctx, 'rights.withdrawLink')) }));
    children.push(section('rights-withdraw', t(ctx, 'rights.withdrawHeading'), withdraw));
  }

  if (objectionSectionShown(ctx)) {
    const blocks: Block[] = [];
    const objectable = (b: string) => b === 'LEGITIMATE_INTERESTS' || b === 'PUBLIC_TASK';
    if (snapshot.purposes.some((x) => legalBasesOf(x).some(objectable))) {
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

  const authorities = supervisoryAuthoritiesOf(snapshot.controller);
  if (available.some((a) => a.right === 'COMPLAIN') || authorities.length) {
    const blocks: Block[] = [p(ctx, 'rights.complaint')];
    const only = authorities.length === 1 ? authorities[0] : undefined;
    // One authority named for the whole policy reads as one sentence (so do versions published before the list).
    // One authority for every regime of the policy, and no establishment, needs no qualification.
    const forAll = only && ctx.jurisdictions.every((j) => !only.jurisdictions.length || only.jurisdictions.includes(j));
    if (only && forAll && !only.establishment) {
      blocks.push(p(ctx, 'rights.authority', { authority: strong(text(only.name)) }));
      const items = authorityContact(ctx, only);
      if (items.length) blocks.push(definitions(items));
    } else if (authorities.length) {
      blocks.push(p(ctx, 'rights.authorities', { count: authorities.length }));
      blocks.push(
        definitions(
          authorities.map((a) => {
            const contact = authorityContact(ctx, a);
            return {
              term: [strong(text(a.name))],
              details: [...authorityScope(ctx, a), ...(contact.length ? [definitions(contact)] : [])],
            };
          }),
        ),
      );
    }
    children.push(section('rights-complaint', t(ctx, 'rights.complaintHeading'), blocks));
  }
  return withClauses(ctx, section('rights', t(ctx, 'section.rights'), children), ['RIGHTS']);
}
