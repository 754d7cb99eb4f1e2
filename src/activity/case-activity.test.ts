import { describe, expect, it } from 'vitest';
import { activityWordings } from './activity-wordings.js';
import { subjectOf } from './case-activity.js';

const INC = 'inc_01jf3k8x2m4n6p8q0r2s4t6v8w';
const EV = 'ev_01jf3k8x2m4n6p8q0r2s4t6v8w';

const line = (actor: string, action: string, subject?: string) => activityWordings.say('entry', { actor, action, hasSubject: subject ? 'yes' : 'no', subject: subject ?? '' }).text;

describe('a case’s activity, one line a ledger entry', () => {
  it('names the record an entry concerns by kind and id, but never a case as its own subject', () => {
    expect(subjectOf({ details: { kind: 'incident', id: INC, title: 'Strike' } })).toEqual({ kind: 'incident', id: INC });
    expect(subjectOf({ details: { kind: 'case', id: 'case_01jf3k8x2m4n6p8q0r2s4t6v8w' } })).toBeNull();
  });

  it('names an item, a capture or an extraction by its own id, in that order of preference', () => {
    expect(subjectOf({ details: { evidenceId: EV } })).toEqual({ kind: 'evidence', id: EV });
    expect(subjectOf({ subject: { evidence: 'sha256:…' }, details: { evidence: EV } })).toEqual({ kind: 'evidence', id: EV });
    expect(subjectOf({ details: { captureId: 'cap_01jf3k8x2m', extraction: 'ext_01jf3k8x2m' } })).toEqual({ kind: 'capture', id: 'cap_01jf3k8x2m' });
    expect(subjectOf({ details: { extraction: 'ext_01jf3k8x2m' } })).toEqual({ kind: 'extraction', id: 'ext_01jf3k8x2m' });
  });

  it('takes nothing that is not shaped like an id, so no restricted detail leaks into the feed', () => {
    expect(subjectOf({ details: { kind: 'source', id: 'Witness W-07 (Douma)' } })).toBeNull();
    expect(subjectOf({ details: { evidenceId: 'photo of the victim.jpg' } })).toBeNull();
    expect(subjectOf({ details: { kind: 'incident', id: 42 } })).toBeNull();
    expect(subjectOf({ details: { id: INC } })).toBeNull();
    expect(subjectOf({})).toBeNull();
  });

  it('says who did what to which subject, and an action it does not know as it is', () => {
    expect(line('Rana Haddad', 'create', INC)).toBe(`Rana Haddad created ${INC}`);
    expect(line('Rana Haddad', 'capture', 'cap_1')).toBe('Rana Haddad captured a web page as cap_1');
    expect(line('Rana Haddad', 'look_alike', EV)).toBe(`Rana Haddad found look-alikes of ${EV}`);
    expect(line('user:sami', 'sweep')).toBe('user:sami swept the vault');
    expect(line('رنا', 'workflow', INC)).toBe(`رنا moved in the workflow ${INC}`);
    expect(line('Rana Haddad', 'redact', EV)).toBe(`Rana Haddad acted (redact) ${EV}`);
  });
});
