import type { Language } from '@noticeboard/domain';
import { LOCALES } from '@noticeboard/policy-render';
import { Words, type MessageCatalogs } from '../public/message-catalog.js';

/**
 * The words of the consent withdrawal page (GDPR Art. 7(3): withdrawing as easy as giving) and of the email that
 * brings its link, in every language the product writes; a tenant's visitors see only its published ones. ICU
 * MessageFormat, plain text, formal address, each language's legal term (Widerruf der Einwilligung, retrait du
 * consentement, retirada del consentimiento, revoca del consenso). A page's words are `<page>.title` and
 * `<page>.message`. What the page shows before the button is also kept as the proof's notice text, so the
 * history holds the words the person saw when they withdrew.
 */
const en = {
  'form.title': 'Withdraw your consent',
  'form.intro': '{organisation} holds the following consents from you:',
  'form.since': 'given on {date}',
  'form.effect':
    'Withdrawing takes effect at once, for the future; it does not affect the lawfulness of processing before the withdrawal.',
  'form.button': 'Withdraw all consents',
  'nothingGranted.title': 'No consent to withdraw',
  'nothingGranted.message': '{organisation} holds no consent from you that is in force: there is nothing to withdraw.',
  'withdrawn.title': 'Your consent has been withdrawn',
  'withdrawn.message':
    'On {time}, you withdrew the following consents. {organisation} no longer uses your personal data for these purposes on the basis of your consent:',
  'request.title': 'Withdraw your consent',
  'request.message':
    'Enter the email address you gave {organisation} when you consented. If consents are recorded for it, we will email you a link to a page where you can see and withdraw them.',
  'request.email': 'Email address',
  'request.send': 'Send me a link',
  'sent.title': 'Check your inbox',
  'sent.message':
    'If {organisation} holds consents for this address, we have sent it a link to withdraw them. The link works for {days} days.',
  'invalidEmail.title': 'Check the address',
  'invalidEmail.message': 'Enter an email address such as name@example.com.',
  'invalidLink.title': 'This link is not valid',
  'invalidLink.message':
    'It may be incomplete or altered. Copy the whole link from the email, or ask for a new one below.',
  'expired.title': 'This link has expired',
  'expired.message': 'Withdrawal links work for {days} days. Ask for a new one below.',
  'crossSite.title': 'Request refused',
  'crossSite.message': 'This form can only be sent from its own page. Open the page again and send it from there.',
  'badForm.title': 'Request not understood',
  'badForm.message': 'Please use the form on this page.',
  'notFound.title': 'Page not found',
  'notFound.message': 'There is no organisation at this address. Check the link you followed.',

  'email.subject': 'Your consents to {organisation}: a link to withdraw them',
  'email.greeting': 'Hello,',
  'email.asked':
    'someone, hopefully you, asked for a link to see and withdraw the consents given to {organisation} with this email address.',
  'email.link': 'Open this link within {days} days:',
  'email.ignore':
    'If you did not ask for this, ignore this email: nothing changes unless the link is used to withdraw a consent.',
};

export type WithdrawalMessageKey = keyof typeof en;
type Catalog = Record<WithdrawalMessageKey, string>;

const de: Catalog = {
  'form.title': 'Einwilligungen widerrufen',
  'form.intro': '{organisation} liegen folgende Einwilligungen von Ihnen vor:',
  'form.since': 'erteilt am {date}',
  'form.effect':
    'Der Widerruf wirkt sofort für die Zukunft; die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt unberührt.',
  'form.button': 'Alle Einwilligungen widerrufen',
  'nothingGranted.title': 'Keine Einwilligung zu widerrufen',
  'nothingGranted.message':
    '{organisation} liegt keine wirksame Einwilligung von Ihnen vor; es gibt nichts zu widerrufen.',
  'withdrawn.title': 'Ihre Einwilligung wurde widerrufen',
  'withdrawn.message':
    'Am {time} haben Sie folgende Einwilligungen widerrufen. {organisation} verwendet Ihre personenbezogenen Daten für diese Zwecke nicht mehr auf Grundlage Ihrer Einwilligung:',
  'request.title': 'Einwilligungen widerrufen',
  'request.message':
    'Geben Sie die E-Mail-Adresse ein, die Sie {organisation} bei Ihrer Einwilligung angegeben haben. Liegen dazu Einwilligungen vor, senden wir Ihnen einen Link zu einer Seite, auf der Sie sie einsehen und widerrufen können.',
  'request.email': 'E-Mail-Adresse',
  'request.send': 'Link senden',
  'sent.title': 'Bitte prüfen Sie Ihr Postfach',
  'sent.message':
    'Falls {organisation} Einwilligungen zu dieser Adresse vorliegen, haben wir ihr einen Link zum Widerruf gesendet. Der Link ist {days} Tage gültig.',
  'invalidEmail.title': 'Bitte prüfen Sie die Adresse',
  'invalidEmail.message': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'invalidLink.title': 'Dieser Link ist nicht gültig',
  'invalidLink.message':
    'Er ist vielleicht unvollständig oder verändert. Kopieren Sie den ganzen Link aus der E-Mail oder fordern Sie unten einen neuen an.',
  'expired.title': 'Dieser Link ist abgelaufen',
  'expired.message': 'Links zum Widerruf sind {days} Tage gültig. Fordern Sie unten einen neuen an.',
  'crossSite.title': 'Anfrage abgelehnt',
  'crossSite.message':
    'Dieses Formular kann nur von seiner eigenen Seite gesendet werden. Öffnen Sie die Seite erneut und senden Sie es dort ab.',
  'badForm.title': 'Anfrage nicht verstanden',
  'badForm.message': 'Bitte verwenden Sie das Formular auf dieser Seite.',
  'notFound.title': 'Seite nicht gefunden',
  'notFound.message': 'Unter dieser Adresse gibt es keine Organisation. Prüfen Sie den Link, dem Sie gefolgt sind.',

  'email.subject': 'Ihre Einwilligungen gegenüber {organisation}: Link zum Widerruf',
  'email.greeting': 'Guten Tag,',
  'email.asked':
    'jemand, hoffentlich Sie, hat einen Link angefordert, um die Einwilligungen einzusehen und zu widerrufen, die mit dieser E-Mail-Adresse gegenüber {organisation} erteilt wurden.',
  'email.link': 'Öffnen Sie diesen Link innerhalb von {days} Tagen:',
  'email.ignore':
    'Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Es ändert sich nichts, solange der Link nicht für einen Widerruf verwendet wird.',
};

const fr: Catalog = {
  'form.title': 'Retirer votre consentement',
  'form.intro': '{organisation} dispose des consentements suivants de votre part :',
  'form.since': 'donné le {date}',
  'form.effect':
    'Le retrait prend effet immédiatement, pour l’avenir ; il ne compromet pas la licéité du traitement effectué avant ce retrait.',
  'form.button': 'Retirer tous les consentements',
  'nothingGranted.title': 'Aucun consentement à retirer',
  'nothingGranted.message':
    '{organisation} ne dispose d’aucun consentement en vigueur de votre part : il n’y a rien à retirer.',
  'withdrawn.title': 'Votre consentement a été retiré',
  'withdrawn.message':
    'Le {time}, vous avez retiré les consentements suivants. {organisation} n’utilise plus vos données personnelles à ces fins sur la base de votre consentement :',
  'request.title': 'Retirer votre consentement',
  'request.message':
    'Saisissez l’adresse e-mail que vous avez indiquée à {organisation} lorsque vous avez donné votre consentement. Si des consentements y sont associés, nous vous enverrons un lien vers une page où vous pourrez les consulter et les retirer.',
  'request.email': 'Adresse e-mail',
  'request.send': 'Envoyez-moi un lien',
  'sent.title': 'Consultez votre boîte de réception',
  'sent.message':
    'Si {organisation} dispose de consentements pour cette adresse, nous lui avons envoyé un lien pour les retirer. Le lien est valable {days} jours.',
  'invalidEmail.title': 'Vérifiez l’adresse',
  'invalidEmail.message': 'Saisissez une adresse e-mail telle que nom@example.com.',
  'invalidLink.title': 'Ce lien n’est pas valide',
  'invalidLink.message':
    'Il est peut-être incomplet ou modifié. Copiez le lien entier depuis l’e-mail, ou demandez-en un nouveau ci-dessous.',
  'expired.title': 'Ce lien a expiré',
  'expired.message': 'Les liens de retrait sont valables {days} jours. Demandez-en un nouveau ci-dessous.',
  'crossSite.title': 'Demande refusée',
  'crossSite.message':
    'Ce formulaire ne peut être envoyé que depuis sa propre page. Ouvrez à nouveau la page et envoyez-le depuis celle-ci.',
  'badForm.title': 'Demande non comprise',
  'badForm.message': 'Veuillez utiliser le formulaire de cette page.',
  'notFound.title': 'Page introuvable',
  'notFound.message': 'Il n’y a aucune organisation à cette adresse. Vérifiez le lien que vous avez suivi.',

  'email.subject': 'Vos consentements donnés à {organisation} : un lien pour les retirer',
  'email.greeting': 'Bonjour,',
  'email.asked':
    'quelqu’un, vous-même nous l’espérons, a demandé un lien pour consulter et retirer les consentements donnés à {organisation} avec cette adresse e-mail.',
  'email.link': 'Ouvrez ce lien dans un délai de {days} jours :',
  'email.ignore':
    'Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : rien ne change tant que le lien n’est pas utilisé pour retirer un consentement.',
};

const es: Catalog = {
  'form.title': 'Retirar su consentimiento',
  'form.intro': '{organisation} tiene de usted los siguientes consentimientos:',
  'form.since': 'otorgado el {date}',
  'form.effect':
    'La retirada surte efecto de inmediato, para el futuro; no afecta a la licitud del tratamiento anterior a la retirada.',
  'form.button': 'Retirar todos los consentimientos',
  'nothingGranted.title': 'Ningún consentimiento que retirar',
  'nothingGranted.message': '{organisation} no tiene ningún consentimiento vigente de usted: no hay nada que retirar.',
  'withdrawn.title': 'Su consentimiento ha sido retirado',
  'withdrawn.message':
    'El {time} retiró los siguientes consentimientos. {organisation} ya no utiliza sus datos personales para estos fines sobre la base de su consentimiento:',
  'request.title': 'Retirar su consentimiento',
  'request.message':
    'Introduzca la dirección de correo electrónico que facilitó a {organisation} al dar su consentimiento. Si hay consentimientos asociados a ella, le enviaremos un enlace a una página en la que podrá consultarlos y retirarlos.',
  'request.email': 'Dirección de correo electrónico',
  'request.send': 'Enviarme un enlace',
  'sent.title': 'Revise su bandeja de entrada',
  'sent.message':
    'Si {organisation} tiene consentimientos para esta dirección, le hemos enviado un enlace para retirarlos. El enlace es válido durante {days} días.',
  'invalidEmail.title': 'Revise la dirección',
  'invalidEmail.message': 'Introduzca una dirección de correo electrónico como nombre@example.com.',
  'invalidLink.title': 'Este enlace no es válido',
  'invalidLink.message':
    'Puede que esté incompleto o alterado. Copie el enlace completo del correo electrónico o solicite uno nuevo a continuación.',
  'expired.title': 'Este enlace ha caducado',
  'expired.message': 'Los enlaces de retirada son válidos durante {days} días. Solicite uno nuevo a continuación.',
  'crossSite.title': 'Solicitud rechazada',
  'crossSite.message':
    'Este formulario solo puede enviarse desde su propia página. Vuelva a abrir la página y envíelo desde allí.',
  'badForm.title': 'Solicitud no comprendida',
  'badForm.message': 'Utilice el formulario de esta página.',
  'notFound.title': 'Página no encontrada',
  'notFound.message': 'No hay ninguna organización en esta dirección. Compruebe el enlace que ha seguido.',

  'email.subject': 'Sus consentimientos otorgados a {organisation}: un enlace para retirarlos',
  'email.greeting': 'Buenos días:',
  'email.asked':
    'alguien, esperamos que usted, ha solicitado un enlace para consultar y retirar los consentimientos otorgados a {organisation} con esta dirección de correo electrónico.',
  'email.link': 'Abra este enlace en un plazo de {days} días:',
  'email.ignore':
    'Si no lo ha solicitado, ignore este correo: nada cambia mientras el enlace no se utilice para retirar un consentimiento.',
};

const it: Catalog = {
  'form.title': 'Revocare il consenso',
  'form.intro': '{organisation} dispone dei seguenti consensi da parte sua:',
  'form.since': 'prestato il {date}',
  'form.effect':
    'La revoca ha effetto immediato, per il futuro; non pregiudica la liceità del trattamento effettuato prima della revoca.',
  'form.button': 'Revoca tutti i consensi',
  'nothingGranted.title': 'Nessun consenso da revocare',
  'nothingGranted.message':
    '{organisation} non dispone di alcun consenso in vigore da parte sua: non c’è nulla da revocare.',
  'withdrawn.title': 'Il suo consenso è stato revocato',
  'withdrawn.message':
    'Il {time} ha revocato i seguenti consensi. {organisation} non utilizza più i suoi dati personali per queste finalità sulla base del suo consenso:',
  'request.title': 'Revocare il consenso',
  'request.message':
    'Inserisca l’indirizzo e-mail che ha fornito a {organisation} quando ha prestato il consenso. Se vi sono consensi associati, le invieremo un link a una pagina in cui potrà consultarli e revocarli.',
  'request.email': 'Indirizzo e-mail',
  'request.send': 'Inviatemi un link',
  'sent.title': 'Controlli la sua casella di posta',
  'sent.message':
    'Se {organisation} dispone di consensi per questo indirizzo, gli abbiamo inviato un link per revocarli. Il link è valido per {days} giorni.',
  'invalidEmail.title': 'Controlli l’indirizzo',
  'invalidEmail.message': 'Inserisca un indirizzo e-mail come nome@example.com.',
  'invalidLink.title': 'Questo link non è valido',
  'invalidLink.message':
    'Potrebbe essere incompleto o alterato. Copi l’intero link dall’e-mail oppure ne richieda uno nuovo qui sotto.',
  'expired.title': 'Questo link è scaduto',
  'expired.message': 'I link di revoca sono validi per {days} giorni. Ne richieda uno nuovo qui sotto.',
  'crossSite.title': 'Richiesta rifiutata',
  'crossSite.message':
    'Questo modulo può essere inviato solo dalla sua pagina. Apra di nuovo la pagina e lo invii da lì.',
  'badForm.title': 'Richiesta non compresa',
  'badForm.message': 'Utilizzi il modulo di questa pagina.',
  'notFound.title': 'Pagina non trovata',
  'notFound.message': 'A questo indirizzo non c’è alcuna organizzazione. Controlli il link che ha seguito.',

  'email.subject': 'I suoi consensi prestati a {organisation}: un link per revocarli',
  'email.greeting': 'Buongiorno,',
  'email.asked':
    'qualcuno, speriamo lei, ha chiesto un link per consultare e revocare i consensi prestati a {organisation} con questo indirizzo e-mail.',
  'email.link': 'Apra questo link entro {days} giorni:',
  'email.ignore':
    'Se non ha fatto questa richiesta, ignori questa e-mail: non cambia nulla finché il link non viene usato per revocare un consenso.',
};

/** Every language's catalog; `catalogDisagreements` (in the tests) holds them to the English keys and arguments. */
export const WITHDRAWAL_CATALOGS: MessageCatalogs<WithdrawalMessageKey> = { en, de, fr, es, it };

/** The withdrawal page's and email's words in one language. */
export class WithdrawalWords extends Words<WithdrawalMessageKey> {
  private readonly instants: Intl.DateTimeFormat;

  constructor(language: Language) {
    super(language, WITHDRAWAL_CATALOGS);
    this.instants = new Intl.DateTimeFormat(LOCALES[language], {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'UTC',
    });
  }

  /** An instant as people read it in this language, in UTC (the page knows no visitor's time zone). */
  instant(at: Date): string {
    return `${this.instants.format(at)} UTC`;
  }

  /** The day an instant fell on (UTC), as people read it in this language. */
  day(at: Date): string {
    return this.date(at.toISOString().slice(0, 10));
  }
}
