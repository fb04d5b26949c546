import { displayName, type ControllerCertification } from '@noticeboard/domain';
import { lawTitle } from './citation.js';
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
  withReference,
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
  const processor = processorRoleSection(ctx);
  if (processor) children.push(processor);
  const certification = certificationSection(ctx);
  if (certification) children.push(certification);
  children.push(
    section('controller-laws', t(ctx, 'controller.laws'), [
      p(ctx, 'controller.lawsIntro'),
      list(ctx.jurisdictions.map((j) => [paragraph(lawTitle(ctx.i18n, j))])),
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
  // A promise the tenant made; absent from snapshots published before the setting existed.
  const response = ctx.snapshot.settings.enquiryResponseTime ?? null;
  if (response) {
    const time = t(ctx, `responseUnit.${response.unit}`, { amount: response.amount });
    children.push(p(ctx, 'contact.enquiryResponse', { time }));
  }
  return withClauses(ctx, section('contact', t(ctx, 'section.contact'), children), ['CONTACT']);
}

/**
 * The tenant as its customers' processor, only from the answer yes (versions published before the question have
 * none): the customer is the controller, its own policy applies, and where requests go.
 */
function processorRoleSection(ctx: BuildContext): Section | null {
  const role = ctx.snapshot.controller.processorRole;
  if (role?.actsAsProcessor !== true) return null;
  const blocks: Block[] = [
    p(ctx, 'controller.processor', { processor: withReference(ctx, t(ctx, 'controller.processorTerm'), 'Art. 28') }),
  ];
  if (role.services) blocks.push(p(ctx, 'controller.processorServices', { services: role.services }));
  blocks.push(p(ctx, 'controller.processorAddress'));
  if (role.requestHandling) blocks.push(p(ctx, `processorRequests.${role.requestHandling}`));
  return section('controller-processor', t(ctx, 'controller.processorHeading'), blocks);
}

const DPF_LIST_URL = 'https://www.dataprivacyframework.gov/list';

/** What the DPF Principles' Notice principle has the policy say (II.1.a.i, ix-xiii), from the recorded certification. */
function dataPrivacyFramework(ctx: BuildContext, c: ControllerCertification): Block[] {
  const frameworks = [
    t(ctx, 'dpf.framework.EU_US'),
    ...(c.ukExtension ? [t(ctx, 'dpf.framework.UK_EXTENSION')] : []),
    ...(c.swissFramework ? [t(ctx, 'dpf.framework.SWISS_US')] : []),
  ];
  const areas = [
    t(ctx, 'dpf.area.EU'),
    ...(c.ukExtension ? [t(ctx, 'dpf.area.UK')] : []),
    ...(c.swissFramework ? [t(ctx, 'dpf.area.CH')] : []),
  ];
  const blocks: Block[] = [
    p(ctx, 'dpf.participation', {
      controller: strong(text(ctx.snapshot.controller.legalName)),
      frameworks: ctx.i18n.list(frameworks),
      areas: ctx.i18n.list(areas),
      date: ctx.i18n.date(c.certifiedOn),
    }),
    p(ctx, 'dpf.list', { link: webLink(DPF_LIST_URL) }),
  ];
  // Without a recourse mechanism nothing is said about one: completeness asks for it.
  const recourse = c.recourseMechanism;
  if (recourse) {
    blocks.push(
      p(ctx, 'dpf.recourse', { mechanism: t(ctx, `dpf.recourse.${recourse.kind}`, { name: recourse.name ?? '' }) }),
    );
    if (recourse.url) blocks.push(p(ctx, 'dpf.recourseUrl', { link: webLink(recourse.url) }));
  }
  blocks.push(p(ctx, 'dpf.enforcement', { body: t(ctx, `dpf.body.${c.enforcementBody}`) }));
  blocks.push(p(ctx, 'dpf.arbitration'));
  // Notice principle II.1.a.xii and xiii: disclosure to public authorities, liability for onward transfers (II.7.d).
  blocks.push(p(ctx, 'dpf.publicAuthorities'), p(ctx, 'dpf.onwardTransfers'));
  return blocks;
}

/** The controller's own certifications (versions published before they were modelled have none). */
function certificationSection(ctx: BuildContext): Section | null {
  const dpf = (ctx.snapshot.controller.certifications ?? []).find((c) => c.framework === 'DATA_PRIVACY_FRAMEWORK');
  return dpf ? section('controller-dpf', t(ctx, 'dpf.heading'), dataPrivacyFramework(ctx, dpf)) : null;
}
