import { describe, expect, it } from 'vitest';
import { editsBetween, editValues, termList } from './edit-values.js';
import type { Proposal } from './extraction-types.js';

const PROPOSAL: Proposal = {
  title: 'Barrel bomb in Erbin, 2015-07-12',
  type: 'barrel_bomb',
  date: { text: '12 July 2015', edtf: '2015-07-12' },
  place: { text: 'Erbin', chosen: { pcode: 'C2321', namedArea: null, name: 'Erbin' }, choices: [] },
  killed: { text: 'At least 9' },
  injured: { text: 'dozens' },
  displaced: null,
  means: ['barrel_bomb'],
  targets: ['market'],
  actor: { text: 'Syrian Arab Air Force', actorId: 'actr_1' },
  standardWords: [],
  matches: [],
  passages: [],
  from: {},
};

describe('the edit form’s values', () => {
  it('fills each field from the proposal, a chosen place by its P-code', () => {
    expect(editValues(PROPOSAL)).toEqual({
      title: 'Barrel bomb in Erbin, 2015-07-12',
      type: 'barrel_bomb',
      date: '12 July 2015',
      place: 'C2321',
      killed: 'At least 9',
      injured: 'dozens',
      displaced: '',
      means: 'barrel_bomb',
      targets: 'market',
      actorId: 'actr_1',
    });
  });

  it('gives an ambiguous place by its words, for the analyst to replace with a choice', () => {
    const ambiguous = { ...PROPOSAL, place: { text: 'Tall', chosen: null, choices: [{ pcode: 'C1', namedArea: null, name: 'Tall' }] } };
    expect(editValues(ambiguous).place).toBe('Tall');
  });

  it('sends only the fields changed', () => {
    const before = editValues(PROPOSAL);
    expect(editsBetween(before, before)).toEqual({});
    expect(editsBetween(before, { ...before, killed: 'at least 10 ' })).toEqual({ killed: 'at least 10' });
  });

  it('removes a field emptied, but never the title or the type', () => {
    const before = editValues(PROPOSAL);
    expect(editsBetween(before, { ...before, injured: ' ', actorId: '', title: '', type: '' })).toEqual({ injured: null, actorId: null });
  });

  it('reads lists of terms, ignoring spacing and repeats', () => {
    expect(termList(' school, market,,school\nbakery ')).toEqual(['school', 'market', 'bakery']);
    const before = editValues(PROPOSAL);
    expect(editsBetween(before, { ...before, targets: 'market , school', means: 'barrel_bomb ' })).toEqual({ targets: ['market', 'school'] });
  });
});
