import { defineMessages } from '../i18n/define-messages.js';

/** The incident list, an incident's page, its forms, its claims and its legal qualifications. */
export const incidentMessages = defineMessages('incidents', {
  // Columns and facts shared by the list, the page and the overview.
  when: { en: 'When', fr: 'Date', ar: 'التاريخ' },
  what: { en: 'What', fr: 'Incident', ar: 'الحادثة' },
  where: { en: 'Where', fr: 'Lieu', ar: 'المكان' },
  type: { en: 'Type', fr: 'Type', ar: 'النوع' },
  grade: { en: 'Grade', fr: 'Vérification', ar: 'درجة التحقق' },
  incidents: { en: 'Incidents', fr: 'Incidents', ar: 'الحوادث' },

  // The list and its filters.
  filterIncidents: { en: 'Filter incidents', fr: 'Filtrer les incidents', ar: 'تصفية الحوادث' },
  words: { en: 'Words', fr: 'Mots', ar: 'كلمات' },
  from: { en: 'From', fr: 'Du', ar: 'من' },
  to: { en: 'To', fr: 'Au', ar: 'إلى' },
  // Dates are read in English and Arabic words, or as EDTF: the examples are ones the server reads.
  fromExample: { en: '2016-07 or mid-July 2016', fr: '2016-07 ou « mid-July 2016 »', ar: '2016-07 أو منتصف تموز 2016' },
  apply: { en: 'Apply', fr: 'Appliquer', ar: 'تطبيق' },
  placeFilters: { en: 'Place filters', fr: 'Filtres de lieu', ar: 'مرشِّحات المكان' },
  area: { en: 'Area {pcode}', fr: 'Zone {pcode}', ar: 'المنطقة {pcode}' },
  removeArea: { en: 'Remove area filter', fr: 'Retirer le filtre de zone', ar: 'إزالة مرشِّح المنطقة' },
  mapView: { en: 'Map view', fr: 'Vue de la carte', ar: 'نطاق الخريطة' },
  removeMapView: { en: 'Remove map-view filter', fr: 'Retirer le filtre de vue de la carte', ar: 'إزالة مرشِّح نطاق الخريطة' },
  facetType: { en: 'Type', fr: 'Type', ar: 'النوع' },
  facetMeans: { en: 'Means', fr: 'Moyens', ar: 'الوسائل' },
  facetTarget: { en: 'Target', fr: 'Cible', ar: 'الهدف' },
  facetGrade: { en: 'Grade', fr: 'Vérification', ar: 'درجة التحقق' },
  facetParty: { en: 'Party', fr: 'Partie', ar: 'الطرف' },
  clearFilters: { en: 'Clear all filters', fr: 'Effacer tous les filtres', ar: 'مسح جميع المرشِّحات' },
  listCount: { en: 'Incidents <m>({count, number})</m>', fr: 'Incidents <m>({count, number})</m>', ar: 'الحوادث <m>({count, number})</m>' },
  listCountMore: { en: 'Incidents <m>({count, number}+)</m>', fr: 'Incidents <m>({count, number}+)</m>', ar: 'الحوادث <m>(+{count, number})</m>' },
  noMatch: { en: 'No incident matches these filters.', fr: 'Aucun incident ne correspond à ces filtres.', ar: 'لا توجد حادثة تطابق هذه المرشِّحات.' },
  moreIncidents: { en: 'More incidents', fr: 'Plus d’incidents', ar: 'مزيد من الحوادث' },

  // The forms.
  newIncident: { en: 'New incident', fr: 'Nouvel incident', ar: 'حادثة جديدة' },
  editIncident: { en: 'Edit incident', fr: 'Modifier l’incident', ar: 'تعديل الحادثة' },
  readOnlyRole: {
    en: 'Your role in this case reads records but does not write them: the server will refuse to save.',
    fr: 'Votre rôle dans ce dossier permet de lire les enregistrements, non de les écrire : le serveur refusera d’enregistrer.',
    ar: 'يتيح لك دورك في هذه القضية قراءة السجلات دون كتابتها: سيرفض الخادم الحفظ.',
  },
  title: { en: 'Title', fr: 'Titre', ar: 'العنوان' },
  choose: { en: 'Choose…', fr: 'Choisir…', ar: 'اختر…' },
  whenInWords: { en: 'When (in words)', fr: 'Date (en toutes lettres)', ar: 'التاريخ (بالكلمات)' },
  whenExample: { en: 'mid-July 2016', fr: '« mid-July 2016 » ou 2016-07-15', ar: 'منتصف تموز 2016' },
  whenExamples: { en: 'mid-July 2016, 2016-07-15/2016-12-22', fr: '« mid-July 2016 » ou 2016-07-15/2016-12-22', ar: 'منتصف تموز 2016، 2016-07-15/2016-12-22' },
  // Places are found in the gazetteer by their English or Arabic names.
  whereExample: { en: 'Douma, ‘Irbīn, دوما', fr: 'Douma, ‘Irbīn ou دوما', ar: 'دوما، عربين' },
  killedInWords: { en: 'Killed (in words)', fr: 'Tués (en toutes lettres)', ar: 'القتلى (بالكلمات)' },
  killedExample: { en: 'at least 14', fr: '14 ou « at least 14 »', ar: 'ما لا يقل عن 14' },
  types: { en: 'Types', fr: 'Types', ar: 'الأنواع' },
  narrative: { en: 'Narrative', fr: 'Récit', ar: 'السرد' },
  check: { en: 'Check', fr: 'Vérifier', ar: 'تحقّق' },
  save: { en: 'Save', fr: 'Enregistrer', ar: 'حفظ' },
  saveChanges: { en: 'Save changes', fr: 'Enregistrer les modifications', ar: 'حفظ التغييرات' },
  cancel: { en: 'Cancel', fr: 'Annuler', ar: 'إلغاء' },
  saved: { en: 'Saved.', fr: 'Enregistré.', ar: 'تم الحفظ.' },
  readingsLabel: { en: 'How the values were read', fr: 'Comment les valeurs ont été lues', ar: 'كيف قُرئت القيم' },
  /** One value typed in words and what the server read; `readAs` is the server's own wording. */
  reading: {
    en: '{field, select, date {date} place {place} killed {killed} other {{field}}}: “{typed}” read as <b>{readAs}</b>',
    fr: '{field, select, date {date} place {lieu} killed {tués} other {{field}}} : « {typed} » lu comme <b>{readAs}</b>',
    ar: '{field, select, date {التاريخ} place {المكان} killed {القتلى} other {{field}}}: «{typed}» قُرئ على أنه <b>{readAs}</b>',
  },

  // An incident's page.
  allIncidents: { en: '← All incidents', fr: '← Tous les incidents', ar: '→ جميع الحوادث' },
  placeDetail: { en: '({precision})', fr: '({precision})', ar: '({precision})' },
  placeDetailPcode: { en: '({precision}, {pcode})', fr: '({precision}, {pcode})', ar: '({precision}، {pcode})' },
  claimsByField: { en: 'Claims by field', fr: 'Affirmations par champ', ar: 'الادعاءات حسب الحقل' },
  acts: { en: 'Acts', fr: 'Actes', ar: 'الأفعال' },
  involvements: { en: 'Involvements', fr: 'Implications', ar: 'الضلوع' },
  qualifications: { en: 'Qualifications', fr: 'Qualifications juridiques', ar: 'التكييفات القانونية' },
  notQualified: { en: 'Not qualified yet.', fr: 'Pas encore qualifié.', ar: 'لم يُكيَّف قانونيًا بعد.' },
  assessments: { en: 'Assessments', fr: 'Évaluations', ar: 'التقييمات' },
  assessment: {
    en: '{grade} ({type, select, verification {verification} attribution {attribution} qualification {qualification} credibility {credibility} other {{type}}}, {date}, {assessor})',
    fr: '{grade} ({type, select, verification {vérification} attribution {attribution} qualification {qualification juridique} credibility {crédibilité} other {{type}}}, {date}, {assessor})',
    ar: '{grade} ({type, select, verification {التحقق} attribution {الإسناد} qualification {التكييف القانوني} credibility {المصداقية} other {{type}}}، {date}، {assessor})',
  },
  unnamed: { en: 'unnamed', fr: 'non nommé', ar: 'غير مسمّى' },
  sources: { en: 'Sources', fr: 'Sources', ar: 'المصادر' },
  sourcesCited: { en: 'Sources cited', fr: 'Sources citées', ar: 'المصادر المستشهد بها' },
  source: { en: 'Source', fr: 'Source', ar: 'المصدر' },
  reliability: { en: 'Reliability', fr: 'Fiabilité', ar: 'الموثوقية' },
  partyToConflict: { en: 'Party to the conflict', fr: 'Partie au conflit', ar: 'طرف في النزاع' },
  partyAnswer: {
    en: '{answer, select, yes {yes} no {no} unknown {unknown} other {{answer}}}',
    fr: '{answer, select, yes {oui} no {non} unknown {inconnu} other {{answer}}}',
    ar: '{answer, select, yes {نعم} no {لا} unknown {غير معروف} other {{answer}}}',
  },
  claims: { en: 'Claims', fr: 'Affirmations', ar: 'الادعاءات' },
  evidence: { en: 'Evidence', fr: 'Pièces', ar: 'الأدلة' },
  noOneNamed: { en: 'No one is named yet.', fr: 'Personne n’est encore désigné.', ar: 'لم يُسمَّ أحد بعد.' },
  act: { en: 'Act', fr: 'Acte', ar: 'الفعل' },
  actor: { en: 'Actor', fr: 'Acteur', ar: 'الجهة الفاعلة' },
  role: { en: 'Role', fr: 'Rôle', ar: 'الدور' },
  attribution: { en: 'Attribution', fr: 'Attribution', ar: 'الإسناد' },
  standardReached: { en: 'Standard of proof reached', fr: 'Niveau de preuve atteint', ar: 'معيار الإثبات المستوفى' },
  modeOfLiability: { en: 'Mode of liability', fr: 'Mode de responsabilité', ar: 'شكل المسؤولية' },
  oneOfThem: { en: '(one of them, not known which)', fr: '(l’un d’eux, sans savoir lequel)', ar: '(أحدهم، دون معرفة أيّهم)' },
  notAssessed: { en: 'not assessed', fr: 'non évalué', ar: 'لم يُقيَّم' },
  /** An act numbered in the incident's order, then its type. */
  actName: { en: '{number, number}. {type}', fr: '{number, number}. {type}', ar: '{number, number}. {type}' },
  noAct: { en: 'No act is recorded yet.', fr: 'Aucun acte n’est encore enregistré.', ar: 'لم يُسجَّل أي فعل بعد.' },
  means: { en: 'Means', fr: 'Moyens', ar: 'الوسائل' },
  description: { en: 'Description', fr: 'Description', ar: 'الوصف' },
  asTheIncident: { en: 'as the incident', fr: 'comme l’incident', ar: 'كما في الحادثة' },
  noEvidenceLinked: {
    en: "No evidence item is linked to this incident's claims yet.",
    fr: 'Aucune pièce n’est encore liée aux affirmations de cet incident.',
    ar: 'لا يرتبط أي دليل بادعاءات هذه الحادثة بعد.',
  },
  linkedEvidence: { en: 'Linked evidence', fr: 'Pièces liées', ar: 'الأدلة المرتبطة' },
  heldBySources: { en: 'Held by the sources cited', fr: 'Détenues par les sources citées', ar: 'بحوزة المصادر المستشهد بها' },
  heldBySourcesNote: {
    en: 'These items belong to the sources this incident cites; no claim or element of this incident refers to them.',
    fr: 'Ces pièces appartiennent aux sources que cite cet incident ; aucune affirmation ni aucun élément de cet incident n’y renvoie.',
    ar: 'تعود هذه الأدلة إلى المصادر التي تستشهد بها هذه الحادثة؛ ولا يشير إليها أي ادعاء أو عنصر من عناصرها.',
  },
  evidenceOfSources: { en: 'Evidence of the sources cited', fr: 'Pièces des sources citées', ar: 'أدلة المصادر المستشهد بها' },

  // Claims by field.
  noClaims: { en: 'No claims recorded yet.', fr: 'Aucune affirmation enregistrée pour l’instant.', ar: 'لم يُسجَّل أي ادعاء بعد.' },
  findingAgreed: { en: 'Sources agree', fr: 'Les sources concordent', ar: 'المصادر متفقة' },
  findingConflicting: { en: 'Conflict: sources give different values', fr: 'Conflit : les sources donnent des valeurs différentes', ar: 'تعارض: تعطي المصادر قيمًا مختلفة' },
  findingDisputed: { en: 'Disputed: asserted and denied', fr: 'Contesté : affirmé et démenti', ar: 'موضع خلاف: مؤكَّد ومنفي' },
  findingDenied: { en: 'Denied by the accepted sources', fr: 'Démenti par les sources retenues', ar: 'تنفيه المصادر المقبولة' },
  findingUnsourced: { en: 'No accepted source yet', fr: 'Aucune source retenue pour l’instant', ar: 'لا يوجد مصدر مقبول بعد' },
  shown: { en: 'Shown: <b>{value}</b>', fr: 'Valeur retenue : <b>{value}</b>', ar: 'القيمة المعروضة: <b>{value}</b>' },
  noSourceNamed: { en: 'no source named', fr: 'aucune source nommée', ar: 'لم يُذكر مصدر' },
  admiraltyGrade: {
    en: 'Admiralty grade: source reliability (A–F) and claim credibility (1–6)',
    fr: 'Cotation de l’Amirauté : fiabilité de la source (A–F) et crédibilité de l’affirmation (1–6)',
    ar: 'تصنيف الأميرالية: موثوقية المصدر (A–F) ومصداقية الادعاء (1–6)',
  },
  claimStatus: {
    en: '({status, select, pending {pending} accepted {accepted} rejected {rejected} other {{status}}})',
    fr: '({status, select, pending {en attente} accepted {retenue} rejected {rejetée} other {{status}}})',
    ar: '({status, select, pending {قيد النظر} accepted {مقبول} rejected {مرفوض} other {{status}}})',
  },
  locatorPage: { en: 'p. {page}', fr: 'p. {page}', ar: 'ص {page}' },
  fromExtraction: {
    en: 'From <a>extraction {id}</a>, candidate {candidate, number}.',
    fr: 'Tirée de <a>l’extraction {id}</a>, candidat {candidate, number}.',
    ar: 'من <a>الاستخراج {id}</a>، المقترَح {candidate, number}.',
  },
  evidenceLinks: { en: 'Evidence:', fr: 'Pièces :', ar: 'الأدلة:' },
  subjectIncident: { en: 'Incident: {field}', fr: 'Incident : {field}', ar: 'الحادثة: {field}' },
  subjectVictims: { en: 'Victims: {field}', fr: 'Victimes : {field}', ar: 'الضحايا: {field}' },
  subjectVictimGroup: { en: 'Victims ({group}): {field}', fr: 'Victimes ({group}) : {field}', ar: 'الضحايا ({group}): {field}' },
  subjectAct: { en: 'Act: {field}', fr: 'Acte : {field}', ar: 'الفعل: {field}' },
  subjectAttribution: { en: 'Attribution to {names}', fr: 'Attribution à {names}', ar: 'الإسناد إلى {names}' },
  subjectAttributionRole: { en: 'Attribution to {names} ({role})', fr: 'Attribution à {names} ({role})', ar: 'الإسناد إلى {names} ({role})' },
  subjectOther: { en: '{kind}: {field}', fr: '{kind} : {field}', ar: '{kind}: {field}' },
  /** The fields claims bear on (sources/claimable-fields.ts); another is shown as its name made readable. */
  fieldName: {
    en:
      '{field, select, occurred {occurred} date {date} place {place} types {types} narrative {narrative} type {type} means {means} targets {targets}' +
      ' consequences {consequences} killed {killed} injured {injured} missing {missing} detained {detained} displaced {displaced}' +
      ' protectedStatuses {protected statuses} attribution {attribution} factualRole {factual role} chainOfCommand {chain of command}' +
      ' description {description} function {function} other {{words}}}',
    fr:
      '{field, select, occurred {survenue} date {date} place {lieu} types {types} narrative {récit} type {type} means {moyens} targets {cibles}' +
      ' consequences {conséquences} killed {tués} injured {blessés} missing {disparus} detained {détenus} displaced {déplacés}' +
      ' protectedStatuses {statuts protégés} attribution {attribution} factualRole {rôle factuel} chainOfCommand {chaîne de commandement}' +
      ' description {description} function {fonction} other {{words}}}',
    ar:
      '{field, select, occurred {الوقوع} date {التاريخ} place {المكان} types {الأنواع} narrative {السرد} type {النوع} means {الوسائل} targets {الأهداف}' +
      ' consequences {العواقب} killed {القتلى} injured {الجرحى} missing {المفقودون} detained {المعتقلون} displaced {النازحون}' +
      ' protectedStatuses {الصفات المحمية} attribution {الإسناد} factualRole {الدور الفعلي} chainOfCommand {التسلسل القيادي}' +
      ' description {الوصف} function {الوظيفة} other {{words}}}',
  },

  // A legal qualification's matrix.
  elementMet: { en: 'Met', fr: 'Rempli', ar: 'مستوفى' },
  elementPartly: { en: 'Partly met', fr: 'Partiellement rempli', ar: 'مستوفى جزئيًا' },
  elementUnmet: { en: 'Not met', fr: 'Non rempli', ar: 'غير مستوفى' },
  elementUnknown: { en: 'Unknown', fr: 'Inconnu', ar: 'غير معروف' },
  conflictAssumed: {
    en: 'Conflict assumed: {conflict}; put forward by <s>{asserted}</s>.',
    fr: 'Conflit retenu : {conflict} ; qualification avancée par <s>{asserted}</s>.',
    ar: 'النزاع المفترض: {conflict}؛ قدّم هذا التكييف <s>{asserted}</s>.',
  },
  elementsOf: { en: 'Elements of {citation}', fr: 'Éléments de {citation}', ar: 'أركان {citation}' },
  element: { en: 'Element', fr: 'Élément', ar: 'الركن' },
  kind: { en: 'Kind', fr: 'Nature', ar: 'النوع' },
  status: { en: 'Status', fr: 'Statut', ar: 'الحالة' },
  heldOnIt: { en: 'Held on it', fr: 'Ce qui l’étaye', ar: 'ما يستند إليه' },
  elementKind: {
    en: '{kind, select, conduct {conduct} consequence {consequence} circumstance {circumstance} contextual {contextual} mental {mental} other {{kind}}}',
    fr: '{kind, select, conduct {comportement} consequence {conséquence} circumstance {circonstance} contextual {contextuel} mental {psychologique} other {{kind}}}',
    ar: '{kind, select, conduct {سلوك} consequence {نتيجة} circumstance {ظرف} contextual {سياقي} mental {معنوي} other {{kind}}}',
  },
  claimCount: {
    en: '{count, plural, one {# claim} other {# claims}}',
    fr: '{count, plural, one {# affirmation} other {# affirmations}}',
    ar: '{count, plural, zero {لا ادعاءات} one {ادعاء واحد} two {ادعاءان} few {# ادعاءات} many {# ادعاءً} other {# ادعاء}}',
  },
});
