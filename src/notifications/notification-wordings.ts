import { defineWordings } from '../common/wording.js';

/**
 * Each notice in words, and the parts of a mail: the app (web/src/notifications) and the mails say the same.
 * Values are what a notice carries (detail): who acted, the subject's title (or its id), a workflow status by
 * its code, a capture's or an extraction's outcome; never a record's content beyond its title.
 */
export const notificationWordings = defineWordings('notification', {
  mention: '{actor} mentioned you on {title}',
  reply: '{actor} replied to you on {title}',
  assigned: '{actor} assigned you to {title}',
  review_requested: '{actor} asks for a review of {title}',
  status_changed:
    '{actor} moved {title} to {status, select, to_do {to do} in_progress {in progress} help_needed {help needed} ready_for_review {ready for review} completed {completed} cancelled {cancelled} other {{status}}}',
  capture_finished: '{outcome, select, failed {The web capture {title} failed} other {The web capture {title} is done}}',
  extraction_finished: '{outcome, select, failed {The text extraction {title} failed} other {The text extraction {title} is ready for review}}',
  /** A notice of a kind this version does not know (written by a newer one). */
  other: '{actor}: {title}',
  mailSubject: 'Dossier: {notice}',
  digestSubject: 'Dossier: {count, plural, one {# new notice} other {# new notices}}',
  mailWhere: 'Case {caseId}, {subjectId}',
  mailFooter: 'Sign in to Dossier to read more. You can change what you are told, and how, on your account page.',
});
export type NotificationWordingKey = keyof typeof notificationWordings.english;
