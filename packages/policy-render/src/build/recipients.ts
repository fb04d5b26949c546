import {
  policyTransfers,
  recipientCountries,
  TRANSFER_INSTRUMENTS,
  type RecipientRole,
  type RegimeTransfers,
  type TransferInstrumentId,
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
import { formatCitation } from './citation.js';

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
    // "Nobody receives it" only as answered; snapshots published before the answer existed do not have it.
    if ((ctx.snapshot.settings.disclosesPersonalData ?? null) === false) children.push(p(ctx, 'recipients.none'));
  } else {
    children.push(p(ctx, 'recipients.intro'));
    // Each fact once: the table names every recipient with its role and countries; the groups below give the
    // rest (legal entity, address, what it does or receives the data for, the data, links), never the same again.
    const table: Table = {
      kind: 'table',
      caption: [text(t(ctx, 'recipients.tableCaption'))],
      header: [t(ctx, 'table.recipient'), t(ctx, 'table.role'), t(ctx, 'table.countries')].map((h) => [text(h)]),
      rows: recipients.map((r) => [
        [text(r.name)],
        [text(t(ctx, `role.${r.role}`))],
        cell(countryNames(ctx, recipientCountries(r)), none),
      ]),
    };
    children.push(table);
    for (const group of GROUPS) {
      const members = recipients.filter((r) => group.roles.includes(r.role));
      // A recipient the table says everything about has no entry of its own.
      const items = members.map((r) => recipientItem(ctx, r)).filter((item) => item.details.length > 0);
      if (!items.length && !(members.length && group.intro)) continue;
      children.push(
        section(group.id, t(ctx, group.heading), [
          ...(group.intro ? [p(ctx, group.intro)] : []),
          // The Art. 28(3) contract is stated only when every processor's agreement is on record.
          ...(group.intro === 'recipients.processorsIntro' && members.every((r) => r.dpaSignedOn)
            ? [p(ctx, 'recipients.processorsContract')]
            : []),
          ...(items.length ? [definitions(items)] : []),
        ]),
      );
    }
  }
  // "We do not sell" only as answered; a Californian policy says it in the CCPA's own terms in its section.
  if ((ctx.snapshot.settings.sellsPersonalData ?? null) === false && !ctx.jurisdictions.includes('CCPA_CPRA'))
    children.push(p(ctx, 'recipients.noSale'));
  return withClauses(ctx, section('recipients', t(ctx, 'section.recipients'), children), ['RECIPIENTS']);
}

/** What the table does not say about a recipient; no details when it says everything. */
function recipientItem(ctx: BuildContext, r: SnapshotRecipient): DefinitionItem {
  const details: Block[] = [];
  if (r.legalEntity && r.legalEntity !== r.name)
    details.push(p(ctx, 'recipients.legalEntity', { entity: r.legalEntity }));
  if (r.address) details.push(p(ctx, 'recipients.address', { address: formatAddress(ctx, r.address) }));
  // Only a processor provides us a service; for anyone else the text says why it receives the data, unlabelled
  // and as typed (every stored text appears verbatim).
  if (r.service) {
    if (r.role === 'PROCESSOR') details.push(p(ctx, 'recipients.service', { service: r.service }));
    else details.push(paragraph(r.service));
  }
  if (r.role === 'JOINT_CONTROLLER' && r.jointArrangement)
    details.push(p(ctx, 'recipients.jointArrangement', { arrangement: r.jointArrangement }));
  const categories = inOrder(ctx.snapshot.dataCategories, r.dataCategoryIds);
  if (categories.length) details.push(p(ctx, 'recipients.data', { categories: names(ctx, categories) }));
  const links: Inline[] = [];
  if (r.privacyPolicyUrl) links.push(webLink(r.privacyPolicyUrl, t(ctx, 'recipients.privacyPolicy', { name: r.name })));
  if (r.optOutUrl) {
    if (links.length) links.push(text(' · '));
    links.push(webLink(r.optOutUrl, t(ctx, 'recipients.optOut', { name: r.name })));
  }
  if (links.length) details.push(paragraph(links));
  return { term: [text(r.name)], details };
}

/**
 * One regime's transfers in its own terms: a row per recipient and group of countries with the instruments that
 * regime recognises (their provisions cited), then what those instruments are.
 */
function regimeBlocks(ctx: BuildContext, regime: RegimeTransfers): Block[] {
  const used = new Set<TransferInstrumentId>();
  const rows = regime.transfers.map(({ recipientId, countries, instruments }) => {
    const r = ctx.recipients.get(recipientId)!;
    instruments.forEach((i) => used.add(i.id));
    const named = instruments.length
      ? ctx.i18n.list(
          instruments.map((i) =>
            t(ctx, 'common.withReference', {
              label: t(ctx, `instrument.${i.id}`),
              // The domain's citation in the policy's citation style, like every other provision cited.
              reference: formatCitation(ctx.i18n, i.citation),
            }),
          ),
        )
      : t(ctx, 'common.none');
    const described = r.transferDetails
      ? t(ctx, 'transfers.withDetails', { instruments: named, details: r.transferDetails })
      : named;
    const where = countries.length ? countryNames(ctx, countries) : t(ctx, 'transfers.variousCountries');
    return [[text(r.name)], [text(where)], [text(described)]];
  });
  const blocks: Block[] = [
    {
      kind: 'table',
      caption: [text(t(ctx, 'transfers.tableCaption'))],
      header: [t(ctx, 'table.recipient'), t(ctx, 'table.countries'), t(ctx, 'table.safeguards')].map((h) => [text(h)]),
      rows,
    },
  ];
  const explained = TRANSFER_INSTRUMENTS.filter((id) => used.has(id));
  if (explained.length) {
    blocks.push(p(ctx, 'transfers.safeguardsIntro'));
    blocks.push(
      definitions(
        explained.map((id) => ({
          term: [text(ctx.i18n.capitalize(t(ctx, `instrument.${id}`)))],
          details: textBlocks(t(ctx, `instrumentInfo.${id}`)),
        })),
      ),
    );
  }
  return blocks;
}

/**
 * International transfers, for each of the tenant's regimes with transfer rules, in that regime's instruments: a
 * UK controller's US recipients are named with the UK's instruments, never the EU's. Several regimes get a
 * subsection each.
 */
export function transfersSection(ctx: BuildContext): Section | null {
  const children: Block[] = [];
  // Recipients listed by category without a country: whether data leaves the area is the tenant's answer.
  const answer = ctx.snapshot.settings.internationalTransfers ?? null;
  const regimes = policyTransfers(ctx.snapshot, { unplaced: answer === true });
  const areaNames = (list: readonly RegimeTransfers[]) => ctx.i18n.list(list.map((r) => t(ctx, `area.${r.area}`)));
  const moving = regimes.filter((r) => r.transfers.length);
  if (regimes.length && !moving.length) {
    if (answer === false) children.push(p(ctx, 'transfers.none', { areas: areaNames(regimes) }));
  } else if (moving.length) {
    children.push(p(ctx, 'transfers.intro', { areas: areaNames(moving) }));
    if (moving.length === 1) children.push(...regimeBlocks(ctx, moving[0]!));
    children.push(p(ctx, 'transfers.copy', { email: emailLink(ctx.rightsEmail) }));
    if (moving.length > 1) {
      for (const regime of moving)
        children.push(
          section(
            `transfers-${regime.area.toLowerCase()}`,
            t(ctx, `transfersFrom.${regime.area}`),
            regimeBlocks(ctx, regime),
          ),
        );
    }
  }
  return withClauses(ctx, section('transfers', t(ctx, 'section.transfers'), children), ['TRANSFERS']);
}
