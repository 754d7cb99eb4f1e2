import { defineMessages } from '../i18n/define-messages.js';

/** One's recovery codes and signed-in browsers, on the account page. */
export const securityMessages = defineMessages('security', {
  // Recovery codes of the second factor.
  recoveryTitle: { en: 'Recovery codes', fr: 'Codes de secours', ar: 'رموز الاسترداد' },
  recoveryNote: {
    en: 'If you lose the phone with your authenticator, each recovery code signs you in once in place of the 6-digit code.',
    fr: 'Si vous perdez le téléphone de votre application d’authentification, chaque code de secours vous connecte une fois à la place du code à 6 chiffres.',
    ar: 'إن فقدت الهاتف الذي عليه تطبيق المصادقة، يُدخلك كل رمز استرداد مرة واحدة بدلًا من الرمز المكوّن من 6 أرقام.',
  },
  remaining: {
    en: '{remaining, plural, =0 {No recovery code left} one {# recovery code left} other {# recovery codes left}} of {total, number}.',
    fr: '{remaining, plural, =0 {Aucun code de secours restant} one {# code de secours restant} other {# codes de secours restants}} sur {total, number}.',
    ar: '{remaining, plural, zero {لم يبقَ أي رمز استرداد} one {بقي رمز استرداد واحد} two {بقي رمزا استرداد} few {بقيت # رموز استرداد} many {بقي # رمز استرداد} other {بقي # رمز استرداد}} من {total, number}.',
  },
  codesOnce: {
    en: 'Your recovery codes, shown this once: keep them somewhere safe, apart from your phone. Each works once.',
    fr: 'Vos codes de secours, affichés cette seule fois : gardez-les en lieu sûr, loin de votre téléphone. Chacun ne sert qu’une fois.',
    ar: 'رموز الاسترداد الخاصة بك، تُعرض هذه المرة فقط: احفظها في مكان آمن بعيدًا عن هاتفك. كل رمز يُستخدم مرة واحدة.',
  },
  codesList: { en: 'Recovery codes', fr: 'Codes de secours', ar: 'رموز الاسترداد' },
  keptThem: { en: 'I have kept them', fr: 'Je les ai conservés', ar: 'حفظتها' },
  regenerate: { en: 'Make new recovery codes', fr: 'Générer de nouveaux codes de secours', ar: 'إنشاء رموز استرداد جديدة' },
  regenerateNote: {
    en: 'New codes replace all the earlier ones, used or not.',
    fr: 'Les nouveaux codes remplacent tous les précédents, utilisés ou non.',
    ar: 'تحلّ الرموز الجديدة محلّ كل الرموز السابقة، المستخدمة منها وغير المستخدمة.',
  },
  currentPassword: { en: 'Current password', fr: 'Mot de passe actuel', ar: 'كلمة المرور الحالية' },

  // Sessions.
  sessionsTitle: { en: 'Where you are signed in', fr: 'Où vous êtes connecté', ar: 'أين أنت مسجّل الدخول' },
  sessionsNote: {
    en: 'Each browser signed in to your account. End any session you do not recognise, then change your password.',
    fr: 'Chaque navigateur connecté à votre compte. Fermez toute session que vous ne reconnaissez pas, puis changez votre mot de passe.',
    ar: 'كل متصفح مسجّل الدخول إلى حسابك. أنهِ أي جلسة لا تعرفها، ثم غيّر كلمة مرورك.',
  },
  sessionsTable: { en: 'Your signed-in sessions', fr: 'Vos sessions ouvertes', ar: 'جلساتك المفتوحة' },
  signedInAt: { en: 'Signed in', fr: 'Connexion', ar: 'وقت الدخول' },
  lastSeen: { en: 'Last used', fr: 'Dernière utilisation', ar: 'آخر استخدام' },
  address: { en: 'Address', fr: 'Adresse', ar: 'العنوان' },
  session: { en: 'Session', fr: 'Session', ar: 'الجلسة' },
  thisOne: { en: 'this browser', fr: 'ce navigateur', ar: 'هذا المتصفح' },
  // Not "Sign out": that is the bar's own button, for this browser, and must stay the only one so named.
  endSession: { en: 'End', fr: 'Fermer', ar: 'إنهاء' },
  endSessionNamed: { en: 'End session {handle}', fr: 'Fermer la session {handle}', ar: 'إنهاء الجلسة {handle}' },
  endOthers: { en: 'End all other sessions', fr: 'Fermer toutes les autres sessions', ar: 'إنهاء كل الجلسات الأخرى' },
  sessionEnded: { en: 'Session ended.', fr: 'Session fermée.', ar: 'أُنهيت الجلسة.' },
  othersSignedOut: {
    en: '{count, plural, =0 {No other session was open.} one {One other session ended.} other {# other sessions ended.}}',
    fr: '{count, plural, =0 {Aucune autre session n’était ouverte.} one {# autre session fermée.} other {# autres sessions fermées.}}',
    ar: '{count, plural, zero {لم تكن هناك جلسة أخرى مفتوحة.} one {أُنهيت جلسة أخرى واحدة.} two {أُنهيت جلستان أخريان.} few {أُنهيت # جلسات أخرى.} many {أُنهيت # جلسة أخرى.} other {أُنهيت # جلسة أخرى.}}',
  },
  loading: { en: 'Loading…', fr: 'Chargement…', ar: 'جارٍ التحميل…' },
});
