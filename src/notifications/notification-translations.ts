import type { NotificationWordingKey } from './notification-wordings.js';

/**
 * The notices' French and Arabic, kept beside the English so the mails (outbox.ts) and the web app's catalogue
 * (web/src/notifications/notifications.messages.ts) say the same thing from one table.
 */
export const notificationTranslations: Record<NotificationWordingKey, { fr: string; ar: string }> = {
  mention: { fr: '{actor} vous a mentionné·e dans {title}', ar: 'أشار إليك {actor} في {title}' },
  reply: { fr: '{actor} vous a répondu dans {title}', ar: 'ردّ عليك {actor} في {title}' },
  assigned: { fr: '{actor} vous a assigné·e à {title}', ar: 'كلّفك {actor} بـ {title}' },
  review_requested: { fr: '{actor} demande une relecture de {title}', ar: 'يطلب {actor} مراجعة {title}' },
  status_changed: {
    fr: '{actor} a fait passer {title} à l’état {status, select, to_do {à faire} in_progress {en cours} help_needed {aide requise} ready_for_review {prêt pour relecture} completed {terminé} cancelled {annulé} other {{status}}}',
    ar: 'نقل {actor} {title} إلى الحالة {status, select, to_do {للتنفيذ} in_progress {قيد العمل} help_needed {بحاجة إلى مساعدة} ready_for_review {جاهز للمراجعة} completed {مكتمل} cancelled {ملغى} other {{status}}}',
  },
  capture_finished: {
    fr: '{outcome, select, failed {La capture web {title} a échoué} other {La capture web {title} est terminée}}',
    ar: '{outcome, select, failed {فشل الالتقاط الشبكي {title}} other {اكتمل الالتقاط الشبكي {title}}}',
  },
  extraction_finished: {
    fr: '{outcome, select, failed {L’extraction de texte {title} a échoué} other {L’extraction de texte {title} est prête pour relecture}}',
    ar: '{outcome, select, failed {فشل استخراج النص {title}} other {استخراج النص {title} جاهز للمراجعة}}',
  },
  other: { fr: '{actor} : {title}', ar: '{actor}: {title}' },
  mailSubject: { fr: 'Dossier : {notice}', ar: 'Dossier: {notice}' },
  digestSubject: {
    fr: 'Dossier : {count, plural, one {# nouvelle notification} other {# nouvelles notifications}}',
    ar: 'Dossier: {count, plural, zero {لا إشعارات جديدة} one {إشعار جديد واحد} two {إشعاران جديدان} few {# إشعارات جديدة} many {# إشعارًا جديدًا} other {# إشعار جديد}}',
  },
  mailWhere: { fr: 'Affaire {caseId}, {subjectId}', ar: 'القضية {caseId}، {subjectId}' },
  mailFooter: {
    fr: 'Connectez-vous à Dossier pour en savoir plus. Vous pouvez choisir ce dont vous êtes averti·e, et comment, sur la page de votre compte.',
    ar: 'سجّل الدخول إلى Dossier لمعرفة المزيد. يمكنك تغيير ما تُبلَّغ به وكيفية ذلك من صفحة حسابك.',
  },
};
