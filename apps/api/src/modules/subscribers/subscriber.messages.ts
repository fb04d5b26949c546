import type { Language } from '@noticeboard/domain';
import { Words, type MessageCatalogs } from '../public/message-catalog.js';

/**
 * The wording of the subscription pages (subscribe, confirm, unsubscribe) and of the emails to a subscriber (the
 * confirmation, the sub-processor change notice), in every language the product writes; a tenant's audience sees
 * only its published ones. ICU MessageFormat. A page's words are `<page>.title` and `<page>.message`.
 */
const en = {
  'form.title': 'Changes to the sub-processors of {organisation}',
  'form.message': 'Get an email whenever this list changes. We first send a link to confirm the address.',
  'form.email': 'Email address',
  'form.subscribe': 'Subscribe',
  'accepted.title': 'Check your inbox',
  'accepted.message':
    'If this address is not subscribed yet, we have sent it an email with a link to confirm. Nothing is sent until it is confirmed.',
  'invalidEmail.title': 'Check the address',
  'invalidEmail.message': 'Enter an email address such as name@example.com.',
  'confirmed.title': 'Subscription confirmed',
  'confirmed.message':
    'You will get an email whenever the list of sub-processors changes. Every email has a link to unsubscribe.',
  'unsubscribed.title': 'Unsubscribed',
  'unsubscribed.message': 'You will get no more emails about changes to the list of sub-processors.',
  'invalidLink.title': 'This link is not valid',
  'invalidLink.message':
    'It may be incomplete, or the subscription it belonged to was removed. Copy the whole link from the email, or subscribe again.',
  'expired.title': 'This link has expired',
  'expired.message': 'Confirmation links work for 7 days. Subscribe again to get a new one.',
  'notFound.title': 'Page not found',
  'notFound.message': 'There is no organisation at this address. Check the link you followed.',
  'unsupported.title': 'Unsupported request',
  'unsupported.message': 'Please use the form to subscribe.',

  'email.greeting': 'Hello,',
  'email.confirm.subject': 'Confirm: changes to the sub-processors of {organisation}',
  'email.confirm.asked':
    'someone, hopefully you, asked to be told by email when {organisation} changes the list of sub-processors that handle personal data on its behalf.',
  'email.confirm.link': 'To confirm, open this link within 7 days:',
  'email.confirm.ignore': 'If you did not ask for this, ignore this email: you will get nothing more from us.',
  'email.confirm.list': 'The current list: {link}',
  'email.notice.subject': '{organisation}: changes to our sub-processors',
  'email.notice.published':
    '{organisation} has published version {version} of its privacy policy, effective {date}. It changes the list of sub-processors that handle personal data on its behalf.',
  'email.notice.list': 'The full list: {link}',
  'email.notice.unsubscribe': 'You get this email because you subscribed to changes of this list. To stop, open:',
  'changes.added': 'Added:',
  'changes.removed': 'Removed:',
  'changes.changed': 'Changed:',
  'changes.safeguards': 'transfer safeguards: {safeguards}',
  'changes.noSafeguards': 'none',
  'field.name': 'name',
  'field.legalEntity': 'legal entity',
  'field.country': 'country',
  'field.processingCountries': 'also processes in',
  'field.service': 'service',
  'field.safeguards': 'transfer safeguards',
  'field.privacyPolicyUrl': 'privacy policy',
};

export type SubscriberMessageKey = keyof typeof en;
type Catalog = Record<SubscriberMessageKey, string>;

const de: Catalog = {
  'form.title': 'Änderungen der Unterauftragsverarbeiter von {organisation}',
  'form.message':
    'Erhalten Sie eine E-Mail, sobald sich diese Liste ändert. Zuerst senden wir einen Link, mit dem Sie die Adresse bestätigen.',
  'form.email': 'E-Mail-Adresse',
  'form.subscribe': 'Abonnieren',
  'accepted.title': 'Bitte prüfen Sie Ihr Postfach',
  'accepted.message':
    'Falls diese Adresse noch nicht eingetragen ist, haben wir ihr eine E-Mail mit einem Bestätigungslink gesendet. Bis zur Bestätigung senden wir nichts weiter.',
  'invalidEmail.title': 'Bitte prüfen Sie die Adresse',
  'invalidEmail.message': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'confirmed.title': 'Abonnement bestätigt',
  'confirmed.message':
    'Sie erhalten eine E-Mail, sobald sich die Liste der Unterauftragsverarbeiter ändert. Jede E-Mail enthält einen Link zum Abbestellen.',
  'unsubscribed.title': 'Abbestellt',
  'unsubscribed.message': 'Sie erhalten keine E-Mails mehr zu Änderungen der Liste der Unterauftragsverarbeiter.',
  'invalidLink.title': 'Dieser Link ist nicht gültig',
  'invalidLink.message':
    'Er ist vielleicht unvollständig, oder das zugehörige Abonnement wurde entfernt. Kopieren Sie den ganzen Link aus der E-Mail oder abonnieren Sie erneut.',
  'expired.title': 'Dieser Link ist abgelaufen',
  'expired.message': 'Bestätigungslinks gelten 7 Tage. Abonnieren Sie erneut, um einen neuen zu erhalten.',
  'notFound.title': 'Seite nicht gefunden',
  'notFound.message': 'Unter dieser Adresse gibt es keine Organisation. Prüfen Sie den Link, dem Sie gefolgt sind.',
  'unsupported.title': 'Anfrage nicht unterstützt',
  'unsupported.message': 'Bitte abonnieren Sie über das Formular.',

  'email.greeting': 'Guten Tag,',
  'email.confirm.subject': 'Bitte bestätigen: Änderungen der Unterauftragsverarbeiter von {organisation}',
  'email.confirm.asked':
    'jemand, hoffentlich Sie, hat darum gebeten, per E-Mail informiert zu werden, wenn {organisation} die Liste der Unterauftragsverarbeiter ändert, die in ihrem Auftrag personenbezogene Daten verarbeiten.',
  'email.confirm.link': 'Zur Bestätigung öffnen Sie diesen Link innerhalb von 7 Tagen:',
  'email.confirm.ignore':
    'Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Sie erhalten dann nichts weiter von uns.',
  'email.confirm.list': 'Die aktuelle Liste: {link}',
  'email.notice.subject': '{organisation}: Änderungen unserer Unterauftragsverarbeiter',
  'email.notice.published':
    '{organisation} hat Version {version} der Datenschutzerklärung veröffentlicht, gültig ab dem {date}. Sie ändert die Liste der Unterauftragsverarbeiter, die im Auftrag von {organisation} personenbezogene Daten verarbeiten.',
  'email.notice.list': 'Die vollständige Liste: {link}',
  'email.notice.unsubscribe':
    'Sie erhalten diese E-Mail, weil Sie Änderungen dieser Liste abonniert haben. Zum Abbestellen öffnen Sie:',
  'changes.added': 'Hinzugefügt:',
  'changes.removed': 'Entfernt:',
  'changes.changed': 'Geändert:',
  'changes.safeguards': 'Garantien für die Übermittlung: {safeguards}',
  'changes.noSafeguards': 'keine',
  'field.name': 'Name',
  'field.legalEntity': 'juristische Person',
  'field.country': 'Land',
  'field.processingCountries': 'verarbeitet auch in',
  'field.service': 'Leistung',
  'field.safeguards': 'Garantien für die Übermittlung',
  'field.privacyPolicyUrl': 'Datenschutzerklärung',
};

const fr: Catalog = {
  'form.title': 'Modifications des sous-traitants ultérieurs de {organisation}',
  'form.message':
    'Recevez un e-mail à chaque modification de cette liste. Nous envoyons d’abord un lien pour confirmer l’adresse.',
  'form.email': 'Adresse e-mail',
  'form.subscribe': 'S’abonner',
  'accepted.title': 'Consultez votre boîte de réception',
  'accepted.message':
    'Si cette adresse n’est pas encore abonnée, nous lui avons envoyé un e-mail contenant un lien de confirmation. Rien d’autre n’est envoyé avant la confirmation.',
  'invalidEmail.title': 'Vérifiez l’adresse',
  'invalidEmail.message': 'Saisissez une adresse e-mail comme nom@example.com.',
  'confirmed.title': 'Abonnement confirmé',
  'confirmed.message':
    'Vous recevrez un e-mail à chaque modification de la liste des sous-traitants ultérieurs. Chaque e-mail contient un lien de désabonnement.',
  'unsubscribed.title': 'Désabonnement effectué',
  'unsubscribed.message':
    'Vous ne recevrez plus d’e-mails sur les modifications de la liste des sous-traitants ultérieurs.',
  'invalidLink.title': 'Ce lien n’est pas valide',
  'invalidLink.message':
    'Il est peut-être incomplet, ou l’abonnement auquel il correspondait a été supprimé. Copiez le lien entier depuis l’e-mail, ou abonnez-vous à nouveau.',
  'expired.title': 'Ce lien a expiré',
  'expired.message':
    'Les liens de confirmation sont valables 7 jours. Abonnez-vous à nouveau pour en recevoir un nouveau.',
  'notFound.title': 'Page introuvable',
  'notFound.message': 'Aucune organisation ne se trouve à cette adresse. Vérifiez le lien que vous avez suivi.',
  'unsupported.title': 'Requête non prise en charge',
  'unsupported.message': 'Veuillez utiliser le formulaire pour vous abonner.',

  'email.greeting': 'Bonjour,',
  'email.confirm.subject': 'Confirmation : modifications des sous-traitants ultérieurs de {organisation}',
  'email.confirm.asked':
    'Quelqu’un, vous-même nous l’espérons, a demandé à être informé par e-mail lorsque {organisation} modifie la liste des sous-traitants ultérieurs qui traitent des données personnelles pour son compte.',
  'email.confirm.link': 'Pour confirmer, ouvrez ce lien dans les 7 jours :',
  'email.confirm.ignore':
    'Si vous n’avez rien demandé, ignorez cet e-mail : vous ne recevrez rien d’autre de notre part.',
  'email.confirm.list': 'La liste actuelle : {link}',
  'email.notice.subject': '{organisation} : modifications de nos sous-traitants ultérieurs',
  'email.notice.published':
    '{organisation} a publié la version {version} de sa politique de confidentialité, applicable à compter du {date}. Elle modifie la liste des sous-traitants ultérieurs qui traitent des données personnelles pour son compte.',
  'email.notice.list': 'La liste complète : {link}',
  'email.notice.unsubscribe':
    'Vous recevez cet e-mail parce que vous vous êtes abonné aux modifications de cette liste. Pour vous désabonner, ouvrez :',
  'changes.added': 'Ajoutés :',
  'changes.removed': 'Retirés :',
  'changes.changed': 'Modifiés :',
  'changes.safeguards': 'garanties de transfert : {safeguards}',
  'changes.noSafeguards': 'aucune',
  'field.name': 'nom',
  'field.legalEntity': 'entité juridique',
  'field.country': 'pays',
  'field.processingCountries': 'traite aussi en',
  'field.service': 'service',
  'field.safeguards': 'garanties de transfert',
  'field.privacyPolicyUrl': 'politique de confidentialité',
};

const es: Catalog = {
  'form.title': 'Cambios en los subencargados del tratamiento de {organisation}',
  'form.message':
    'Reciba un correo electrónico cada vez que cambie esta lista. Primero le enviaremos un enlace para confirmar la dirección.',
  'form.email': 'Dirección de correo electrónico',
  'form.subscribe': 'Suscribirse',
  'accepted.title': 'Revise su bandeja de entrada',
  'accepted.message':
    'Si esta dirección aún no está suscrita, le hemos enviado un correo electrónico con un enlace de confirmación. No se enviará nada más hasta que se confirme.',
  'invalidEmail.title': 'Compruebe la dirección',
  'invalidEmail.message': 'Introduzca una dirección de correo electrónico como nombre@example.com.',
  'confirmed.title': 'Suscripción confirmada',
  'confirmed.message':
    'Recibirá un correo electrónico cada vez que cambie la lista de subencargados del tratamiento. Cada correo incluye un enlace para darse de baja.',
  'unsubscribed.title': 'Baja realizada',
  'unsubscribed.message':
    'No recibirá más correos electrónicos sobre cambios en la lista de subencargados del tratamiento.',
  'invalidLink.title': 'Este enlace no es válido',
  'invalidLink.message':
    'Puede que esté incompleto o que se haya eliminado la suscripción a la que correspondía. Copie el enlace completo del correo electrónico o vuelva a suscribirse.',
  'expired.title': 'Este enlace ha caducado',
  'expired.message':
    'Los enlaces de confirmación son válidos durante 7 días. Vuelva a suscribirse para recibir uno nuevo.',
  'notFound.title': 'Página no encontrada',
  'notFound.message': 'No hay ninguna organización en esta dirección. Compruebe el enlace que ha seguido.',
  'unsupported.title': 'Solicitud no admitida',
  'unsupported.message': 'Utilice el formulario para suscribirse.',

  'email.greeting': 'Buenos días:',
  'email.confirm.subject': 'Confirme: cambios en los subencargados del tratamiento de {organisation}',
  'email.confirm.asked':
    'Alguien, esperamos que usted, ha pedido que se le informe por correo electrónico cuando {organisation} modifique la lista de subencargados que tratan datos personales por cuenta de {organisation}.',
  'email.confirm.link': 'Para confirmarlo, abra este enlace en un plazo de 7 días:',
  'email.confirm.ignore':
    'Si usted no lo ha solicitado, ignore este correo electrónico: no recibirá nada más de nuestra parte.',
  'email.confirm.list': 'La lista actual: {link}',
  'email.notice.subject': '{organisation}: cambios en nuestros subencargados del tratamiento',
  'email.notice.published':
    '{organisation} ha publicado la versión {version} de su política de privacidad, aplicable desde el {date}. Esta versión modifica la lista de subencargados que tratan datos personales por cuenta de {organisation}.',
  'email.notice.list': 'La lista completa: {link}',
  'email.notice.unsubscribe':
    'Recibe este correo electrónico porque se suscribió a los cambios de esta lista. Para darse de baja, abra:',
  'changes.added': 'Añadidos:',
  'changes.removed': 'Eliminados:',
  'changes.changed': 'Modificados:',
  'changes.safeguards': 'garantías para las transferencias: {safeguards}',
  'changes.noSafeguards': 'ninguna',
  'field.name': 'nombre',
  'field.legalEntity': 'entidad jurídica',
  'field.country': 'país',
  'field.processingCountries': 'también trata datos en',
  'field.service': 'servicio',
  'field.safeguards': 'garantías para las transferencias',
  'field.privacyPolicyUrl': 'política de privacidad',
};

const it: Catalog = {
  'form.title': 'Modifiche ai sub-responsabili del trattamento di {organisation}',
  'form.message':
    'Riceva un’e-mail ogni volta che questo elenco cambia. Prima le inviamo un link per confermare l’indirizzo.',
  'form.email': 'Indirizzo e-mail',
  'form.subscribe': 'Iscriviti',
  'accepted.title': 'Controlli la sua casella di posta',
  'accepted.message':
    'Se questo indirizzo non è ancora iscritto, gli abbiamo inviato un’e-mail con un link di conferma. Non inviamo nient’altro finché non viene confermato.',
  'invalidEmail.title': 'Controlli l’indirizzo',
  'invalidEmail.message': 'Inserisca un indirizzo e-mail come nome@example.com.',
  'confirmed.title': 'Iscrizione confermata',
  'confirmed.message':
    'Riceverà un’e-mail ogni volta che l’elenco dei sub-responsabili del trattamento cambia. Ogni e-mail contiene un link per annullare l’iscrizione.',
  'unsubscribed.title': 'Iscrizione annullata',
  'unsubscribed.message': 'Non riceverà più e-mail sulle modifiche all’elenco dei sub-responsabili del trattamento.',
  'invalidLink.title': 'Questo link non è valido',
  'invalidLink.message':
    'Potrebbe essere incompleto, oppure l’iscrizione a cui si riferiva è stata rimossa. Copi l’intero link dall’e-mail oppure si iscriva di nuovo.',
  'expired.title': 'Questo link è scaduto',
  'expired.message': 'I link di conferma sono validi per 7 giorni. Si iscriva di nuovo per riceverne uno nuovo.',
  'notFound.title': 'Pagina non trovata',
  'notFound.message': 'A questo indirizzo non c’è alcuna organizzazione. Controlli il link che ha seguito.',
  'unsupported.title': 'Richiesta non supportata',
  'unsupported.message': 'Utilizzi il modulo per iscriversi.',

  'email.greeting': 'Buongiorno,',
  'email.confirm.subject': 'Conferma: modifiche ai sub-responsabili del trattamento di {organisation}',
  'email.confirm.asked':
    'qualcuno, speriamo lei, ha chiesto di essere informato via e-mail quando {organisation} modifica l’elenco dei sub-responsabili che trattano dati personali per conto di {organisation}.',
  'email.confirm.link': 'Per confermare, apra questo link entro 7 giorni:',
  'email.confirm.ignore': 'Se non ha fatto questa richiesta, ignori questa e-mail: non riceverà nient’altro da noi.',
  'email.confirm.list': 'L’elenco attuale: {link}',
  'email.notice.subject': '{organisation}: modifiche ai nostri sub-responsabili del trattamento',
  'email.notice.published':
    '{organisation} ha pubblicato la versione {version} della sua informativa sulla privacy, in vigore dal {date}. Questa versione modifica l’elenco dei sub-responsabili che trattano dati personali per conto di {organisation}.',
  'email.notice.list': 'L’elenco completo: {link}',
  'email.notice.unsubscribe':
    'Riceve questa e-mail perché si è iscritto alle modifiche di questo elenco. Per annullare l’iscrizione, apra:',
  'changes.added': 'Aggiunti:',
  'changes.removed': 'Rimossi:',
  'changes.changed': 'Modificati:',
  'changes.safeguards': 'garanzie per il trasferimento: {safeguards}',
  'changes.noSafeguards': 'nessuna',
  'field.name': 'nome',
  'field.legalEntity': 'persona giuridica',
  'field.country': 'paese',
  'field.processingCountries': 'tratta dati anche in',
  'field.service': 'servizio',
  'field.safeguards': 'garanzie per il trasferimento',
  'field.privacyPolicyUrl': 'informativa sulla privacy',
};

/** Every language's catalog; `catalogDisagreements` (in the tests) holds them to the English keys and arguments. */
export const SUBSCRIBER_CATALOGS: MessageCatalogs<SubscriberMessageKey> = { en, de, fr, es, it };

/** The subscription pages' and a subscriber's emails' words in one language. */
export class SubscriberWords extends Words<SubscriberMessageKey> {
  constructor(language: Language) {
    super(language, SUBSCRIBER_CATALOGS);
  }
}

/** English: the messages of the JSON API. */
export const ENGLISH = new SubscriberWords('en');
