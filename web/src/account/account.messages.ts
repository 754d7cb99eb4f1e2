import { defineMessages } from '../i18n/define-messages.js';

/** One's own account: the page, the language, the password, the second factor, the API tokens. */
export const accountMessages = defineMessages('account', {
  title: { en: 'Your account', fr: 'Votre compte', ar: 'حسابك' },
  signedIn: {
    en: 'Signed in as {name} ({username}); member of {count, plural, one {one case} other {# cases}}.',
    fr: 'Session ouverte au nom de {name} ({username}) ; {count, plural, =0 {membre d’aucun dossier} one {membre de # dossier} other {membre de # dossiers}}.',
    ar: 'دخلت باسم {name} ({username})؛ عدد القضايا التي أنت عضو فيها: {count, number}.',
  },
  signedInAdmin: {
    en: 'Signed in as {name} ({username}), instance administrator; member of {count, plural, one {one case} other {# cases}}.',
    fr: 'Session ouverte au nom de {name} ({username}), administrateur de l’instance ; {count, plural, =0 {membre d’aucun dossier} one {membre de # dossier} other {membre de # dossiers}}.',
    ar: 'دخلت باسم {name} ({username}) بصفة مسؤول المنصة؛ عدد القضايا التي أنت عضو فيها: {count, number}.',
  },
  loading: { en: 'Loading…', fr: 'Chargement…', ar: 'جارٍ التحميل…' },
  cancel: { en: 'Cancel', fr: 'Annuler', ar: 'إلغاء' },

  // The language the whole app speaks to this account.
  language: { en: 'Language', fr: 'Langue', ar: 'اللغة' },
  languageNote: {
    en: 'The language Dossier speaks to you in, on every browser you sign in with. In Arabic, you also choose the digits.',
    fr: 'La langue dans laquelle Dossier s’adresse à vous, sur tous les navigateurs où vous vous connectez. En arabe, vous choisissez aussi les chiffres.',
    ar: 'اللغة التي يخاطبك بها Dossier في كل متصفح تدخل منه. وفي العربية تختار أيضًا شكل الأرقام.',
  },

  // Password.
  password: { en: 'Password', fr: 'Mot de passe', ar: 'كلمة المرور' },
  passwordNote: {
    en: 'Changing it signs out your other browsers and revokes every API token you made (whoever knew the old password may have made one).',
    fr: 'Le changer déconnecte vos autres navigateurs et révoque tous les jetons d’API que vous avez créés (quiconque connaissait l’ancien mot de passe a pu en créer un).',
    ar: 'تغييرها يُخرجك من متصفحاتك الأخرى ويُبطل كل رموز الوصول البرمجي التي أنشأتها (فمن عرف كلمة المرور القديمة ربما أنشأ رمزًا).',
  },
  currentPassword: { en: 'Current password', fr: 'Mot de passe actuel', ar: 'كلمة المرور الحالية' },
  newPassword: {
    en: 'New password (at least {min, number} characters)',
    fr: 'Nouveau mot de passe ({min, number} caractères au moins)',
    ar: 'كلمة المرور الجديدة ({min, number} حرفًا على الأقل)',
  },
  repeatPassword: { en: 'Repeat the new password', fr: 'Répétez le nouveau mot de passe', ar: 'أعد كتابة كلمة المرور الجديدة' },
  changePassword: { en: 'Change password', fr: 'Changer le mot de passe', ar: 'تغيير كلمة المرور' },
  repeatMismatch: { en: 'repeat: does not match the new password', fr: 'répétition : ne correspond pas au nouveau mot de passe', ar: 'التكرار: لا يطابق كلمة المرور الجديدة' },
  passwordChanged: {
    en: 'Password changed. Your other browsers are signed out and your API tokens are revoked: make new ones where you still need them.',
    fr: 'Mot de passe changé. Vos autres navigateurs sont déconnectés et vos jetons d’API révoqués : créez-en de nouveaux là où vous en avez encore besoin.',
    ar: 'تم تغيير كلمة المرور. خرجت من متصفحاتك الأخرى وأُبطلت رموز الوصول البرمجي الخاصة بك: أنشئ رموزًا جديدة حيث لا تزال تحتاج إليها.',
  },

  // Second factor.
  twoFactorTitle: { en: 'Two-factor sign-in', fr: 'Connexion à deux facteurs', ar: 'المصادقة الثنائية عند الدخول' },
  on: { en: 'On.', fr: 'Activée.', ar: 'مفعّلة.' },
  onNote: {
    en: 'Setting it up again replaces the secret on your authenticator app.',
    fr: 'La configurer à nouveau remplace le secret dans votre application d’authentification.',
    ar: 'إعدادها من جديد يستبدل السرّ في تطبيق المصادقة لديك.',
  },
  off: { en: 'Off.', fr: 'Désactivée.', ar: 'غير مفعّلة.' },
  offNote: {
    en: 'With it, a stolen password alone does not open your account.',
    fr: 'Avec elle, un mot de passe volé ne suffit pas à ouvrir votre compte.',
    ar: 'معها لا تكفي كلمة مرور مسروقة وحدها لفتح حسابك.',
  },
  replaceSecondFactor: { en: 'Replace the second factor', fr: 'Remplacer le second facteur', ar: 'استبدال العامل الثاني' },
  setUpTwoFactor: { en: 'Set up two-factor sign-in', fr: 'Configurer la connexion à deux facteurs', ar: 'إعداد المصادقة الثنائية عند الدخول' },
  confirmSecondFactor: { en: 'Confirm the second factor', fr: 'Confirmer le second facteur', ar: 'تأكيد العامل الثاني' },
  addToApp: {
    en: 'Add this account to your authenticator app, by its setup address or by typing the secret, then enter the code it shows.',
    fr: 'Ajoutez ce compte à votre application d’authentification, par son adresse de configuration ou en saisissant le secret, puis entrez le code qu’elle affiche.',
    ar: 'أضف هذا الحساب إلى تطبيق المصادقة، عبر عنوان الإعداد أو بكتابة السرّ، ثم أدخل الرمز الذي يعرضه.',
  },
  secret: { en: 'Secret', fr: 'Secret', ar: 'السرّ' },
  setupAddress: { en: 'Setup address ({scheme})', fr: 'Adresse de configuration ({scheme})', ar: 'عنوان الإعداد ({scheme})' },
  otpauthParts: {
    en: 'Issuer {issuer}, account {account}, {digits, number} digits every {period, number} seconds ({algorithm}), time-based.',
    fr: 'Émetteur {issuer}, compte {account}, {digits, number} chiffres toutes les {period, number} secondes ({algorithm}), fondé sur l’heure.',
    ar: 'الجهة المُصدِرة {issuer}، الحساب {account}، {digits, number} أرقام كل {period, number} ثانية ({algorithm})، مبني على الوقت.',
  },
  codeFromApp: { en: 'Code from the app', fr: 'Code de l’application', ar: 'الرمز من التطبيق' },
  turnOn: { en: 'Turn on', fr: 'Activer', ar: 'تفعيل' },
  twoFactorOn: {
    en: 'Two-factor sign-in is on: from now on, signing in asks for a code from your authenticator app.',
    fr: 'La connexion à deux facteurs est activée : désormais, la connexion demande un code de votre application d’authentification.',
    ar: 'المصادقة الثنائية مفعّلة: من الآن فصاعدًا يُطلب عند الدخول رمز من تطبيق المصادقة لديك.',
  },

  // Copying a secret.
  copy: { en: 'Copy', fr: 'Copier', ar: 'نسخ' },
  copyTokenSecret: { en: 'Copy the token secret', fr: 'Copier le secret du jeton', ar: 'نسخ سرّ الرمز' },
  copySecret: { en: 'Copy the secret', fr: 'Copier le secret', ar: 'نسخ السرّ' },
  copyInvitationLink: { en: 'Copy the invitation link', fr: 'Copier le lien d’invitation', ar: 'نسخ رابط الدعوة' },
  copyRecoveryCodes: { en: 'Copy the recovery codes', fr: 'Copier les codes de secours', ar: 'نسخ رموز الاسترداد' },
  invitationLinkCopied: { en: 'Invitation link copied.', fr: 'Lien d’invitation copié.', ar: 'نُسخ رابط الدعوة.' },
  recoveryCodesCopied: { en: 'Recovery codes copied.', fr: 'Codes de secours copiés.', ar: 'نُسخت رموز الاسترداد.' },
  invitationLinkRefused: {
    en: 'The browser refused the clipboard: select the invitation link and copy it by hand.',
    fr: 'Le navigateur a refusé le presse-papiers : sélectionnez le lien d’invitation et copiez-le à la main.',
    ar: 'رفض المتصفح الوصول إلى الحافظة: حدّد رابط الدعوة وانسخه يدويًا.',
  },
  recoveryCodesRefused: {
    en: 'The browser refused the clipboard: select the recovery codes and copy them by hand.',
    fr: 'Le navigateur a refusé le presse-papiers : sélectionnez les codes de secours et copiez-les à la main.',
    ar: 'رفض المتصفح الوصول إلى الحافظة: حدّد رموز الاسترداد وانسخها يدويًا.',
  },
  copyOneTimePassword: { en: 'Copy the one-time password', fr: 'Copier le mot de passe à usage unique', ar: 'نسخ كلمة المرور لمرة واحدة' },
  tokenSecretCopied: { en: 'Token secret copied.', fr: 'Secret du jeton copié.', ar: 'نُسخ سرّ الرمز.' },
  secretCopied: { en: 'Secret copied.', fr: 'Secret copié.', ar: 'نُسخ السرّ.' },
  oneTimePasswordCopied: { en: 'One-time password copied.', fr: 'Mot de passe à usage unique copié.', ar: 'نُسخت كلمة المرور لمرة واحدة.' },
  tokenSecretRefused: {
    en: 'The browser refused the clipboard: select the token secret and copy it by hand.',
    fr: 'Le navigateur a refusé le presse-papiers : sélectionnez le secret du jeton et copiez-le à la main.',
    ar: 'رفض المتصفح الوصول إلى الحافظة: حدّد سرّ الرمز وانسخه يدويًا.',
  },
  secretRefused: {
    en: 'The browser refused the clipboard: select the secret and copy it by hand.',
    fr: 'Le navigateur a refusé le presse-papiers : sélectionnez le secret et copiez-le à la main.',
    ar: 'رفض المتصفح الوصول إلى الحافظة: حدّد السرّ وانسخه يدويًا.',
  },
  oneTimePasswordRefused: {
    en: 'The browser refused the clipboard: select the one-time password and copy it by hand.',
    fr: 'Le navigateur a refusé le presse-papiers : sélectionnez le mot de passe à usage unique et copiez-le à la main.',
    ar: 'رفض المتصفح الوصول إلى الحافظة: حدّد كلمة المرور لمرة واحدة وانسخها يدويًا.',
  },

  // API tokens.
  apiTokens: { en: 'API tokens', fr: 'Jetons d’API', ar: 'رموز الوصول البرمجي' },
  noToken: { en: 'You have made no token.', fr: 'Vous n’avez créé aucun jeton.', ar: 'لم تنشئ أي رمز.' },
  yourTokens: { en: 'Your API tokens', fr: 'Vos jetons d’API', ar: 'رموز الوصول البرمجي الخاصة بك' },
  name: { en: 'Name', fr: 'Nom', ar: 'الاسم' },
  role: { en: 'Role', fr: 'Rôle', ar: 'الدور' },
  cases: { en: 'Cases', fr: 'Dossiers', ar: 'القضايا' },
  made: { en: 'Made', fr: 'Créé le', ar: 'تاريخ الإنشاء' },
  expires: { en: 'Expires', fr: 'Expire le', ar: 'ينتهي في' },
  lastUsed: { en: 'Last used', fr: 'Dernière utilisation', ar: 'آخر استخدام' },
  state: { en: 'State', fr: 'État', ar: 'الحالة' },
  neverExpires: { en: 'never', fr: 'jamais', ar: 'لا ينتهي' },
  neverUsed: { en: 'never', fr: 'jamais', ar: 'لم يُستخدم' },
  revoked: { en: 'revoked', fr: 'révoqué', ar: 'مُبطَل' },
  expired: { en: 'expired', fr: 'expiré', ar: 'منتهي الصلاحية' },
  revoke: { en: 'Revoke', fr: 'Révoquer', ar: 'إبطال' },
  revokeQuestion: { en: 'Revoke “{name}”?', fr: 'Révoquer « {name} » ?', ar: 'إبطال «{name}»؟' },
  yesRevoke: { en: 'Yes, revoke', fr: 'Oui, révoquer', ar: 'نعم، أبطِله' },
  tokenRevoked: { en: 'Token “{name}” revoked: it opens nothing any more.', fr: 'Jeton « {name} » révoqué : il n’ouvre plus rien.', ar: 'أُبطل الرمز «{name}»: لم يعد يفتح شيئًا.' },

  // A new token.
  newToken: { en: 'New token', fr: 'Nouveau jeton', ar: 'رمز جديد' },
  tokenNamePlaceholder: { en: 'nightly ACLED export', fr: 'export ACLED nocturne', ar: 'تصدير ACLED الليلي' },
  roleNote: {
    en: 'A token never does more than your own role allows in a case, whatever role it is given.',
    fr: 'Un jeton ne fait jamais plus que ce que votre propre rôle permet dans un dossier, quel que soit le rôle qui lui est donné.',
    ar: 'لا يتجاوز الرمز أبدًا ما يسمح به دورك أنت في القضية، أيًّا كان الدور المُعطى له.',
  },
  noCase: { en: 'You are not a member of any case: a token needs one.', fr: 'Vous n’êtes membre d’aucun dossier : un jeton en exige un.', ar: 'لست عضوًا في أي قضية: يحتاج الرمز إلى قضية واحدة على الأقل.' },
  caseRole: { en: '{id}, you are {role}', fr: '{id}, vous êtes {role}', ar: '{id}، دورك فيها: {role}' },
  expiresAfter: { en: 'Expires after (days; empty for never)', fr: 'Expire après (en jours ; vide pour jamais)', ar: 'ينتهي بعد (بالأيام؛ اتركه فارغًا كي لا ينتهي)' },
  createToken: { en: 'Create token', fr: 'Créer le jeton', ar: 'إنشاء الرمز' },
  tokenCreated: { en: 'Token “{name}” created.', fr: 'Jeton « {name} » créé.', ar: 'أُنشئ الرمز «{name}».' },
  secretOnce: {
    en: 'The secret of “{name}” is shown this once: copy it now and keep it like a password. Send it as {header}.',
    fr: 'Le secret de « {name} » n’est affiché que cette fois : copiez-le maintenant et gardez-le comme un mot de passe. Envoyez-le sous la forme {header}.',
    ar: 'يُعرض سرّ «{name}» هذه المرة فقط: انسخه الآن واحفظه كما تحفظ كلمة المرور. أرسله بالصيغة {header}.',
  },
  tokenSecret: { en: 'Token secret', fr: 'Secret du jeton', ar: 'سرّ الرمز' },
  keptIt: { en: 'I have kept it', fr: 'Je l’ai conservé', ar: 'لقد حفظته' },

  // A new token's values, checked before they are sent.
  nameRequired: { en: 'name: is required', fr: 'nom : obligatoire', ar: 'الاسم: مطلوب' },
  roleUnknown: { en: 'role: must be one of {roles}', fr: 'rôle : doit être l’un des suivants : {roles}', ar: 'الدور: يجب أن يكون أحد الأدوار التالية: {roles}' },
  casesRequired: { en: 'caseIds: choose at least one case', fr: 'dossiers : choisissez au moins un dossier', ar: 'القضايا: اختر قضية واحدة على الأقل' },
  daysInvalid: {
    en: 'expiresInDays: must be a whole number of days from {min, number} to {max, number}, or empty for no expiry',
    fr: 'expiration : doit être un nombre entier de jours de {min, number} à {max, number}, ou vide pour aucune expiration',
    ar: 'مدة الصلاحية: يجب أن تكون عددًا صحيحًا من الأيام بين {min, number} و{max, number}، أو فارغة كي لا ينتهي الرمز',
  },
});
