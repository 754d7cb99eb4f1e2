import { workflowWordings } from '../../../src/workflow/workflow-wordings.js';
import { defineWordingMessages } from '../i18n/define-wording-messages.js';

/** The server's words when a claim or a change was made against a stale view of an incident. */
export const workflowWordingMessages = defineWordingMessages(workflowWordings, {
  takenSince: {
    fr: '{incident} a été pris en charge par {holders} depuis que vous l’avez chargé (statut actuel : {status}) : rechargez-le avant de le modifier',
    ar: 'تولّى {holders} الحادثة {incident} منذ أن حمّلتها (حالتها الآن: {status}): أعد تحميلها قبل تغييرها',
  },
  releasedSince: {
    fr: 'Les personnes assignées à {incident} ont été retirées depuis que vous l’avez chargé (statut actuel : {status}) : rechargez-le avant de le modifier',
    ar: 'أُزيل المكلَّفون بالحادثة {incident} منذ أن حمّلتها (حالتها الآن: {status}): أعد تحميلها قبل تغييرها',
  },
  movedSince: {
    fr: '{incident} est passé au statut {status} depuis que vous l’avez chargé : rechargez-le avant de le modifier',
    ar: 'انتقلت الحادثة {incident} إلى الحالة {status} منذ أن حمّلتها: أعد تحميلها قبل تغييرها',
  },
});
