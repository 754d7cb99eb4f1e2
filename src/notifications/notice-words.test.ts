import { describe, expect, it } from 'vitest';
import { isDossierError } from '../common/errors.js';
import { NOTIFICATION_KINDS } from './kinds.js';
import { noticeIn, noticeWording, sayIn } from './notice-words.js';
import { notificationTranslations } from './notification-translations.js';
import { notificationWordings } from './notification-wordings.js';
import { EVIDENCE_SUBJECTS, permissionToRead } from './readers.js';
import { checkedEmailAddress, DEFAULT_SETTINGS } from './settings.js';

const word = (kind: string, detail: Record<string, unknown> = {}) => noticeWording({ kind, actorName: 'Rana Haddad', subjectId: 'inc_01', detail: { title: 'Strike on Urum al-Kubra', ...detail } });

describe('a notice in words', () => {
  it('words every kind with who acted and the subject’s title', () => {
    expect(word('mention').text).toBe('Rana Haddad mentioned you on Strike on Urum al-Kubra');
    expect(word('reply').text).toBe('Rana Haddad replied to you on Strike on Urum al-Kubra');
    expect(word('review_requested').text).toBe('Rana Haddad asks for a review of Strike on Urum al-Kubra');
    expect(word('status_changed', { status: 'ready_for_review' }).text).toBe('Rana Haddad moved Strike on Urum al-Kubra to ready for review');
    expect(word('capture_finished', { outcome: 'failed' }).text).toBe('The web capture Strike on Urum al-Kubra failed');
    expect(word('capture_finished', { outcome: 'done' }).text).toBe('The web capture Strike on Urum al-Kubra is done');
    expect(word('extraction_finished').text).toBe('The text extraction Strike on Urum al-Kubra is ready for review');
    expect(word('assigned').code).toBe('notification.assigned');
  });

  it('names a subject by its id when its title is blank, and a status it does not know by its code', () => {
    expect(word('mention', { title: '   ' }).text).toBe('Rana Haddad mentioned you on inc_01');
    expect(word('mention', { title: 42 }).text).toBe('Rana Haddad mentioned you on inc_01');
    expect(word('status_changed', { status: 'archived' }).text).toBe('Rana Haddad moved Strike on Urum al-Kubra to archived');
    expect(word('status_changed', {}).text).toBe('Rana Haddad moved Strike on Urum al-Kubra to other');
  });

  it('carries only the actor, the title, a status and an outcome: nothing else of the detail', () => {
    expect(word('assigned', { status: 'to_do', notes: 'witness W-07 lives in Douma' }).values).toEqual({ actor: 'Rana Haddad', title: 'Strike on Urum al-Kubra', status: 'to_do', outcome: 'other' });
  });
});

describe('a notice in the account’s language', () => {
  it('says each kind in French and Arabic, and English for any other language', () => {
    const moved = word('status_changed', { status: 'completed' });
    expect(noticeIn('fr', moved)).toBe('Rana Haddad a fait passer Strike on Urum al-Kubra à l’état terminé');
    expect(noticeIn('ar', moved)).toBe('نقل Rana Haddad Strike on Urum al-Kubra إلى الحالة مكتمل');
    expect(noticeIn('de', moved)).toBe(moved.text);
    expect(noticeIn(null, moved)).toBe(moved.text);
    expect(noticeIn('ar', word('capture_finished', { outcome: 'failed' }))).toBe('فشل الالتقاط الشبكي Strike on Urum al-Kubra');
    expect(noticeIn('fr', word('whatever_comes_next'))).toBe('Rana Haddad : Strike on Urum al-Kubra');
  });

  it('counts notices by each language’s plural rules', () => {
    expect([1, 2, 5].map((count) => sayIn('en', 'digestSubject', { count }))).toEqual(['Dossier: 1 new notice', 'Dossier: 2 new notices', 'Dossier: 5 new notices']);
    expect([1, 2].map((count) => sayIn('fr', 'digestSubject', { count }))).toEqual(['Dossier : 1 nouvelle notification', 'Dossier : 2 nouvelles notifications']);
    expect([1, 2, 3, 11, 100].map((count) => sayIn('ar', 'digestSubject', { count }))).toEqual([
      'Dossier: إشعار جديد واحد',
      'Dossier: إشعاران جديدان',
      'Dossier: 3 إشعارات جديدة',
      'Dossier: 11 إشعارًا جديدًا',
      'Dossier: 100 إشعار جديد',
    ]);
  });

  it('has a French and an Arabic wording for every English one, saying the same values', () => {
    const values = { actor: 'ACTOR', title: 'TITLE', status: 'STATUS', outcome: 'failed', notice: 'NOTICE', caseId: 'CASE', subjectId: 'SUBJECT', count: 7 };
    const said = (text: string) => ['ACTOR', 'TITLE', 'STATUS', 'NOTICE', 'CASE', 'SUBJECT', '7'].filter((marker) => text.includes(marker));
    for (const key of Object.keys(notificationWordings.english) as (keyof typeof notificationWordings.english)[]) {
      const english = said(notificationWordings.say(key, values).text);
      expect(said(sayIn('fr', key, values)), `${key} in French`).toEqual(english);
      expect(said(sayIn('ar', key, values)), `${key} in Arabic`).toEqual(english);
      expect(notificationTranslations[key]).toBeDefined();
    }
    for (const kind of NOTIFICATION_KINDS) expect(notificationWordings.english).toHaveProperty(kind);
  });
});

describe('who may be told, and where', () => {
  it('tells of evidence, captures and extractions those who read evidence, and of records those who read records', () => {
    expect(EVIDENCE_SUBJECTS.map((kind) => permissionToRead({ kind }))).toEqual(['evidence:read', 'evidence:read', 'evidence:read']);
    expect(['incident', 'claim', 'source'].map((kind) => permissionToRead({ kind }))).toEqual(['records:read', 'records:read', 'records:read']);
  });

  it('tells everything in the app and nothing by mail until the account chooses', () => {
    expect(DEFAULT_SETTINGS).toEqual({ inAppKinds: [...NOTIFICATION_KINDS], email: 'off', emailAddress: null });
  });

  it('takes a plain e-mail address, trimmed, and refuses one that could carry another header or recipient', () => {
    expect(checkedEmailAddress(' rana@example.org ')).toBe('rana@example.org');
    expect(checkedEmailAddress('r.haddad+dossier@mail.example-ngo.org')).toBe('r.haddad+dossier@mail.example-ngo.org');
    for (const bad of ['rana', 'rana@localhost', 'rana@example.org\r\nBcc: x@example.org', 'rana@example.org, x@example.org', 'Rana <rana@example.org>', 'a@b@example.org', '@example.org', `${'r'.repeat(65)}@example.org`, 'rana@-example.org', 42, null]) {
      let field: unknown;
      try {
        checkedEmailAddress(bad);
      } catch (error) {
        if (isDossierError(error, 'VALIDATION_FAILED')) field = error.details.field;
      }
      expect(field, String(bad)).toBe('emailAddress');
    }
  });
});
