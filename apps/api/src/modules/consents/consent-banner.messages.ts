import type { MessageCatalogs } from '../public/message-catalog.js';

/**
 * The consent banner's own words (its headings, buttons and notes), in the five languages the product writes. The
 * notice itself — what the organisation asks, and about which purposes — comes from the notice endpoint in the
 * page's language. Plain text without arguments: the script shows them with `textContent` as they are.
 */
export type BannerMessageKey =
  | 'title'
  | 'acceptAll'
  | 'rejectAll'
  | 'settings'
  | 'policy'
  | 'withdraw'
  | 'settingsTitle'
  | 'settingsIntro'
  | 'save'
  | 'close'
  | 'dataCategories'
  | 'recipients'
  | 'gpc'
  | 'failed';

export const BANNER_CATALOGS: MessageCatalogs<BannerMessageKey> = {
  en: {
    title: 'Your privacy choices',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    settings: 'Settings',
    policy: 'Privacy policy',
    withdraw: 'Withdraw consent',
    settingsTitle: 'Privacy settings',
    settingsIntro: 'Choose what you agree to. Nothing is switched on until you save.',
    save: 'Save choices',
    close: 'Close',
    dataCategories: 'Personal data used',
    recipients: 'Shared with',
    gpc: 'Refused: your browser sends the Global Privacy Control signal.',
    failed: 'Your choice could not be saved. Please try again.',
  },
  de: {
    title: 'Ihre Datenschutzeinstellungen',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    settings: 'Einstellungen',
    policy: 'Datenschutzerklärung',
    withdraw: 'Einwilligung widerrufen',
    settingsTitle: 'Datenschutzeinstellungen',
    settingsIntro: 'Wählen Sie, wozu Sie einwilligen. Nichts ist eingeschaltet, bevor Sie speichern.',
    save: 'Auswahl speichern',
    close: 'Schließen',
    dataCategories: 'Verwendete personenbezogene Daten',
    recipients: 'Weitergegeben an',
    gpc: 'Abgelehnt: Ihr Browser sendet das Signal Global Privacy Control.',
    failed: 'Ihre Auswahl konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.',
  },
  fr: {
    title: 'Vos choix en matière de confidentialité',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    settings: 'Paramètres',
    policy: 'Politique de confidentialité',
    withdraw: 'Retirer mon consentement',
    settingsTitle: 'Paramètres de confidentialité',
    settingsIntro: 'Choisissez ce que vous acceptez. Rien n’est activé avant que vous enregistriez.',
    save: 'Enregistrer mes choix',
    close: 'Fermer',
    dataCategories: 'Données personnelles utilisées',
    recipients: 'Communiquées à',
    gpc: 'Refusé : votre navigateur envoie le signal Global Privacy Control.',
    failed: 'Votre choix n’a pas pu être enregistré. Veuillez réessayer.',
  },
  es: {
    title: 'Sus opciones de privacidad',
    acceptAll: 'Aceptar todo',
    rejectAll: 'Rechazar todo',
    settings: 'Configuración',
    policy: 'Política de privacidad',
    withdraw: 'Retirar el consentimiento',
    settingsTitle: 'Configuración de privacidad',
    settingsIntro: 'Elija lo que acepta. Nada se activa hasta que guarde.',
    save: 'Guardar mis opciones',
    close: 'Cerrar',
    dataCategories: 'Datos personales utilizados',
    recipients: 'Compartidos con',
    gpc: 'Rechazado: su navegador envía la señal Global Privacy Control.',
    failed: 'No se ha podido guardar su elección. Vuelva a intentarlo.',
  },
  it: {
    title: 'Le tue scelte sulla privacy',
    acceptAll: 'Accetta tutto',
    rejectAll: 'Rifiuta tutto',
    settings: 'Impostazioni',
    policy: 'Informativa sulla privacy',
    withdraw: 'Revoca il consenso',
    settingsTitle: 'Impostazioni sulla privacy',
    settingsIntro: 'Scegli a cosa acconsenti. Nulla è attivo finché non salvi.',
    save: 'Salva le scelte',
    close: 'Chiudi',
    dataCategories: 'Dati personali utilizzati',
    recipients: 'Condivisi con',
    gpc: 'Rifiutato: il tuo browser invia il segnale Global Privacy Control.',
    failed: 'Non è stato possibile salvare la tua scelta. Riprova.',
  },
};
