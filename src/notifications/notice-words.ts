import { IntlMessageFormat } from 'intl-messageformat';
import type { Wording, WordingValues } from '../common/wording.js';
import { NOTIFICATION_KINDS } from './kinds.js';
import { notificationTranslations } from './notification-translations.js';
import { notificationWordings, type NotificationWordingKey } from './notification-wordings.js';

/** What wording a notice needs: its kind, who acted (by display name), and the detail it was made with. */
export interface NoticeToWord {
  kind: string;
  actorName: string;
  subjectId: string;
  detail: Record<string, unknown>;
}

/** A notice's words: the kind's template, filled with its actor, its subject's title (its id when untitled), a status or outcome. */
export function noticeWording(notice: NoticeToWord): Wording {
  const key: NotificationWordingKey = (NOTIFICATION_KINDS as readonly string[]).includes(notice.kind) ? (notice.kind as NotificationWordingKey) : 'other';
  const title = typeof notice.detail.title === 'string' && notice.detail.title.trim() !== '' ? notice.detail.title : notice.subjectId;
  const values: Record<string, string> = { actor: notice.actorName, title };
  for (const name of ['status', 'outcome'] as const) values[name] = typeof notice.detail[name] === 'string' ? (notice.detail[name] as string) : 'other';
  return notificationWordings.say(key, values);
}

export type MailLanguage = 'en' | 'fr' | 'ar';

const formats = new Map<string, IntlMessageFormat>();

/** A wording of this area in the account's language (English for a language without a translation). */
export function sayIn(language: string | null, key: NotificationWordingKey, values: WordingValues = {}): string {
  const locale: MailLanguage = language === 'fr' || language === 'ar' ? language : 'en';
  if (locale === 'en') return notificationWordings.say(key, values).text;
  const id = `${locale}:${key}`;
  const format = formats.get(id) ?? formats.set(id, new IntlMessageFormat(notificationTranslations[key][locale], locale)).get(id)!;
  return String(format.format(values));
}

/** A notice's own wording said again in another language, from its code's key and values. */
export function noticeIn(language: string | null, wording: Wording): string {
  const key = wording.code.slice('notification.'.length) as NotificationWordingKey;
  return sayIn(language, key, wording.values);
}
