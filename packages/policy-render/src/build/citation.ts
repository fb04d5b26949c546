import { JURISDICTION_INFO, type Jurisdiction, type Language } from '@noticeboard/domain';
import type { Translator } from '../i18n/translator.js';

/**
 * Legal citations in each language's own style. The domain cites provisions in English ("Art. 46(2)(c) GDPR",
 * "UK GDPR Art. 15", "Art. 45(1) UK GDPR and s.17A DPA 2018", "LGPD Art. 18, IV and VI"); a policy must cite every
 * provision the same way, so citations are parsed into their parts here and written in one style per language:
 * "Art. 6(1)(f) UK GDPR", "Art. 6 Abs. 1 lit. f UK GDPR", "art. 6, paragraphe 1, point f), UK GDPR",
 * "art. 6.1.f) UK GDPR", "art. 6, par. 1, lett. f) UK GDPR". Swiss law keeps its own subdivision names
 * (Abs./Bst., al./let., cpv./lett.), which is how that law numbers them in each official language.
 */

/** The laws the domain cites by abbreviation. */
type Law = 'GDPR' | 'UK_GDPR' | 'FADP' | 'LGPD' | 'PIPEDA' | 'DPA_2018';

type Provision =
  /** Article, paragraph, point; `subdivisions` are Brazilian incisos/paragraphs ("II, b", "IV and VI", "§ 2"). */
  | { kind: 'article'; article: string; paragraph: string | null; point: string | null; subdivisions: string[] }
  /** A section of a UK or Canadian Act ("s.17A", "s. 11"). */
  | { kind: 'section'; section: string }
  /** A principle in a schedule (PIPEDA Sch. 1). */
  | { kind: 'principle'; schedule: string; principle: string };

export interface CitedProvision {
  provision: Provision;
  /** The law the source names with this provision; null when a later provision names it for both. */
  law: Law | null;
}

// Longest names first, so "UK GDPR" is not read as "GDPR".
const LAW_NAMES: ReadonlyArray<readonly [string, Law]> = [
  ['UK GDPR', 'UK_GDPR'],
  ['GDPR', 'GDPR'],
  ['FADP', 'FADP'],
  ['LGPD', 'LGPD'],
  ['PIPEDA', 'PIPEDA'],
  ['DPA 2018', 'DPA_2018'],
];

function takeLaw(text: string, at: 'start' | 'end'): { law: Law | null; rest: string } {
  for (const [name, law] of LAW_NAMES) {
    if (at === 'start' && text.startsWith(`${name} `)) return { law, rest: text.slice(name.length + 1) };
    if (at === 'end' && text.endsWith(` ${name}`)) return { law, rest: text.slice(0, -name.length - 1) };
  }
  return { law: null, rest: text };
}

function parseProvision(text: string): Provision | null {
  const article = /^Art\. (\d+[a-z]?)(?:\((\d+[a-z]?)\))?(?:\(([a-z]{1,2})\))?(?:, (.+))?$/.exec(text);
  if (article) {
    const [, number, paragraph, point, rest] = article;
    return {
      kind: 'article',
      article: number!,
      paragraph: paragraph ?? null,
      point: point ?? null,
      subdivisions: rest ? rest.split(', ') : [],
    };
  }
  const section = /^s\. ?(\d+[A-Z]?(?:\(\d+\))*(?:\([a-z]\))*)$/.exec(text);
  if (section) return { kind: 'section', section: section[1]! };
  const principle = /^Sch\. (\d+), Principle ([\d.]+)$/.exec(text);
  if (principle) return { kind: 'principle', schedule: principle[1]!, principle: principle[2]! };
  return null;
}

/**
 * The parts of an English citation, or null when it is not in a form this module knows (a US code section such as
 * "Cal. Civ. Code § 1798.110" is cited the same way in every language, so it is shown as given).
 */
export function parseCitation(citation: string): CitedProvision[] | null {
  const parts = citation.trim().split(/ and (?=Art\. |s\.)/);
  const out: CitedProvision[] = [];
  for (const part of parts) {
    const leading = takeLaw(part, 'start');
    const trailing = leading.law ? { law: null, rest: leading.rest } : takeLaw(part, 'end');
    const provision = parseProvision(trailing.rest);
    if (!provision) return null;
    out.push({ provision, law: leading.law ?? trailing.law });
  }
  return out;
}

interface CitationStyle {
  /** The provision without its law. */
  provision(p: Provision, law: Law | null): string;
  /** What separates a provision from what follows it (its law, or "and" and the next provision). */
  after(p: Provision): string;
  /** Names of the laws other than the GDPRs (those come from the catalog). */
  laws: Record<Exclude<Law, 'GDPR' | 'UK_GDPR'>, string>;
  and: string;
  /** "III to IX" in a Brazilian subdivision. */
  to: string;
}

/** Words inside a Brazilian subdivision ("IV and VI", "III to IX") in the style's language. */
function subdivisions(style: Pick<CitationStyle, 'and' | 'to'>, items: readonly string[], separator: string): string {
  return items
    .map((s) => s.replace(/ and /g, ` ${style.and} `).replace(/ to /g, ` ${style.to} `))
    .map((s) => `${separator}${s}`)
    .join('');
}

const hasSubdivision = (p: Provision) =>
  p.kind === 'article' ? !!(p.paragraph || p.point || p.subdivisions.length) : p.kind === 'principle';

const STYLES: Record<Language, CitationStyle> = {
  en: {
    provision: (p) =>
      p.kind === 'section'
        ? `s.${p.section}`
        : p.kind === 'principle'
          ? `Sch. ${p.schedule}, Principle ${p.principle}`
          : `Art. ${p.article}${p.paragraph ? `(${p.paragraph})` : ''}${p.point ? `(${p.point})` : ''}` +
            subdivisions(STYLES.en, p.subdivisions, ', '),
    after: () => ' ',
    laws: { FADP: 'FADP', LGPD: 'LGPD', PIPEDA: 'PIPEDA', DPA_2018: 'DPA 2018' },
    and: 'and',
    to: 'to',
  },
  de: {
    provision: (p, law) =>
      p.kind === 'section'
        ? `Section ${p.section}`
        : p.kind === 'principle'
          ? `Anhang ${p.schedule} Grundsatz ${p.principle}`
          : `Art. ${p.article}${p.paragraph ? ` Abs. ${p.paragraph}` : ''}` +
            (p.point ? ` ${law === 'FADP' ? 'Bst.' : 'lit.'} ${p.point}` : '') +
            subdivisions(STYLES.de, p.subdivisions, ' '),
    after: () => ' ',
    laws: { FADP: 'DSG', LGPD: 'LGPD', PIPEDA: 'PIPEDA', DPA_2018: 'DPA 2018' },
    and: 'und',
    to: 'bis',
  },
  fr: {
    provision: (p, law) =>
      p.kind === 'section'
        ? `section ${p.section}`
        : p.kind === 'principle'
          ? `annexe ${p.schedule}, principe ${p.principle}`
          : `art. ${p.article}` +
            (p.paragraph ? (law === 'FADP' ? `, al. ${p.paragraph}` : `, paragraphe ${p.paragraph}`) : '') +
            (p.point ? (law === 'FADP' ? `, let. ${p.point}` : `, point ${p.point})`) : '') +
            subdivisions(STYLES.fr, p.subdivisions, ', '),
    // "art. 46, paragraphe 2, point b), et art. 47 RGPD": a subdivided provision is closed by a comma.
    after: (p) => (hasSubdivision(p) ? ', ' : ' '),
    laws: { FADP: 'LPD', LGPD: 'LGPD', PIPEDA: 'LPRPDE', DPA_2018: 'DPA 2018' },
    and: 'et',
    to: 'à',
  },
  es: {
    provision: (p) =>
      p.kind === 'section'
        ? `sección ${p.section}`
        : p.kind === 'principle'
          ? `anexo ${p.schedule}, principio ${p.principle}`
          : `art. ${p.article}${p.paragraph ? `.${p.paragraph}` : ''}${p.point ? `.${p.point})` : ''}` +
            subdivisions(STYLES.es, p.subdivisions, ', '),
    after: () => ' ',
    laws: { FADP: 'LPD', LGPD: 'LGPD', PIPEDA: 'PIPEDA', DPA_2018: 'DPA 2018' },
    and: 'y',
    to: 'a',
  },
  it: {
    provision: (p, law) =>
      p.kind === 'section'
        ? `sezione ${p.section}`
        : p.kind === 'principle'
          ? `allegato ${p.schedule}, principio ${p.principle}`
          : `art. ${p.article}` +
            (p.paragraph ? (law === 'FADP' ? ` cpv. ${p.paragraph}` : `, par. ${p.paragraph}`) : '') +
            (p.point ? (law === 'FADP' ? ` lett. ${p.point}` : `, lett. ${p.point})`) : '') +
            subdivisions(STYLES.it, p.subdivisions, ', '),
    after: () => ' ',
    laws: { FADP: 'LPD', LGPD: 'LGPD', PIPEDA: 'PIPEDA', DPA_2018: 'DPA 2018' },
    and: 'e',
    to: 'a',
  },
};

function lawName(i18n: Translator, law: Law): string {
  if (law === 'GDPR') return i18n.t('common.gdpr');
  if (law === 'UK_GDPR') return i18n.t('common.ukGdpr');
  return STYLES[i18n.language].laws[law];
}

/**
 * Provisions in the language's style, each followed by its law where the source names it there: "Art. 46 Abs. 2
 * lit. b und Art. 47 DSGVO". `laws` overrides the source's law for the last provision (one article in several
 * regimes: "Art. 6 Abs. 1 lit. f DSGVO / UK GDPR").
 */
function format(i18n: Translator, cited: readonly CitedProvision[], laws?: readonly string[]): string {
  const style = STYLES[i18n.language];
  return cited
    .map(({ provision, law }, index) => {
      const last = index === cited.length - 1;
      const named = last && laws ? laws.join(' / ') : law ? lawName(i18n, law) : null;
      const text = style.provision(provision, law ?? cited.at(-1)?.law ?? null);
      const following = [named, last ? null : style.and].filter(Boolean).join(' ');
      return following ? `${text}${style.after(provision)}${following}` : text;
    })
    .join(' ');
}

/** An English citation from the domain in the language's style; one this module cannot parse is shown as given. */
export function formatCitation(i18n: Translator, citation: string): string {
  const cited = parseCitation(citation);
  return cited ? format(i18n, cited) : citation;
}

/** A GDPR article ("Art. 6(1)(f)") with the GDPR regimes that apply, in the language's style. */
export function formatArticle(i18n: Translator, article: string, laws: readonly string[]): string {
  const cited = parseCitation(article);
  return cited ? format(i18n, cited, laws) : `${article} ${laws.join(' / ')}`;
}

/**
 * Each regime's law by its title in the language: the official title where the law has one in it (EU, Swiss and
 * Canadian law), else the original title with a translated description; English keeps the domain's wording.
 */
const LAW_TITLES: Record<Exclude<Language, 'en'>, Record<Jurisdiction, string>> = {
  de: {
    EU_GDPR: 'Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung)',
    UK_GDPR: 'UK GDPR (Datenschutz-Grundverordnung des Vereinigten Königreichs) und Data Protection Act 2018',
    CCPA_CPRA:
      'California Consumer Privacy Act (CCPA) in der Fassung des California Privacy Rights Act (CPRA) (Cal. Civ. Code § 1798.100 ff.)',
    LGPD: 'Lei Geral de Proteção de Dados Pessoais (brasilianisches Gesetz Nr. 13.709/2018)',
    PIPEDA:
      'kanadisches Gesetz zum Schutz personenbezogener Informationen und elektronischer Dokumente (PIPEDA, S.C. 2000, c. 5)',
    CH_FADP: 'Bundesgesetz über den Datenschutz vom 25. September 2020 (Datenschutzgesetz, DSG)',
  },
  fr: {
    EU_GDPR: 'Règlement (UE) 2016/679 (règlement général sur la protection des données)',
    UK_GDPR: 'UK GDPR (règlement général sur la protection des données du Royaume-Uni) et Data Protection Act 2018',
    CCPA_CPRA:
      'California Consumer Privacy Act (CCPA), tel que modifié par le California Privacy Rights Act (CPRA) (Cal. Civ. Code § 1798.100 et suiv.)',
    LGPD: 'Lei Geral de Proteção de Dados Pessoais (loi brésilienne n° 13.709/2018)',
    PIPEDA:
      'Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE, L.C. 2000, ch. 5)',
    CH_FADP: 'Loi fédérale du 25 septembre 2020 sur la protection des données (LPD)',
  },
  es: {
    EU_GDPR: 'Reglamento (UE) 2016/679 (Reglamento General de Protección de Datos)',
    UK_GDPR: 'UK GDPR (Reglamento General de Protección de Datos del Reino Unido) y Data Protection Act 2018',
    CCPA_CPRA:
      'California Consumer Privacy Act (CCPA), en su versión modificada por la California Privacy Rights Act (CPRA) (Cal. Civ. Code § 1798.100 y ss.)',
    LGPD: 'Lei Geral de Proteção de Dados Pessoais (Ley brasileña n.º 13.709/2018)',
    PIPEDA:
      'Ley de Protección de la Información Personal y los Documentos Electrónicos de Canadá (PIPEDA, S.C. 2000, c. 5)',
    CH_FADP: 'Ley Federal suiza de Protección de Datos, de 25 de septiembre de 2020 (LPD)',
  },
  it: {
    EU_GDPR: 'Regolamento (UE) 2016/679 (regolamento generale sulla protezione dei dati)',
    UK_GDPR: 'UK GDPR (regolamento generale sulla protezione dei dati del Regno Unito) e Data Protection Act 2018',
    CCPA_CPRA:
      'California Consumer Privacy Act (CCPA), come modificato dal California Privacy Rights Act (CPRA) (Cal. Civ. Code § 1798.100 e segg.)',
    LGPD: 'Lei Geral de Proteção de Dados Pessoais (legge brasiliana n. 13.709/2018)',
    PIPEDA:
      'legge canadese sulla protezione delle informazioni personali e dei documenti elettronici (PIPEDA, S.C. 2000, c. 5)',
    CH_FADP: 'Legge federale del 25 settembre 2020 sulla protezione dei dati (LPD)',
  },
};

/** The title of a regime's law in the language ("Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung)"). */
export function lawTitle(i18n: Translator, jurisdiction: Jurisdiction): string {
  return i18n.language === 'en' ? JURISDICTION_INFO[jurisdiction].law : LAW_TITLES[i18n.language][jurisdiction];
}
