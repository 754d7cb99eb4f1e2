import { defineMessages } from '../i18n/define-messages.js';

/** The records pages: the overview of kinds, a kind's list, a record with its protected part and history. */
/** Tags in the rich messages are single letters (<c> code, <h> a hash, <m> muted, <s> the star), as the catalogue's check reads longer Latin names as words. */
export const recordsMessages = defineMessages('records', {
  loading: { en: 'Loading…', fr: 'Chargement…', ar: 'جارٍ التحميل…' },
  noSuchKind: { en: 'There is no kind of record called “{kind}”.', fr: 'Aucun type d’enregistrement ne s’appelle « {kind} ».', ar: 'لا يوجد نوع من السجلات باسم «{kind}».' },
  incidentOwnPage: { en: 'Incidents have their own page: <a>open the incident</a>.', fr: 'Les incidents ont leur propre page : <a>ouvrir l’incident</a>.', ar: 'للحوادث صفحتها الخاصة: <a>افتح الحادثة</a>.' },
  incidentsOwnPages: { en: 'Incidents have their own pages: <a>open the incidents</a>.', fr: 'Les incidents ont leurs propres pages : <a>ouvrir les incidents</a>.', ar: 'للحوادث صفحاتها الخاصة: <a>افتح الحوادث</a>.' },

  // The overview of kinds.
  records: { en: 'Records', fr: 'Enregistrements', ar: 'السجلات' },
  recordsLead: {
    en: 'Everything documented in this case, kind by kind: open a kind to list its records and add new ones.',
    fr: 'Tout ce qui est documenté dans ce dossier, type par type : ouvrez un type pour en lister les enregistrements et en ajouter.',
    ar: 'كل ما وُثّق في هذه القضية، نوعًا نوعًا: افتح نوعًا لعرض سجلاته وإضافة سجلات جديدة.',
  },
  kindsOfRecord: { en: 'Kinds of record', fr: 'Types d’enregistrement', ar: 'أنواع السجلات' },
  kind: { en: 'Kind', fr: 'Type', ar: 'النوع' },
  countOrMore: { en: '{count, number} or more', fr: '{count, number} ou plus', ar: '{count, number} أو أكثر' },
  allRecords: { en: '← All records', fr: '← Tous les enregistrements', ar: '→ جميع السجلات' },

  // A kind's list.
  revision: { en: 'Revision', fr: 'Révision', ar: 'المراجعة' },
  updated: { en: 'Updated', fr: 'Mise à jour', ar: 'آخر تحديث' },
  updatedBy: { en: '{date} <m>by {user}</m>', fr: '{date} <m>par {user}</m>', ar: '{date} <m>بواسطة {user}</m>' },

  // One record.
  recordStamps: {
    en: '<c>{id}</c> · revision {rev, number} · created {created} by {createdBy} · updated {updated} by {updatedBy}',
    fr: '<c>{id}</c> · révision {rev, number} · création le {created} par {createdBy} · mise à jour le {updated} par {updatedBy}',
    ar: '<c>{id}</c> · المراجعة {rev, number} · أُنشئ في {created} بواسطة {createdBy} · حُدّث في {updated} بواسطة {updatedBy}',
  },
  savedAsRevision: { en: 'Saved as revision {rev, number}.', fr: 'Enregistrement effectué : révision {rev, number}.', ar: 'حُفظ بوصفه المراجعة {rev, number}.' },
  cancelEditing: { en: 'Cancel editing', fr: 'Annuler la modification', ar: 'إلغاء التعديل' },

  // Its history.
  revisionHistory: { en: 'Revision history', fr: 'Historique des révisions', ar: 'سجل المراجعات' },
  revisions: { en: 'Revisions', fr: 'Révisions', ar: 'المراجعات' },
  when: { en: 'When', fr: 'Date', ar: 'التاريخ' },
  by: { en: 'By', fr: 'Par', ar: 'بواسطة' },
  fieldsChanged: { en: 'Fields changed', fr: 'Champs modifiés', ar: 'الحقول المعدّلة' },
  ledgerEntry: { en: 'Ledger entry', fr: 'Entrée du registre', ar: 'القيد في السجل' },
  created: { en: 'created', fr: 'création', ar: 'الإنشاء' },
  importedFrom: {
    en: 'Imported from a partner’s case file: their record <c>{record}</c> at revision {rev, number}, case <c>{partnerCase}</c> of the log <c>{log}</c>, read from <c>{entry}</c> of the bag whose tag manifest has {algorithm} <h>{hash}…</h>; its arrival is ledger entry #{seq}.',
    fr: 'Importé du dossier d’un partenaire : son enregistrement <c>{record}</c> à la révision {rev, number}, dossier <c>{partnerCase}</c> du journal <c>{log}</c>, lu dans <c>{entry}</c> du sac dont le manifeste des étiquettes a pour {algorithm} <h>{hash}…</h> ; son arrivée est l’entrée n° {seq} du registre.',
    ar: 'مستورد من ملف قضية لدى شريك: سجله <c>{record}</c> في المراجعة {rev, number}، القضية <c>{partnerCase}</c> من السجل <c>{log}</c>، مقروءًا من <c>{entry}</c> في الحزمة التي بصمة {algorithm} لبيان وسومها <h>{hash}…</h>؛ ووصوله هو القيد رقم {seq} في سجل الحيازة.',
  },

  // The protected part.
  protectedDetails: { en: 'Protected details', fr: 'Détails protégés', ar: 'التفاصيل المحمية' },
  roleCannotRead: {
    en: 'Your role ({role}) does not include {permission}, so they are not shown.',
    fr: 'Votre rôle ({role}) ne comprend pas {permission} : ils ne sont donc pas affichés.',
    ar: 'لا يشمل دورك ({role}) الصلاحية {permission}، لذا لا تُعرض.',
  },
  noRoleCannotRead: {
    en: 'Your role does not include {permission}, so they are not shown.',
    fr: 'Votre rôle ne comprend pas {permission} : ils ne sont donc pas affichés.',
    ar: 'لا يشمل دورك الصلاحية {permission}، لذا لا تُعرض.',
  },
  sealedShowing: {
    en: 'Sealed under the case’s key and never exported. Showing them is logged in the custody ledger under your name.',
    fr: 'Scellés sous la clé du dossier et jamais exportés. Leur affichage est consigné dans le registre de conservation sous votre nom.',
    ar: 'مختومة بمفتاح القضية ولا تُصدَّر أبدًا. يُسجَّل عرضها في سجل الحيازة باسمك.',
  },
  showProtected: { en: 'Show protected details', fr: 'Afficher les détails protégés', ar: 'عرض التفاصيل المحمية' },
  shownLogged: {
    en: 'Shown to you; this reading was logged in the custody ledger.',
    fr: 'Affichés pour vous ; cette consultation a été consignée dans le registre de conservation.',
    ar: 'عُرضت لك؛ وقد سُجّل هذا الاطلاع في سجل الحيازة.',
  },
  nothingRecorded: { en: 'Nothing is recorded.', fr: 'Rien n’est consigné.', ar: 'لا شيء مسجّل.' },

  // The form.
  roleCannotSave: {
    en: 'Your role in this case ({role}) does not include {permission}: the server will refuse to save.',
    fr: 'Votre rôle dans ce dossier ({role}) ne comprend pas {permission} : le serveur refusera d’enregistrer.',
    ar: 'لا يشمل دورك في هذه القضية ({role}) الصلاحية {permission}: سيرفض الخادم الحفظ.',
  },
  noRoleCannotSave: {
    en: 'Your role in this case does not include {permission}: the server will refuse to save.',
    fr: 'Votre rôle dans ce dossier ne comprend pas {permission} : le serveur refusera d’enregistrer.',
    ar: 'لا يشمل دورك في هذه القضية الصلاحية {permission}: سيرفض الخادم الحفظ.',
  },
  requiredNote: { en: 'Fields marked <s>*</s> are required.', fr: 'Les champs marqués d’un <s>*</s> sont obligatoires.', ar: 'الحقول المعلّمة بـ<s>*</s> إلزامية.' },
  wordsNote: {
    en: 'Figures, dates and places are typed in words; “Check” shows how the server reads them.',
    fr: 'Les chiffres, dates et lieux se saisissent en toutes lettres ; « Vérifier » montre comment le serveur les lit.',
    ar: 'تُكتب الأرقام والتواريخ والأماكن بالكلمات؛ ويُظهر زر «تحقّق» كيف يقرؤها الخادم.',
  },
  check: { en: 'Check', fr: 'Vérifier', ar: 'تحقّق' },
  saveChanges: { en: 'Save changes', fr: 'Enregistrer les modifications', ar: 'حفظ التعديلات' },
  nothingChanged: { en: 'Nothing changed.', fr: 'Rien n’a changé.', ar: 'لم يتغيّر شيء.' },

  // The form's fields.
  choose: { en: 'Choose…', fr: 'Choisir…', ar: 'اختر…' },
  chooseKindFirst: { en: 'Choose the kind of record first', fr: 'Choisissez d’abord le type d’enregistrement', ar: 'اختر نوع السجل أولًا' },
  record: { en: 'Record', fr: 'Enregistrement', ar: 'السجل' },
  protectedLegend: { en: 'Protected: sealed, never exported', fr: 'Protégé : scellé, jamais exporté', ar: 'محمي: مختوم، لا يُصدَّر أبدًا' },
  protectedNote: {
    en: 'Sealed under the case’s key; shown only to owners and investigators, and each reading is logged in the ledger.',
    fr: 'Scellé sous la clé du dossier ; affiché seulement aux propriétaires et aux enquêteurs, et chaque consultation est consignée dans le registre.',
    ar: 'مختوم بمفتاح القضية؛ لا يُعرض إلا للمالكين والمحققين، ويُسجَّل كل اطلاع عليه في السجل.',
  },
  protectedEditNote: {
    en: 'Left empty, the protected details stay as they are; anything typed here replaces them all.',
    fr: 'Laissés vides, les détails protégés restent tels quels ; tout ce qui est saisi ici les remplace entièrement.',
    ar: 'إذا تُركت فارغة بقيت التفاصيل المحمية كما هي؛ وأي شيء يُكتب هنا يحل محلها كلها.',
  },
  countHint: {
    en: 'In words: "at least 14", "14-20", "dozens", "unknown"',
    fr: 'En toutes lettres, en anglais ou en arabe : « at least 14 », « 14-20 », « dozens », « unknown »',
    ar: 'بالكلمات: «ما لا يقل عن 14»، «14-20»، «عشرات»، «غير معروف»',
  },
  dateHint: {
    en: 'In words: "19 September 2016", "mid-July 2016", "2016-07~"',
    fr: 'En toutes lettres, en anglais ou en arabe : « 19 September 2016 », « mid-July 2016 », « 2016-07~ »',
    ar: 'بالكلمات: «19 أيلول/سبتمبر 2016»، «منتصف تموز 2016»، «2016-07~»',
  },
  edtfHint: {
    en: 'In words or EDTF: "10 March 2017", "March 2017", "2017-03~"',
    fr: 'En toutes lettres (anglais ou arabe) ou en EDTF : « 10 March 2017 », « March 2017 », « 2017-03~ »',
    ar: 'بالكلمات أو بصيغة EDTF: «10 آذار/مارس 2017»، «آذار 2017»، «2017-03~»',
  },
  placeHint: {
    en: 'A place name in Latin or Arabic script, e.g. "{latin}", "{arabic}"',
    fr: 'Un nom de lieu en caractères latins ou arabes, p. ex. « {latin} », « {arabic} »',
    ar: 'اسم مكان بالحروف اللاتينية أو العربية، مثل «{arabic}» أو «{latin}»',
  },
  linesHint: { en: 'One per line', fr: 'Un par ligne', ar: 'واحد في كل سطر' },
  jsonHint: { en: 'JSON, checked by the server', fr: 'JSON, vérifié par le serveur', ar: 'JSON، يتحقق منه الخادم' },
  hints: { en: '{first}. {second}', fr: '{first}. {second}', ar: '{first}. {second}' },

  // Values in words.
  yes: { en: 'yes', fr: 'oui', ar: 'نعم' },
  no: { en: 'no', fr: 'non', ar: 'لا' },
  countPart: { en: '{label} {count}', fr: '{label} : {count}', ar: '{label}: {count}' },

  // What the form cannot send, named by its field.
  notRead: { en: 'was not read; check the form again', fr: 'n’a pas été lu ; vérifiez de nouveau le formulaire', ar: 'لم تُقرأ القيمة؛ تحقّق من النموذج مجددًا' },
  notWholeNumber: { en: '"{text}" is not a whole number', fr: '« {text} » n’est pas un nombre entier', ar: '«{text}» ليس عددًا صحيحًا' },
  notNumber: { en: '"{text}" is not a number', fr: '« {text} » n’est pas un nombre', ar: '«{text}» ليس عددًا' },
  notJson: { en: 'is not valid JSON', fr: 'n’est pas du JSON valide', ar: 'ليست بصيغة JSON صالحة' },
  noCreateSchema: { en: 'the API does not describe how to create {plural}', fr: 'l’API ne décrit pas comment créer des {plural}', ar: 'لا تصف واجهة البرمجة كيفية إنشاء {plural}' },
  noKindForPrefix: { en: 'no kind of record has ids starting {prefix}_', fr: 'aucun type d’enregistrement n’a d’identifiants commençant par {prefix}_', ar: 'لا يوجد نوع من السجلات تبدأ معرّفاته بـ{prefix}_' },
});
