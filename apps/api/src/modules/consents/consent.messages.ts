import type { Language } from '@noticeboard/domain';
import { Words, type MessageCatalogs } from '../public/message-catalog.js';

/**
 * The sentences of the consent notice a banner shows, in every language the product writes (a tenant's visitors
 * see only its published ones). ICU MessageFormat, plain text. Formal address throughout, and each language's
 * legal term for consent (GDPR Art. 7: Einwilligung, consentement, consentimiento, consenso). Each purpose names
 * the categories of personal data it uses and the recipients that receive them, so that consent is informed (GDPR
 * Art. 4(11); EDPB Guidelines 05/2020 on consent, 3.3.1). A notice already recorded keeps its words
 * in `consent_notices`, so its hash still resolves after the wording changes.
 * consent.messages.test.ts holds every catalog to English's keys and arguments.
 */
const en = {
  'notice.consent': '{organisation} asks for your consent to use your personal data for:',
  'notice.optOut': '{organisation} sells or shares personal information for the following; you can opt out:',
  'notice.withdraw':
    'You can withdraw your consent at any time, as easily as you gave it. Privacy policy (version {version}): {url}',
  'notice.purpose': '- {name}',
  'notice.purposeDescribed': '- {name}: {description}',
  'notice.dataCategories': '  Categories of personal data concerned: {categories}',
  'notice.recipients': '  Recipients (third parties) to whom the data are disclosed for this purpose: {recipients}',
};

export type ConsentMessageKey = keyof typeof en;
type Catalog = Record<ConsentMessageKey, string>;

const de: Catalog = {
  'notice.consent':
    '{organisation} bittet um Ihre Einwilligung, Ihre personenbezogenen Daten für folgende Zwecke zu verwenden:',
  'notice.optOut':
    '{organisation} verkauft oder teilt personenbezogene Informationen für folgende Zwecke; Sie können dem widersprechen (Opt-out):',
  'notice.withdraw':
    'Sie können Ihre Einwilligung jederzeit widerrufen, und zwar so einfach, wie Sie sie erteilt haben. Datenschutzerklärung (Version {version}): {url}',
  'notice.purpose': '- {name}',
  'notice.purposeDescribed': '- {name}: {description}',
  'notice.dataCategories': '  Betroffene Kategorien personenbezogener Daten: {categories}',
  'notice.recipients': '  Empfänger (Dritte), denen die Daten für diesen Zweck offengelegt werden: {recipients}',
};

const fr: Catalog = {
  'notice.consent':
    '{organisation} sollicite votre consentement pour utiliser vos données personnelles aux fins suivantes :',
  'notice.optOut':
    '{organisation} vend ou partage des informations personnelles aux fins suivantes ; vous pouvez vous y opposer (opt-out) :',
  'notice.withdraw':
    'Vous pouvez retirer votre consentement à tout moment, aussi simplement que vous l’avez donné. Politique de confidentialité (version {version}) : {url}',
  'notice.purpose': '- {name}',
  'notice.purposeDescribed': '- {name} : {description}',
  'notice.dataCategories': '  Catégories de données personnelles concernées : {categories}',
  'notice.recipients': '  Destinataires (tiers) auxquels les données sont communiquées à cette fin : {recipients}',
};

const es: Catalog = {
  'notice.consent':
    '{organisation} solicita su consentimiento para utilizar sus datos personales con los siguientes fines:',
  'notice.optOut':
    '{organisation} vende o comparte información personal con los siguientes fines; usted puede oponerse (opt-out):',
  'notice.withdraw':
    'Puede retirar su consentimiento en cualquier momento, con la misma facilidad con la que lo otorgó. Política de privacidad (versión {version}): {url}',
  'notice.purpose': '- {name}',
  'notice.purposeDescribed': '- {name}: {description}',
  'notice.dataCategories': '  Categorías de datos personales afectadas: {categories}',
  'notice.recipients': '  Destinatarios (terceros) a los que se comunican los datos para esta finalidad: {recipients}',
};

const it: Catalog = {
  'notice.consent':
    '{organisation} le chiede il consenso all’utilizzo dei suoi dati personali per le seguenti finalità:',
  'notice.optOut':
    '{organisation} vende o condivide informazioni personali per le seguenti finalità; può opporsi (opt-out):',
  'notice.withdraw':
    'Può revocare il suo consenso in qualsiasi momento, con la stessa facilità con cui lo ha prestato. Informativa sulla privacy (versione {version}): {url}',
  'notice.purpose': '- {name}',
  'notice.purposeDescribed': '- {name}: {description}',
  'notice.dataCategories': '  Categorie di dati personali interessate: {categories}',
  'notice.recipients': '  Destinatari (terzi) ai quali i dati sono comunicati per questa finalità: {recipients}',
};

/** Every language's catalog; `catalogDisagreements` (in the tests) holds them to the English keys and arguments. */
export const CONSENT_NOTICE_CATALOGS: MessageCatalogs<ConsentMessageKey> = { en, de, fr, es, it };

/** The consent notice's sentences in one language. */
export class ConsentNoticeWords extends Words<ConsentMessageKey> {
  constructor(language: Language) {
    super(language, CONSENT_NOTICE_CATALOGS);
  }

  /**
   * One purpose's lines of the notice: its name and its description when it has one, then the categories of data
   * it uses and the recipients of them, each when there are any. Names are joined with "; ", the same on every
   * runtime (a list formatter's words depend on the locale data, and the hash on every character).
   */
  purpose(p: { name: string; description: string | null; dataCategories?: string[]; recipients?: string[] }): string {
    const lines = [
      p.description
        ? this.text('notice.purposeDescribed', { name: p.name, description: p.description })
        : this.text('notice.purpose', { name: p.name }),
    ];
    if (p.dataCategories?.length)
      lines.push(this.text('notice.dataCategories', { categories: p.dataCategories.join('; ') }));
    if (p.recipients?.length) lines.push(this.text('notice.recipients', { recipients: p.recipients.join('; ') }));
    return lines.join('\n');
  }
}
