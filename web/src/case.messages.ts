import { defineMessages } from './i18n/define-messages.js';

/** A case's shell (its sections), its overview and its search. */
export const caseMessages = defineMessages('case', {
  caseSections: { en: 'Case sections', fr: 'Sections du dossier', ar: 'أقسام القضية' },
  overview: { en: 'Overview', fr: 'Vue d’ensemble', ar: 'نظرة عامة' },
  incidents: { en: 'Incidents', fr: 'Incidents', ar: 'الحوادث' },
  queue: { en: 'Queue', fr: 'File de travail', ar: 'قائمة العمل' },
  evidence: { en: 'Evidence', fr: 'Pièces', ar: 'الأدلة' },
  map: { en: 'Map', fr: 'Carte', ar: 'الخريطة' },
  timeline: { en: 'Timeline', fr: 'Chronologie', ar: 'الخط الزمني' },
  analysis: { en: 'Analysis', fr: 'Analyse', ar: 'التحليل' },
  ledger: { en: 'Ledger', fr: 'Registre', ar: 'سجل الحيازة' },
  records: { en: 'Records', fr: 'Enregistrements', ar: 'السجلات' },
  members: { en: 'Members', fr: 'Membres', ar: 'الأعضاء' },
  exchange: { en: 'Import & export', fr: 'Import et export', ar: 'الاستيراد والتصدير' },

  incidentsByType: { en: 'Incidents by type', fr: 'Incidents par type', ar: 'الحوادث حسب النوع' },
  byGrade: { en: 'By grade', fr: 'Par degré de vérification', ar: 'حسب درجة التحقق' },
  byParty: { en: 'By party', fr: 'Par partie', ar: 'حسب الطرف' },
  noneYet: { en: 'None yet', fr: 'Aucun pour l’instant', ar: 'لا شيء بعد' },
  victims: { en: 'Victims', fr: 'Victimes', ar: 'الضحايا' },
  loadingTimeline: { en: 'Loading the timeline…', fr: 'Chargement de la chronologie…', ar: 'جارٍ تحميل الخط الزمني…' },
  loadingMap: { en: 'Loading the map…', fr: 'Chargement de la carte…', ar: 'جارٍ تحميل الخريطة…' },
  latestIncidents: { en: 'Latest incidents <m>({count, number} in all)</m>', fr: 'Derniers incidents <m>({count, number} au total)</m>', ar: 'أحدث الحوادث <m>(المجموع {count, number})</m>' },
  allIncidentsWithFilters: { en: 'All incidents, with filters', fr: 'Tous les incidents, avec filtres', ar: 'جميع الحوادث، مع المرشِّحات' },

  search: { en: 'Search', fr: 'Recherche', ar: 'البحث' },
  searchThisCase: { en: 'Search this case', fr: 'Rechercher dans ce dossier', ar: 'البحث في هذه القضية' },
  // Words the search finds in the case's records, English and Arabic.
  searchExample: { en: 'convoy, كلور, Erbin', fr: 'convoi, كلور, Erbin', ar: 'قافلة، كلور، عربين' },
  searchButton: { en: 'Search', fr: 'Rechercher', ar: 'بحث' },
  nothingFound: { en: 'Nothing found.', fr: 'Aucun résultat.', ar: 'لم يُعثر على شيء.' },
  hitsOfKind: {
    en:
      '{kind, select,' +
      ' incident {{count, plural, one {# incident} other {# incidents}}}' +
      ' act {{count, plural, one {# act} other {# acts}}}' +
      ' victim_group {{count, plural, one {# victim group} other {# victim groups}}}' +
      ' actor {{count, plural, one {# actor} other {# actors}}}' +
      ' involvement {{count, plural, one {# involvement} other {# involvements}}}' +
      ' site {{count, plural, one {# site} other {# sites}}}' +
      ' source {{count, plural, one {# source} other {# sources}}}' +
      ' claim {{count, plural, one {# claim} other {# claims}}}' +
      ' qualification {{count, plural, one {# qualification} other {# qualifications}}}' +
      ' assessment {{count, plural, one {# assessment} other {# assessments}}}' +
      ' context_event {{count, plural, one {# context event} other {# context events}}}' +
      ' other {{count, number} {kind}}}',
    fr:
      '{kind, select,' +
      ' incident {{count, plural, one {# incident} other {# incidents}}}' +
      ' act {{count, plural, one {# acte} other {# actes}}}' +
      ' victim_group {{count, plural, one {# groupe de victimes} other {# groupes de victimes}}}' +
      ' actor {{count, plural, one {# acteur} other {# acteurs}}}' +
      ' involvement {{count, plural, one {# implication} other {# implications}}}' +
      ' site {{count, plural, one {# site} other {# sites}}}' +
      ' source {{count, plural, one {# source} other {# sources}}}' +
      ' claim {{count, plural, one {# affirmation} other {# affirmations}}}' +
      ' qualification {{count, plural, one {# qualification juridique} other {# qualifications juridiques}}}' +
      ' assessment {{count, plural, one {# évaluation} other {# évaluations}}}' +
      ' context_event {{count, plural, one {# événement de contexte} other {# événements de contexte}}}' +
      ' other {{count, number} {kind}}}',
    ar:
      '{kind, select,' +
      ' incident {{count, plural, zero {لا حوادث} one {حادثة واحدة} two {حادثتان} few {# حوادث} many {# حادثةً} other {# حادثة}}}' +
      ' act {{count, plural, zero {لا أفعال} one {فعل واحد} two {فعلان} few {# أفعال} many {# فعلًا} other {# فعل}}}' +
      ' victim_group {{count, plural, zero {لا مجموعات ضحايا} one {مجموعة ضحايا واحدة} two {مجموعتا ضحايا} few {# مجموعات ضحايا} many {# مجموعةَ ضحايا} other {# مجموعة ضحايا}}}' +
      ' actor {{count, plural, zero {لا جهات فاعلة} one {جهة فاعلة واحدة} two {جهتان فاعلتان} few {# جهات فاعلة} many {# جهةً فاعلة} other {# جهة فاعلة}}}' +
      ' involvement {{count, plural, zero {لا حالات ضلوع} one {حالة ضلوع واحدة} two {حالتا ضلوع} few {# حالات ضلوع} many {# حالةَ ضلوع} other {# حالة ضلوع}}}' +
      ' site {{count, plural, zero {لا مواقع} one {موقع واحد} two {موقعان} few {# مواقع} many {# موقعًا} other {# موقع}}}' +
      ' source {{count, plural, zero {لا مصادر} one {مصدر واحد} two {مصدران} few {# مصادر} many {# مصدرًا} other {# مصدر}}}' +
      ' claim {{count, plural, zero {لا ادعاءات} one {ادعاء واحد} two {ادعاءان} few {# ادعاءات} many {# ادعاءً} other {# ادعاء}}}' +
      ' qualification {{count, plural, zero {لا تكييفات قانونية} one {تكييف قانوني واحد} two {تكييفان قانونيان} few {# تكييفات قانونية} many {# تكييفًا قانونيًا} other {# تكييف قانوني}}}' +
      ' assessment {{count, plural, zero {لا تقييمات} one {تقييم واحد} two {تقييمان} few {# تقييمات} many {# تقييمًا} other {# تقييم}}}' +
      ' context_event {{count, plural, zero {لا أحداث سياقية} one {حدث سياقي واحد} two {حدثان سياقيان} few {# أحداث سياقية} many {# حدثًا سياقيًا} other {# حدث سياقي}}}' +
      ' other {{count, number} {kind}}}',
  },
  hitsOfKindAtLeast: {
    en:
      '{kind, select,' +
      ' incident {{count, plural, one {at least # incident} other {at least # incidents}}}' +
      ' act {{count, plural, one {at least # act} other {at least # acts}}}' +
      ' victim_group {{count, plural, one {at least # victim group} other {at least # victim groups}}}' +
      ' actor {{count, plural, one {at least # actor} other {at least # actors}}}' +
      ' involvement {{count, plural, one {at least # involvement} other {at least # involvements}}}' +
      ' site {{count, plural, one {at least # site} other {at least # sites}}}' +
      ' source {{count, plural, one {at least # source} other {at least # sources}}}' +
      ' claim {{count, plural, one {at least # claim} other {at least # claims}}}' +
      ' qualification {{count, plural, one {at least # qualification} other {at least # qualifications}}}' +
      ' assessment {{count, plural, one {at least # assessment} other {at least # assessments}}}' +
      ' context_event {{count, plural, one {at least # context event} other {at least # context events}}}' +
      ' other {at least {count, number} {kind}}}',
    fr:
      '{kind, select,' +
      ' incident {{count, plural, one {au moins # incident} other {au moins # incidents}}}' +
      ' act {{count, plural, one {au moins # acte} other {au moins # actes}}}' +
      ' victim_group {{count, plural, one {au moins # groupe de victimes} other {au moins # groupes de victimes}}}' +
      ' actor {{count, plural, one {au moins # acteur} other {au moins # acteurs}}}' +
      ' involvement {{count, plural, one {au moins # implication} other {au moins # implications}}}' +
      ' site {{count, plural, one {au moins # site} other {au moins # sites}}}' +
      ' source {{count, plural, one {au moins # source} other {au moins # sources}}}' +
      ' claim {{count, plural, one {au moins # affirmation} other {au moins # affirmations}}}' +
      ' qualification {{count, plural, one {au moins # qualification juridique} other {au moins # qualifications juridiques}}}' +
      ' assessment {{count, plural, one {au moins # évaluation} other {au moins # évaluations}}}' +
      ' context_event {{count, plural, one {au moins # événement de contexte} other {au moins # événements de contexte}}}' +
      ' other {au moins {count, number} {kind}}}',
    ar:
      '{kind, select,' +
      ' incident {{count, plural, zero {# حادثة على الأقل} one {حادثة واحدة على الأقل} two {حادثتان على الأقل} few {# حوادث على الأقل} many {# حادثةً على الأقل} other {# حادثة على الأقل}}}' +
      ' act {{count, plural, zero {# فعل على الأقل} one {فعل واحد على الأقل} two {فعلان على الأقل} few {# أفعال على الأقل} many {# فعلًا على الأقل} other {# فعل على الأقل}}}' +
      ' victim_group {{count, plural, zero {# مجموعة ضحايا على الأقل} one {مجموعة ضحايا واحدة على الأقل} two {مجموعتا ضحايا على الأقل} few {# مجموعات ضحايا على الأقل} many {# مجموعةَ ضحايا على الأقل} other {# مجموعة ضحايا على الأقل}}}' +
      ' actor {{count, plural, zero {# جهة فاعلة على الأقل} one {جهة فاعلة واحدة على الأقل} two {جهتان فاعلتان على الأقل} few {# جهات فاعلة على الأقل} many {# جهةً فاعلة على الأقل} other {# جهة فاعلة على الأقل}}}' +
      ' involvement {{count, plural, zero {# حالة ضلوع على الأقل} one {حالة ضلوع واحدة على الأقل} two {حالتا ضلوع على الأقل} few {# حالات ضلوع على الأقل} many {# حالةَ ضلوع على الأقل} other {# حالة ضلوع على الأقل}}}' +
      ' site {{count, plural, zero {# موقع على الأقل} one {موقع واحد على الأقل} two {موقعان على الأقل} few {# مواقع على الأقل} many {# موقعًا على الأقل} other {# موقع على الأقل}}}' +
      ' source {{count, plural, zero {# مصدر على الأقل} one {مصدر واحد على الأقل} two {مصدران على الأقل} few {# مصادر على الأقل} many {# مصدرًا على الأقل} other {# مصدر على الأقل}}}' +
      ' claim {{count, plural, zero {# ادعاء على الأقل} one {ادعاء واحد على الأقل} two {ادعاءان على الأقل} few {# ادعاءات على الأقل} many {# ادعاءً على الأقل} other {# ادعاء على الأقل}}}' +
      ' qualification {{count, plural, zero {# تكييف قانوني على الأقل} one {تكييف قانوني واحد على الأقل} two {تكييفان قانونيان على الأقل} few {# تكييفات قانونية على الأقل} many {# تكييفًا قانونيًا على الأقل} other {# تكييف قانوني على الأقل}}}' +
      ' assessment {{count, plural, zero {# تقييم على الأقل} one {تقييم واحد على الأقل} two {تقييمان على الأقل} few {# تقييمات على الأقل} many {# تقييمًا على الأقل} other {# تقييم على الأقل}}}' +
      ' context_event {{count, plural, zero {# حدث سياقي على الأقل} one {حدث سياقي واحد على الأقل} two {حدثان سياقيان على الأقل} few {# أحداث سياقية على الأقل} many {# حدثًا سياقيًا على الأقل} other {# حدث سياقي على الأقل}}}' +
      ' other {{count, number} {kind} على الأقل}}',
  },
  kindName: {
    en: '{kind, select, incident {incident} act {act} victim_group {victim group} actor {actor} involvement {involvement} site {site} source {source} claim {claim} qualification {qualification} assessment {assessment} context_event {context event} other {{kind}}}',
    fr: '{kind, select, incident {incident} act {acte} victim_group {groupe de victimes} actor {acteur} involvement {implication} site {site} source {source} claim {affirmation} qualification {qualification juridique} assessment {évaluation} context_event {événement de contexte} other {{kind}}}',
    ar: '{kind, select, incident {حادثة} act {فعل} victim_group {مجموعة ضحايا} actor {جهة فاعلة} involvement {حالة ضلوع} site {موقع} source {مصدر} claim {ادعاء} qualification {تكييف قانوني} assessment {تقييم} context_event {حدث سياقي} other {{kind}}}',
  },
  inEvidence: { en: '{count, number} in evidence', fr: '{count, number} dans les pièces', ar: '{count, number} في الأدلة' },
  rankedAmong: {
    en: 'More records matched than are ranked: these are the best of the first {count, number} found. Add words to rank them all.',
    fr: 'Plus d’enregistrements correspondent qu’il n’en est classé : voici les meilleurs des {count, number} premiers trouvés. Ajoutez des mots pour les classer tous.',
    ar: 'طابقت سجلاتٌ أكثر مما رُتِّب: هذه أفضل النتائج من بين أول {count, number} عُثر عليها. أضف كلمات لترتيبها كلها.',
  },
  searchResults: { en: 'Search results', fr: 'Résultats de la recherche', ar: 'نتائج البحث' },
  foundInEvidence: { en: 'Found in evidence', fr: 'Trouvé dans les pièces', ar: 'عُثر عليه في الأدلة' },
  /** Where text found in evidence comes from (web-page and web-archive are written web_page and web_archive). */
  origin: {
    en: '{origin, select, web_page {captured page} web_archive {archived page} pdf {PDF} ocr {image (OCR)} text {text document} other {{origin}}}',
    fr: '{origin, select, web_page {page capturée} web_archive {page archivée} pdf {PDF} ocr {image (OCR)} text {document texte} other {{origin}}}',
    ar: '{origin, select, web_page {صفحة ملتقطة} web_archive {صفحة مؤرشفة} pdf {PDF} ocr {صورة (تعرّف ضوئي على الحروف)} text {مستند نصي} other {{origin}}}',
  },
});
