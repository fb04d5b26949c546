import { createHash } from 'node:crypto';
import { localizeSnapshot, reliesOnConsent, type Language, type PolicySnapshot } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { liveVersion, publicPolicyUrl } from '../policy-versions/policy-version.service.js';
import { PolicyVersionEntity } from '../policy-versions/policy-version.entity.js';
import { audienceLanguages, tenantAudience, type AudienceLanguages } from '../public/published-languages.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import {
  consentModeSignals,
  cookieKindsByPurpose,
  currentCookiePurposes,
  type ConsentModeSignal,
} from './consent-banner.consent-mode.js';
import { ConsentNoticeWords } from './consent.messages.js';
import { consentPurposes, purposeLinks } from './consent.store.js';

/** A purpose the notice asks about: on consent, or sold or shared (an opt-out). */
export interface NoticePurpose {
  id: string;
  name: string;
  description: string | null;
  kind: 'CONSENT' | 'OPT_OUT';
  /** The categories of personal data the purpose uses, by name in the notice's language. */
  dataCategories: string[];
  /** The recipients (third parties) that receive the data for this purpose, by name in the notice's language. */
  recipients: string[];
  /** It sells or shares personal information: Global Privacy Control refuses it (a CONSENT purpose may be too). */
  saleOrSharing: boolean;
  /** The Google Consent Mode signals a grant of it stands for (consent-banner.consent-mode.ts). */
  consentMode: ConsentModeSignal[];
}

/** The notice a banner shows, in one language, with the SHA-256 of its exact text. */
export interface ConsentNotice {
  policyVersion: number;
  policyUrl: string;
  language: Language;
  text: string;
  hash: string;
  purposes: NoticePurpose[];
}

/** What the live version's notice is made of, in each of the languages its audience reads. */
export interface NoticeSource {
  version: number;
  /** The languages the notice is given in (the tenant's published ones), and the one when nothing else fits. */
  audience: AudienceLanguages;
  /** The organisation and the purposes as they read in `language`. */
  in(language: Language): { organisation: string; purposes: NoticePurpose[] };
  /** The live version's public address, in no particular language. */
  policyUrl: string;
}

/**
 * Which purposes take an answer, and how: the rule of `consentPurposes` (the main basis or an explicit-consent
 * condition), so the notice asks about exactly what recording accepts.
 */
// Code-unit order, not localeCompare: the same on every runtime (ties after position are rare anyway).
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function noticePurpose(p: {
  id: string;
  name: string;
  description: string | null;
  reliesOnConsent: boolean;
  saleOrSharing: boolean;
  dataCategories: string[];
  recipients: string[];
  consentMode: ConsentModeSignal[];
}): NoticePurpose[] {
  if (!p.reliesOnConsent && !p.saleOrSharing) return [];
  return [
    {
      id: p.id,
      name: p.name,
      description: p.description,
      kind: p.reliesOnConsent ? 'CONSENT' : 'OPT_OUT',
      dataCategories: p.dataCategories,
      recipients: p.recipients,
      saleOrSharing: p.saleOrSharing,
      consentMode: p.consentMode,
    },
  ];
}

/** The names of the items `ids` refers to, in the snapshot's order of `items` (position, then id). */
function namesOf(items: readonly { id: string; name: string }[], ids: readonly string[]): string[] {
  const wanted = new Set(ids);
  return items.filter((item) => wanted.has(item.id)).map((item) => item.name);
}

/**
 * The snapshot's purposes that take an answer, in the order of `consentPurposes` (position, then name, then id).
 * The name is the default language's, so every language lists them in the same order.
 */
function snapshotPurposes(published: PolicySnapshot, localized: PolicySnapshot): NoticePurpose[] {
  const order = published.purposes
    .map((p, index) => ({ p, index }))
    .sort((a, b) => a.p.position - b.p.position || compare(a.p.name, b.p.name) || compare(a.p.id, b.p.id));
  const cookieKinds = cookieKindsByPurpose(published.cookies ?? []);
  return order.flatMap(({ index }) => {
    const p = localized.purposes[index]!;
    return noticePurpose({
      id: p.id,
      name: p.name,
      description: p.description,
      reliesOnConsent: reliesOnConsent({
        legalBasis: p.legalBasis,
        specialCategoryCondition: p.specialCategoryCondition,
      }),
      saleOrSharing: p.saleOrSharing,
      dataCategories: namesOf(localized.dataCategories, p.dataCategoryIds),
      recipients: namesOf(localized.recipients, p.recipientIds),
      consentMode: consentModeSignals({ saleOrSharing: p.saleOrSharing, cookieKinds: cookieKinds.get(p.id) ?? [] }),
    });
  });
}

/**
 * The live version's notice source: its published snapshot's purposes, in each published language. An imported
 * live version has no snapshot: its notice falls back to the current purposes, in the tenant's default language
 * only (the language those are written in). Null before anything is published or imported.
 */
export async function liveNoticeSource(ctx: RequestContext): Promise<NoticeSource | null> {
  const version = await liveVersion(ctx, ctx.tenantId);
  if (version === null) return null;
  const tenant = await ctx.em.getRepository(TenantEntity).findOneByOrFail({ tenantId: ctx.tenantId });
  const { snapshot } = await ctx.em
    .getRepository(PolicyVersionEntity)
    .findOneOrFail({ where: { tenantId: ctx.tenantId, version }, select: { snapshot: true } });
  const base = publicPolicyUrl(ctx.config.publicUrl, tenant.slug, version);

  if (snapshot === null) {
    const links = await purposeLinks(ctx);
    const cookieKinds = cookieKindsByPurpose(await currentCookiePurposes(ctx));
    const purposes = (await consentPurposes(ctx)).purposes.flatMap((p) =>
      noticePurpose({
        ...p,
        dataCategories: [],
        recipients: [],
        ...links.get(p.id),
        consentMode: consentModeSignals({ saleOrSharing: p.saleOrSharing, cookieKinds: cookieKinds.get(p.id) ?? [] }),
      }),
    );
    return {
      version,
      audience: audienceLanguages([], tenant.defaultLanguage),
      in: () => ({ organisation: tenant.legalName, purposes }),
      policyUrl: base,
    };
  }

  const audience = await tenantAudience(ctx, tenant.defaultLanguage);
  return {
    version,
    audience,
    in: (language) => {
      // Publishing refused gaps in every published language, so each text reads in `language`.
      const localized = localizeSnapshot(snapshot, language).snapshot;
      return { organisation: localized.controller.legalName, purposes: snapshotPurposes(snapshot, localized) };
    },
    policyUrl: base,
  };
}

/**
 * The link to the policy the notice describes. With several languages it names the notice's, so the policy opens
 * in the language the person read the notice in, whatever their browser asks for.
 */
function policyUrlIn(source: NoticeSource, language: Language): string {
  return source.audience.languages.length > 1 ? `${source.policyUrl}?lang=${language}` : source.policyUrl;
}

/** The notice in `language` (one of the source's audience languages), with the SHA-256 of its exact text. */
export function composeNotice(source: NoticeSource, language: Language): ConsentNotice {
  const w = new ConsentNoticeWords(language);
  const { organisation, purposes } = source.in(language);
  const policyUrl = policyUrlIn(source, language);
  const consent = purposes.filter((p) => p.kind === 'CONSENT');
  const optOut = purposes.filter((p) => p.kind === 'OPT_OUT');
  const section = (key: 'notice.consent' | 'notice.optOut', list: NoticePurpose[]) =>
    list.length ? [w.text(key, { organisation }), ...list.map((p) => w.purpose(p))].join('\n') : null;
  const text = [
    section('notice.consent', consent),
    section('notice.optOut', optOut),
    w.text('notice.withdraw', { version: String(source.version), url: policyUrl }),
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    policyVersion: source.version,
    policyUrl,
    language,
    text,
    hash: createHash('sha256').update(text, 'utf8').digest('hex'),
    purposes,
  };
}
