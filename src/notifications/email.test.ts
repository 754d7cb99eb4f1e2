import { describe, expect, it } from 'vitest';
import { composeMail } from './email.js';
import { noticeWording } from './notice-words.js';

const notice = (title: string, kind = 'assigned') => ({ caseId: 'tigray-2021', subjectId: 'inc_1', wording: noticeWording({ kind, actorName: 'Rana', subjectId: 'inc_1', detail: { title, status: 'completed' } }) });

describe('a notice mail', () => {
  it('says one notice in its subject and a digest by its count, in the account’s language', () => {
    expect(composeMail(null, [notice('Strike on Wukro')], false).subject).toBe('Dossier: Rana assigned you to Strike on Wukro');
    expect(composeMail('fr', [notice('Frappe sur Wukro', 'status_changed')], false).subject).toBe('Dossier : Rana a fait passer Frappe sur Wukro à l’état terminé');
    expect(composeMail('en', [notice('a'), notice('b')], true).subject).toBe('Dossier: 2 new notices');
    expect(composeMail('ar', [notice('a'), notice('b')], true).subject).toBe('Dossier: إشعاران جديدان');
    expect(composeMail('de', [notice('One')], false).text).toContain('Case tigray-2021, inc_1');
  });

  it('keeps a title from starting another header', () => {
    const { subject } = composeMail('en', [notice('Title\r\nBcc: someone@example.org')], false);
    expect(subject).not.toMatch(/[\r\n]/);
  });

  it('names a subject by its id when it has no title, and words a kind it does not know', () => {
    expect(noticeWording({ kind: 'assigned', actorName: 'Rana', subjectId: 'inc_9', detail: {} }).text).toBe('Rana assigned you to inc_9');
    expect(noticeWording({ kind: 'from_a_newer_version', actorName: 'Rana', subjectId: 'inc_9', detail: { title: 'T' } }).text).toBe('Rana: T');
  });
});
