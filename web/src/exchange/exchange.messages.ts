import { defineMessages } from '../i18n/define-messages.js';

/**
 * The exchange page's words: exports, the case file and the ACLED import. Format names (ACLED, CSV, GeoJSON,
 * JSON, BagIt) and commands stay as they are; the server's problems with a row and its notes are its wordings
 * (import-wordings.messages.ts).
 */
export const exchangeMessages = defineMessages('exchange', {
  neitherExportNorImport: {
    en: 'Your role in this case allows neither export nor import.',
    fr: 'Votre rôle dans ce dossier ne permet ni l’exportation ni l’importation.',
    ar: 'دورك في هذه القضية لا يسمح بالتصدير ولا بالاستيراد.',
  },
  export: { en: 'Export', fr: 'Exportation', ar: 'التصدير' },
  downloadsWarning: {
    en: 'Downloads go straight to your computer: mind where an export goes once it leaves the team.',
    fr: 'Les téléchargements vont directement sur votre ordinateur : veillez à la destination d’une exportation une fois qu’elle quitte l’équipe.',
    ar: 'تُحفظ التنزيلات مباشرة على حاسوبك: انتبه إلى أين يذهب الملف المصدَّر بعد أن يغادر الفريق.',
  },
  coarsen: {
    en: 'Coarsen protected and exact sites to their settlement (for exports that leave the team; {acled} and {geojson})',
    fr: 'Ramener les sites protégés et exacts à leur localité (pour les exportations qui quittent l’équipe ; {acled} et {geojson})',
    ar: 'تعميم المواقع المحمية والدقيقة إلى مستوى التجمع السكاني (للملفات المصدَّرة التي تغادر الفريق؛ {acled} و{geojson})',
  },
  download: { en: 'Download {format}', fr: 'Télécharger {format}', ar: 'تنزيل {format}' },
  coarsened: { en: 'coarsened', fr: 'généralisé', ar: 'معمَّم' },
  acledCsv: { en: 'ACLED CSV', fr: 'ACLED CSV', ar: 'ACLED CSV' },
  geojson: { en: 'GeoJSON', fr: 'GeoJSON', ar: 'GeoJSON' },
  fullJson: { en: 'Full JSON', fr: 'JSON complet', ar: 'JSON كامل' },
  aboutAcled: {
    en: 'ACLED’s 31 columns, one row per place and day; claims, qualifications and assessments are not in the format.',
    fr: 'Les 31 colonnes d’ACLED, une ligne par lieu et par jour ; les allégations, qualifications et évaluations ne figurent pas dans ce format.',
    ar: 'أعمدة ACLED الـ31، صف لكل مكان ويوم؛ الادعاءات والتكييفات القانونية والتقييمات لا يتضمنها هذا النسق.',
  },
  aboutGeojson: {
    en: 'The incidents as an RFC 7946 {featureCollection}, for a GIS; its “{losses}” member says what it leaves out.',
    fr: 'Les incidents sous forme de {featureCollection} RFC 7946, pour un SIG ; son membre « {losses} » indique ce qu’il omet.',
    ar: 'الحوادث بصيغة {featureCollection} وفق RFC 7946، لنظم المعلومات الجغرافية؛ ويبيّن عنصر «{losses}» فيه ما يُسقطه.',
  },
  aboutJson: {
    en: 'The whole case, every record of every kind and the evidence list, without loss: for the team, not to share.',
    fr: 'Le dossier entier, toutes les fiches de tous types et la liste des pièces, sans perte : pour l’équipe, pas pour être partagé.',
    ar: 'القضية كاملة، بكل سجلاتها من كل نوع وقائمة الأدلة، دون فقد: للفريق، لا للمشاركة.',
  },
  caseFile: { en: 'Case file', fr: 'Dossier scellé', ar: 'ملف القضية' },
  caseFileAbout: {
    en: 'A sealed BagIt bag: the evidence files, the case’s records, and every custody entry with its proof against the signed log. Anyone can check it offline with {command}, without trusting this server. Making it is logged.',
    fr: 'Un sac BagIt scellé : les fichiers des pièces, les fiches du dossier, et chaque entrée de conservation avec sa preuve par rapport au journal signé. Chacun peut le vérifier hors ligne avec {command}, sans faire confiance à ce serveur. Sa création est journalisée.',
    ar: 'حزمة BagIt مختومة: ملفات الأدلة، وسجلات القضية، وكل قيد حيازة مع إثباته مقابل السجل الموقّع. يستطيع أي شخص التحقق منها دون اتصال بالشبكة باستخدام {command}، دون أن يثق بهذا الخادم. ويُقيَّد إنشاؤها في السجل.',
  },
  caseFileFor: { en: 'Case file for', fr: 'Dossier scellé destiné à', ar: 'ملف القضية موجَّه إلى' },
  downloadCaseFile: { en: 'Download case file', fr: 'Télécharger le dossier scellé', ar: 'تنزيل ملف القضية' },

  // The ACLED import
  chooseCsvFirst: { en: 'file: choose a CSV file first', fr: 'fichier : choisissez d’abord un fichier CSV', ar: 'الملف: اختر ملف CSV أولًا' },
  importAcled: { en: 'Import ACLED CSV', fr: 'Importer un CSV ACLED', ar: 'استيراد ملف ACLED CSV' },
  importAbout: {
    en: 'ACLED’s own export or Dossier’s. Every row is checked first: a bad row is reported and nothing of it is saved; the good rows are imported and each is logged in the custody ledger with its row number.',
    fr: 'L’export d’ACLED lui-même ou celui de Dossier. Chaque ligne est d’abord vérifiée : une ligne erronée est signalée et rien n’en est enregistré ; les bonnes lignes sont importées et chacune est consignée au registre de conservation avec son numéro de ligne.',
    ar: 'ملف التصدير من ACLED نفسه أو من Dossier. يُفحص كل صف أولًا: يُبلَّغ عن الصف المعيب ولا يُحفظ منه شيء؛ وتُستورد الصفوف السليمة ويُقيَّد كل منها في سجل الحيازة برقم صفه.',
  },
  acledCsvFile: { en: 'ACLED CSV file', fr: 'Fichier CSV ACLED', ar: 'ملف ACLED CSV' },
  importing: { en: 'Importing…', fr: 'Importation…', ar: 'جارٍ الاستيراد…' },
  import: { en: 'Import', fr: 'Importer', ar: 'استيراد' },
  rejectedRows: { en: 'Rejected rows', fr: 'Lignes rejetées', ar: 'الصفوف المرفوضة' },
  row: { en: 'Row', fr: 'Ligne', ar: 'الصف' },
  eventId: { en: 'Event id', fr: 'Identifiant de l’événement', ar: 'معرّف الحدث' },
  problems: { en: 'Problems', fr: 'Problèmes', ar: 'المشكلات' },
  guessedOrLeftOut: {
    en: 'What the import had to guess or leave out',
    fr: 'Ce que l’importation a dû deviner ou laisser de côté',
    ar: 'ما اضطر الاستيراد إلى تخمينه أو إسقاطه',
  },
  rowsCounted: {
    en: 'Rows are counted from the first after the header.',
    fr: 'Les lignes sont comptées à partir de la première après l’en-tête.',
    ar: 'تُعدّ الصفوف ابتداءً من أول صف بعد صف العناوين.',
  },
  importSummary: {
    en: '{rows, plural, one {# row read} other {# rows read}}, {imported, number} imported, {rejected, number} rejected.',
    fr: '{rows, plural, one {# ligne lue} other {# lignes lues}}, {imported, plural, one {# importée} other {# importées}}, {rejected, plural, one {# rejetée} other {# rejetées}}.',
    ar: '{rows, plural, zero {لم يُقرأ أي صف} one {قُرئ صف واحد} two {قُرئ صفان} few {قُرئت # صفوف} many {قُرئ # صفًا} other {قُرئ # صف}}، واستُورد {imported, number}، ورُفض {rejected, number}.',
  },
  created: { en: '{summary} Created {records}.', fr: '{summary} Créé : {records}.', ar: '{summary} أُنشئ: {records}.' },
  includeDeliberation: {
    en: 'Include the record of deliberation: every comment of the team’s discussion, with each revision',
    fr: 'Inclure le relevé des délibérations : chaque commentaire de la discussion de l’équipe, avec chaque révision',
    ar: 'تضمين سجل المداولات: كل تعليق في نقاش الفريق مع كل نسخة منه',
  },
});

/** Who a case file is for (src/case-file/profile-names.ts), as the profile list offers it. */
export const caseFileProfileMessages = defineMessages('exchange.profile', {
  court: { en: 'a court', fr: 'une juridiction', ar: 'محكمة' },
  partner: { en: 'a partner organisation', fr: 'une organisation partenaire', ar: 'منظمة شريكة' },
  public: { en: 'publication', fr: 'publication', ar: 'النشر' },
});

/**
 * What each case file profile keeps and leaves out. The English is the server's own description
 * (PROFILE_DESCRIPTIONS in src/case-file/profile-names.ts; a test keeps the two the same).
 */
export const caseFileProfileAbout = defineMessages('exchange.profileAbout', {
  court: {
    en: 'For a court or prosecutor: every record and evidence file, public and confidential sources, exact places, the whole custody record.',
    fr: 'Pour une juridiction ou un procureur : toutes les fiches et tous les fichiers de pièces, les sources publiques et confidentielles, les lieux exacts, l’intégralité de la chaîne de conservation.',
    ar: 'لمحكمة أو مدعٍ عام: كل السجلات وملفات الأدلة، والمصادر العلنية والسرية، والأماكن الدقيقة، وسجل الحيازة بأكمله.',
  },
  partner: {
    en: 'For a partner organisation: evidence files and records, public sources only, protected and exact sites coarsened, intake notes left out.',
    fr: 'Pour une organisation partenaire : fichiers des pièces et fiches, sources publiques seulement, sites protégés et exacts généralisés, notes de versement omises.',
    ar: 'لمنظمة شريكة: ملفات الأدلة والسجلات، والمصادر العلنية فقط، مع تعميم المواقع المحمية والدقيقة، وإسقاط ملاحظات الإيداع.',
  },
  public: {
    en: 'For publication: records with public sources only and coarsened places; evidence listed by hash, size and type (no file names) but not included; custody of intakes only.',
    fr: 'Pour publication : fiches avec les seules sources publiques et des lieux généralisés ; pièces listées par empreinte, taille et type (sans noms de fichiers) mais non incluses ; conservation des seuls versements.',
    ar: 'للنشر: السجلات مع المصادر العلنية فقط والأماكن معمَّمة؛ والأدلة مدرجة ببصمتها وحجمها ونوعها (دون أسماء الملفات) لكن غير مضمَّنة؛ وقيود حيازة الإيداع فقط.',
  },
});

/** What an import created (the keys of ImportReport.created), counted. */
export const createdMessages = defineMessages('exchange.created', {
  incidents: {
    en: '{count, plural, one {# incident} other {# incidents}}',
    fr: '{count, plural, =0 {aucun incident} one {# incident} other {# incidents}}',
    ar: '{count, plural, zero {لا حوادث} one {حادثة واحدة} two {حادثتان} few {# حوادث} many {# حادثة} other {# حادثة}}',
  },
  acts: {
    en: '{count, plural, one {# act} other {# acts}}',
    fr: '{count, plural, one {# acte} other {# actes}}',
    ar: '{count, plural, zero {لا أفعال} one {فعل واحد} two {فعلان} few {# أفعال} many {# فعلًا} other {# فعل}}',
  },
  victimGroups: {
    en: '{count, plural, one {# victim group} other {# victim groups}}',
    fr: '{count, plural, one {# groupe de victimes} other {# groupes de victimes}}',
    ar: '{count, plural, zero {لا مجموعات ضحايا} one {مجموعة ضحايا واحدة} two {مجموعتا ضحايا} few {# مجموعات ضحايا} many {# مجموعة ضحايا} other {# مجموعة ضحايا}}',
  },
  actors: {
    en: '{count, plural, one {# actor} other {# actors}}',
    fr: '{count, plural, one {# acteur} other {# acteurs}}',
    ar: '{count, plural, zero {لا جهات فاعلة} one {جهة فاعلة واحدة} two {جهتان فاعلتان} few {# جهات فاعلة} many {# جهة فاعلة} other {# جهة فاعلة}}',
  },
  involvements: {
    en: '{count, plural, one {# involvement} other {# involvements}}',
    fr: '{count, plural, one {# implication} other {# implications}}',
    ar: '{count, plural, zero {لا أدوار} one {دور واحد} two {دوران} few {# أدوار} many {# دورًا} other {# دور}}',
  },
  sources: {
    en: '{count, plural, one {# source} other {# sources}}',
    fr: '{count, plural, =0 {aucune source} one {# source} other {# sources}}',
    ar: '{count, plural, zero {لا مصادر} one {مصدر واحد} two {مصدران} few {# مصادر} many {# مصدرًا} other {# مصدر}}',
  },
  claims: {
    en: '{count, plural, one {# claim} other {# claims}}',
    fr: '{count, plural, one {# allégation} other {# allégations}}',
    ar: '{count, plural, zero {لا ادعاءات} one {ادعاء واحد} two {ادعاءان} few {# ادعاءات} many {# ادعاءً} other {# ادعاء}}',
  },
  sites: {
    en: '{count, plural, one {# site} other {# sites}}',
    fr: '{count, plural, =0 {aucun site} one {# site} other {# sites}}',
    ar: '{count, plural, zero {لا مواقع} one {موقع واحد} two {موقعان} few {# مواقع} many {# موقعًا} other {# موقع}}',
  },
  qualifications: {
    en: '{count, plural, one {# qualification} other {# qualifications}}',
    fr: '{count, plural, =0 {aucune qualification} one {# qualification} other {# qualifications}}',
    ar: '{count, plural, zero {لا تكييفات} one {تكييف قانوني واحد} two {تكييفان قانونيان} few {# تكييفات قانونية} many {# تكييفًا قانونيًا} other {# تكييف قانوني}}',
  },
  assessments: {
    en: '{count, plural, one {# assessment} other {# assessments}}',
    fr: '{count, plural, one {# évaluation} other {# évaluations}}',
    ar: '{count, plural, zero {لا تقييمات} one {تقييم واحد} two {تقييمان} few {# تقييمات} many {# تقييمًا} other {# تقييم}}',
  },
  contextEvents: {
    en: '{count, plural, one {# context event} other {# context events}}',
    fr: '{count, plural, one {# événement de contexte} other {# événements de contexte}}',
    ar: '{count, plural, zero {لا أحداث سياقية} one {حدث سياقي واحد} two {حدثان سياقيان} few {# أحداث سياقية} many {# حدثًا سياقيًا} other {# حدث سياقي}}',
  },
});
