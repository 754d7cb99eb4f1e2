import { defineMessages } from '../i18n/define-messages.js';

/** The team's queue of incidents to work on. */
export const workflowMessages = defineMessages('workflow', {
  queue: { en: 'Queue', fr: 'File de travail', ar: 'قائمة العمل' },
  queueViews: { en: 'Queue views', fr: 'Vues de la file', ar: 'طرق عرض قائمة العمل' },
  viewMine: { en: 'Mine', fr: 'Les miens', ar: 'المسندة إليّ' },
  viewReview: { en: 'To review', fr: 'À relire', ar: 'للمراجعة' },
  viewUnclaimed: { en: 'Unclaimed', fr: 'Non attribués', ar: 'غير المُسندة' },
  viewAll: { en: 'All', fr: 'Tous', ar: 'الكل' },
  incident: { en: 'Incident', fr: 'Incident', ar: 'الحادثة' },
  status: { en: 'Status', fr: 'Statut', ar: 'الحالة' },
  assignees: { en: 'Assignees', fr: 'Personnes assignées', ar: 'المكلَّفون' },
  dueDate: { en: 'Due date', fr: 'Échéance', ar: 'تاريخ الاستحقاق' },
  since: { en: 'Since', fr: 'Depuis', ar: 'منذ' },
  actions: { en: 'Actions', fr: 'Actions', ar: 'الإجراءات' },
  claim: { en: 'Claim', fr: 'Prendre en charge', ar: 'تولّي المهمة' },
  claimIncident: { en: 'Claim {title}', fr: 'Prendre en charge {title}', ar: 'تولّي {title}' },
  nobody: { en: 'Nobody', fr: 'Personne', ar: 'لا أحد' },
  noDueDate: { en: 'None', fr: 'Aucune', ar: 'لا يوجد' },
  emptyQueue: { en: 'Nothing in this view.', fr: 'Rien dans cette vue.', ar: 'لا شيء في طريقة العرض هذه.' },
  more: { en: 'More', fr: 'Plus', ar: 'المزيد' },
  shown: {
    en: '{count, plural, one {# incident shown} other {# incidents shown}}',
    fr: '{count, plural, one {# incident affiché} other {# incidents affichés}}',
    ar: '{count, plural, zero {لا حوادث معروضة} one {حادثة واحدة معروضة} two {حادثتان معروضتان} few {# حوادث معروضة} many {# حادثة معروضة} other {# حادثة معروضة}}',
  },
});
