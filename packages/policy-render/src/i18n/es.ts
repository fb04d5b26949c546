import type { Catalog } from './en.js';

/**
 * Spanish wording (Spain; formal “usted”), RGPD terminology. Citations in the abbreviated Spanish style
 * ("art. 6.1.f) RGPD"), as the renderer's citation formatter writes them.
 */
export const es: Catalog = {
  'doc.title': '{name} — Política de privacidad',
  'doc.effective': 'Fecha de entrada en vigor: {date}',
  'doc.version': 'Versión {version}',
  'doc.draft': 'Borrador: esta versión no se ha publicado.',
  'doc.contents': 'Índice',
  'doc.contentsLabel': 'Índice de contenidos',
  'doc.archived': 'Texto archivado',
  'archived.section': 'Acerca de esta versión archivada',
  'archived.text': 'Texto de la política anterior',
  'archived.notice':
    'Este es un texto archivado: la política de privacidad que {name} aplicaba anteriormente, incorporada tal como se redactó y vigente desde el {date}. Se conserva como constancia de lo que se declaraba entonces y describe el tratamiento de aquel momento, no el actual.',
  'common.none': '–',
  'common.gdpr': 'RGPD',
  'common.ukGdpr': 'UK GDPR',
  'common.withReference': '{label} ({reference})',
  'common.labelled': '{label}: {value}',

  'section.introduction': 'Introducción',
  'section.controller': 'Quiénes somos',
  'section.data': 'Datos personales que tratamos',
  'section.recipients': 'Quién recibe sus datos',
  'section.transfers': 'Transferencias internacionales',
  'section.retention': 'Durante cuánto tiempo conservamos sus datos',
  'section.cookies': 'Cookies y tecnologías similares',
  'section.rights': 'Sus derechos',
  'section.california': 'Información para residentes en California',
  'section.brazil': 'Información para interesados en Brasil',
  'section.canada': 'Responsabilidad sobre la información personal en Canadá',
  'section.security': 'Cómo protegemos sus datos',
  'section.children': 'Menores',
  'section.automated': 'Decisiones automatizadas',
  'section.changes': 'Modificaciones de esta política',
  'section.contact': 'Cómo ponerse en contacto con nosotros',

  'intro.body':
    'Esta política de privacidad explica cómo {controller} («nosotros») recoge y utiliza datos personales: qué datos recogemos, de dónde proceden, para qué los utilizamos y con qué base jurídica, quién los recibe, durante cuánto tiempo los conservamos y qué derechos le asisten.',
  'intro.audiences': 'Se refiere a los siguientes grupos de personas: {audiences}.',

  'controller.identity': '{legalName} es el responsable del tratamiento de sus datos personales.',
  'controller.identityTrading':
    '{legalName}, que opera con el nombre comercial {tradingName}, es el responsable del tratamiento de sus datos personales.',
  'controller.registrationNumber': 'Número de registro',
  'controller.registeredOffice': 'Domicilio social',
  'controller.offices': 'Nuestras oficinas',
  'controller.group': 'Sociedades de nuestro grupo',
  'controller.groupIntro':
    'Formamos parte de un grupo de empresas. Las siguientes sociedades del grupo intervienen en el tratamiento de datos personales:',
  'controller.groupEntity': '{name}, {country}',
  'controller.dpo': 'Nuestro delegado de protección de datos',
  'controller.dpoIntro':
    'Hemos designado un delegado de protección de datos, al que puede dirigirse para cualquier cuestión relativa al tratamiento de sus datos personales:',
  'controller.representatives': 'Nuestros representantes',
  'controller.representativesIntro':
    'Hemos designado a los siguientes representantes, a los que también puede dirigirse:',
  'controller.laws': 'Legislación aplicable',
  'controller.lawsIntro': 'Tratamos los datos personales de conformidad con las siguientes normas:',
  'controller.processorHeading': 'Cuando tratamos datos por cuenta de nuestros clientes',
  'controller.processor':
    'Cuando tratamos datos personales por cuenta de nuestros clientes empresariales, actuamos como su {processor}, siguiendo sus instrucciones: el cliente es el responsable del tratamiento de esos datos y se aplica su propia política de privacidad, no esta.',
  'controller.processorTerm': 'encargado del tratamiento',
  'controller.processorServices': 'Esto afecta a: {services}.',
  'controller.processorAddress':
    'Le rogamos que dirija las solicitudes relativas a esos datos al cliente de que se trate.',
  'dpf.heading': 'EU-U.S. Data Privacy Framework',
  'dpf.participation':
    '{controller} participa {frameworks}, según lo establecido por el Departamento de Comercio de los Estados Unidos, y ha certificado que cumple los Principios del Marco de Privacidad de Datos (Principios del DPF) respecto de todos los datos personales recibidos {areas} al amparo de dicho marco. Su certificación data del {date}.',
  'dpf.list': 'Puede comprobar nuestra participación en la Data Privacy Framework List: {link}.',
  'dpf.recourse':
    'Si tiene una reclamación sobre nuestro tratamiento de datos personales recibidos al amparo del DPF que no hayamos resuelto, puede someterla, sin coste alguno para usted, al mecanismo independiente de recurso que hemos designado: {mechanism}.',
  'dpf.recourseUrl': 'Cómo presentar una reclamación ante dicho organismo: {link}.',
  'dpf.enforcement': 'Estamos sujetos a las facultades de investigación y ejecución {body}.',
  'dpf.arbitration':
    'En determinadas condiciones, descritas en el anexo I de los Principios del DPF, puede recurrir a un arbitraje vinculante para una reclamación que no se haya resuelto por otros medios.',
  'dpf.publicAuthorities':
    'Podemos estar obligados a comunicar datos personales en respuesta a solicitudes legítimas de las autoridades públicas, incluso para cumplir requisitos de seguridad nacional o de aplicación de la ley.',
  'dpf.onwardTransfers':
    'Si un tercero al que transferimos datos personales para que los trate por nuestra cuenta los trata de forma incompatible con los Principios del DPF, seguimos siendo responsables con arreglo a dichos Principios, salvo que demostremos que no somos responsables del hecho que dio lugar al daño.',
  'dpf.framework.EU_US': 'en el Marco de Privacidad de Datos UE-EE. UU. (EU-U.S. Data Privacy Framework)',
  'dpf.framework.UK_EXTENSION': 'en la extensión británica de dicho marco (UK Extension)',
  'dpf.framework.SWISS_US': 'en el Marco de Privacidad de Datos Suiza-EE. UU. (Swiss-U.S. Data Privacy Framework)',
  'dpf.area.EU': 'de la Unión Europea',
  'dpf.area.UK': 'del Reino Unido',
  'dpf.area.CH': 'de Suiza',

  'field.name': 'Nombre',
  'field.email': 'Correo electrónico',
  'field.phone': 'Teléfono',
  'field.website': 'Sitio web',
  'field.address': 'Dirección',
  'field.country': 'País',
  'field.role': 'Función',

  'data.intro':
    'Los datos que recogemos, su procedencia y la finalidad con que los utilizamos dependen de su relación con nosotros. Le rogamos que lea el apartado que le corresponda.',
  'data.otherProcessing': 'Otros tratamientos',
  'data.collected': 'Qué datos recogemos',
  'data.sources': 'De dónde proceden los datos',
  'data.purposes': 'Para qué los utilizamos y con qué base jurídica',
  'data.specialCategory': 'categoría especial de datos: {category}',
  'data.criminalOffenceData': 'datos relativos a condenas e infracciones penales',
  'data.consequence': 'Si no los facilita: {consequence}',
  'data.sourceLine': '{category}: {sources}',
  'data.sourceDetails': '{sources} ({details})',
  'data.sourceListDetails': '{sources}. Detalles de estas fuentes: {details}',
  'purpose.legalBasis': 'Base jurídica: {basis}',
  'purpose.legalBasisFor': 'Base jurídica, para {scope}: {basis}',
  'purpose.legitimateInterest': 'Nuestro interés legítimo: {interest}',
  'purpose.legitimateInterestLead': 'nuestro interés legítimo',
  'purpose.legalObligation': 'La obligación legal: {obligation}',
  'purpose.specialCondition': 'Para categorías especiales de datos ({categories}): {condition}',
  'purpose.criminalOffence': 'Para datos relativos a condenas e infracciones penales ({categories}): {authority}',
  'criminalOffenceAuthority.OFFICIAL_AUTHORITY': 'tratamiento bajo la supervisión de las autoridades públicas',
  'criminalOffenceAuthority.AUTHORISED_BY_LAW': 'tratamiento autorizado por {law}',
  'purpose.dataUsed': 'Datos utilizados: {categories}',
  'purpose.recipients': 'Comunicados a: {recipients}',
  'purpose.withdraw': 'Puede retirar su consentimiento en cualquier momento.',
  'purpose.directMarketing':
    'Se trata de mercadotecnia directa: puede oponerse a ella en cualquier momento (véase {rights}).',
  'purpose.saleOrSharing':
    'Este tratamiento implica la venta o cesión de información personal en el sentido de la CCPA.',
  'purpose.automated': 'Este tratamiento implica decisiones automatizadas (véase {section}).',

  'recipients.intro':
    'Solo comunicamos datos personales cuando es necesario para las finalidades descritas anteriormente.',
  'recipients.none': 'No comunicamos datos personales a otras organizaciones.',
  'recipients.tableCaption': 'Resumen de destinatarios',
  'recipients.processors': 'Proveedores de servicios (encargados del tratamiento)',
  'recipients.processorsIntro':
    'Estos proveedores de servicios tratan datos personales por nuestra cuenta y únicamente siguiendo nuestras instrucciones.',
  'recipients.processorsContract':
    'Hemos celebrado con cada uno de ellos un contrato de encargo del tratamiento que les obliga a proteger los datos.',
  'recipients.controllers': 'Otros responsables del tratamiento',
  'recipients.controllersIntro':
    'Estas organizaciones reciben datos personales y deciden por sí mismas cómo los utilizan (responsables independientes) o lo deciden conjuntamente con nosotros (corresponsables del tratamiento). Sus propias políticas de privacidad rigen lo que hacen.',
  'recipients.categories': 'Otras categorías de destinatarios',
  'recipients.legalEntity': 'Entidad jurídica: {entity}',
  'recipients.address': 'Dirección: {address}',
  'recipients.service': 'Servicio: {service}',
  'recipients.jointArrangement': 'Aspectos esenciales de nuestro acuerdo de corresponsabilidad: {arrangement}',
  'recipients.data': 'Datos recibidos: {categories}',
  'recipients.privacyPolicy': 'Política de privacidad de {name}',
  'recipients.optOut': 'Oposición ante {name}',

  'transfers.intro':
    'Algunos destinatarios están situados en países fuera {areas}, o tratan datos personales en ellos. Cuando un país no ofrece un nivel adecuado de protección de datos, protegemos sus datos con las garantías que se indican a continuación.',
  'transfers.none': 'No transferimos datos personales a países fuera {areas}.',
  'transfers.tableCaption': 'Transferencias internacionales y sus garantías',
  'transfers.variousCountries': 'varios países',
  'transfers.safeguardsIntro': 'Qué significan estas garantías:',
  'transfers.copy': 'Puede obtener una copia de las garantías escribiéndonos a {email}.',
  'transfers.withDetails': '{instruments} — {details}',

  'retention.intro':
    'Conservamos los datos personales únicamente durante el tiempo necesario para la finalidad para la que los recogimos, o durante el tiempo que exija la ley:',
  'retention.general': 'Nuestra regla general: {rule}',
  'retention.followsGeneral': 'Nuestra regla general (véase más arriba)',
  'recipients.noSale': 'No vendemos datos personales.',
  'volunteered.DELETED':
    'No le solicitamos categorías especiales de datos personales (como datos relativos a su salud, sus convicciones religiosas o sus opiniones políticas). Si nos envía tales datos sin que se los hayamos solicitado, los suprimimos.',
  'volunteered.PROCESSED_WITH_EXPLICIT_CONSENT':
    'No le solicitamos categorías especiales de datos personales (como datos relativos a su salud, sus convicciones religiosas o sus opiniones políticas). Si decide facilitarnos tales datos, los utilizamos únicamente para la finalidad para la que nos los facilitó, sobre la base de {consent}, que puede retirar en cualquier momento.',
  'data.aboutOthers':
    'Si nos facilita datos personales de otras personas ({details}), le rogamos que se asegure de que conocen esta política y de que está autorizado a comunicarnos sus datos.',
  'contact.enquiryResponse': 'Respondemos a las consultas generales en un plazo de {time}.',
  'responseUnit.HOURS': '{amount, plural, one {# hora} other {# horas}}',
  'responseUnit.DAYS': '{amount, plural, one {# día} other {# días}}',
  'responseUnit.BUSINESS_DAYS': '{amount, plural, one {# día hábil} other {# días hábiles}}',
  'retention.tableCaption': 'Plazos de conservación por finalidad',
  'retention.periodFrom': '{period} {trigger}',
  'retention.periodAndCriteria': '{period}. {criteria}',

  'cookies.intro':
    'Utilizamos cookies y tecnologías similares. La tabla siguiente las enumera e indica quién las instala, para qué sirven y durante cuánto tiempo se conservan.',
  'cookies.tableCaption': 'Cookies y tecnologías similares que utilizamos',
  'cookies.session': 'sesión',
  'cookies.group': '{name} (grupo de cookies)',
  'cookies.typicalDuration': 'normalmente hasta {duration}',
  'cookies.purposeWithBasis': '{purpose} ({basis})',
  'cookies.onlyWithConsent': 'Solo instalamos cookies que no sean estrictamente necesarias con su consentimiento.',

  'table.recipient': 'Destinatario',
  'table.role': 'Función',
  'table.countries': 'Países',
  'table.safeguards': 'Garantías',
  'table.purpose': 'Finalidad',
  'table.retention': 'Plazo de conservación',
  'table.name': 'Nombre',
  'table.provider': 'Proveedor',
  'table.kind': 'Tipo',
  'table.duration': 'Duración',
  'table.cookieFunction': 'Función',
  'table.cookiePurposes': 'Finalidades (base jurídica)',
  'table.category': 'Categoría',
  'table.includes': 'Qué incluye',

  'rights.intro':
    'En función de la legislación que le resulte aplicable, usted tiene los siguientes derechos. Junto a cada derecho se indican las disposiciones que lo reconocen.',
  'rights.grantedBy': 'Reconocido en: {references}',
  'rights.portabilityScope':
    '{regimes, select, all {Este derecho abarca} other {En virtud de las disposiciones aplicables ({reference}), este derecho abarca}} los datos personales que tratamos por medios automatizados sobre la base de su consentimiento o de un contrato con usted, como ocurre en: {purposes}.',
  'rights.portabilityNone':
    '{regimes, select, all {Este derecho abarca únicamente} other {En virtud de las disposiciones aplicables ({reference}), este derecho abarca únicamente}} los datos personales que tratamos por medios automatizados sobre la base de su consentimiento o de un contrato con usted; ninguno de nuestros tratamientos se basa en el consentimiento ni en un contrato.',
  'rights.withdrawHeading': 'Retirada de su consentimiento',
  'rights.withdraw':
    'Cuando nos basamos en su consentimiento ({purposes}), puede retirarlo en cualquier momento, con la misma facilidad con que lo otorgó, por ejemplo escribiendo a {email}. La retirada del consentimiento no afecta a la licitud del tratamiento anterior a la retirada.',
  'rights.consentCookies': 'cookies que no son estrictamente necesarias',
  'rights.withdrawOnline':
    'También puede retirar en un solo paso todos los consentimientos que nos ha otorgado en {link}.',
  'rights.withdrawLink': 'nuestra página de retirada del consentimiento',
  'rights.objectHeading': 'Su derecho de oposición',
  'rights.object':
    'Tiene derecho a oponerse en cualquier momento, por motivos relacionados con su situación particular, al tratamiento de sus datos personales basado en intereses legítimos o en una misión realizada en interés público.',
  'rights.objectMarketing':
    'Tiene derecho a oponerse en cualquier momento al tratamiento de sus datos personales con fines de mercadotecnia directa, incluida la elaboración de perfiles relacionada con ella. Si se opone, dejaremos de utilizar sus datos con fines de mercadotecnia directa.',
  'rights.exerciseHeading': 'Cómo ejercer sus derechos',
  'rights.exerciseEmail': 'Para ejercer sus derechos, escríbanos a {email}.',
  'rights.exerciseUrl': 'También puede utilizar {link}.',
  'rights.exerciseChannel': 'También puede dirigirse a nosotros por este medio: {channel}.',
  'rights.formLink': 'nuestro formulario de solicitud en línea',
  'rights.verify':
    'Podemos pedirle que acredite su identidad antes de atender una solicitud. Respondemos dentro de los plazos establecidos por la ley.',
  'rights.free': 'Atendemos las solicitudes de forma gratuita, salvo que sean manifiestamente infundadas o excesivas.',
  'rights.fee': 'Podemos cobrar un canon razonable por una solicitud cuando la ley lo permita.',
  'rights.complaintHeading': 'Reclamaciones ante una autoridad de control',
  'rights.complaint':
    'Si considera que tratamos sus datos personales de forma ilícita, tiene derecho a presentar una reclamación ante una autoridad de control, en particular en el país en el que resida o trabaje o en el que se haya producido la supuesta infracción.',
  'rights.authority': 'Autoridad de control competente respecto de nosotros: {authority}.',
  'rights.authorities':
    '{count, plural, one {Autoridad de control competente respecto de nosotros:} other {Autoridades de control competentes respecto de nosotros:}}',
  'rights.authorityRegimes': 'Competente con arreglo a',
  'rights.authorityEstablishment': 'Competente para nuestro establecimiento',

  'ca.intro':
    'Esta información se dirige a los residentes en California y completa el resto de esta política, tal como exige la {law}.',
  'ca.categoriesIntro':
    'En los últimos 12 meses hemos recogido las siguientes categorías de información personal. La tabla indica, para cada categoría, de dónde procede, para qué la utilizamos y los destinatarios a los que la comunicamos con un fin empresarial o a los que la vendemos o cedemos. El tiempo durante el que la conservamos se indica más arriba.',
  'ca.tableCaption': 'Categorías de información personal recogidas',
  'ca.sells':
    'Vendemos o cedemos información personal, en el sentido que la CCPA da a estos términos, para las siguientes finalidades: {purposes}.',
  'ca.sellsGeneral': 'Vendemos o cedemos información personal, en el sentido que la CCPA da a estos términos.',
  'ca.doesNotSell': 'No vendemos ni cedemos información personal, en el sentido que la CCPA da a estos términos.',
  'ca.notSoldPastYear': 'En los últimos 12 meses no hemos vendido ni cedido información personal.',
  'ca.soldPastYear': 'En los últimos 12 meses hemos vendido o cedido información personal.',
  'ca.optOut':
    'Tiene derecho a oponerse a la venta o cesión de su información personal. Para ello, escríbanos a {email}.',
  'ca.optOutLink': 'También puede oponerse mediante {link}.',
  'ca.optOutLinkText': 'Do Not Sell or Share My Personal Information',
  'ca.sensitive':
    'Utilizamos la información personal sensible únicamente para las finalidades que la CCPA permite sin derecho a limitar su uso (11 CCR § 7027(m)).',
  'ca.limit':
    'Tiene derecho a limitar el uso de su información personal sensible a lo necesario para prestar los bienes o servicios que solicite. Para ello, escríbanos a {email}.',
  'ca.nonDiscrimination':
    'No le discriminaremos por ejercer sus derechos de privacidad, por ejemplo denegándole bienes o servicios, cobrándole precios distintos o prestándole un servicio de distinta calidad.',
  'ca.columnSources': 'Fuentes',
  'ca.columnPurposes': 'Finalidades',
  'ca.columnDisclosedTo': 'Comunicada con un fin empresarial a',
  'ca.columnSoldOrSharedTo': 'Vendida o cedida a',
  'ca.minorsNoKnowledge':
    'No tenemos conocimiento efectivo de que vendamos o cedamos información personal de consumidores menores de 16 años.',
  'ca.minorsAuthorised':
    'Solo vendemos o cedemos información personal de consumidores menores de 16 años con su autorización expresa o, en el caso de consumidores menores de 13 años, con la de su progenitor o tutor.',
  'ca.signals':
    'Tratamos las señales de preferencia de exclusión voluntaria, como Global Privacy Control (GPC), como una solicitud válida de oposición a la venta o cesión de información personal: respecto del navegador o dispositivo que envía la señal y de cualquier perfil de consumidor asociado a él, incluidos los perfiles seudónimos, y respecto de usted como consumidor si sabemos quién es. Para enviar dicha señal, actívela en un navegador o en una extensión de navegador que la admita.',
  'ca.limitLink': 'También puede limitar su uso mediante {link}.',
  'ca.limitLinkText': 'Limit the Use of My Sensitive Personal Information',
  'ca.tollFree': 'También puede presentar una solicitud llamándonos gratuitamente al {phone}.',
  'ca.verification':
    'Antes de atender una solicitud de acceso, supresión o rectificación de información personal, verificamos su identidad del siguiente modo: {process}',
  'ca.noIncentives':
    'No ofrecemos incentivos económicos ni diferencias de precio o de servicio a cambio de información personal.',
  'ca.incentives':
    'Ofrecemos incentivos económicos relacionados con la recogida, conservación o venta de información personal. Sus condiciones, y cómo puede participar y retirarse en cualquier momento, se exponen en {link}.',
  'ca.incentivesLinkText': 'nuestra nota informativa sobre incentivos económicos',
  'ca.lastUpdated': 'Esta política de privacidad se actualizó por última vez el {date}.',

  'br.intro':
    'Esta información se aplica cuando la Ley General de Protección de Datos de Brasil (LGPD, Ley n.º 13.709/2018) es aplicable al tratamiento de sus datos personales, y completa el resto de esta política.',
  'br.condition':
    'Facilitar los siguientes datos es una condición para recibir nuestros productos o servicios: {categories}. Si no los facilita, no podremos prestárselos. Puede ejercer en cualquier momento sus derechos como titular de los datos conforme al art. 18 LGPD (véase {rights}) escribiendo a {email}.',
  'br.children':
    'Tratamos datos personales de niños y adolescentes. Tipos de datos que recogemos y cómo los utilizamos: {types}',
  'br.parentalConsent':
    'Cuando tratamos datos personales de un niño (menor de 12 años) sobre la base del consentimiento, solo lo hacemos con el consentimiento específico y destacado de al menos uno de sus progenitores o de su representante legal, que obtenemos y comprobamos del siguiente modo: {process}',
  'br.childrenRights':
    'Los progenitores y representantes legales pueden ejercer los derechos del titular de los datos en nombre del niño (véase {rights}).',
  'br.noChildren': 'No tratamos datos personales de niños ni de adolescentes.',

  'pipeda.accountable':
    'Hemos designado a una persona responsable de nuestro cumplimiento de la Ley de Protección de la Información Personal y los Documentos Electrónicos de Canadá (PIPEDA) y de los principios de su anexo 1. Puede dirigir a esta persona sus preguntas y reclamaciones sobre el modo en que tratamos la información personal:',
  'pipeda.title': 'Cargo',

  'children.body':
    'Nuestros servicios no están dirigidos a menores de {age} años. No recogemos a sabiendas datos personales de menores de {age} años. Si cree que un menor de {age} años nos ha facilitado datos personales, le rogamos que se ponga en contacto con nosotros en {email} y los suprimiremos.',

  'security.intro':
    'Protegemos los datos personales mediante medidas técnicas y organizativas apropiadas, entre ellas:',

  'automated.none':
    'No tomamos decisiones automatizadas: no adoptamos decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que produzcan efectos jurídicos en usted o le afecten significativamente de modo similar.',
  'automated.intro':
    'En los casos siguientes adoptamos decisiones basadas únicamente en el tratamiento automatizado (decisiones automatizadas). Le explicamos la lógica aplicada y lo que significa para usted:',
  'automated.safeguards':
    'Puede solicitar que una persona revise dicha decisión automatizada, expresar su punto de vista e impugnar la decisión.',

  'changes.version': 'Esta es la versión {version} de esta política, vigente desde el {date}.',
  'changes.policyUrl': 'También publicamos esta política en nuestro sitio web, en {link}.',
  'changes.draft': 'Este es un borrador de esta política que no se ha publicado.',
  'changes.publicUrl': 'La versión vigente está siempre disponible en {link}.',

  'contact.intro':
    'Si tiene alguna pregunta sobre esta política o sobre el modo en que utilizamos sus datos personales, le rogamos que se ponga en contacto con nosotros:',
  'contact.postal': 'Correo postal',
  'contact.dpo': 'También puede dirigirse a nuestro delegado de protección de datos: {contact}.',

  'legalBasis.CONSENT': 'su consentimiento',
  'legalBasis.CONTRACT':
    'la ejecución de un contrato con usted o la aplicación, a petición suya, de medidas precontractuales',
  'legalBasis.LEGAL_OBLIGATION': 'el cumplimiento de una obligación legal',
  'legalBasis.VITAL_INTERESTS': 'la protección de sus intereses vitales o de los de otra persona',
  'legalBasis.PUBLIC_TASK': 'el cumplimiento de una misión realizada en interés público',
  'legalBasis.LEGITIMATE_INTERESTS': 'nuestros intereses legítimos',

  'specialCondition.EXPLICIT_CONSENT': 'su consentimiento explícito',
  'specialCondition.EMPLOYMENT_AND_SOCIAL_SECURITY':
    'obligaciones y derechos en el ámbito del Derecho laboral y de la seguridad y protección social',
  'specialCondition.VITAL_INTERESTS': 'la protección de intereses vitales cuando usted no pueda dar su consentimiento',
  'specialCondition.NOT_FOR_PROFIT_BODY': 'actividades legítimas de un organismo sin ánimo de lucro',
  'specialCondition.MADE_PUBLIC_BY_SUBJECT': 'datos que usted ha hecho manifiestamente públicos',
  'specialCondition.LEGAL_CLAIMS': 'la formulación, el ejercicio o la defensa de reclamaciones',
  'specialCondition.SUBSTANTIAL_PUBLIC_INTEREST': 'razones de un interés público esencial',
  'specialCondition.HEALTH_OR_SOCIAL_CARE': 'asistencia sanitaria o social',
  'specialCondition.PUBLIC_HEALTH': 'razones de interés público en el ámbito de la salud pública',
  'specialCondition.ARCHIVING_RESEARCH_STATISTICS':
    'fines de archivo, de investigación científica o histórica o estadísticos',

  'specialCategory.RACIAL_OR_ETHNIC_ORIGIN': 'origen étnico o racial',
  'specialCategory.POLITICAL_OPINIONS': 'opiniones políticas',
  'specialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS': 'convicciones religiosas o filosóficas',
  'specialCategory.TRADE_UNION_MEMBERSHIP': 'afiliación sindical',
  'specialCategory.GENETIC': 'datos genéticos',
  'specialCategory.BIOMETRIC': 'datos biométricos',
  'specialCategory.HEALTH': 'datos relativos a la salud',
  'specialCategory.SEX_LIFE_OR_ORIENTATION': 'vida sexual u orientación sexual',
  'specialCategory.CRIMINAL_OFFENCES': 'condenas e infracciones penales',

  'source.SUBJECT': 'directamente de usted',
  'source.THIRD_PARTY': 'de terceros',
  'source.PUBLIC': 'de fuentes de acceso público',
  'source.AUTOMATIC': 'de forma automática, cuando utiliza nuestros servicios',

  'requirement.VOLUNTARY': 'La comunicación de estos datos es voluntaria.',
  'requirement.CONTRACTUAL': 'La comunicación de estos datos es un requisito contractual.',
  'requirement.PRE_CONTRACTUAL': 'Debe facilitar estos datos para celebrar un contrato con nosotros.',
  'requirement.STATUTORY': 'La comunicación de estos datos es un requisito legal.',

  'ccpa.IDENTIFIERS': 'Identificadores',
  'ccpa.CUSTOMER_RECORDS': 'Registros de clientes (Cal. Civ. Code § 1798.80(e))',
  'ccpa.PROTECTED_CLASSIFICATIONS': 'Características de clasificaciones protegidas',
  'ccpa.COMMERCIAL_INFORMATION': 'Información comercial',
  'ccpa.BIOMETRIC_INFORMATION': 'Información biométrica',
  'ccpa.INTERNET_ACTIVITY': 'Información sobre la actividad en internet u otras redes electrónicas',
  'ccpa.GEOLOCATION': 'Datos de geolocalización',
  'ccpa.SENSORY_DATA': 'Información sonora, electrónica, visual, térmica, olfativa o similar',
  'ccpa.PROFESSIONAL_INFORMATION': 'Información profesional o relacionada con el empleo',
  'ccpa.EDUCATION_INFORMATION': 'Información sobre formación',
  'ccpa.INFERENCES': 'Inferencias extraídas para elaborar un perfil',
  'ccpa.SENSITIVE_PERSONAL_INFORMATION': 'Información personal sensible',

  'role.PROCESSOR': 'encargado del tratamiento',
  'role.INDEPENDENT_CONTROLLER': 'responsable independiente',
  'role.JOINT_CONTROLLER': 'corresponsable del tratamiento',
  'role.CATEGORY': 'categoría de destinatarios',

  'instrument.EU_ADEQUACY_DECISION': 'decisión de adecuación de la Comisión Europea',
  'instrument.EU_STANDARD_CONTRACTUAL_CLAUSES': 'cláusulas contractuales tipo de la Comisión Europea',
  'instrument.EU_US_DATA_PRIVACY_FRAMEWORK': 'Marco de Privacidad de Datos UE-EE. UU.',
  'instrument.EU_BINDING_CORPORATE_RULES': 'normas corporativas vinculantes',
  'instrument.EU_DEROGATION': 'excepción para una situación específica',
  'instrument.UK_ADEQUACY_REGULATIONS': 'reglamento de adecuación del Reino Unido',
  'instrument.UK_IDTA': 'Acuerdo Internacional de Transferencia de Datos del Reino Unido',
  'instrument.UK_ADDENDUM': 'adenda británica (UK Addendum) a las cláusulas contractuales tipo de la Comisión Europea',
  'instrument.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK': 'extensión británica del Marco de Privacidad de Datos UE-EE. UU.',
  'instrument.UK_BINDING_CORPORATE_RULES': 'normas corporativas vinculantes',
  'instrument.UK_DEROGATION': 'excepción para una situación específica',
  'instrument.CH_ADEQUACY_DECISION': 'decisión de adecuación del Consejo Federal suizo',
  'instrument.CH_STANDARD_CONTRACTUAL_CLAUSES':
    'cláusulas contractuales tipo de la Comisión Europea, reconocidas por el PFPDT',
  'instrument.CH_US_DATA_PRIVACY_FRAMEWORK': 'Marco de Privacidad de Datos Suiza-EE. UU.',
  'instrument.CH_BINDING_CORPORATE_RULES': 'normas corporativas vinculantes',
  'instrument.CH_EXCEPTION': 'excepción para una situación específica',
  'instrument.BR_STANDARD_CONTRACTUAL_CLAUSES': 'cláusulas contractuales tipo de la ANPD',
  'instrument.BR_GLOBAL_CORPORATE_RULES': 'normas corporativas globales',
  'instrument.BR_DEROGATION': 'transferencia permitida para una situación específica',

  'instrumentRef.EU_ADEQUACY_DECISION': 'art. 45.3 RGPD',
  'instrumentRef.EU_STANDARD_CONTRACTUAL_CLAUSES': 'art. 46.2.c) RGPD',
  'instrumentRef.EU_US_DATA_PRIVACY_FRAMEWORK': 'art. 45.3 RGPD',
  'instrumentRef.EU_BINDING_CORPORATE_RULES': 'art. 46.2.b) y art. 47 RGPD',
  'instrumentRef.EU_DEROGATION': 'art. 49.1 RGPD',
  'instrumentRef.UK_ADEQUACY_REGULATIONS': 'art. 45.1 UK GDPR y sección 17A DPA 2018',
  'instrumentRef.UK_IDTA': 'art. 46.2.d) UK GDPR y sección 119A DPA 2018',
  'instrumentRef.UK_ADDENDUM': 'art. 46.2.d) UK GDPR y sección 119A DPA 2018',
  'instrumentRef.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK': 'art. 45.1 UK GDPR y sección 17A DPA 2018',
  'instrumentRef.UK_BINDING_CORPORATE_RULES': 'art. 46.2.b) y art. 47 UK GDPR',
  'instrumentRef.UK_DEROGATION': 'art. 49.1 UK GDPR',
  'instrumentRef.CH_ADEQUACY_DECISION': 'art. 16.1 LPD',
  'instrumentRef.CH_STANDARD_CONTRACTUAL_CLAUSES': 'art. 16.2.d) LPD',
  'instrumentRef.CH_US_DATA_PRIVACY_FRAMEWORK': 'art. 16.1 LPD',
  'instrumentRef.CH_BINDING_CORPORATE_RULES': 'art. 16.2.e) LPD',
  'instrumentRef.CH_EXCEPTION': 'art. 17 LPD',
  'instrumentRef.BR_STANDARD_CONTRACTUAL_CLAUSES': 'art. 33, II, b LGPD',
  'instrumentRef.BR_GLOBAL_CORPORATE_RULES': 'art. 33, II, c LGPD',
  'instrumentRef.BR_DEROGATION': 'art. 33, III a IX LGPD',

  'instrumentInfo.EU_ADEQUACY_DECISION':
    'La Comisión Europea ha decidido que el país garantiza un nivel de protección adecuado de los datos personales.',
  'instrumentInfo.EU_STANDARD_CONTRACTUAL_CLAUSES':
    'Cláusulas contractuales adoptadas por la Comisión Europea en la Decisión de Ejecución (UE) 2021/914, de 4 de junio de 2021, mediante las cuales el destinatario se compromete a proteger los datos.',
  'instrumentInfo.EU_US_DATA_PRIVACY_FRAMEWORK':
    'La certificación de la organización que recibe los datos en los Estados Unidos con arreglo al Marco de Privacidad de Datos UE-EE. UU. (EU-U.S. Data Privacy Framework). En la Decisión de Ejecución (UE) 2023/1795, de 10 de julio de 2023, la Comisión Europea constató que las organizaciones certificadas garantizan un nivel de protección adecuado.',
  'instrumentInfo.EU_BINDING_CORPORATE_RULES':
    'Normas de protección de datos vinculantes para todas las sociedades del grupo del destinatario, aprobadas por una autoridad de control.',
  'instrumentInfo.EU_DEROGATION':
    'Una transferencia permitida para una situación específica conforme al art. 49 RGPD, tal como se describe para el destinatario de que se trate.',
  'instrumentInfo.UK_ADEQUACY_REGULATIONS':
    'El Reino Unido ha constatado, mediante un reglamento de adecuación, que el país garantiza un nivel de protección adecuado de los datos personales.',
  'instrumentInfo.UK_IDTA':
    'El Acuerdo Internacional de Transferencia de Datos (IDTA) expedido por el Comisionado de Información del Reino Unido (Information Commissioner) con arreglo a la sección 119A de la Data Protection Act 2018, en vigor desde el 21 de marzo de 2022, mediante el cual el destinatario se compromete a proteger los datos.',
  'instrumentInfo.UK_ADDENDUM':
    'La adenda expedida por el Comisionado de Información del Reino Unido (Information Commissioner) con arreglo a la sección 119A de la Data Protection Act 2018, en vigor desde el 21 de marzo de 2022, que hace válidas las cláusulas contractuales tipo de la Comisión Europea para las transferencias desde el Reino Unido.',
  'instrumentInfo.UK_EXTENSION_DATA_PRIVACY_FRAMEWORK':
    'La participación de la organización que recibe los datos en los Estados Unidos en la extensión británica del Marco de Privacidad de Datos UE-EE. UU. (UK Extension). El Gobierno británico declaró adecuadas las transferencias a las organizaciones participantes mediante las Data Protection (Adequacy) (United States of America) Regulations 2023, en vigor desde el 12 de octubre de 2023.',
  'instrumentInfo.UK_BINDING_CORPORATE_RULES':
    'Normas de protección de datos vinculantes para todas las sociedades del grupo del destinatario, aprobadas por el Comisionado de Información del Reino Unido.',
  'instrumentInfo.UK_DEROGATION':
    'Una transferencia permitida para una situación específica conforme al art. 49 UK GDPR, tal como se describe para el destinatario de que se trate.',
  'instrumentInfo.CH_ADEQUACY_DECISION':
    'El Consejo Federal suizo ha decidido que el país garantiza un nivel adecuado de protección de datos (anexo 1 de la Ordenanza sobre protección de datos).',
  'instrumentInfo.CH_STANDARD_CONTRACTUAL_CLAUSES':
    'Las cláusulas contractuales tipo de la Comisión Europea (Decisión de Ejecución (UE) 2021/914), reconocidas por el Responsable Federal de Protección de Datos y Transparencia (PFPDT) y adaptadas según exige el Derecho suizo, mediante las cuales el destinatario se compromete a proteger los datos.',
  'instrumentInfo.CH_US_DATA_PRIVACY_FRAMEWORK':
    'La certificación de la organización que recibe los datos en los Estados Unidos con arreglo al Marco de Privacidad de Datos Suiza-EE. UU. (Swiss-U.S. Data Privacy Framework), que el Consejo Federal suizo reconoce como garante de un nivel de protección adecuado desde el 15 de septiembre de 2024.',
  'instrumentInfo.CH_BINDING_CORPORATE_RULES':
    'Normas de protección de datos vinculantes para todas las sociedades del grupo del destinatario, aprobadas por el PFPDT o por la autoridad de protección de datos de un Estado con un nivel de protección adecuado.',
  'instrumentInfo.CH_EXCEPTION':
    'Una transferencia permitida para una situación específica conforme al art. 17 LPD, tal como se describe para el destinatario de que se trate.',
  'instrumentInfo.BR_STANDARD_CONTRACTUAL_CLAUSES':
    'Las cláusulas contractuales tipo aprobadas por la Autoridad Nacional de Protección de Datos de Brasil (ANPD) en la Resolución CD/ANPD n.º 19, de 23 de agosto de 2024, mediante las cuales el destinatario se compromete a proteger los datos.',
  'instrumentInfo.BR_GLOBAL_CORPORATE_RULES':
    'Normas de protección de datos vinculantes para todas las sociedades del grupo del destinatario, aprobadas por la ANPD con arreglo a la Resolución CD/ANPD n.º 19, de 23 de agosto de 2024.',
  'instrumentInfo.BR_DEROGATION':
    'Una transferencia permitida para una situación específica conforme al art. 33 LGPD, tal como se describe para el destinatario de que se trate.',

  'transfersFrom.EEA': 'Transferencias desde el Espacio Económico Europeo (RGPD)',
  'transfersFrom.UK': 'Transferencias desde el Reino Unido (UK GDPR)',
  'transfersFrom.CH': 'Transferencias desde Suiza (LPD)',
  'transfersFrom.BR': 'Transferencias desde Brasil (LGPD)',

  'area.EEA': 'del Espacio Económico Europeo (EEE)',
  'area.UK': 'del Reino Unido',
  'area.CH': 'de Suiza',
  'area.BR': 'de Brasil',

  'retentionUnit.DAYS': '{amount, plural, one {# día} other {# días}}',
  'retentionUnit.WEEKS': '{amount, plural, one {# semana} other {# semanas}}',
  'retentionUnit.MONTHS': '{amount, plural, one {# mes} other {# meses}}',
  'retentionUnit.YEARS': '{amount, plural, one {# año} other {# años}}',

  'retentionTrigger.COLLECTION': 'desde su recogida',
  'retentionTrigger.END_OF_RELATIONSHIP': 'desde el fin de la relación',
  'retentionTrigger.END_OF_ENQUIRY': 'desde la conclusión de la consulta',
  'retentionTrigger.LAST_INTERACTION': 'desde su última interacción con nosotros',
  'retentionTrigger.END_OF_RECRUITMENT': 'desde la finalización del proceso de selección',
  'retentionTrigger.CONSENT_WITHDRAWN': 'desde la retirada de su consentimiento',
  'retentionTrigger.END_OF_FINANCIAL_YEAR': 'desde el cierre del ejercicio',

  'cookieKind.STRICTLY_NECESSARY': 'estrictamente necesaria',
  'cookieKind.FUNCTIONAL': 'funcional',
  'cookieKind.ANALYTICS': 'analítica',
  'cookieKind.MARKETING': 'publicitaria',

  'cookieUnit.MINUTES': '{amount, plural, one {# minuto} other {# minutos}}',
  'cookieUnit.HOURS': '{amount, plural, one {# hora} other {# horas}}',
  'cookieUnit.DAYS': '{amount, plural, one {# día} other {# días}}',
  'cookieUnit.MONTHS': '{amount, plural, one {# mes} other {# meses}}',
  'cookieUnit.YEARS': '{amount, plural, one {# año} other {# años}}',

  'right.ACCESS': 'Derecho de acceso',
  'right.RECTIFICATION': 'Derecho de rectificación',
  'right.ERASURE': 'Derecho de supresión',
  'right.RESTRICTION': 'Derecho a la limitación del tratamiento',
  'right.OBJECTION': 'Derecho de oposición',
  'right.PORTABILITY': 'Derecho a la portabilidad de los datos',
  'right.WITHDRAW_CONSENT': 'Derecho a retirar el consentimiento',
  'right.AUTOMATED_DECISIONS': 'Derechos en relación con las decisiones automatizadas',
  'right.COMPLAIN': 'Derecho a presentar una reclamación',
  'right.OPT_OUT_SALE_SHARING': 'Derecho de oposición a la venta o cesión',
  'right.LIMIT_SENSITIVE_USE': 'Derecho a limitar el uso de la información personal sensible',
  'right.NON_DISCRIMINATION': 'Derecho a no ser discriminado',

  'rightInfo.ACCESS':
    'Puede preguntarnos si tratamos datos personales que le conciernen y, en tal caso, obtener una copia de ellos e información sobre cómo los utilizamos.',
  'rightInfo.RECTIFICATION':
    'Puede solicitarnos que rectifiquemos los datos personales inexactos y que completemos los incompletos.',
  'rightInfo.ERASURE':
    'Puede solicitarnos que suprimamos sus datos personales, por ejemplo cuando ya no los necesitemos o cuando retire su consentimiento.',
  'rightInfo.RESTRICTION':
    'Puede solicitarnos que limitemos el tratamiento de sus datos personales, por ejemplo mientras verificamos su exactitud.',
  'rightInfo.OBJECTION':
    'Puede oponerse al tratamiento basado en intereses legítimos o en una misión de interés público y, en cualquier momento, a la mercadotecnia directa.',
  'rightInfo.PORTABILITY':
    'Puede recibir los datos personales que nos haya facilitado en un formato estructurado, de uso común y de lectura mecánica, o solicitarnos que los transmitamos a otra organización.',
  'rightInfo.WITHDRAW_CONSENT':
    'Cuando nos basamos en su consentimiento, puede retirarlo en cualquier momento, con efectos para el futuro.',
  'rightInfo.AUTOMATED_DECISIONS':
    'Tiene derecho a no ser objeto de una decisión basada únicamente en el tratamiento automatizado que produzca efectos jurídicos en usted o le afecte significativamente de modo similar.',
  'rightInfo.COMPLAIN': 'Puede presentar una reclamación ante una autoridad de control.',
  'rightInfo.OPT_OUT_SALE_SHARING': 'Puede indicarnos que no vendamos ni cedamos su información personal.',
  'rightInfo.LIMIT_SENSITIVE_USE':
    'Puede solicitarnos que limitemos el uso de su información personal sensible a lo necesario para prestar nuestros servicios.',
  'rightInfo.NON_DISCRIMINATION': 'No le trataremos de forma distinta por ejercer sus derechos.',

  'measure.ENCRYPTION_IN_TRANSIT': 'cifrado de los datos en tránsito',
  'measure.ENCRYPTION_AT_REST': 'cifrado de los datos almacenados',
  'measure.ACCESS_CONTROL': 'control de acceso según el principio de necesidad de conocer',
  'measure.PSEUDONYMISATION': 'seudonimización cuando sea posible',
  'measure.STAFF_TRAINING': 'formación periódica del personal en protección de datos',
  'measure.CONFIDENTIALITY_AGREEMENTS':
    'obligaciones de confidencialidad para todas las personas con acceso a datos personales',
  'measure.BACKUPS': 'copias de seguridad periódicas',
  'measure.PENETRATION_TESTING': 'pruebas periódicas de seguridad y de penetración',
  'measure.INCIDENT_RESPONSE': 'un procedimiento documentado de respuesta a incidentes de seguridad',
  'measure.CERTIFIED_ISMS': 'un sistema de gestión de la seguridad de la información certificado',

  'representative.EU': 'Representante en la Unión Europea (art. 27 RGPD)',
  'representative.UK': 'Representante en el Reino Unido (art. 27 UK GDPR)',
  'representative.CH': 'Representante en Suiza (art. 14 LPD)',
  'regime.EU_GDPR': 'RGPD',
  'regime.UK_GDPR': 'UK GDPR',
  'regime.CCPA_CPRA': 'CCPA/CPRA',
  'regime.LGPD': 'LGPD',
  'regime.PIPEDA': 'PIPEDA',
  'regime.CH_FADP': 'LPD (Suiza)',
  'processorRequests.FORWARDED_TO_CUSTOMER':
    'Remitimos al cliente de que se trate cualquier solicitud relativa a esos datos que recibamos y le asistimos para responderla.',
  'processorRequests.REFERRED_TO_CUSTOMER':
    'Si nos envía una solicitud de ese tipo, le remitiremos al cliente de que se trate.',
  'dpf.recourse.EU_DPA_PANEL': 'el panel constituido por las autoridades de protección de datos de la UE',
  'dpf.recourse.EU_ADR_PROVIDER':
    '{name}, un organismo de resolución alternativa de litigios establecido en la Unión Europea',
  'dpf.recourse.US_ADR_PROVIDER':
    '{name}, un organismo de resolución alternativa de litigios establecido en los Estados Unidos',
  'dpf.body.FTC': 'de la Comisión Federal de Comercio de los Estados Unidos (Federal Trade Commission, FTC)',
  'dpf.body.DOT': 'del Departamento de Transporte de los Estados Unidos (Department of Transportation)',

  'agentProof.SIGNED_PERMISSION':
    'Puede recurrir a un agente autorizado (authorized agent) para que presente una solicitud en su nombre. Pediremos al agente que acredite que usted le ha otorgado una autorización firmada para ello.',
  'agentProof.SIGNED_PERMISSION_AND_CONSUMER_CONFIRMATION':
    'Puede recurrir a un agente autorizado (authorized agent) para que presente una solicitud en su nombre. Pediremos al agente que acredite que usted le ha otorgado una autorización firmada para ello, y podremos pedirle a usted que verifique su identidad ante nosotros o que confirme que otorgó dicha autorización al agente.',
};
