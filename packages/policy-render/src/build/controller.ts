import { JURISDICTION_INFO, displayName } from '@noticeboard/domain';
import {
  anchorHref,
  definitions,
  link,
  list,
  paragraph,
  section,
  strong,
  text,
  type Block,
  type DefinitionItem,
  type Inline,
  type Section,
} from '../tree.js';
import {
  emailLink,
  formatAddress,
  labelled,
  p,
  phoneLink,
  t,
  webLink,
  withClauses,
  type BuildContext,
} from './context.js';

export function introductionSection(ctx: BuildContext): Section | null {
  const { snapshot } = ctx;
  const children: Block[] = [p(ctx, 'intro.body', { controller: strong(text(displayName(snapshot.controller))) })];
  if (snapshot.audiences.length) {
    const audiences = snapshot.audiences.map((a) => [link(anchorHref(ctx.audienceAnchors.get(a.id)!), a.name)]);
    children.push(p(ctx, 'intro.audiences', { audiences: ctx.i18n.listOf(audiences) }));
  }
  return withClauses(ctx, section('introduction', t(ctx, 'section.introduction'), children), ['INTRODUCTION']);
}

/** Email, phone and website as definition items (the ones that are set). */
function contactItems(
  ctx: BuildContext,
  c: { email?: string | null; phone?: string | null; website?: string | null; address?: Inline[] | null },
): DefinitionItem[] {
  const items: DefinitionItem[] = [];
  const item = (
    key: 'field.email' | 'field.phone' | 'field.website' | 'field.address' | 'contact.postal',
    value: Inline[],
  ) => items.push({ term: [text(t(ctx, key))], details: [paragraph(value)] });
  if (c.address) item('field.address', c.address);
  if (c.email) item('field.email', [emailLink(c.email)]);
  if (c.phone) item('field.phone', [phoneLink(c.phone)]);
  if (c.website) item('field.website', [webLink(c.website)]);
  return items;
}

export function controllerSection(ctx: BuildContext): Section | null {
  const c = ctx.snapshot.controller;
  const children: Block[] = [
    c.tradingName
      ? p(ctx, 'controller.identityTrading', { legalName: strong(text(c.legalName)), tradingName: c.tradingName })
      : p(ctx, 'controller.identity', { legalName: strong(text(c.legalName)) }),
  ];
  const registered = c.offices.find((o) => o.registered) ?? null;
  const details: DefinitionItem[] = [];
  if (c.registrationNumber)
    details.push({ term: [text(t(ctx, 'controller.registrationNumber'))], details: [paragraph(c.registrationNumber)] });
  if (registered)
    details.push({
      term: [text(t(ctx, 'controller.registeredOffice'))],
      details: [paragraph(formatAddress(ctx, registered.address))],
    });
  details.push(...contactItems(ctx, { email: c.contactEmail, phone: c.contactPhone, website: c.website }));
  children.push(definitions(details));

  const others = c.offices.filter((o) => o !== registered);
  if (others.length) {
    children.push(
      section('controller-offices', t(ctx, 'controller.offices'), [
        list(others.map((o) => [labelled(ctx, o.label, formatAddress(ctx, o.address))])),
      ]),
    );
  }
  if (c.groupEntities.length) {
    children.push(
      section('controller-group', t(ctx, 'controller.group'), [
        p(ctx, 'controller.groupIntro'),
        definitions(
          c.groupEntities.map((g) => ({
            term: [text(g.legalName)],
            details: [
              ...(g.role ? [paragraph(g.role)] : []),
              paragraph(g.address ? formatAddress(ctx, g.address) : ctx.i18n.country(g.country)),
              ...(g.registrationNumber
                ? [labelled(ctx, t(ctx, 'controller.registrationNumber'), g.registrationNumber)]
                : []),
            ],
          })),
        ),
      ]),
    );
  }
  if (c.dpo) {
    const dpo = c.dpo;
    const items: DefinitionItem[] = [
      ...(dpo.name ? [{ term: [text(t(ctx, 'field.name'))], details: [paragraph(dpo.name)] }] : []),
      ...contactItems(ctx, {
        email: dpo.email,
        phone: dpo.phone,
        address: dpo.address ? [text(formatAddress(ctx, dpo.address))] : null,
      }),
    ];
    children.push(
      section('controller-dpo', t(ctx, 'controller.dpo'), [p(ctx, 'controller.dpoIntro'), definitions(items)]),
    );
  }
  if (c.representatives.length) {
    children.push(
      section('controller-representatives', t(ctx, 'controller.representatives'), [
        p(ctx, 'controller.representativesIntro'),
        definitions(
          c.representatives.map((r) => ({
            term: [text(t(ctx, `representative.${r.region}`))],
            details: [
              paragraph(r.name),
              paragraph(formatAddress(ctx, r.address)),
              ...(r.email ? [paragraph([emailLink(r.email)])] : []),
            ],
          })),
        ),
      ]),
    );
  }
  children.push(
    section('controller-laws', t(ctx, 'controller.laws'), [
      p(ctx, 'controller.lawsIntro'),
      list(ctx.jurisdictions.map((j) => [paragraph(JURISDICTION_INFO[j].law)])),
    ]),
  );
  return withClauses(ctx, section('controller', t(ctx, 'section.controller'), children), ['CONTROLLER']);
}

export function contactSection(ctx: BuildContext): Section | null {
  const c = ctx.snapshot.controller;
  const postal = c.offices.find((o) => o.registered) ?? c.offices[0];
  const items = contactItems(ctx, { email: c.contactEmail, phone: c.contactPhone, website: c.website });
  if (postal) {
    items.push({
      term: [text(t(ctx, 'contact.postal'))],
      details: [paragraph(`${c.legalName}, ${formatAddress(ctx, postal.address)}`)],
    });
  }
  const children: Block[] = [p(ctx, 'contact.intro'), definitions(items)];
  const dpo = c.dpo;
  const dpoContact = dpo?.email
    ? emailLink(dpo.email)
    : dpo?.phone
      ? phoneLink(dpo.phone)
      : dpo?.address
        ? text(formatAddress(ctx, dpo.address))
        : null;
  if (dpoContact) children.push(p(ctx, 'contact.dpo', { contact: dpoContact }));
  return withClauses(ctx, section('contact', t(ctx, 'section.contact'), children), ['CONTACT']);
}
