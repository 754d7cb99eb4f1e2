import { defineMessages } from '../i18n/define-messages.js';

/** The instance administrator's page: accounts and the security audit log. */
export const adminMessages = defineMessages('admin', {
  title: { en: 'Administration', fr: 'Administration', ar: 'الإدارة' },
  lead: {
    en: 'Accounts of this instance and its security log. An administrator sees a case only as one of its members.',
    fr: 'Les comptes de cette instance et son journal de sécurité. Un administrateur ne voit un dossier qu’en tant que membre de celui-ci.',
    ar: 'حسابات هذه المنصة وسجل أمانها. لا يرى المسؤول أي قضية إلا بصفته عضوًا فيها.',
  },
  loading: { en: 'Loading…', fr: 'Chargement…', ar: 'جارٍ التحميل…' },

  // Accounts.
  accounts: { en: 'Accounts', fr: 'Comptes', ar: 'الحسابات' },
  username: { en: 'Username', fr: 'Identifiant', ar: 'اسم المستخدم' },
  name: { en: 'Name', fr: 'Nom', ar: 'الاسم' },
  administrator: { en: 'Administrator', fr: 'Administrateur', ar: 'مسؤول' },
  twoFactor: { en: 'Two-factor', fr: 'Deux facteurs', ar: 'المصادقة الثنائية' },
  state: { en: 'State', fr: 'État', ar: 'الحالة' },
  created: { en: 'Created', fr: 'Créé le', ar: 'تاريخ الإنشاء' },
  yes: { en: 'yes', fr: 'oui', ar: 'نعم' },
  no: { en: 'no', fr: 'non', ar: 'لا' },
  on: { en: 'on', fr: 'activée', ar: 'مفعّلة' },
  off: { en: 'off', fr: 'désactivée', ar: 'غير مفعّلة' },
  disabled: { en: 'disabled', fr: 'désactivé', ar: 'معطَّل' },
  awaitingFirstSignIn: { en: 'awaiting first sign-in', fr: 'en attente de la première connexion', ar: 'بانتظار أول دخول' },
  active: { en: 'active', fr: 'actif', ar: 'نشط' },
  newAccount: { en: 'New account', fr: 'Nouveau compte', ar: 'حساب جديد' },
  usernameRule: {
    en: '{min, number} to {max, number} characters: lowercase letters, digits, dot, dash, underscore',
    fr: 'De {min, number} à {max, number} caractères : lettres minuscules, chiffres, point, tiret, tiret bas',
    ar: 'من {min, number} إلى {max, number} حرفًا: حروف لاتينية صغيرة وأرقام ونقطة وشرطة وشرطة سفلية',
  },
  displayName: { en: 'Display name', fr: 'Nom affiché', ar: 'الاسم المعروض' },
  isAdmin: {
    en: 'Instance administrator (manages accounts; sees no case it is not a member of)',
    fr: 'Administrateur de l’instance (gère les comptes ; ne voit aucun dossier dont il n’est pas membre)',
    ar: 'مسؤول المنصة (يدير الحسابات؛ ولا يرى أي قضية ليس عضوًا فيها)',
  },
  createAccount: { en: 'Create account', fr: 'Créer le compte', ar: 'إنشاء الحساب' },
  accountCreated: { en: 'Account {username} created.', fr: 'Compte {username} créé.', ar: 'أُنشئ الحساب {username}.' },
  oneTimeShown: {
    en: 'The one-time password of {username} is shown this once. Hand it over privately; it must be changed at first sign-in.',
    fr: 'Le mot de passe à usage unique de {username} n’est affiché que cette fois. Remettez-le en privé ; il devra être changé à la première connexion.',
    ar: 'تُعرض كلمة المرور لمرة واحدة الخاصة بالمستخدم {username} هذه المرة فقط. سلّمها على انفراد؛ ويجب تغييرها عند أول دخول.',
  },
  oneTimePasswordOf: { en: 'One-time password of {username}', fr: 'Mot de passe à usage unique de {username}', ar: 'كلمة المرور لمرة واحدة للمستخدم {username}' },
  resetNote: {
    en: 'The API offers no reset or disabling of an account. To give someone a new one-time password (which also unlocks the account and clears its second factor), run {command} on the server.',
    fr: 'L’API ne permet ni de réinitialiser ni de désactiver un compte. Pour donner à quelqu’un un nouveau mot de passe à usage unique (ce qui débloque aussi le compte et efface son second facteur), exécutez {command} sur le serveur.',
    ar: 'لا تتيح الواجهة البرمجية إعادة تعيين حساب أو تعطيله. لإعطاء شخص كلمة مرور جديدة لمرة واحدة (وهذا يفتح قفل الحساب أيضًا ويمحو عامله الثاني)، نفّذ {command} على الخادم.',
  },

  // The audit log.
  auditLog: { en: 'Audit log', fr: 'Journal d’audit', ar: 'سجل التدقيق' },
  auditFilters: { en: 'Audit log filters', fr: 'Filtres du journal d’audit', ar: 'مرشّحات سجل التدقيق' },
  latestEntries: { en: 'Latest entries', fr: 'Dernières entrées', ar: 'آخر القيود' },
  event: { en: 'Event', fr: 'Événement', ar: 'الحدث' },
  allEvents: { en: 'All events', fr: 'Tous les événements', ar: 'كل الأحداث' },
  actorOrDetail: { en: 'Actor or detail contains', fr: 'Initiateur ou détail contenant', ar: 'المنفِّذ أو التفاصيل تتضمن' },
  refresh: { en: 'Refresh', fr: 'Actualiser', ar: 'تحديث' },
  entriesShown: {
    en: '{shown, number} of the latest {total, plural, one {# entry} other {# entries}} shown.',
    fr: 'Entrées affichées : {shown, number} sur {total, plural, one {la dernière} other {les # dernières}}.',
    ar: 'القيود المعروضة: {shown, number} من آخر {total, number}.',
  },
  whenUtc: { en: 'When (UTC)', fr: 'Date (UTC)', ar: 'الوقت (UTC)' },
  actor: { en: 'Actor', fr: 'Initiateur', ar: 'المنفِّذ' },
  address: { en: 'Address', fr: 'Adresse', ar: 'العنوان' },
  details: { en: 'Details', fr: 'Détails', ar: 'التفاصيل' },
});

/** The security events of src/access/audit-log.ts, as the log and its filter name them. */
export const auditEventMessages = defineMessages('admin.event', {
  sign_in: { en: 'sign in', fr: 'connexion', ar: 'دخول' },
  sign_in_failed: { en: 'sign in failed', fr: 'échec de connexion', ar: 'فشل الدخول' },
  sign_out: { en: 'sign out', fr: 'déconnexion', ar: 'خروج' },
  account_locked: { en: 'account locked', fr: 'compte bloqué', ar: 'قفل الحساب' },
  password_changed: { en: 'password changed', fr: 'mot de passe changé', ar: 'تغيير كلمة المرور' },
  account_created: { en: 'account created', fr: 'compte créé', ar: 'إنشاء حساب' },
  role_granted: { en: 'role granted', fr: 'rôle attribué', ar: 'منح دور' },
  role_revoked: { en: 'role revoked', fr: 'rôle retiré', ar: 'سحب دور' },
  token_created: { en: 'token created', fr: 'jeton créé', ar: 'إنشاء رمز وصول' },
  token_revoked: { en: 'token revoked', fr: 'jeton révoqué', ar: 'إبطال رمز وصول' },
  token_used: { en: 'token used', fr: 'jeton utilisé', ar: 'استخدام رمز وصول' },
  disclosed: { en: 'disclosed', fr: 'communication au conseil', ar: 'إفصاح' },
  disclosure_withdrawn: { en: 'disclosure withdrawn', fr: 'communication retirée', ar: 'سحب إفصاح' },
  derivative_viewed: { en: 'derivative viewed', fr: 'dérivé consulté', ar: 'عرض نسخة مشتقة' },
  graphic_revealed: { en: 'graphic content shown', fr: 'contenu choquant affiché', ar: 'عرض محتوى صادم' },
  invitation_created: { en: 'invitation created', fr: 'invitation créée', ar: 'إنشاء دعوة' },
  invitation_accepted: { en: 'invitation accepted', fr: 'invitation acceptée', ar: 'قبول دعوة' },
  invitation_revoked: { en: 'invitation revoked', fr: 'invitation révoquée', ar: 'إبطال دعوة' },
  recovery_codes_generated: { en: 'recovery codes generated', fr: 'codes de secours générés', ar: 'إنشاء رموز الاسترداد' },
  recovery_code_used: { en: 'recovery code used', fr: 'code de secours utilisé', ar: 'استخدام رمز استرداد' },
  session_ended: { en: 'session ended', fr: 'session fermée', ar: 'إنهاء جلسة' },
});
