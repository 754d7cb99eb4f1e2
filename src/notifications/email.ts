import nodemailer from 'nodemailer';
import { noticeIn, sayIn } from './notice-words.js';
import type { SmtpSettings } from '../common/config.js';
import type { Wording } from '../common/wording.js';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** What sends a mail: nodemailer's transport, or whatever a caller passes that takes one mail at a time. */
export interface Mailer {
  sendMail(mail: OutgoingMail): Promise<unknown>;
  close?(): void;
}

export function smtpMailer(settings: SmtpSettings): Mailer {
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.pass ?? '' } } : {}),
    // A mail server that does not answer must not hold the background work for minutes.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
}

/** One notice as a mail tells it: its words, and where it is (case and subject id), nothing of the record beyond. */
export interface MailedNotice {
  caseId: string;
  subjectId: string;
  wording: Wording;
}

/** The subject and body of a mail of one notice (immediate) or of several (a digest), in the account's language. */
export function composeMail(language: string | null, notices: readonly MailedNotice[], digest: boolean): { subject: string; text: string } {
  const lines = notices.map((notice) => `- ${noticeIn(language, notice.wording)}\n  ${sayIn(language, 'mailWhere', { caseId: notice.caseId, subjectId: notice.subjectId })}`);
  const subject = digest || notices.length !== 1 ? sayIn(language, 'digestSubject', { count: notices.length }) : sayIn(language, 'mailSubject', { notice: noticeIn(language, notices[0]!.wording) });
  return { subject: oneLine(subject), text: `${lines.join('\n\n')}\n\n-- \n${sayIn(language, 'mailFooter')}\n` };
}

/** A title is written into the Subject header: no line break may start another header. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').slice(0, 200);
}
