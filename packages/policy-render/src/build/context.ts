import {
  JURISDICTIONS,
  POLICY_SECTIONS,
  reliesOnConsent,
  type Address,
  type Jurisdiction,
  type PolicySection,
  type PolicySnapshot,
} from '@noticeboard/domain';
import type { RenderOptions } from '../index.js';
import { translator, type Translator } from '../i18n/translator.js';
import type { MessageKey } from '../i18n/en.js';
import type { MessageValue } from '../i18n/translator.js';
import { markdownToBlocks } from '../markdown.js';
import { formatArticle } from './citation.js';
import {
  WEB_SCHEMES,
  link,
  mailtoHref,
  paragraph,
  safeHref,
  section,
  telHref,
  text,
  type Block,
  type Inline,
  type Section,
} from '../tree.js';

type Item<K extends keyof PolicySnapshot> = PolicySnapshot[K] extends ReadonlyArray<infer T> ? T : never;
export type SnapshotPurpose = Item<'purposes'>;
export type SnapshotCategory = Item<'dataCategories'>;
export type SnapshotRecipient = Item<'recipients'>;
export type SnapshotCookie = Item<'cookies'>;

/** Everything a section builder reads: the snapshot, the options, the wording, and lookups computed once. */
export interface BuildContext {
  snapshot: PolicySnapshot;
  options: RenderOptions;
  i18n: Translator;
  jurisdictions: readonly Jurisdiction[];
  categories: ReadonlyMap<string, SnapshotCategory>;
  recipients: ReadonlyMap<string, SnapshotRecipient>;
  /** Where people exercise their rights by email (settings, else the controller's contact address). */
  rightsEmail: string;
  /**
   * Whether any processing relies on consent: a purpose does (cookies rely on consent only through the purposes they
   * serve, so a cookie that needs consent but serves no consent-based purpose does not make it so).
   */
  consentUsed: boolean;
  /** Anchor of the audience subsection, by audience id. */
  audienceAnchors: ReadonlyMap<string, string>;
}

export function buildContext(snapshot: PolicySnapshot, options: RenderOptions): BuildContext {
  const jurisdictions = JURISDICTIONS.filter((j) => snapshot.controller.jurisdictions.includes(j));
  return {
    snapshot,
    options,
    i18n: translator(options.language),
    jurisdictions,
    categories: new Map(snapshot.dataCategories.map((c) => [c.id, c])),
    recipients: new Map(snapshot.recipients.map((r) => [r.id, r])),
    rightsEmail: snapshot.settings.rightsContactEmail ?? snapshot.controller.contactEmail,
    consentUsed: snapshot.purposes.some(reliesOnConsent),
    audienceAnchors: new Map(snapshot.audiences.map((a, i) => [a.id, `data-${i + 1}`])),
  };
}

// ---- wording helpers ----------------------------------------------------------------------------------------

export function t(ctx: BuildContext, key: MessageKey, values?: Record<string, string | number>): string {
  return ctx.i18n.t(key, values);
}

export function p(
  ctx: BuildContext,
  key: MessageKey,
  values: Record<string, MessageValue> = {},
  important = false,
): Block {
  return paragraph(ctx.i18n.rich(key, values), important);
}

/** "Label: value" as a paragraph. */
export function labelled(ctx: BuildContext, label: string, value: Inline[] | string): Block {
  return p(ctx, 'common.labelled', { label, value: typeof value === 'string' ? [text(value)] : value });
}

/**
 * A GDPR provision as the policy cites it, in the language's citation style: "Art. 6(1)(f) GDPR / UK GDPR",
 * "Art. 6 Abs. 1 lit. f DSGVO"; null without GDPR.
 */
export function gdprReference(ctx: BuildContext, article: string): string | null {
  const laws = [
    ...(ctx.jurisdictions.includes('EU_GDPR') ? [t(ctx, 'common.gdpr')] : []),
    ...(ctx.jurisdictions.includes('UK_GDPR') ? [t(ctx, 'common.ukGdpr')] : []),
  ];
  return laws.length ? formatArticle(ctx.i18n, article, laws) : null;
}

/** A label with its provision in brackets when the tenant's regimes have one. */
export function withReference(ctx: BuildContext, label: string, article: string): string {
  const reference = gdprReference(ctx, article);
  return reference ? t(ctx, 'common.withReference', { label, reference }) : label;
}

// Countries that write the postcode after the town (and, in North America, after the state).
const POSTCODE_AFTER_TOWN = new Set(['GB', 'US', 'CA', 'AU', 'IE', 'NZ', 'IN', 'ZA', 'SG', 'HK', 'JP', 'KR']);

/** An address on one line, the country by name: "1 Main St, London, EC1A 1BB, United Kingdom". */
export function formatAddress(ctx: BuildContext, a: Address): string {
  const country = ctx.i18n.country(a.country);
  const parts = POSTCODE_AFTER_TOWN.has(a.country.toUpperCase())
    ? [a.streetAddress, a.locality, [a.region, a.postalCode].filter(Boolean).join(' ')]
    : [a.streetAddress, [a.postalCode, a.locality].filter(Boolean).join(' '), a.region];
  return [...parts, country].filter((x): x is string => !!x && x.trim() !== '').join(', ');
}

export function emailLink(email: string): Inline {
  const href = mailtoHref(email);
  return href ? link(href, email) : text(email);
}

export function phoneLink(phone: string): Inline {
  const href = telHref(phone);
  return href ? link(href, phone) : text(phone);
}

/** A web link; an address that is not http(s) is shown as text, never linked. */
export function webLink(url: string, label?: string): Inline {
  const href = safeHref(url, WEB_SCHEMES);
  return href ? link(href, label ?? url) : text(label ? `${label} (${url})` : url);
}

export function countryNames(ctx: BuildContext, codes: readonly string[]): string {
  return ctx.i18n.list(codes.map((c) => ctx.i18n.country(c)));
}

export function names(ctx: BuildContext, items: ReadonlyArray<{ name: string }>): string {
  return ctx.i18n.list(items.map((i) => i.name));
}

/** Items of `ids` found in `map`, in the order of `all` (snapshot order, not the order of the id list). */
export function inOrder<T extends { id: string }>(all: readonly T[], ids: readonly string[]): T[] {
  const wanted = new Set(ids);
  return all.filter((x) => wanted.has(x.id));
}

// ---- clauses ------------------------------------------------------------------------------------------------

/**
 * Adds the clauses of the given policy sections to a section: untitled clauses join the section's own text
 * (before its subsections), titled clauses become subsections at its end. Returns null for a section with
 * neither generated content nor clauses, so no heading stands alone.
 */
export function withClauses(ctx: BuildContext, s: Section, sections: readonly PolicySection[]): Section | null {
  const clauses = ctx.snapshot.clauses
    .filter((c) => sections.includes(c.section))
    .sort((a, b) => POLICY_SECTIONS.indexOf(a.section) - POLICY_SECTIONS.indexOf(b.section));
  const untitled: Block[] = [];
  const titled: Section[] = [];
  clauses.forEach((c, i) => {
    const body = markdownToBlocks(c.body);
    if (c.title) titled.push(section(`${s.id}-clause-${i + 1}`, c.title, body));
    else untitled.push(...body);
  });
  const firstSub = s.children.findIndex((b) => b.kind === 'section');
  const at = firstSub === -1 ? s.children.length : firstSub;
  const children = [...s.children.slice(0, at), ...untitled, ...s.children.slice(at), ...titled];
  return children.length ? { ...s, children } : null;
}
