import type { Language, Problem, RequestType } from '@noticeboard/domain';
import { strong, Words, type Markup, type MessageCatalogs } from '../public/message-catalog.js';

/**
 * The wording of the public request pages (form, receipt, identity check) and of the emails to the requester, in
 * every language the product writes (a tenant's audience sees only its published ones). ICU MessageFormat; `{name}`
 * arguments are filled by `html()` with escaped text or markup. Every catalog has English's keys and arguments
 * (request.messages.test.ts checks each language of the domain's LANGUAGES).
 */
const en = {
  'title.new': 'Make a data-protection request',
  intro:
    'Use this form to exercise your data-protection rights with {organisation}. We will email you a link to confirm it was you, then answer within the time the law sets.',
  'label.type': 'What would you like us to do?',
  'label.jurisdiction': 'Which law do you make the request under?',
  'label.name': 'Your name',
  'label.email': 'Your email address',
  'hint.email': 'We write to you here, and only about this request.',
  'label.details': 'Anything that helps us find your data or understand your request (optional)',
  'button.send': 'Send request',
  'type.ACCESS': 'Access: a copy of the personal data you hold about me',
  'type.RECTIFICATION': 'Rectification: correct data about me',
  'type.ERASURE': 'Erasure: delete data about me',
  'type.RESTRICTION': 'Restriction: stop using my data for now',
  'type.PORTABILITY': 'Portability: my data in a machine-readable form',
  'type.OBJECTION': 'Objection: stop processing based on your interests or for marketing',
  'type.WITHDRAW_CONSENT': 'Withdraw my consent',
  'type.OPT_OUT_SALE_SHARING': 'Do not sell or share my personal information',
  'type.LIMIT_SENSITIVE_USE': 'Limit the use of my sensitive personal information',
  'title.received': 'Request received',
  'received.reference': 'Thank you. Your reference is {reference}.',
  'received.emailSent': 'We sent an email to {email}. Open the link in it, or enter the code from it here:',
  'received.started': 'We have started work on it and will write to you by email.',
  'received.answerBy': 'We will answer by {date}.',
  'title.confirm': 'Confirm your request',
  'label.reference': 'Reference',
  'label.code': 'Code from the email',
  'button.confirm': 'Confirm',
  'verify.INVALID': 'That link or code is not valid. Check the email we sent you.',
  'verify.EXPIRED': 'That link has expired. Contact us and we will send a new one.',
  'verify.LOCKED': 'Too many wrong codes. Contact us and we will send a new one.',
  'title.confirmed': 'Thank you, your request is confirmed',
  confirmed: 'Your request {reference} is confirmed and we are working on it. We will answer by {date}.',
  'title.notFound': 'Organisation not found',
  'title.notReady': 'Requests cannot be made online yet',
  notReady:
    '{organisation} cannot take requests through this form yet. Please write to {contact}; your request counts from the day it arrives.',
  notFound: 'There is no organisation at this address. Check the link you followed.',
  'problem.REQUIRED': 'Please fill this in.',
  'problem.TOO_LONG': 'This is too long.',
  'problem.email': 'Enter an email address like name@example.com.',
  'problem.name': 'Enter your name only, on one line, without web addresses or < >.',
  'problem.other': 'This cannot be accepted: check it and try again.',
  'summary.title': 'There is a problem',
  'problem.type': 'Choose what you would like us to do.',
  'problem.jurisdiction': 'Choose the law you make the request under.',
  'problem.name.required': 'Enter your name.',
  'problem.email.required': 'Enter your email address.',
  'problem.details.tooLong': 'Make the details shorter.',
  'problem.resubmitted':
    'You have already sent this form with other answers. Check your answers and send the form again to make a new request.',

  // emails to the requester (plain text): only what we write, never text the requester typed (see request.emails.ts)
  'email.greeting': 'Hello,',
  'email.reference': 'Your reference: {reference}',
  'email.what.ACCESS': 'access to your personal data',
  'email.what.RECTIFICATION': 'correction of your personal data',
  'email.what.ERASURE': 'erasure of your personal data',
  'email.what.RESTRICTION': 'restriction of processing',
  'email.what.PORTABILITY': 'a copy of your data to take elsewhere',
  'email.what.OBJECTION': 'objection to processing',
  'email.what.WITHDRAW_CONSENT': 'withdrawal of consent',
  'email.what.OPT_OUT_SALE_SHARING': 'opting out of the sale or sharing of your personal information',
  'email.what.LIMIT_SENSITIVE_USE': 'limiting the use of your sensitive personal information',
  'email.ground.MANIFESTLY_UNFOUNDED': 'the request is manifestly unfounded',
  'email.ground.EXCESSIVE': 'the request is excessive',
  'email.ground.IDENTITY_NOT_VERIFIED': 'we could not confirm your identity',
  'email.ground.FRAUD_SUSPECTED': 'we have a documented reason to believe the request is fraudulent',
  'email.ground.LEGAL_EXEMPTION': 'a legal exemption applies',
  'email.ground.OTHER': 'of the reason below',
  'email.authority': 'You may complain to {authority}.',
  'email.authorityUnnamed': 'You may complain to the data protection supervisory authority.',
  'email.answerBy': 'Under {law} we will answer by {date}.',
  'email.verify.subject': 'Please confirm your request to {organisation}',
  'email.verify.received':
    'We received your request for {what}. To protect your data, please confirm that it was you who asked, by opening this link:',
  'email.verify.code': 'or by entering this code on the confirmation page: {code}',
  'email.verify.validity':
    'The link and code work for 7 days. If you did not make this request, you can ignore this message.',
  'email.ack.subject': 'We received your request',
  'email.ack.body': 'We received your request for {what} and have started work on it.',
  'email.extended.subject': 'We need more time for your request',
  'email.extended.reason': 'We need more time to answer your request for {what}, because: {reason}',
  'email.extended.answerBy': 'We will answer by {date}, as {law} allows ({citation}).',
  'email.completed.subject': 'Your request is complete',
  'email.completed.body': 'We have completed your request for {what}.',
  'email.refused.subject': 'We cannot act on your request',
  'email.refused.body': 'We cannot act on your request for {what}, because {ground}: {outcome}',
  'email.refused.remedy': 'You may also seek a judicial remedy.',
  'email.identity.subject': 'We need to confirm your identity',
  'email.identity.body':
    'Before we can act on your request for {what}, we need to confirm that you are the person the data is about: {reason}',
  'email.identity.reply': 'Please reply to this email, or write to {contact}, with what we ask for.',
  'email.identity.clockStarts': 'The time we have to answer ({law}) starts when we receive it.',
  'email.paused.subject': 'We need more information about your request',
  'email.paused.CLARIFICATION': 'To answer your request for {what}, we need you to tell us more: {reason}',
  'email.paused.FEE': 'To answer your request for {what}, a fee applies: {reason}',
  'email.paused.clock': 'The time we have to answer ({law}) stands still until we hear from you, and then runs on.',
};

export type SubjectRequestMessageKey = keyof typeof en;
type Catalog = Record<SubjectRequestMessageKey, string>;

const de: Catalog = {
  'title.new': 'Datenschutzanfrage stellen',
  intro:
    'Mit diesem Formular machen Sie Ihre Datenschutzrechte gegenüber {organisation} geltend. Wir senden Ihnen per E-Mail einen Link, mit dem Sie bestätigen, dass die Anfrage von Ihnen stammt, und antworten innerhalb der gesetzlichen Frist.',
  'label.type': 'Was sollen wir tun?',
  'label.jurisdiction': 'Nach welchem Recht stellen Sie die Anfrage?',
  'label.name': 'Ihr Name',
  'label.email': 'Ihre E-Mail-Adresse',
  'hint.email': 'Wir schreiben Ihnen an diese Adresse, und nur zu dieser Anfrage.',
  'label.details': 'Alles, was uns hilft, Ihre Daten zu finden oder Ihre Anfrage zu verstehen (optional)',
  'button.send': 'Anfrage senden',
  'type.ACCESS': 'Auskunft: eine Kopie der personenbezogenen Daten, die Sie über mich haben',
  'type.RECTIFICATION': 'Berichtigung: Daten über mich korrigieren',
  'type.ERASURE': 'Löschung: Daten über mich löschen',
  'type.RESTRICTION': 'Einschränkung: meine Daten vorerst nicht verwenden',
  'type.PORTABILITY': 'Übertragbarkeit: meine Daten in einem maschinenlesbaren Format',
  'type.OBJECTION': 'Widerspruch: keine Verarbeitung aufgrund Ihrer Interessen oder für Werbung',
  'type.WITHDRAW_CONSENT': 'Meine Einwilligung widerrufen',
  'type.OPT_OUT_SALE_SHARING': 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  'type.LIMIT_SENSITIVE_USE': 'Die Verwendung meiner sensiblen personenbezogenen Daten einschränken',
  'title.received': 'Anfrage eingegangen',
  'received.reference': 'Vielen Dank. Ihr Aktenzeichen lautet {reference}.',
  'received.emailSent':
    'Wir haben eine E-Mail an {email} gesendet. Öffnen Sie den Link darin oder geben Sie hier den Code daraus ein:',
  'received.started': 'Wir bearbeiten Ihre Anfrage bereits und schreiben Ihnen per E-Mail.',
  'received.answerBy': 'Wir antworten bis zum {date}.',
  'title.confirm': 'Anfrage bestätigen',
  'label.reference': 'Aktenzeichen',
  'label.code': 'Code aus der E-Mail',
  'button.confirm': 'Bestätigen',
  'verify.INVALID': 'Dieser Link oder Code ist nicht gültig. Prüfen Sie die E-Mail, die wir Ihnen gesendet haben.',
  'verify.EXPIRED': 'Dieser Link ist abgelaufen. Wenden Sie sich an uns, dann senden wir Ihnen einen neuen.',
  'verify.LOCKED': 'Zu viele falsche Codes. Wenden Sie sich an uns, dann senden wir Ihnen einen neuen.',
  'title.confirmed': 'Vielen Dank, Ihre Anfrage ist bestätigt',
  confirmed: 'Ihre Anfrage {reference} ist bestätigt und in Bearbeitung. Wir antworten bis zum {date}.',
  'title.notFound': 'Organisation nicht gefunden',
  'title.notReady': 'Anfragen sind online noch nicht möglich',
  notReady:
    '{organisation} kann über dieses Formular noch keine Anfragen entgegennehmen. Bitte schreiben Sie an {contact}; Ihre Anfrage gilt ab dem Tag ihres Eingangs.',
  notFound: 'Unter dieser Adresse gibt es keine Organisation. Prüfen Sie den Link, dem Sie gefolgt sind.',
  'problem.REQUIRED': 'Bitte füllen Sie dieses Feld aus.',
  'problem.TOO_LONG': 'Dieser Text ist zu lang.',
  'problem.email': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'problem.name': 'Geben Sie nur Ihren Namen ein, in einer Zeile, ohne Webadressen oder < >.',
  'problem.other': 'Diese Angabe kann nicht angenommen werden: Bitte prüfen Sie sie.',
  'summary.title': 'Es gibt ein Problem',
  'problem.type': 'Wählen Sie aus, was wir tun sollen.',
  'problem.jurisdiction': 'Wählen Sie das Recht aus, nach dem Sie die Anfrage stellen.',
  'problem.name.required': 'Geben Sie Ihren Namen ein.',
  'problem.email.required': 'Geben Sie Ihre E-Mail-Adresse ein.',
  'problem.details.tooLong': 'Kürzen Sie Ihre Angaben.',
  'problem.resubmitted':
    'Sie haben dieses Formular bereits mit anderen Angaben gesendet. Prüfen Sie Ihre Angaben und senden Sie das Formular erneut, um eine neue Anfrage zu stellen.',

  'email.greeting': 'Guten Tag,',
  'email.reference': 'Ihr Aktenzeichen: {reference}',
  'email.what.ACCESS': 'Auskunft über Ihre personenbezogenen Daten',
  'email.what.RECTIFICATION': 'Berichtigung Ihrer personenbezogenen Daten',
  'email.what.ERASURE': 'Löschung Ihrer personenbezogenen Daten',
  'email.what.RESTRICTION': 'Einschränkung der Verarbeitung',
  'email.what.PORTABILITY': 'eine Kopie Ihrer Daten zur Mitnahme',
  'email.what.OBJECTION': 'Widerspruch gegen die Verarbeitung',
  'email.what.WITHDRAW_CONSENT': 'Widerruf Ihrer Einwilligung',
  'email.what.OPT_OUT_SALE_SHARING': 'Widerspruch gegen den Verkauf oder die Weitergabe Ihrer personenbezogenen Daten',
  'email.what.LIMIT_SENSITIVE_USE': 'Einschränkung der Verwendung Ihrer sensiblen personenbezogenen Daten',
  'email.ground.MANIFESTLY_UNFOUNDED': 'die Anfrage offenkundig unbegründet ist',
  'email.ground.EXCESSIVE': 'die Anfrage exzessiv ist',
  'email.ground.IDENTITY_NOT_VERIFIED': 'wir Ihre Identität nicht bestätigen konnten',
  'email.ground.FRAUD_SUSPECTED':
    'wir einen dokumentierten Grund zu der Annahme haben, dass die Anfrage betrügerisch ist',
  'email.ground.LEGAL_EXEMPTION': 'eine gesetzliche Ausnahme gilt',
  'email.ground.OTHER': 'des unten genannten Grundes',
  'email.authority': 'Sie können sich bei {authority} beschweren.',
  'email.authorityUnnamed': 'Sie können sich bei der Datenschutzaufsichtsbehörde beschweren.',
  'email.answerBy': 'Nach {law} antworten wir bis zum {date}.',
  'email.verify.subject': 'Bitte bestätigen Sie Ihre Anfrage an {organisation}',
  'email.verify.received':
    'Wir haben Ihre Anfrage auf {what} erhalten. Zum Schutz Ihrer Daten bestätigen Sie bitte, dass die Anfrage von Ihnen stammt, indem Sie diesen Link öffnen:',
  'email.verify.code': 'oder indem Sie auf der Bestätigungsseite diesen Code eingeben: {code}',
  'email.verify.validity':
    'Link und Code gelten 7 Tage. Wenn Sie diese Anfrage nicht gestellt haben, können Sie diese Nachricht ignorieren.',
  'email.ack.subject': 'Wir haben Ihre Anfrage erhalten',
  'email.ack.body': 'Wir haben Ihre Anfrage auf {what} erhalten und bearbeiten sie bereits.',
  'email.extended.subject': 'Wir benötigen mehr Zeit für Ihre Anfrage',
  'email.extended.reason': 'Wir benötigen mehr Zeit, um Ihre Anfrage auf {what} zu beantworten, weil: {reason}',
  'email.extended.answerBy': 'Wir antworten bis zum {date}, wie es {law} erlaubt ({citation}).',
  'email.completed.subject': 'Ihre Anfrage ist erledigt',
  'email.completed.body': 'Wir haben Ihre Anfrage auf {what} erledigt.',
  'email.refused.subject': 'Wir können Ihrer Anfrage nicht nachkommen',
  'email.refused.body': 'Wir können Ihrer Anfrage auf {what} nicht nachkommen, weil {ground}: {outcome}',
  'email.refused.remedy': 'Sie können auch einen gerichtlichen Rechtsbehelf einlegen.',
  'email.identity.subject': 'Wir müssen Ihre Identität bestätigen',
  'email.identity.body':
    'Bevor wir Ihre Anfrage auf {what} bearbeiten können, müssen wir bestätigen, dass Sie die Person sind, um deren Daten es geht: {reason}',
  'email.identity.reply':
    'Bitte antworten Sie auf diese E-Mail oder schreiben Sie an {contact} und senden Sie uns, worum wir bitten.',
  'email.identity.clockStarts': 'Die Frist für unsere Antwort ({law}) beginnt, wenn wir es erhalten.',
  'email.paused.subject': 'Wir benötigen weitere Angaben zu Ihrer Anfrage',
  'email.paused.CLARIFICATION':
    'Um Ihre Anfrage auf {what} zu beantworten, benötigen wir weitere Angaben von Ihnen: {reason}',
  'email.paused.FEE': 'Für die Beantwortung Ihrer Anfrage auf {what} fällt eine Gebühr an: {reason}',
  'email.paused.clock': 'Die Frist für unsere Antwort ({law}) ruht, bis wir von Ihnen hören, und läuft dann weiter.',
};

const fr: Catalog = {
  'title.new': 'Faire une demande relative à vos données',
  intro:
    'Utilisez ce formulaire pour exercer vos droits sur vos données personnelles auprès de {organisation}. Nous vous enverrons par e-mail un lien pour confirmer que la demande vient de vous, puis nous répondrons dans le délai fixé par la loi.',
  'label.type': 'Que souhaitez-vous que nous fassions ?',
  'label.jurisdiction': 'En vertu de quelle loi faites-vous cette demande ?',
  'label.name': 'Votre nom',
  'label.email': 'Votre adresse e-mail',
  'hint.email': 'Nous vous écrirons à cette adresse, uniquement au sujet de cette demande.',
  'label.details': 'Tout ce qui nous aide à trouver vos données ou à comprendre votre demande (facultatif)',
  'button.send': 'Envoyer la demande',
  'type.ACCESS': 'Accès : une copie des données personnelles que vous détenez sur moi',
  'type.RECTIFICATION': 'Rectification : corriger des données me concernant',
  'type.ERASURE': 'Effacement : supprimer des données me concernant',
  'type.RESTRICTION': 'Limitation : ne plus utiliser mes données pour le moment',
  'type.PORTABILITY': 'Portabilité : mes données dans un format lisible par machine',
  'type.OBJECTION': 'Opposition : cesser un traitement fondé sur vos intérêts ou à des fins de prospection',
  'type.WITHDRAW_CONSENT': 'Retirer mon consentement',
  'type.OPT_OUT_SALE_SHARING': 'Ne pas vendre ni partager mes données personnelles',
  'type.LIMIT_SENSITIVE_USE': 'Limiter l’utilisation de mes données personnelles sensibles',
  'title.received': 'Demande reçue',
  'received.reference': 'Merci. Votre référence est {reference}.',
  'received.emailSent':
    'Nous avons envoyé un e-mail à {email}. Ouvrez le lien qu’il contient, ou saisissez ici le code qu’il indique :',
  'received.started': 'Nous avons commencé à la traiter et vous écrirons par e-mail.',
  'received.answerBy': 'Nous répondrons au plus tard le {date}.',
  'title.confirm': 'Confirmer votre demande',
  'label.reference': 'Référence',
  'label.code': 'Code reçu par e-mail',
  'button.confirm': 'Confirmer',
  'verify.INVALID': 'Ce lien ou ce code n’est pas valide. Vérifiez l’e-mail que nous vous avons envoyé.',
  'verify.EXPIRED': 'Ce lien a expiré. Contactez-nous et nous vous en enverrons un nouveau.',
  'verify.LOCKED': 'Trop de codes erronés. Contactez-nous et nous vous en enverrons un nouveau.',
  'title.confirmed': 'Merci, votre demande est confirmée',
  confirmed:
    'Votre demande {reference} est confirmée et en cours de traitement. Nous répondrons au plus tard le {date}.',
  'title.notFound': 'Organisation introuvable',
  'title.notReady': 'Les demandes ne peuvent pas encore être faites en ligne',
  notReady:
    '{organisation} ne peut pas encore recevoir de demandes par ce formulaire. Veuillez écrire à {contact} ; votre demande compte à partir du jour de sa réception.',
  notFound: 'Aucune organisation ne se trouve à cette adresse. Vérifiez le lien que vous avez suivi.',
  'problem.REQUIRED': 'Veuillez remplir ce champ.',
  'problem.TOO_LONG': 'Ce texte est trop long.',
  'problem.email': 'Saisissez une adresse e-mail comme nom@example.com.',
  'problem.name': 'Saisissez uniquement votre nom, sur une ligne, sans adresse web ni < >.',
  'problem.other': 'Cette valeur ne peut pas être acceptée : vérifiez-la.',
  'summary.title': 'Il y a un problème',
  'problem.type': 'Choisissez ce que vous souhaitez que nous fassions.',
  'problem.jurisdiction': 'Choisissez la loi au titre de laquelle vous faites la demande.',
  'problem.name.required': 'Saisissez votre nom.',
  'problem.email.required': 'Saisissez votre adresse e-mail.',
  'problem.details.tooLong': 'Raccourcissez les précisions.',
  'problem.resubmitted':
    'Vous avez déjà envoyé ce formulaire avec d’autres réponses. Vérifiez vos réponses et envoyez à nouveau le formulaire pour faire une nouvelle demande.',

  'email.greeting': 'Bonjour,',
  'email.reference': 'Votre référence : {reference}',
  'email.what.ACCESS': 'l’accès à vos données personnelles',
  'email.what.RECTIFICATION': 'la rectification de vos données personnelles',
  'email.what.ERASURE': 'l’effacement de vos données personnelles',
  'email.what.RESTRICTION': 'la limitation du traitement',
  'email.what.PORTABILITY': 'une copie de vos données à emporter ailleurs',
  'email.what.OBJECTION': 'l’opposition au traitement',
  'email.what.WITHDRAW_CONSENT': 'le retrait de votre consentement',
  'email.what.OPT_OUT_SALE_SHARING': 'l’opposition à la vente ou au partage de vos données personnelles',
  'email.what.LIMIT_SENSITIVE_USE': 'la limitation de l’utilisation de vos données personnelles sensibles',
  'email.ground.MANIFESTLY_UNFOUNDED': 'la demande est manifestement infondée',
  'email.ground.EXCESSIVE': 'la demande est excessive',
  'email.ground.IDENTITY_NOT_VERIFIED': 'nous n’avons pas pu confirmer votre identité',
  'email.ground.FRAUD_SUSPECTED': 'nous avons une raison documentée de croire que la demande est frauduleuse',
  'email.ground.LEGAL_EXEMPTION': 'une exception légale s’applique',
  'email.ground.OTHER': 'de la raison ci-dessous',
  'email.authority': 'Vous pouvez introduire une réclamation auprès de {authority}.',
  'email.authorityUnnamed': 'Vous pouvez introduire une réclamation auprès de l’autorité de protection des données.',
  'email.answerBy': 'En vertu de {law}, nous répondrons au plus tard le {date}.',
  'email.verify.subject': 'Veuillez confirmer votre demande à {organisation}',
  'email.verify.received':
    'Nous avons reçu votre demande concernant {what}. Pour protéger vos données, veuillez confirmer que la demande vient de vous en ouvrant ce lien :',
  'email.verify.code': 'ou en saisissant ce code sur la page de confirmation : {code}',
  'email.verify.validity':
    'Le lien et le code sont valables 7 jours. Si vous n’avez pas fait cette demande, vous pouvez ignorer ce message.',
  'email.ack.subject': 'Nous avons reçu votre demande',
  'email.ack.body': 'Nous avons reçu votre demande concernant {what} et avons commencé à la traiter.',
  'email.extended.subject': 'Nous avons besoin de plus de temps pour votre demande',
  'email.extended.reason':
    'Nous avons besoin de plus de temps pour répondre à votre demande concernant {what}, car : {reason}',
  'email.extended.answerBy': 'Nous répondrons au plus tard le {date}, comme {law} le permet ({citation}).',
  'email.completed.subject': 'Votre demande est traitée',
  'email.completed.body': 'Nous avons traité votre demande concernant {what}.',
  'email.refused.subject': 'Nous ne pouvons pas donner suite à votre demande',
  'email.refused.body': 'Nous ne pouvons pas donner suite à votre demande concernant {what}, car {ground} : {outcome}',
  'email.refused.remedy': 'Vous pouvez également former un recours juridictionnel.',
  'email.identity.subject': 'Nous devons confirmer votre identité',
  'email.identity.body':
    'Avant de pouvoir donner suite à votre demande portant sur {what}, nous devons confirmer que vous êtes la personne concernée par les données : {reason}',
  'email.identity.reply':
    'Veuillez répondre à ce courriel, ou écrire à {contact}, en nous envoyant ce que nous demandons.',
  'email.identity.clockStarts': 'Le délai dont nous disposons pour répondre ({law}) commence à sa réception.',
  'email.paused.subject': 'Nous avons besoin de précisions sur votre demande',
  'email.paused.CLARIFICATION':
    'Pour répondre à votre demande portant sur {what}, nous avons besoin de précisions de votre part : {reason}',
  'email.paused.FEE': 'Pour répondre à votre demande portant sur {what}, des frais s’appliquent : {reason}',
  'email.paused.clock':
    'Le délai dont nous disposons pour répondre ({law}) est suspendu jusqu’à votre réponse, puis reprend son cours.',
};

const es: Catalog = {
  'title.new': 'Presentar una solicitud de protección de datos',
  intro:
    'Utilice este formulario para ejercer sus derechos de protección de datos ante {organisation}. Le enviaremos por correo electrónico un enlace para confirmar que la solicitud es suya y le responderemos en el plazo que establece la ley.',
  'label.type': '¿Qué desea que hagamos?',
  'label.jurisdiction': '¿En virtud de qué ley presenta la solicitud?',
  'label.name': 'Su nombre',
  'label.email': 'Su dirección de correo electrónico',
  'hint.email': 'Le escribiremos a esta dirección, y solo en relación con esta solicitud.',
  'label.details': 'Cualquier dato que nos ayude a encontrar sus datos o a entender su solicitud (opcional)',
  'button.send': 'Enviar solicitud',
  'type.ACCESS': 'Acceso: una copia de los datos personales que conservan sobre mí',
  'type.RECTIFICATION': 'Rectificación: corregir datos sobre mí',
  'type.ERASURE': 'Supresión: eliminar datos sobre mí',
  'type.RESTRICTION': 'Limitación del tratamiento: dejar de utilizar mis datos por ahora',
  'type.PORTABILITY': 'Portabilidad: mis datos en un formato de lectura mecánica',
  'type.OBJECTION': 'Oposición: dejar de tratar mis datos sobre la base de sus intereses o con fines de mercadotecnia',
  'type.WITHDRAW_CONSENT': 'Retirar mi consentimiento',
  'type.OPT_OUT_SALE_SHARING': 'No vender ni compartir mi información personal',
  'type.LIMIT_SENSITIVE_USE': 'Limitar el uso de mi información personal sensible',
  'title.received': 'Solicitud recibida',
  'received.reference': 'Gracias. Su referencia es {reference}.',
  'received.emailSent':
    'Hemos enviado un correo electrónico a {email}. Abra el enlace que contiene o introduzca aquí el código que figura en él:',
  'received.started': 'Ya hemos empezado a tramitarla y le escribiremos por correo electrónico.',
  'received.answerBy': 'Le responderemos a más tardar el {date}.',
  'title.confirm': 'Confirme su solicitud',
  'label.reference': 'Referencia',
  'label.code': 'Código del correo electrónico',
  'button.confirm': 'Confirmar',
  'verify.INVALID': 'Ese enlace o código no es válido. Compruebe el correo electrónico que le enviamos.',
  'verify.EXPIRED': 'Ese enlace ha caducado. Póngase en contacto con nosotros y le enviaremos uno nuevo.',
  'verify.LOCKED': 'Demasiados códigos erróneos. Póngase en contacto con nosotros y le enviaremos uno nuevo.',
  'title.confirmed': 'Gracias, su solicitud está confirmada',
  confirmed:
    'Su solicitud {reference} está confirmada y la estamos tramitando. Le responderemos a más tardar el {date}.',
  'title.notFound': 'Organización no encontrada',
  'title.notReady': 'Todavía no se pueden hacer solicitudes en línea',
  notReady:
    '{organisation} todavía no puede recibir solicitudes mediante este formulario. Escriba a {contact}; su solicitud cuenta desde el día en que se recibe.',
  notFound: 'No hay ninguna organización en esta dirección. Compruebe el enlace que ha seguido.',
  'problem.REQUIRED': 'Rellene este campo.',
  'problem.TOO_LONG': 'Este texto es demasiado largo.',
  'problem.email': 'Introduzca una dirección de correo electrónico como nombre@example.com.',
  'problem.name': 'Introduzca solo su nombre, en una línea, sin direcciones web ni < >.',
  'problem.other': 'Este valor no se puede aceptar: compruébelo e inténtelo de nuevo.',
  'summary.title': 'Hay un problema',
  'problem.type': 'Elija qué desea que hagamos.',
  'problem.jurisdiction': 'Elija la ley en virtud de la cual presenta la solicitud.',
  'problem.name.required': 'Introduzca su nombre.',
  'problem.email.required': 'Introduzca su dirección de correo electrónico.',
  'problem.details.tooLong': 'Acorte los detalles.',
  'problem.resubmitted':
    'Ya ha enviado este formulario con otras respuestas. Compruebe sus respuestas y vuelva a enviar el formulario para presentar una nueva solicitud.',

  'email.greeting': 'Buenos días:',
  'email.reference': 'Su referencia: {reference}',
  'email.what.ACCESS': 'acceso a sus datos personales',
  'email.what.RECTIFICATION': 'rectificación de sus datos personales',
  'email.what.ERASURE': 'supresión de sus datos personales',
  'email.what.RESTRICTION': 'limitación del tratamiento',
  'email.what.PORTABILITY': 'portabilidad de sus datos',
  'email.what.OBJECTION': 'oposición al tratamiento',
  'email.what.WITHDRAW_CONSENT': 'retirada de su consentimiento',
  'email.what.OPT_OUT_SALE_SHARING': 'exclusión de la venta o el intercambio de su información personal',
  'email.what.LIMIT_SENSITIVE_USE': 'la limitación del uso de su información personal sensible',
  'email.ground.MANIFESTLY_UNFOUNDED': 'la solicitud es manifiestamente infundada',
  'email.ground.EXCESSIVE': 'la solicitud es excesiva',
  'email.ground.IDENTITY_NOT_VERIFIED': 'no hemos podido confirmar su identidad',
  'email.ground.FRAUD_SUSPECTED': 'tenemos un motivo documentado para creer que la solicitud es fraudulenta',
  'email.ground.LEGAL_EXEMPTION': 'se aplica una excepción legal',
  'email.ground.OTHER': 'concurre el motivo que se indica a continuación',
  'email.authority': 'Puede presentar una reclamación ante {authority}.',
  'email.authorityUnnamed': 'Puede presentar una reclamación ante la autoridad de control de protección de datos.',
  'email.answerBy': 'Conforme a {law}, le responderemos a más tardar el {date}.',
  'email.verify.subject': 'Confirme su solicitud a {organisation}',
  'email.verify.received':
    'Hemos recibido su solicitud de {what}. Para proteger sus datos, confirme que fue usted quien la presentó abriendo este enlace:',
  'email.verify.code': 'o introduciendo este código en la página de confirmación: {code}',
  'email.verify.validity':
    'El enlace y el código son válidos durante 7 días. Si usted no ha presentado esta solicitud, puede ignorar este mensaje.',
  'email.ack.subject': 'Hemos recibido su solicitud',
  'email.ack.body': 'Hemos recibido su solicitud de {what} y ya hemos empezado a tramitarla.',
  'email.extended.subject': 'Necesitamos más tiempo para responder a su solicitud',
  'email.extended.reason':
    'Necesitamos más tiempo para responder a su solicitud de {what}, por el siguiente motivo: {reason}',
  'email.extended.answerBy': 'Le responderemos a más tardar el {date}, como permite {law} ({citation}).',
  'email.completed.subject': 'Hemos atendido su solicitud',
  'email.completed.body': 'Hemos atendido su solicitud de {what}.',
  'email.refused.subject': 'No podemos atender su solicitud',
  'email.refused.body': 'No podemos atender su solicitud de {what}, ya que {ground}: {outcome}',
  'email.refused.remedy': 'También tiene derecho a la tutela judicial efectiva.',
  'email.identity.subject': 'Necesitamos confirmar su identidad',
  'email.identity.body':
    'Antes de poder atender su solicitud de {what}, necesitamos confirmar que usted es la persona a quien se refieren los datos: {reason}',
  'email.identity.reply': 'Responda a este correo electrónico, o escriba a {contact}, con lo que le pedimos.',
  'email.identity.clockStarts': 'El plazo que tenemos para responder ({law}) empieza a contar cuando lo recibamos.',
  'email.paused.subject': 'Necesitamos más información sobre su solicitud',
  'email.paused.CLARIFICATION':
    'Para responder a su solicitud de {what}, necesitamos que nos dé más detalles: {reason}',
  'email.paused.FEE': 'Para responder a su solicitud de {what}, se aplica una tasa: {reason}',
  'email.paused.clock':
    'El plazo que tenemos para responder ({law}) queda en suspenso hasta que recibamos su respuesta y después sigue corriendo.',
};

const it: Catalog = {
  'title.new': 'Presentare una richiesta sulla protezione dei dati',
  intro:
    'Utilizzi questo modulo per esercitare i suoi diritti in materia di protezione dei dati nei confronti di {organisation}. Le invieremo via e-mail un link per confermare che la richiesta proviene da lei, quindi risponderemo entro il termine previsto dalla legge.',
  'label.type': 'Che cosa desidera che facciamo?',
  'label.jurisdiction': 'In base a quale legge presenta la richiesta?',
  'label.name': 'Il suo nome',
  'label.email': 'Il suo indirizzo e-mail',
  'hint.email': 'Le scriveremo a questo indirizzo, e solo riguardo a questa richiesta.',
  'label.details':
    'Qualsiasi informazione che ci aiuti a trovare i suoi dati o a comprendere la sua richiesta (facoltativo)',
  'button.send': 'Invia la richiesta',
  'type.ACCESS': 'Accesso: una copia dei dati personali che conservate su di me',
  'type.RECTIFICATION': 'Rettifica: correggere i dati che mi riguardano',
  'type.ERASURE': 'Cancellazione: cancellare i dati che mi riguardano',
  'type.RESTRICTION': 'Limitazione del trattamento: non utilizzare i miei dati per il momento',
  'type.PORTABILITY': 'Portabilità: i miei dati in un formato leggibile da dispositivo automatico',
  'type.OBJECTION': 'Opposizione: cessare il trattamento basato sui vostri interessi o a fini di marketing',
  'type.WITHDRAW_CONSENT': 'Revocare il mio consenso',
  'type.OPT_OUT_SALE_SHARING': 'Non vendere né condividere le mie informazioni personali',
  'type.LIMIT_SENSITIVE_USE': 'Limitare l’uso delle mie informazioni personali sensibili',
  'title.received': 'Richiesta ricevuta',
  'received.reference': 'Grazie. Il suo riferimento è {reference}.',
  'received.emailSent':
    'Abbiamo inviato un’e-mail a {email}. Apra il link che contiene oppure inserisca qui il codice indicato:',
  'received.started': 'Abbiamo già iniziato a occuparcene e le scriveremo via e-mail.',
  'received.answerBy': 'Risponderemo entro il {date}.',
  'title.confirm': 'Confermi la sua richiesta',
  'label.reference': 'Riferimento',
  'label.code': 'Codice ricevuto via e-mail',
  'button.confirm': 'Conferma',
  'verify.INVALID': 'Il link o il codice non è valido. Controlli l’e-mail che le abbiamo inviato.',
  'verify.EXPIRED': 'Il link è scaduto. Ci contatti e gliene invieremo uno nuovo.',
  'verify.LOCKED': 'Troppi codici errati. Ci contatti e gliene invieremo uno nuovo.',
  'title.confirmed': 'Grazie, la sua richiesta è confermata',
  confirmed: 'La sua richiesta {reference} è confermata e ce ne stiamo occupando. Risponderemo entro il {date}.',
  'title.notFound': 'Organizzazione non trovata',
  'title.notReady': 'Non è ancora possibile fare richieste online',
  notReady:
    '{organisation} non può ancora ricevere richieste tramite questo modulo. Scriva a {contact}; la sua richiesta vale dal giorno in cui ci perviene.',
  notFound: 'A questo indirizzo non c’è alcuna organizzazione. Controlli il link che ha seguito.',
  'problem.REQUIRED': 'Compili questo campo.',
  'problem.TOO_LONG': 'Il testo è troppo lungo.',
  'problem.email': 'Inserisca un indirizzo e-mail come nome@example.com.',
  'problem.name': 'Inserisca solo il suo nome, su una riga, senza indirizzi web né < >.',
  'problem.other': 'Questo valore non può essere accettato: lo controlli e riprovi.',
  'summary.title': 'C’è un problema',
  'problem.type': 'Scelga che cosa desidera che facciamo.',
  'problem.jurisdiction': 'Scelga la legge in base alla quale presenta la richiesta.',
  'problem.name.required': 'Inserisca il suo nome.',
  'problem.email.required': 'Inserisca il suo indirizzo e-mail.',
  'problem.details.tooLong': 'Abbrevi i dettagli.',
  'problem.resubmitted':
    'Ha già inviato questo modulo con altre risposte. Controlli le risposte e invii di nuovo il modulo per presentare una nuova richiesta.',

  'email.greeting': 'Buongiorno,',
  'email.reference': 'Il suo riferimento: {reference}',
  'email.what.ACCESS': 'accesso ai suoi dati personali',
  'email.what.RECTIFICATION': 'rettifica dei suoi dati personali',
  'email.what.ERASURE': 'cancellazione dei suoi dati personali',
  'email.what.RESTRICTION': 'limitazione del trattamento',
  'email.what.PORTABILITY': 'portabilità dei suoi dati',
  'email.what.OBJECTION': 'opposizione al trattamento',
  'email.what.WITHDRAW_CONSENT': 'revoca del suo consenso',
  'email.what.OPT_OUT_SALE_SHARING': 'opposizione alla vendita o alla condivisione delle sue informazioni personali',
  'email.what.LIMIT_SENSITIVE_USE': 'la limitazione dell’uso delle sue informazioni personali sensibili',
  'email.ground.MANIFESTLY_UNFOUNDED': 'la richiesta è manifestamente infondata',
  'email.ground.EXCESSIVE': 'la richiesta è eccessiva',
  'email.ground.IDENTITY_NOT_VERIFIED': 'non abbiamo potuto confermare la sua identità',
  'email.ground.FRAUD_SUSPECTED': 'abbiamo un motivo documentato per ritenere che la richiesta sia fraudolenta',
  'email.ground.LEGAL_EXEMPTION': 'si applica un’esenzione prevista dalla legge',
  'email.ground.OTHER': 'ricorre il motivo indicato di seguito',
  'email.authority': 'Può proporre reclamo a {authority}.',
  'email.authorityUnnamed': 'Può proporre reclamo all’autorità di controllo per la protezione dei dati.',
  'email.answerBy': 'Ai sensi di {law} risponderemo entro il {date}.',
  'email.verify.subject': 'Confermi la sua richiesta a {organisation}',
  'email.verify.received':
    'Abbiamo ricevuto la sua richiesta di {what}. Per proteggere i suoi dati, confermi che la richiesta proviene da lei aprendo questo link:',
  'email.verify.code': 'oppure inserendo questo codice nella pagina di conferma: {code}',
  'email.verify.validity':
    'Il link e il codice sono validi per 7 giorni. Se non ha presentato lei questa richiesta, può ignorare questo messaggio.',
  'email.ack.subject': 'Abbiamo ricevuto la sua richiesta',
  'email.ack.body': 'Abbiamo ricevuto la sua richiesta di {what} e abbiamo già iniziato a occuparcene.',
  'email.extended.subject': 'Ci serve più tempo per la sua richiesta',
  'email.extended.reason':
    'Ci serve più tempo per rispondere alla sua richiesta di {what}, per il seguente motivo: {reason}',
  'email.extended.answerBy': 'Risponderemo entro il {date}, come consentito da {law} ({citation}).',
  'email.completed.subject': 'Abbiamo dato seguito alla sua richiesta',
  'email.completed.body': 'Abbiamo dato seguito alla sua richiesta di {what}.',
  'email.refused.subject': 'Non possiamo dare seguito alla sua richiesta',
  'email.refused.body': 'Non possiamo dare seguito alla sua richiesta di {what} perché {ground}: {outcome}',
  'email.refused.remedy': 'Può inoltre proporre ricorso giurisdizionale.',
  'email.identity.subject': 'Dobbiamo confermare la sua identità',
  'email.identity.body':
    'Prima di poter dare seguito alla sua richiesta di {what}, dobbiamo confermare che lei è la persona a cui si riferiscono i dati: {reason}',
  'email.identity.reply': 'Risponda a questa email, o scriva a {contact}, inviandoci quanto richiesto.',
  'email.identity.clockStarts': 'Il termine per la nostra risposta ({law}) decorre da quando lo riceviamo.',
  'email.paused.subject': 'Ci servono altre informazioni sulla sua richiesta',
  'email.paused.CLARIFICATION':
    'Per rispondere alla sua richiesta di {what}, ci servono altri dettagli da parte sua: {reason}',
  'email.paused.FEE': 'Per rispondere alla sua richiesta di {what}, è previsto un contributo: {reason}',
  'email.paused.clock':
    'Il termine per la nostra risposta ({law}) resta sospeso finché non riceviamo la sua risposta, poi riprende a decorrere.',
};

/** Every language's catalog; `catalogDisagreements` (in the tests) holds them to the English keys and arguments. */
export const SUBJECT_REQUEST_CATALOGS: MessageCatalogs<SubjectRequestMessageKey> = { en, de, fr, es, it };

export { strong, type Markup };

/** The request pages' and emails' words in one language. */
export class SubjectRequestPageWords extends Words<SubjectRequestMessageKey> {
  constructor(language: Language) {
    super(language, SUBJECT_REQUEST_CATALOGS);
  }

  type(type: RequestType): string {
    return this.html(`type.${type}`);
  }

  /**
   * A refused field's message, in words for people: what to do, by field and kind (the API's own sentences are
   * for developers and stay in the JSON answer).
   */
  problem(p: Problem): string {
    switch (p.path) {
      case 'type':
        return this.html('problem.type');
      case 'jurisdiction':
        return this.html('problem.jurisdiction');
      case 'requesterName':
        if (p.code === 'REQUIRED') return this.html('problem.name.required');
        return this.html(p.code === 'TOO_LONG' ? 'problem.TOO_LONG' : 'problem.name');
      case 'email':
        return this.html(p.code === 'REQUIRED' ? 'problem.email.required' : 'problem.email');
      case 'details':
        return this.html(p.code === 'TOO_LONG' ? 'problem.details.tooLong' : 'problem.other');
      case 'submissionKey':
        return this.html('problem.resubmitted');
    }
    if (p.code === 'REQUIRED') return this.html('problem.REQUIRED');
    if (p.code === 'TOO_LONG') return this.html('problem.TOO_LONG');
    return this.html('problem.other');
  }
}

/** English: staff emails, and the messages of the JSON API. */
export const ENGLISH = new SubjectRequestPageWords('en');
