import { defineMessages } from '../i18n/define-messages.js';

/** A case's members and roles, its disclosures to external counsel, and the button that asks before acting. */
export const caseAdminMessages = defineMessages('caseAdmin', {
  loading: { en: 'Loading…', fr: 'Chargement…', ar: 'جارٍ التحميل…' },
  cancel: { en: 'Cancel', fr: 'Annuler', ar: 'إلغاء' },

  // The page.
  yourRole: { en: 'Your role in this case: {role}.', fr: 'Votre rôle dans ce dossier : {role}.', ar: 'دورك في هذه القضية: {role}.' },
  onlyOwners: { en: 'Only owners change members and disclosures.', fr: 'Seuls les propriétaires modifient les membres et les communications.', ar: 'المالكون وحدهم يغيّرون الأعضاء والإفصاحات.' },

  // Members.
  members: { en: 'Members', fr: 'Membres', ar: 'الأعضاء' },
  membersOfCase: { en: 'Members of the case', fr: 'Membres du dossier', ar: 'أعضاء القضية' },
  account: { en: 'Account', fr: 'Compte', ar: 'الحساب' },
  role: { en: 'Role', fr: 'Rôle', ar: 'الدور' },
  since: { en: 'Since', fr: 'Depuis le', ar: 'منذ' },
  grantedBy: { en: 'Granted by', fr: 'Attribué par', ar: 'منحه' },
  remove: { en: 'Remove', fr: 'Retirer', ar: 'إزالة' },
  removeQuestion: { en: 'Remove {username} from this case?', fr: 'Retirer {username} de ce dossier ?', ar: 'إزالة {username} من هذه القضية؟' },
  yesRemove: { en: 'Yes, remove', fr: 'Oui, retirer', ar: 'نعم، أزِله' },
  addMemberTitle: { en: 'Add a member', fr: 'Ajouter un membre', ar: 'إضافة عضو' },
  username: { en: 'Username', fr: 'Identifiant', ar: 'اسم المستخدم' },
  addMember: { en: 'Add member', fr: 'Ajouter le membre', ar: 'إضافة العضو' },
  nowRole: { en: '{username} is now {role} in this case.', fr: '{username} est désormais {role} dans ce dossier.', ar: 'صار دور {username} في هذه القضية: {role}.' },
  noLongerMember: { en: '{username} is no longer a member of this case.', fr: '{username} n’est plus membre de ce dossier.', ar: 'لم يعد {username} عضوًا في هذه القضية.' },
  whatEachRole: { en: 'What each role may do', fr: 'Ce que chaque rôle permet', ar: 'ما يُسمح به لكل دور' },
  roleOf: { en: 'Role of {username}', fr: 'Rôle de {username}', ar: 'دور {username}' },
  changeRoleOf: { en: 'Change the role of {username}', fr: 'Changer le rôle de {username}', ar: 'تغيير دور {username}' },
  change: { en: 'Change', fr: 'Changer', ar: 'تغيير' },

  // Disclosures.
  disclosedTitle: { en: 'Disclosed to external counsel', fr: 'Communiqué au conseil externe', ar: 'ما أُفصح عنه للمستشار القانوني الخارجي' },
  nothingDisclosed: { en: 'Nothing has been disclosed.', fr: 'Rien n’a été communiqué.', ar: 'لم يُفصح عن أي شيء.' },
  disclosures: { en: 'Disclosures', fr: 'Communications', ar: 'الإفصاحات' },
  what: { en: 'What', fr: 'Élément', ar: 'العنصر' },
  kind: { en: 'Kind', fr: 'Type', ar: 'النوع' },
  disclosed: { en: 'Disclosed', fr: 'Communiqué le', ar: 'تاريخ الإفصاح' },
  by: { en: 'By', fr: 'Par', ar: 'بواسطة' },
  withdraw: { en: 'Withdraw', fr: 'Retirer', ar: 'سحب' },
  read: { en: 'Read', fr: 'Lire', ar: 'القراءة' },
  withdrawQuestion: { en: 'Withdraw {title} from counsel?', fr: 'Retirer {title} de ce qui est communiqué au conseil ?', ar: 'سحب {title} مما أُفصح عنه للمستشار؟' },
  yesWithdraw: { en: 'Yes, withdraw', fr: 'Oui, retirer', ar: 'نعم، اسحبه' },
  file: { en: 'file', fr: 'fichier', ar: 'ملف' },
  json: { en: 'JSON', fr: 'JSON', ar: 'JSON' },
  downloadAll: { en: 'Download everything disclosed (JSON)', fr: 'Télécharger tout ce qui a été communiqué (JSON)', ar: 'تنزيل كل ما أُفصح عنه (JSON)' },
  loggedAsExport: { en: '— logged in the custody ledger as an export.', fr: '— consigné au registre de conservation comme un export.', ar: '— يُقيَّد في سجل الحيازة بوصفه تصديرًا.' },
  disclosedSaid: { en: 'Disclosed: {title} ({id}).', fr: 'Communiqué : {title} ({id}).', ar: 'أُفصح عن: {title} ({id}).' },
  withdrawnSaid: { en: 'Withdrawn: {title} ({id}).', fr: 'Retiré : {title} ({id}).', ar: 'سُحب: {title} ({id}).' },

  // Disclosing.
  discloseTitle: { en: 'Disclose to external counsel', fr: 'Communiquer au conseil externe', ar: 'الإفصاح للمستشار القانوني الخارجي' },
  discloseNote: {
    en: 'Counsel reads the record or file itself, never its restricted part (witness identities, protection details, exact protected sites). A pinned analysis shows counsel the ids of the incidents it counts, and a pattern of conduct their titles.',
    fr: 'Le conseil lit la fiche ou le fichier lui-même, jamais sa partie restreinte (identité des témoins, mesures de protection, emplacement exact des sites protégés). Une analyse épinglée montre au conseil les identifiants des incidents qu’elle compte, et un schéma de comportement leurs titres.',
    ar: 'يقرأ المستشار السجل أو الملف نفسه، ولا يقرأ أبدًا جزءه المقيّد (هويات الشهود، تفاصيل الحماية، المواقع المحمية بدقة). ويُطلع التحليلُ المثبَّت المستشارَ على معرّفات الحوادث التي يعدّها، ويُطلعه نمطُ السلوك على عناوينها.',
  },
  item: { en: 'Item', fr: 'Élément', ar: 'العنصر' },
  choose: { en: 'Choose…', fr: 'Choisir…', ar: 'اختر…' },
  noneInCase: { en: 'None in this case', fr: 'Aucun dans ce dossier', ar: 'لا شيء في هذه القضية' },
  orItsId: { en: 'Or its id', fr: 'Ou son identifiant', ar: 'أو معرّفه' },
  idPlaceholder: { en: '{incident}, {evidence} or {analysis}', fr: '{incident}, {evidence} ou {analysis}', ar: '{incident} أو {evidence} أو {analysis}' },
  disclose: { en: 'Disclose', fr: 'Communiquer', ar: 'إفصاح' },
  itemError: { en: 'Item: {error}', fr: 'Élément : {error}', ar: 'العنصر: {error}' },
  // A role's summary: clauses of what it may do, one sentence.
  clauseSeparator: { en: '; ', fr: ' ; ', ar: '؛ ' },
});

/** The roles of src/access/permissions.ts, as people say them (lower case: they also sit inside sentences). */
export const roleMessages = defineMessages('caseAdmin.role', {
  owner: { en: 'owner', fr: 'propriétaire', ar: 'مالك' },
  investigator: { en: 'investigator', fr: 'enquêteur', ar: 'محقق' },
  analyst: { en: 'analyst', fr: 'analyste', ar: 'محلل' },
  reviewer: { en: 'reviewer', fr: 'examinateur', ar: 'مراجع' },
  external_counsel: { en: 'external counsel', fr: 'conseil externe', ar: 'مستشار قانوني خارجي' },
});

/** What a role's permissions let a member do, each a clause of the role's one-line summary. */
export const roleClauseMessages = defineMessages('caseAdmin.does', {
  readsAll: { en: 'reads the case, its evidence, records and ledger', fr: 'lit le dossier, ses pièces, ses fiches et son registre', ar: 'يقرأ القضية وأدلتها وسجلاتها وسجل حيازتها' },
  readsDisclosed: { en: 'reads only what the owners disclosed', fr: 'ne lit que ce que les propriétaires ont communiqué', ar: 'لا يقرأ إلا ما أفصح عنه المالكون' },
  readsNothing: { en: 'reads nothing of the case', fr: 'ne lit rien du dossier', ar: 'لا يقرأ شيئًا من القضية' },
  writesNothing: { en: 'writes nothing', fr: 'n’écrit rien', ar: 'لا يكتب شيئًا' },
  manages: { en: 'manages members and disclosures', fr: 'gère les membres et les communications', ar: 'يدير الأعضاء والإفصاحات' },
  addsEvidence: { en: 'adds evidence', fr: 'ajoute des pièces', ar: 'يضيف أدلة' },
  writesRecords: { en: 'writes records', fr: 'rédige des fiches', ar: 'يكتب السجلات' },
  assesses: { en: 'assesses incidents', fr: 'évalue les incidents', ar: 'يقيّم الحوادث' },
  annotates: { en: 'annotates', fr: 'annote', ar: 'يضيف تعليقات توضيحية' },
  seesRestricted: { en: 'sees restricted details (witnesses, protected sites)', fr: 'voit les détails restreints (témoins, sites protégés)', ar: 'يطّلع على التفاصيل المقيّدة (الشهود، المواقع المحمية)' },
  exports: { en: 'exports', fr: 'exporte', ar: 'يصدّر' },
  imports: { en: 'imports', fr: 'importe', ar: 'يستورد' },
  pinsAnalyses: { en: 'pins analyses', fr: 'épingle des analyses', ar: 'يثبّت التحليلات' },
  movesWork: { en: 'moves incidents through the workflow', fr: 'fait avancer les incidents dans le suivi du travail', ar: 'ينقل الحوادث عبر مراحل سير العمل' },
});

/** What may be disclosed, as the disclosure form offers it (by the API's plural). */
export const disclosableKindMessages = defineMessages('caseAdmin.disclosable', {
  evidence: { en: 'Evidence item', fr: 'Pièce', ar: 'دليل' },
  incidents: { en: 'Incident', fr: 'Incident', ar: 'حادثة' },
  acts: { en: 'Act', fr: 'Acte', ar: 'فعل' },
  victimGroups: { en: 'Victim group', fr: 'Groupe de victimes', ar: 'مجموعة ضحايا' },
  actors: { en: 'Actor', fr: 'Acteur', ar: 'جهة فاعلة' },
  involvements: { en: 'Involvement', fr: 'Implication', ar: 'تورّط' },
  sites: { en: 'Site', fr: 'Site', ar: 'موقع' },
  sources: { en: 'Source', fr: 'Source', ar: 'مصدر' },
  claims: { en: 'Claim', fr: 'Allégation', ar: 'ادعاء' },
  qualifications: { en: 'Legal qualification', fr: 'Qualification juridique', ar: 'توصيف قانوني' },
  assessments: { en: 'Assessment', fr: 'Appréciation', ar: 'تقييم' },
  contextEvents: { en: 'Context event', fr: 'Événement de contexte', ar: 'حدث سياقي' },
  pinnedAnalyses: { en: 'Pinned analysis (lists the incidents it counts)', fr: 'Analyse épinglée (liste les incidents qu’elle compte)', ar: 'تحليل مثبَّت (يسرد الحوادث التي يعدّها)' },
});

/** What a disclosure is, as the list of disclosures names it: a record's kind, evidence, or a pinned analysis's. */
export const disclosedKindMessages = defineMessages('caseAdmin.disclosedKind', {
  evidence: { en: 'evidence', fr: 'pièce', ar: 'دليل' },
  incident: { en: 'incident', fr: 'incident', ar: 'حادثة' },
  act: { en: 'act', fr: 'acte', ar: 'فعل' },
  victim_group: { en: 'victim group', fr: 'groupe de victimes', ar: 'مجموعة ضحايا' },
  actor: { en: 'actor', fr: 'acteur', ar: 'جهة فاعلة' },
  involvement: { en: 'involvement', fr: 'implication', ar: 'تورّط' },
  site: { en: 'site', fr: 'site', ar: 'موقع' },
  source: { en: 'source', fr: 'source', ar: 'مصدر' },
  claim: { en: 'claim', fr: 'allégation', ar: 'ادعاء' },
  qualification: { en: 'qualification', fr: 'qualification juridique', ar: 'توصيف قانوني' },
  assessment: { en: 'assessment', fr: 'appréciation', ar: 'تقييم' },
  context_event: { en: 'context event', fr: 'événement de contexte', ar: 'حدث سياقي' },
  tempo: { en: 'tempo', fr: 'analyse du rythme', ar: 'تحليل الوتيرة' },
  sequence: { en: 'sequence', fr: 'analyse de séquence', ar: 'تحليل التسلسل' },
  compare: { en: 'compare', fr: 'comparaison des parties', ar: 'مقارنة الأطراف' },
  pattern: { en: 'pattern', fr: 'schéma de comportement', ar: 'نمط السلوك' },
  where: { en: 'where', fr: 'analyse des lieux', ar: 'تحليل الأماكن' },
});
