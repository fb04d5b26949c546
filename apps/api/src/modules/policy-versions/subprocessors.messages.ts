import type { Language } from '@noticeboard/domain';
import { Words, type MessageCatalogs } from '../public/message-catalog.js';

/**
 * The wording of the public sub-processor list (`/p/<slug>/subprocessors`), stored at publish time once per language
 * the tenant publishes. ICU MessageFormat; `{name}` arguments are filled by `html()` with escaped text or markup.
 * The safeguard names follow the GDPR's official wording in each language (Art. 45–49).
 */
const en = {
  title: '{organisation} — Sub-processors',
  heading: '{organisation}: sub-processors',
  intro:
    'The processors that handle personal data on our behalf, as of version {version} of our privacy policy (effective {date}).',
  caption: 'Sub-processors',
  'column.name': 'Name',
  'column.legalEntity': 'Legal entity',
  'column.country': 'Country',
  'column.service': 'Service',
  'column.safeguards': 'Transfer safeguard',
  /** After the country of establishment: the other countries where the processor handles the data. */
  'country.also': '(also {countries})',
  // A statement about this version's list, not a claim that the organisation uses no processors at all.
  empty: 'No sub-processors are listed in this version of the policy.',
  'subscribe.heading': 'Get notified of changes',
  'subscribe.email': 'Email address',
  'subscribe.button': 'Subscribe',
  'subscribe.explanation': 'We first send a link to confirm the address; every notice has a link to unsubscribe.',
  'safeguard.ADEQUACY_DECISION': 'adequacy decision',
  'safeguard.STANDARD_CONTRACTUAL_CLAUSES': 'standard contractual clauses',
  'safeguard.UK_IDTA': 'UK International Data Transfer Agreement',
  'safeguard.UK_ADDENDUM': 'UK Addendum to the standard contractual clauses',
  // The framework by its family name: its EU, UK and Swiss parts are the policy's to name, per regime.
  'safeguard.DATA_PRIVACY_FRAMEWORK': 'Data Privacy Framework',
  'safeguard.PRIVACY_SHIELD': 'EU-US Privacy Shield',
  'safeguard.BINDING_CORPORATE_RULES': 'binding corporate rules',
  'safeguard.DEROGATION': 'derogation (Art. 49)',
};

export type SubprocessorsPageMessageKey = keyof typeof en;
type Catalog = Record<SubprocessorsPageMessageKey, string>;

const de: Catalog = {
  title: '{organisation} — Unterauftragsverarbeiter',
  heading: '{organisation}: Unterauftragsverarbeiter',
  intro:
    'Die Unterauftragsverarbeiter, die in unserem Auftrag personenbezogene Daten verarbeiten, gemäß Version {version} unserer Datenschutzerklärung (gültig ab dem {date}).',
  caption: 'Unterauftragsverarbeiter',
  'column.name': 'Anbieter',
  'column.legalEntity': 'Juristische Person',
  'column.country': 'Land',
  'column.service': 'Leistung',
  'column.safeguards': 'Garantie für die Übermittlung',
  'country.also': '(außerdem {countries})',
  empty: 'In dieser Version der Datenschutzerklärung sind keine Unterauftragsverarbeiter aufgeführt.',
  'subscribe.heading': 'Benachrichtigung bei Änderungen',
  'subscribe.email': 'E-Mail-Adresse',
  'subscribe.button': 'Abonnieren',
  'subscribe.explanation':
    'Wir senden zuerst einen Link zur Bestätigung der Adresse; jede Benachrichtigung enthält einen Link zum Abbestellen.',
  'safeguard.ADEQUACY_DECISION': 'Angemessenheitsbeschluss',
  'safeguard.STANDARD_CONTRACTUAL_CLAUSES': 'Standardvertragsklauseln',
  'safeguard.UK_IDTA': 'internationale Datenübermittlungsvereinbarung des Vereinigten Königreichs (IDTA)',
  'safeguard.UK_ADDENDUM': 'Zusatz des Vereinigten Königreichs zu den Standardvertragsklauseln (UK Addendum)',
  'safeguard.DATA_PRIVACY_FRAMEWORK': 'Datenschutzrahmen (Data Privacy Framework)',
  'safeguard.PRIVACY_SHIELD': 'EU-US-Datenschutzschild (Privacy Shield)',
  'safeguard.BINDING_CORPORATE_RULES': 'verbindliche interne Datenschutzvorschriften',
  'safeguard.DEROGATION': 'Ausnahme (Art. 49)',
};

const fr: Catalog = {
  title: '{organisation} — Sous-traitants ultérieurs',
  heading: '{organisation}\u00a0: sous-traitants ultérieurs',
  intro:
    'Les sous-traitants ultérieurs qui traitent des données à caractère personnel pour notre compte, selon la version {version} de notre politique de confidentialité (en vigueur à compter du {date}).',
  caption: 'Sous-traitants ultérieurs',
  'column.name': 'Nom',
  'column.legalEntity': 'Entité juridique',
  'column.country': 'Pays',
  'column.service': 'Prestation',
  'column.safeguards': 'Garantie de transfert',
  'country.also': '(également {countries})',
  empty: 'Aucun sous-traitant ultérieur n’est mentionné dans cette version de la politique de confidentialité.',
  'subscribe.heading': 'Être informé des modifications',
  'subscribe.email': 'Adresse e-mail',
  'subscribe.button': 'S’abonner',
  'subscribe.explanation':
    'Nous envoyons d’abord un lien pour confirmer l’adresse\u00a0; chaque avis contient un lien de désabonnement.',
  'safeguard.ADEQUACY_DECISION': 'décision d’adéquation',
  'safeguard.STANDARD_CONTRACTUAL_CLAUSES': 'clauses contractuelles types',
  'safeguard.UK_IDTA': 'accord international de transfert de données du Royaume-Uni (IDTA)',
  'safeguard.UK_ADDENDUM': 'avenant du Royaume-Uni aux clauses contractuelles types',
  'safeguard.DATA_PRIVACY_FRAMEWORK': 'cadre de protection des données (Data Privacy Framework)',
  'safeguard.PRIVACY_SHIELD': 'bouclier de protection des données UE-États-Unis',
  'safeguard.BINDING_CORPORATE_RULES': 'règles d’entreprise contraignantes',
  'safeguard.DEROGATION': 'dérogation (art. 49)',
};

const es: Catalog = {
  title: '{organisation} — Subencargados del tratamiento',
  heading: '{organisation}: subencargados del tratamiento',
  intro:
    'Los subencargados del tratamiento que tratan datos personales por cuenta nuestra, según la versión {version} de nuestra política de privacidad (vigente desde el {date}).',
  caption: 'Subencargados del tratamiento',
  'column.name': 'Nombre',
  'column.legalEntity': 'Entidad jurídica',
  'column.country': 'País',
  'column.service': 'Servicio',
  'column.safeguards': 'Garantía para la transferencia',
  'country.also': '(también {countries})',
  empty: 'En esta versión de la política de privacidad no figura ningún subencargado del tratamiento.',
  'subscribe.heading': 'Reciba avisos de los cambios',
  'subscribe.email': 'Dirección de correo electrónico',
  'subscribe.button': 'Suscribirse',
  'subscribe.explanation':
    'Primero enviamos un enlace para confirmar la dirección; cada aviso incluye un enlace para darse de baja.',
  'safeguard.ADEQUACY_DECISION': 'decisión de adecuación',
  'safeguard.STANDARD_CONTRACTUAL_CLAUSES': 'cláusulas contractuales tipo',
  'safeguard.UK_IDTA': 'acuerdo internacional de transferencia de datos del Reino Unido (IDTA)',
  'safeguard.UK_ADDENDUM': 'anexo del Reino Unido a las cláusulas contractuales tipo',
  'safeguard.DATA_PRIVACY_FRAMEWORK': 'Marco de Privacidad de Datos (Data Privacy Framework)',
  'safeguard.PRIVACY_SHIELD': 'Escudo de la Privacidad UE-EE. UU.',
  'safeguard.BINDING_CORPORATE_RULES': 'normas corporativas vinculantes',
  'safeguard.DEROGATION': 'excepción (art. 49)',
};

const it: Catalog = {
  title: '{organisation} — Sub-responsabili del trattamento',
  heading: '{organisation}: sub-responsabili del trattamento',
  intro:
    'I sub-responsabili del trattamento che trattano dati personali per nostro conto, secondo la versione {version} della nostra informativa sul trattamento dei dati personali (in vigore dal {date}).',
  caption: 'Sub-responsabili del trattamento',
  'column.name': 'Nome',
  'column.legalEntity': 'Persona giuridica',
  'column.country': 'Paese',
  'column.service': 'Servizio',
  'column.safeguards': 'Garanzia per il trasferimento',
  'country.also': '(anche {countries})',
  empty: 'In questa versione dell’informativa non è indicato alcun sub-responsabile del trattamento.',
  'subscribe.heading': 'Ricevere avvisi sulle modifiche',
  'subscribe.email': 'Indirizzo e-mail',
  'subscribe.button': 'Iscriviti',
  'subscribe.explanation':
    'Prima inviamo un link per confermare l’indirizzo; ogni avviso contiene un link per annullare l’iscrizione.',
  'safeguard.ADEQUACY_DECISION': 'decisione di adeguatezza',
  'safeguard.STANDARD_CONTRACTUAL_CLAUSES': 'clausole contrattuali tipo',
  'safeguard.UK_IDTA': 'accordo internazionale di trasferimento dei dati del Regno Unito (IDTA)',
  'safeguard.UK_ADDENDUM': 'addendum del Regno Unito alle clausole contrattuali tipo',
  'safeguard.DATA_PRIVACY_FRAMEWORK': 'quadro per la protezione dei dati (Data Privacy Framework)',
  'safeguard.PRIVACY_SHIELD': 'scudo UE-USA per la privacy',
  'safeguard.BINDING_CORPORATE_RULES': 'norme vincolanti d’impresa',
  'safeguard.DEROGATION': 'deroga (art. 49)',
};

/** Every language's catalog; `catalogDisagreements` (in the tests) holds them to the English keys and arguments. */
export const SUBPROCESSORS_PAGE_CATALOGS: MessageCatalogs<SubprocessorsPageMessageKey> = { en, de, fr, es, it };

/** The sub-processor list's words in one language. */
export class SubprocessorsPageWords extends Words<SubprocessorsPageMessageKey> {
  constructor(language: Language) {
    super(language, SUBPROCESSORS_PAGE_CATALOGS);
  }
}

const SAFEGUARD_PREFIX = 'safeguard.';
const safeguardsByLanguage = new Map<Language, Readonly<Record<string, string>>>();

/** How the list (and the change notices) name each transfer safeguard in `language`, by the domain's safeguard code. */
export function safeguardWords(language: Language): Readonly<Record<string, string>> {
  let words = safeguardsByLanguage.get(language);
  if (!words) {
    const w = new SubprocessorsPageWords(language);
    const keys = Object.keys(SUBPROCESSORS_PAGE_CATALOGS.en).filter((k) => k.startsWith(SAFEGUARD_PREFIX));
    words = Object.freeze(
      Object.fromEntries(
        keys.map((key) => [key.slice(SAFEGUARD_PREFIX.length), w.text(key as SubprocessorsPageMessageKey)]),
      ),
    );
    safeguardsByLanguage.set(language, words);
  }
  return words;
}
