import type { Language } from '@noticeboard/domain';
import { Words, type MessageCatalogs } from './message-catalog.js';

/**
 * The few words of the public policy pages that are not the stored policy: their "not found" pages and the
 * embed script's message when the policy cannot be loaded, in every language the product writes; a tenant's
 * audience sees only its published ones. ICU MessageFormat.
 */
const en = {
  'notFound.title': 'Privacy policy not found',
  'notFound.tenant': 'There is no organisation at this address. Check the link you followed.',
  'notFound.unpublished': 'This organisation has not published a privacy policy here yet.',
  'notFound.version': 'There is no such version of this privacy policy.',
  'pageNotFound.title': 'Page not found',
  'pageNotFound.message': 'There is no public page at this address.',
  'embed.failed': 'The privacy policy could not be loaded.',
};

export type PublicMessageKey = keyof typeof en;
type Catalog = Record<PublicMessageKey, string>;

const de: Catalog = {
  'notFound.title': 'Datenschutzerklärung nicht gefunden',
  'notFound.tenant': 'Unter dieser Adresse gibt es keine Organisation. Prüfen Sie den Link, dem Sie gefolgt sind.',
  'notFound.unpublished': 'Diese Organisation hat hier noch keine Datenschutzerklärung veröffentlicht.',
  'notFound.version': 'Diese Version der Datenschutzerklärung gibt es nicht.',
  'pageNotFound.title': 'Seite nicht gefunden',
  'pageNotFound.message': 'Unter dieser Adresse gibt es keine öffentliche Seite.',
  'embed.failed': 'Die Datenschutzerklärung konnte nicht geladen werden.',
};

const fr: Catalog = {
  'notFound.title': 'Politique de confidentialité introuvable',
  'notFound.tenant': 'Aucune organisation ne se trouve à cette adresse. Vérifiez le lien que vous avez suivi.',
  'notFound.unpublished': 'Cette organisation n’a pas encore publié de politique de confidentialité ici.',
  'notFound.version': 'Cette version de la politique de confidentialité n’existe pas.',
  'pageNotFound.title': 'Page introuvable',
  'pageNotFound.message': 'Aucune page publique ne se trouve à cette adresse.',
  'embed.failed': 'La politique de confidentialité n’a pas pu être chargée.',
};

const es: Catalog = {
  'notFound.title': 'Política de privacidad no encontrada',
  'notFound.tenant': 'No hay ninguna organización en esta dirección. Compruebe el enlace que ha seguido.',
  'notFound.unpublished': 'Esta organización todavía no ha publicado aquí una política de privacidad.',
  'notFound.version': 'No existe esa versión de esta política de privacidad.',
  'pageNotFound.title': 'Página no encontrada',
  'pageNotFound.message': 'No hay ninguna página pública en esta dirección.',
  'embed.failed': 'No se ha podido cargar la política de privacidad.',
};

const it: Catalog = {
  'notFound.title': 'Informativa sulla privacy non trovata',
  'notFound.tenant': 'A questo indirizzo non c’è alcuna organizzazione. Controlli il link che ha seguito.',
  'notFound.unpublished': 'Questa organizzazione non ha ancora pubblicato qui un’informativa sulla privacy.',
  'notFound.version': 'Questa versione dell’informativa sulla privacy non esiste.',
  'pageNotFound.title': 'Pagina non trovata',
  'pageNotFound.message': 'A questo indirizzo non c’è alcuna pagina pubblica.',
  'embed.failed': 'Non è stato possibile caricare l’informativa sulla privacy.',
};

/** Every language's catalog; `catalogDisagreements` (in the tests) holds them to the English keys and arguments. */
export const PUBLIC_CATALOGS: MessageCatalogs<PublicMessageKey> = { en, de, fr, es, it };

/** The public pages' own words in one language. */
export class PublicPageWords extends Words<PublicMessageKey> {
  constructor(language: Language) {
    super(language, PUBLIC_CATALOGS);
  }
}
