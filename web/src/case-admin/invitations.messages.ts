import { defineMessages } from '../i18n/define-messages.js';

/** Invitation links to the case, as its owners make, list and revoke them on the members page. */
export const invitationsMessages = defineMessages('invitations', {
  title: { en: 'Invitations', fr: 'Invitations', ar: 'الدعوات' },
  note: {
    en: 'An invitation link makes whoever opens it a member in the role you choose, once, until it expires. They choose their own account name and password.',
    fr: 'Un lien d’invitation fait de la personne qui l’ouvre un membre, dans le rôle que vous choisissez, une seule fois et jusqu’à son expiration. Elle choisit elle-même son nom de compte et son mot de passe.',
    ar: 'رابط الدعوة يجعل من يفتحه عضوًا بالدور الذي تختاره، مرة واحدة، حتى انتهاء صلاحيته. ويختار المدعوّ اسم حسابه وكلمة مروره بنفسه.',
  },
  newTitle: { en: 'Invite someone', fr: 'Inviter quelqu’un', ar: 'دعوة شخص' },
  role: { en: 'Role', fr: 'Rôle', ar: 'الدور' },
  expiresInDays: { en: 'Valid for (days, at most {max, number})', fr: 'Valable (jours, {max, number} au plus)', ar: 'مدة الصلاحية (بالأيام، {max, number} على الأكثر)' },
  hint: { en: 'Only for (account name or e-mail, optional)', fr: 'Réservée à (nom de compte ou courriel, facultatif)', ar: 'مخصّصة لـ (اسم حساب أو بريد إلكتروني، اختياري)' },
  create: { en: 'Create the invitation link', fr: 'Créer le lien d’invitation', ar: 'إنشاء رابط الدعوة' },
  created: { en: 'Invitation created for the role {role}.', fr: 'Invitation créée pour le rôle {role}.', ar: 'أُنشئت دعوة بدور {role}.' },
  linkOnce: {
    en: 'The link is shown this once: copy it now and send it to the person by a channel you trust. Anyone holding it can join until it is used or expires.',
    fr: 'Le lien n’est affiché qu’une fois : copiez-le maintenant et envoyez-le à la personne par un canal de confiance. Quiconque le détient peut rejoindre le dossier tant qu’il n’a pas servi ni expiré.',
    ar: 'يُعرض الرابط هذه المرة فقط: انسخه الآن وأرسله إلى الشخص عبر قناة تثق بها. يستطيع كل من يحمله الانضمام ما لم يُستخدم أو تنتهِ صلاحيته.',
  },
  link: { en: 'Invitation link', fr: 'Lien d’invitation', ar: 'رابط الدعوة' },
  keptIt: { en: 'I have sent it', fr: 'Je l’ai envoyé', ar: 'أرسلته' },
  pending: { en: 'Pending invitations', fr: 'Invitations en attente', ar: 'الدعوات المعلّقة' },
  none: { en: 'No invitation is waiting to be used.', fr: 'Aucune invitation n’attend d’être utilisée.', ar: 'لا توجد دعوة بانتظار الاستخدام.' },
  forWhom: { en: 'For', fr: 'Pour', ar: 'لمن' },
  anyone: { en: 'whoever has the link', fr: 'quiconque a le lien', ar: 'كل من يحمل الرابط' },
  expires: { en: 'Expires', fr: 'Expire le', ar: 'تنتهي في' },
  createdBy: { en: 'Created by', fr: 'Créée par', ar: 'أنشأها' },
  revoke: { en: 'Revoke', fr: 'Révoquer', ar: 'إبطال' },
  revokeQuestion: {
    en: 'Revoke the invitation for the role {role}? Its link stops working.',
    fr: 'Révoquer l’invitation pour le rôle {role} ? Son lien ne fonctionnera plus.',
    ar: 'إبطال الدعوة بدور {role}؟ سيتوقف رابطها عن العمل.',
  },
  yesRevoke: { en: 'Yes, revoke', fr: 'Oui, révoquer', ar: 'نعم، أبطِلها' },
  revoked: { en: 'Invitation revoked.', fr: 'Invitation révoquée.', ar: 'أُبطلت الدعوة.' },
  invitationsOfCase: { en: 'Pending invitations to this case', fr: 'Invitations en attente pour ce dossier', ar: 'الدعوات المعلّقة لهذه القضية' },
  loading: { en: 'Loading…', fr: 'Chargement…', ar: 'جارٍ التحميل…' },
});
