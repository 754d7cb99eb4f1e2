import { api } from '../api.js';
import { href } from '../route.js';

export { NOTIFICATION_KINDS, type NotificationKind } from '../../../src/notifications/kinds.js';

/** Notices as the API gives them: the server's own types (src/notifications/inbox.ts). */
import type { Notice, NoticePage } from '../../../src/notifications/inbox.js';

export type { Notice, NoticePage };

export interface NotificationSettings {
  inAppKinds: string[];
  email: 'off' | 'immediate' | 'digest';
  emailAddress: string | null;
  emailAvailable: boolean;
}

/** Said when this page changes what is read, so the bell counts again at once rather than at its next look. */
export const NOTICES_CHANGED = 'dossier:notices-changed';

export function announceNoticesChanged(): void {
  window.dispatchEvent(new Event(NOTICES_CHANGED));
}

export const unreadCount = () => api<{ unread: number }>('GET', '/notifications/unread-count').then((answer) => answer.unread);

export function listNotices(options: { unread: boolean; cursor?: string }): Promise<NoticePage> {
  const query = new URLSearchParams({ limit: '30', ...(options.unread ? { unread: 'true' } : {}), ...(options.cursor ? { cursor: options.cursor } : {}) });
  return api<NoticePage>('GET', `/notifications?${query.toString()}`);
}

export const markNotice = (id: string, read: boolean) => api<{ id: string; readAt: string | null }>('PUT', `/notifications/${encodeURIComponent(id)}/read`, { read });
export const markAllRead = () => api<{ marked: number }>('POST', '/notifications/read-all');

/** Where a notice leads: the incident, item or extraction it names; the case's evidence for a capture; else the case. */
export function subjectHref(notice: Pick<Notice, 'caseId' | 'subject'>): string {
  const { caseId, subject } = notice;
  switch (subject.kind) {
    case 'incident':
      return href({ page: 'incident', caseId, id: subject.id });
    case 'evidence':
      return href({ page: 'evidence-item', caseId, id: subject.id });
    case 'extraction':
      return href({ page: 'extraction', caseId, id: subject.id });
    case 'capture':
      return href({ page: 'evidence', caseId });
    default:
      return href({ page: 'overview', caseId });
  }
}
