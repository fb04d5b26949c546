import {
  JURISDICTION_INFO,
  establishmentCountry,
  isInternationalTransfer,
  recipientCountries,
  transferGaps,
  type RecipientRole,
  type TransferArea,
  type TransferSafeguard,
  TRANSFER_SAFEGUARDS,
} from '@noticeboard/domain';
import {
  definitions,
  paragraph,
  section,
  text,
  textBlocks,
  type Block,
  type DefinitionItem,
  type Inline,
  type Section,
  type Table,
} from '../tree.js';
import {
  countryNames,
  emailLink,
  formatAddress,
  inOrder,
  names,
  p,
  t,
  webLink,
  withClauses,
  type BuildContext,
  type SnapshotRecipient,
} from './context.js';

const GROUPS: ReadonlyArray<{
  id: string;
  heading: 'recipients.processors' | 'recipients.controllers' | 'recipients.categories';
  intro: 'recipients.processorsIntro' | 'recipients.controllersIntro' | null;
  roles: readonly RecipientRole[];
}> = [
  {
    id: 'recipients-processors',
    heading: 'recipients.processors',
    intro: 'recipients.processorsIntro',
    roles: ['PROCESSOR'],
  },
  {
    id: 'recipients-controllers',
    heading: 'recipients.controllers',
    intro: 'recipients.controllersIntro',
    roles: ['INDEPENDENT_CONTROLLER', 'JOINT_CONTROLLER'],
  },
  { id: 'recipients-categories', heading: 'recipients.categories', intro: null, roles: ['CATEGORY'] },
];

const cell = (value: string | null | undefined, none: string): Inline[] => [text(value && value.trim() ? value : none)];

export function recipientsSection(ctx: BuildContext): Section | null {
  const { recipients } = ctx.snapshot;
  const none = t(ctx, 'common.none');
  const children: Block[] = [];
  if (!recipients.length) {
    children.push(p(ctx, 'recipients.none'));
  } else {
    children.push(p(ctx, 'recipients.intro'));
    const table: Table = {
      kind: 'table',
      caption: [text(t(ctx, 'recipients.tableCaption'))],
      header: [t(ctx, 'table.recipient'), t(ctx, 'table.role'), t(ctx, 'table.countries'), t(ctx, 'table.service')].map(
        (h) => [text(h)],
      ),
      rows: recipients.map((r) => [
        [text(r.name)],
        [text(t(ctx, `role.${r.role}`))],
        cell(countryNames(ctx, recipientCountries(r)), none),
        cell(r.service, none),
      ]),
    };
    children.push(table);
    for (const group of GROUPS) {
      const members = recipients.filter((r) => group.roles.includes(r.role));
      if (!members.length) continue;
      children.push(
        section(group.id, t(ctx, group.heading), [
          ...(group.intro ? [p(ctx, group.intro)] : []),
          definitions(members.map((r) => recipientItem(ctx, r, group.roles.length > 1))),
        ]),
      );
    }
  }
  return withClauses(ctx, section('recipients', t(ctx, 'section.recipients'), children), ['RECIPIENTS']);
}

function recipientItem(ctx: BuildContext, r: SnapshotRecipient, showRole: boolean): DefinitionItem {
  const details: Block[] = [];
  if (showRole) details.push(p(ctx, 'recipients.role', { role: t(ctx, `role.${r.role}`) }));
  if (r.legalEntity && r.legalEntity !== r.name)
    details.push(p(ctx, 'recipients.legalEntity', { entity: r.legalEntity }));
  if (r.address) details.push(p(ctx, 'recipients.address', { address: formatAddress(ctx, r.address) }));
  else if (r.country) details.push(p(ctx, 'recipients.country', { country: ctx.i18n.country(r.country) }));
  const elsewhere = r.processingCountries.filter((c) => c !== r.country);
  if (elsewhere.length)
    details.push(p(ctx, 'recipients.processingCountries', { countries: countryNames(ctx, elsewhere) }));
  if (r.service) details.push(p(ctx, 'recipients.service', { service: r.service }));
  const categories = inOrder(ctx.snapshot.dataCategories, r.dataCategoryIds);
  if (categories.length) details.push(p(ctx, 'recipients.data', { categories: names(ctx, categories) }));
  const links: Inline[] = [];
  if (r.privacyPolicyUrl) links.push(webLink(r.privacyPolicyUrl, t(ctx, 'recipients.privacyPolicy', { name: r.name })));
  if (r.optOutUrl) {
    if (links.length) links.push(text(' · '));
    links.push(webLink(r.optOutUrl, t(ctx, 'recipients.optOut', { name: r.name })));
  }
  if (links.length) details.push(paragraph(links));
  return { term: [text(r.name)], details: details.length ? details : [paragraph(t(ctx, `role.${r.role}`))] };
}

/** The areas whose data-export rules the tenant's regimes apply, in jurisdiction order. */
function transferAreas(ctx: BuildContext): TransferArea[] {
  const areas = ctx.jurisdictions
    .map((j) => JURISDICTION_INFO[j].transferArea)
    .filter((a): a is TransferArea => a !== null);
  return [...new Set(areas)];
}

export function transfersSection(ctx: BuildContext): Section | null {
  const areas = transferAreas(ctx);
  const children: Block[] = [];
  if (areas.length) {
    const areaNames = ctx.i18n.list(areas.map((a) => t(ctx, `area.${a}`)));
    // Data that stays in the controller's own country does not leave it, whatever the regimes' areas are.
    const home = establishmentCountry(ctx.snapshot.controller);
    const transfers = ctx.snapshot.recipients
      .map((r) => ({
        r,
        countries: recipientCountries(r).filter((c) => c !== home && isInternationalTransfer([c], ctx.jurisdictions)),
      }))
      .filter((x) => x.countries.length > 0);
    if (!transfers.length) {
      children.push(p(ctx, 'transfers.none', { areas: areaNames }));
    } else {
      const used = new Set<TransferSafeguard>();
      const rows = transfers.map(({ r, countries }) => {
        let safeguards: readonly TransferSafeguard[] = r.safeguards;
        // No safeguard recorded and none needed: every country is covered by an adequacy decision.
        if (!safeguards.length && !transferGaps(countries, [], ctx.jurisdictions).length)
          safeguards = ['ADEQUACY_DECISION'];
        safeguards.forEach((s) => used.add(s));
        const labels = safeguards.length
          ? ctx.i18n.list(safeguards.map((s) => t(ctx, `safeguard.${s}`)))
          : t(ctx, 'common.none');
        const described = r.transferDetails
          ? t(ctx, 'common.withReference', { label: labels, reference: r.transferDetails })
          : labels;
        return [[text(r.name)], [text(countryNames(ctx, countries))], [text(described)]];
      });
      children.push(p(ctx, 'transfers.intro', { areas: areaNames }));
      children.push({
        kind: 'table',
        caption: [text(t(ctx, 'transfers.tableCaption'))],
        header: [t(ctx, 'table.recipient'), t(ctx, 'table.countries'), t(ctx, 'table.safeguards')].map((h) => [
          text(h),
        ]),
        rows,
      });
      const explained = TRANSFER_SAFEGUARDS.filter((s) => used.has(s));
      if (explained.length) {
        children.push(p(ctx, 'transfers.safeguardsIntro'));
        children.push(
          definitions(
            explained.map((s) => ({
              term: [text(ctx.i18n.capitalize(t(ctx, `safeguard.${s}`)))],
              details: textBlocks(t(ctx, `safeguardInfo.${s}`)),
            })),
          ),
        );
      }
      children.push(p(ctx, 'transfers.copy', { email: emailLink(ctx.rightsEmail) }));
    }
  }
  return withClauses(ctx, section('transfers', t(ctx, 'section.transfers'), children), ['TRANSFERS']);
}
