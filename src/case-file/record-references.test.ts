import { describe, expect, it } from 'vitest';
import { findReferences, replaceReferences, topLevelField } from './record-references.js';

const doc = {
  subject: { kind: 'incident', id: 'inc_a' },
  claimIds: ['clm_1', 'clm_2'],
  elements: [{ claimIds: ['clm_2'], note: 'clm_2 is cited' }],
  count: 3,
};

describe('references in a record', () => {
  it('finds each known id with its path, and says whether a list holds it', () => {
    expect(findReferences(doc, (id) => ['clm_1', 'clm_2', 'inc_a'].includes(id))).toEqual([
      { id: 'inc_a', path: 'subject.id', inArray: false },
      { id: 'clm_1', path: 'claimIds[0]', inArray: true },
      { id: 'clm_2', path: 'claimIds[1]', inArray: true },
      { id: 'clm_2', path: 'elements[0].claimIds[0]', inArray: true },
    ]);
  });

  it('replaces ids and drops list elements, leaving free text and numbers as they are', () => {
    const replaced = replaceReferences(doc, (id) => (id === 'clm_2' ? null : id === 'inc_a' ? 'inc_ours' : id));
    expect(replaced).toEqual({ subject: { kind: 'incident', id: 'inc_ours' }, claimIds: ['clm_1'], elements: [{ claimIds: [], note: 'clm_2 is cited' }], count: 3 });
    expect(doc.claimIds).toEqual(['clm_1', 'clm_2']);
  });

  it('refuses to drop a reference outside a list', () => {
    expect(() => replaceReferences(doc, (id) => (id === 'inc_a' ? null : id))).toThrow(/subject\.id/);
  });

  it('names the top-level field of a path', () => {
    expect(topLevelField('elements[0].claimIds[1]')).toBe('elements');
    expect(topLevelField('claimIds[0]')).toBe('claimIds');
    expect(topLevelField('subject.id')).toBe('subject');
  });
});
