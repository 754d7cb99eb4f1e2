import { defineMessages } from '../i18n/define-messages.js';

/** The page an invitation link opens: what it offers, then an account made or the signed-in one joined. */
export const invitationMessages = defineMessages('invitation', {
  title: { en: 'Invitation to a case', fr: 'Invitation à un dossier', ar: 'دعوة إلى قضية' },
  checking: { en: 'Checking the invitation…', fr: 'Vérification de l’invitation…', ar: 'جارٍ التحقق من الدعوة…' },
  offer: {
    en: '{by} invites you to join the case {title} as {role}.',
    fr: '{by} vous invite à rejoindre le dossier {title} en tant que {role}.',
    ar: 'يدعوك {by} إلى الانضمام إلى القضية {title} بدور {role}.',
  },
  expires: { en: 'The invitation is valid until {date}.', fr: 'L’invitation est valable jusqu’au {date}.', ar: 'الدعوة صالحة حتى {date}.' },
  forAccount: { en: 'It is for the account {username}.', fr: 'Elle est réservée au compte {username}.', ar: 'هي مخصّصة للحساب {username}.' },
  forEmail: {
    en: 'It was sent to one e-mail address: type that address to accept it.',
    fr: 'Elle a été envoyée à une adresse électronique précise : saisissez cette adresse pour l’accepter.',
    ar: 'أُرسلت إلى عنوان بريد إلكتروني محدد: اكتب ذلك العنوان لقبولها.',
  },
  newAccountTitle: { en: 'Make your account', fr: 'Créez votre compte', ar: 'أنشئ حسابك' },
  haveAccount: {
    en: 'Already have an account on this server? Sign in first, then open the link again to join with it.',
    fr: 'Vous avez déjà un compte sur ce serveur ? Connectez-vous d’abord, puis rouvrez le lien pour rejoindre le dossier avec ce compte.',
    ar: 'لديك حساب على هذا الخادم؟ سجّل الدخول أولًا ثم افتح الرابط مجددًا لتنضم به.',
  },
  username: {
    en: 'Account name (lowercase letters, digits, dot, dash)',
    fr: 'Nom de compte (minuscules, chiffres, point, tiret)',
    ar: 'اسم الحساب (حروف لاتينية صغيرة وأرقام ونقطة وشرطة)',
  },
  displayName: { en: 'Your name as the team will see it', fr: 'Votre nom tel que l’équipe le verra', ar: 'اسمك كما سيراه الفريق' },
  password: { en: 'Password (at least {min, number} characters)', fr: 'Mot de passe ({min, number} caractères au moins)', ar: 'كلمة المرور ({min, number} حرفًا على الأقل)' },
  repeatPassword: { en: 'Repeat the password', fr: 'Répétez le mot de passe', ar: 'أعد كتابة كلمة المرور' },
  repeatMismatch: { en: 'repeat: does not match the password', fr: 'répétition : ne correspond pas au mot de passe', ar: 'التكرار: لا يطابق كلمة المرور' },
  email: { en: 'The e-mail address the invitation was sent to', fr: 'L’adresse électronique à laquelle l’invitation a été envoyée', ar: 'عنوان البريد الإلكتروني الذي أُرسلت إليه الدعوة' },
  accept: { en: 'Make my account and join', fr: 'Créer mon compte et rejoindre le dossier', ar: 'أنشئ حسابي وانضم' },
  join: { en: 'Join as {username}', fr: 'Rejoindre en tant que {username}', ar: 'انضم باسم {username}' },
  signedInAs: {
    en: 'You are signed in as {username}: joining adds this account to the case.',
    fr: 'Vous êtes connecté en tant que {username} : rejoindre ajoute ce compte au dossier.',
    ar: 'أنت مسجّل الدخول باسم {username}: الانضمام يضيف هذا الحساب إلى القضية.',
  },
  refused: { en: 'This invitation cannot be used', fr: 'Cette invitation ne peut pas être utilisée', ar: 'لا يمكن استخدام هذه الدعوة' },
  toCases: { en: 'Go to your cases', fr: 'Aller à vos dossiers', ar: 'انتقل إلى قضاياك' },
});
