import { activityWordings } from '../../../src/activity/activity-wordings.js';
import { notificationTranslations } from '../../../src/notifications/notification-translations.js';
import { notificationWordings } from '../../../src/notifications/notification-wordings.js';
import { defineMessages } from '../i18n/define-messages.js';
import { defineWordingMessages } from '../i18n/define-wording-messages.js';

/** Each notice in words, from the same table the server's mails use (src/notifications/notification-translations.ts). */
export const noticeMessages = defineWordingMessages(notificationWordings, notificationTranslations);

/** A case's activity, one line a ledger entry (src/activity/activity-wordings.ts). */
export const activityWordingMessages = defineWordingMessages(activityWordings, {
  entry: {
    fr: '{actor} {action, select, init {a ouvert le registre} create {a créé} update {a modifié} link {a lié} intake {a versé} view {a consulté} annotate {a annoté} export {a exporté} transfer {a transféré} verify {a vérifié} capture {a capturé une page web sous} sweep {a nettoyé le coffre} analyse {a épinglé une analyse} extract {a lu le texte de} derive {a produit une copie de consultation de} look_alike {a trouvé des ressemblances pour} review {a examiné un candidat de} hold {a changé la conservation légale de} workflow {a changé le suivi de} other {a agi ({action})}}{hasSubject, select, yes { {subject}} other {}}',
    ar: '{actor} {action, select, init {بدأ السجل} create {أنشأ} update {عدّل} link {ربط} intake {أضاف} view {اطّلع على} annotate {علّق على} export {صدّر} transfer {نقل} verify {تحقّق من} capture {التقط صفحة ويب باسم} sweep {نظّف الخزنة} analyse {ثبّت تحليلًا} extract {قرأ نص} derive {أنشأ نسخة عرض من} look_alike {وجد ما يشبه} review {راجع مرشحًا من} hold {غيّر الحفظ القانوني لـ} workflow {غيّر سير عمل} other {قام بإجراء ({action})}}{hasSubject, select, yes { {subject}} other {}}',
  },
});

/** The bell, the list of notices, the account's settings, following an incident and the case's activity. */
export const notificationsMessages = defineMessages('notifications', {
  bell: {
    en: 'Notifications, {count, plural, =0 {none unread} one {# unread} other {# unread}}',
    fr: 'Notifications, {count, plural, =0 {aucune non lue} one {# non lue} other {# non lues}}',
    ar: 'الإشعارات، {count, plural, =0 {لا إشعارات غير مقروءة} zero {لا إشعارات غير مقروءة} one {إشعار واحد غير مقروء} two {إشعاران غير مقروءين} few {# إشعارات غير مقروءة} many {# إشعارًا غير مقروء} other {# إشعار غير مقروء}}',
  },
  title: { en: 'Notifications', fr: 'Notifications', ar: 'الإشعارات' },
  onlyUnread: { en: 'Only unread', fr: 'Non lues seulement', ar: 'غير المقروءة فقط' },
  markAllRead: { en: 'Mark all read', fr: 'Tout marquer comme lu', ar: 'وضع علامة مقروء على الكل' },
  markRead: { en: 'Mark read', fr: 'Marquer comme lue', ar: 'وضع علامة مقروء' },
  markUnread: { en: 'Mark unread', fr: 'Marquer comme non lue', ar: 'وضع علامة غير مقروء' },
  markReadOf: { en: 'Mark read: {notice}', fr: 'Marquer comme lue : {notice}', ar: 'وضع علامة مقروء: {notice}' },
  markUnreadOf: { en: 'Mark unread: {notice}', fr: 'Marquer comme non lue : {notice}', ar: 'وضع علامة غير مقروء: {notice}' },
  unread: { en: 'Unread', fr: 'Non lue', ar: 'غير مقروء' },
  inCase: { en: 'Case {caseId}', fr: 'Affaire {caseId}', ar: 'القضية {caseId}' },
  none: { en: 'No notifications.', fr: 'Aucune notification.', ar: 'لا توجد إشعارات.' },
  more: { en: 'More', fr: 'Plus', ar: 'المزيد' },
  settings: { en: 'Notifications', fr: 'Notifications', ar: 'الإشعارات' },
  settingsKinds: { en: 'Tell me in the app when', fr: 'M’avertir dans l’application quand', ar: 'أبلغني في التطبيق عندما' },
  kindMention: { en: 'someone mentions me', fr: 'quelqu’un me mentionne', ar: 'يشير إليّ أحد' },
  kindReply: { en: 'someone replies to me', fr: 'quelqu’un me répond', ar: 'يردّ عليّ أحد' },
  kindAssigned: { en: 'I am assigned to an incident', fr: 'on m’assigne à un incident', ar: 'أُكلَّف بحادثة' },
  kindReviewRequested: { en: 'an incident awaits my review', fr: 'un incident attend ma relecture', ar: 'تنتظر حادثةٌ مراجعتي' },
  kindStatusChanged: { en: 'something I follow changes status', fr: 'un élément que je suis change de statut', ar: 'تتغير حالة شيء أتابعه' },
  kindCaptureFinished: { en: 'a web capture I asked for is finished', fr: 'une capture web que j’ai demandée est terminée', ar: 'ينتهي التقاط شبكي طلبته' },
  kindExtractionFinished: { en: 'a text extraction I asked for is finished', fr: 'une extraction de texte que j’ai demandée est terminée', ar: 'ينتهي استخراج نص طلبته' },
  email: { en: 'E-mail', fr: 'Courriel', ar: 'البريد الإلكتروني' },
  emailOff: { en: 'Off', fr: 'Désactivé', ar: 'متوقف' },
  emailImmediate: { en: 'At once, one mail a notice', fr: 'Immédiatement, un courriel par notification', ar: 'فورًا، رسالة لكل إشعار' },
  emailDigest: { en: 'A daily digest', fr: 'Un récapitulatif quotidien', ar: 'ملخص يومي' },
  emailAddress: { en: 'E-mail address', fr: 'Adresse électronique', ar: 'عنوان البريد الإلكتروني' },
  emailUnavailable: {
    en: 'This server has no mail server configured: nothing will be mailed until its operator sets one.',
    fr: 'Ce serveur n’a pas de serveur de courriel configuré : rien ne sera envoyé tant que son administrateur n’en aura pas défini un.',
    ar: 'لم يُضبط خادم بريد لهذا الخادم: لن يُرسل شيء حتى يضبطه مشغّله.',
  },
  save: { en: 'Save notification settings', fr: 'Enregistrer les réglages de notification', ar: 'حفظ إعدادات الإشعارات' },
  saved: { en: 'Saved.', fr: 'Enregistré.', ar: 'تم الحفظ.' },
  follow: { en: 'Follow', fr: 'Suivre', ar: 'متابعة' },
  unfollow: { en: 'Stop following', fr: 'Ne plus suivre', ar: 'إيقاف المتابعة' },
  following: {
    en: 'You follow this incident: its status changes notify you.',
    fr: 'Vous suivez cet incident : ses changements de statut vous sont notifiés.',
    ar: 'أنت تتابع هذه الحادثة: ستُبلَّغ بتغيّر حالتها.',
  },
  activity: { en: 'Activity', fr: 'Activité', ar: 'النشاط' },
  activityNone: { en: 'Nothing has happened in this case yet.', fr: 'Rien ne s’est encore passé dans cette affaire.', ar: 'لم يحدث شيء في هذه القضية بعد.' },
  when: { en: 'When', fr: 'Quand', ar: 'متى' },
  what: { en: 'What', fr: 'Quoi', ar: 'ماذا' },
});
