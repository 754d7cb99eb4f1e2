import { defineMessages } from '../i18n/define-messages.js';

/** The team's discussion of an incident, a claim or any record, and of an evidence item. */
export const commentMessages = defineMessages('comments', {
  discussion: { en: 'Discussion', fr: 'Discussion', ar: 'النقاش' },
  noComments: { en: 'No comments yet.', fr: 'Aucun commentaire pour l’instant.', ar: 'لا تعليقات بعد.' },
  comment: { en: 'Comment', fr: 'Commentaire', ar: 'تعليق' },
  postComment: { en: 'Post comment', fr: 'Publier le commentaire', ar: 'نشر التعليق' },
  hint: {
    en: 'Mention a member with @account-name; link a record or an item with #its id. Comments are kept for good: an edit is a new revision.',
    fr: 'Mentionnez un membre avec @nom-du-compte ; liez une fiche ou une pièce avec #son identifiant. Les commentaires sont conservés pour toujours : une modification est une nouvelle révision.',
    ar: 'اذكر عضوًا بكتابة @اسم-الحساب، واربط سجلًا أو دليلًا بكتابة # متبوعة بمعرّفه. تُحفظ التعليقات دائمًا: كل تعديل نسخة جديدة.',
  },
  reply: { en: 'Reply', fr: 'Répondre', ar: 'ردّ' },
  yourReply: { en: 'Your reply', fr: 'Votre réponse', ar: 'ردّك' },
  postReply: { en: 'Post reply', fr: 'Publier la réponse', ar: 'نشر الردّ' },
  edit: { en: 'Edit', fr: 'Modifier', ar: 'تعديل' },
  newWording: { en: 'New wording', fr: 'Nouvelle formulation', ar: 'الصياغة الجديدة' },
  saveRevision: { en: 'Save as a new revision', fr: 'Enregistrer comme nouvelle révision', ar: 'حفظ كنسخة جديدة' },
  cancel: { en: 'Cancel', fr: 'Annuler', ar: 'إلغاء' },
  edited: { en: 'edited', fr: 'modifié', ar: 'معدَّل' },
  showRevisions: {
    en: '{count, plural, one {Show its # revision} other {Show its # revisions}}',
    fr: '{count, plural, one {Afficher sa # révision} other {Afficher ses # révisions}}',
    ar: '{count, plural, zero {لا نسخ} one {عرض نسخته الوحيدة} two {عرض نسختيه} few {عرض نسخه الـ#} many {عرض نسخه الـ#} other {عرض نسخه الـ#}}',
  },
  hideRevisions: { en: 'Hide revisions', fr: 'Masquer les révisions', ar: 'إخفاء النسخ' },
  revisions: { en: 'Revisions', fr: 'Révisions', ar: 'النسخ' },
  revision: { en: 'Revision {rev}, {time}', fr: 'Révision {rev}, {time}', ar: 'النسخة {rev}، {time}' },
  byAt: { en: '{author}, {time}', fr: '{author}, {time}', ar: '{author}، {time}' },
  replies: { en: 'Replies to {author}', fr: 'Réponses à {author}', ar: 'الردود على {author}' },
  mentioned: { en: 'Mentioned: {name} (@{username})', fr: 'Mention : {name} (@{username})', ar: 'مذكور: {name} (@{username})' },
  loading: { en: 'Loading the discussion…', fr: 'Chargement de la discussion…', ar: 'جارٍ تحميل النقاش…' },
  inDiscussions: {
    en: '{count, plural, one {# comment} other {# comments}}',
    fr: '{count, plural, one {# commentaire} other {# commentaires}}',
    ar: '{count, plural, zero {لا تعليقات} one {تعليق واحد} two {تعليقان} few {# تعليقات} many {# تعليقًا} other {# تعليق}}',
  },
  foundInDiscussions: { en: 'Found in discussions', fr: 'Trouvé dans les discussions', ar: 'وُجد في النقاشات' },
  evidenceItem: { en: 'evidence item', fr: 'pièce', ar: 'دليل' },
});
