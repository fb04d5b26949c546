import type { PolicyDocument } from './tree.js';
import type { Language, PolicySnapshot, PolicyText } from '@noticeboard/domain';
import { displayName, localizeSnapshot } from '@noticeboard/domain';
import { buildArchivedDocument, type ArchivedPolicyOptions } from './build/archived.js';
import { buildDocument } from './build/document.js';
import { RENDER_LANGUAGES } from './language.js';
import { formatCitation } from './build/citation.js';
import { Translator } from './i18n/translator.js';
import { htmlDocument, htmlFragment } from './serialize/html.js';
import { plainText } from './serialize/text.js';

export { RENDER_LANGUAGES } from './language.js';
export { LOCALES } from './i18n/translator.js';
export { englishWords } from './english-words.js';
/** Every sentence in every language: for tests that check what a rendering says (never to build text elsewhere). */
export { CATALOGS as MESSAGE_CATALOGS } from './i18n/translator.js';
export type { ArchivedPolicyOptions, ArchivedTextFormat } from './build/archived.js';

/**
 * CONTRACT (implemented by the renderer work): a pure function from a snapshot to the published bytes.
 * No I/O; runs in Node and in the browser.
 */
export interface RenderOptions {
  language: Language;
  /** The date the version takes effect, YYYY-MM-DD; formatted per language. */
  effectiveDate: string;
  /** The version number; null for a draft preview (the document then says it is a draft). */
  version: number | null;
  /** Canonical public URL of the live policy, when known (shown in the "changes" section). */
  publicUrl?: string | null;
  /** Where people exercise their rights online, when the product offers a form (later issue). */
  requestsUrl?: string | null;
  /**
   * The page where people withdraw every consent they gave in one step (the product's page), when there is one:
   * linked from the section on withdrawing consent, which only a policy with purposes on consent has.
   */
  consentWithdrawalUrl?: string | null;
  /**
   * What to do with tenant text not translated into `language`: `refuse` (the default: publishing never mixes
   * languages) throws an UntranslatedTextError; `keep` leaves the default-language text, for a preview that lists
   * the gaps (`RenderedPolicy.untranslated`).
   */
  untranslated?: 'refuse' | 'keep';
}

/** The tenant's text is not (all) translated into the language asked for. */
export class UntranslatedTextError extends Error {
  constructor(
    readonly language: Language,
    readonly gaps: readonly PolicyText[],
  ) {
    super(
      `the policy is not translated into ${language}: ${gaps
        .slice(0, 5)
        .map((g) => `${g.kind}${g.index >= 0 ? ` ${g.index}` : ''} ${g.path}`)
        .join(', ')}${gaps.length > 5 ? ` and ${gaps.length - 5} more` : ''}`,
    );
    this.name = 'UntranslatedTextError';
  }
}

export interface RenderedPolicy {
  language: Language;
  title: string;
  /** A complete, standalone HTML document (head, styles incl. print stylesheet, accent colour). */
  html: string;
  /** The `<article>` alone with its own scoped styles, for embedding and the portal preview. */
  fragment: string;
  /** The plain-text rendering from the same template tree. */
  text: string;
  /** Texts left in the default language (only with `untranslated: 'keep'`). */
  untranslated: PolicyText[];
}

/**
 * A provision as the rendered policy cites it in `language`, in that language's one citation style
 * ("Art. 6(1)(f)" → "Art. 6 Abs. 1 lit. f", "art. 6.1.f)"): what a check of a rendering looks for.
 */
export function citeProvision(citation: string, language: Language): string {
  return formatCitation(new Translator(language), citation);
}

export function policyTitle(snapshot: Pick<PolicySnapshot, 'controller'>): string {
  return `${displayName(snapshot.controller)} — Privacy Policy`;
}

/**
 * Renders a policy snapshot in one language: the document tree is built once and serialised to a standalone HTML
 * document, an embeddable fragment and plain text. Pure and deterministic: the same snapshot and options give
 * byte-identical output on the same runtime (country names and dates come from the runtime's Intl data).
 * Throws a RangeError for a language it does not write or an effective date that is not YYYY-MM-DD.
 */
/**
 * The document tree of a policy in a language, with the same refusal of untranslated text as `renderPolicy`: what
 * other serialisers (the PDF, in `@noticeboard/policy-render/pdf`) start from.
 */
export function policyDocument(snapshot: PolicySnapshot, options: RenderOptions): PolicyDocument {
  return localizedDocument(snapshot, options).doc;
}

/** The document in the language asked for, and the texts left untranslated (only when `untranslated: 'keep'`). */
function localizedDocument(
  snapshot: PolicySnapshot,
  options: RenderOptions,
): { doc: PolicyDocument; gaps: RenderedPolicy['untranslated'] } {
  if (!RENDER_LANGUAGES.includes(options.language)) {
    throw new RangeError(
      `cannot render in ${JSON.stringify(options.language)}; languages: ${RENDER_LANGUAGES.join(', ')}`,
    );
  }
  const localized = localizeSnapshot(snapshot, options.language);
  if (localized.gaps.length && (options.untranslated ?? 'refuse') === 'refuse') {
    throw new UntranslatedTextError(options.language, localized.gaps);
  }
  return { doc: buildDocument(localized.snapshot, options), gaps: localized.gaps };
}

export function renderPolicy(snapshot: PolicySnapshot, options: RenderOptions): RenderedPolicy {
  const { doc, gaps } = localizedDocument(snapshot, options);
  const accent = snapshot.settings.accentColor;
  return {
    language: options.language,
    title: doc.title,
    html: htmlDocument(doc, accent),
    fragment: htmlFragment(doc, accent),
    text: plainText(doc),
    untranslated: gaps,
  };
}

/**
 * Renders an imported earlier policy once, when it is imported: its own text (Markdown read by the same inert
 * reader as clauses, or plain text with its line breaks) under a marking, in the text's language, that it is an
 * archived text of the company's earlier policy. Serialised like a policy (standalone HTML, fragment, text);
 * nothing of today's model goes in. Throws a RangeError like `renderPolicy`.
 */
export function renderArchivedPolicy(options: ArchivedPolicyOptions & { accentColor?: string | null }): RenderedPolicy {
  if (!RENDER_LANGUAGES.includes(options.language)) {
    throw new RangeError(
      `cannot render in ${JSON.stringify(options.language)}; languages: ${RENDER_LANGUAGES.join(', ')}`,
    );
  }
  const doc = buildArchivedDocument(options);
  const accent = options.accentColor ?? null;
  return {
    language: options.language,
    title: doc.title,
    html: htmlDocument(doc, accent),
    fragment: htmlFragment(doc, accent),
    text: plainText(doc),
    untranslated: [],
  };
}
