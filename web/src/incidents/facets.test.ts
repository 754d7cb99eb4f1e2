import { describe, expect, it } from 'vitest';
import type { Summary } from '../api.js';
import { FACETS, shownChoices, withChoice } from './facets.js';

const summary: Summary = {
  incidents: 3,
  byType: { air_strike: 2 },
  byMeans: { barrel_bomb: 1, unguided_bomb: 3 },
  byTarget: { hospital: 2 },
  byGrade: { confirmed: 1, reported: 2 },
  byActor: { actr_1: { name: 'Air Force', incidents: 2 } },
  victims: {},
};

describe('the incident list’s facets', () => {
  it('offers type, means, target, grade and party, each counted from the summary', () => {
    expect(FACETS.map((facet) => facet.key)).toEqual(['type', 'means', 'target', 'grade', 'actor']);
    const counted = (key: string) => FACETS.find((facet) => facet.key === key)!.counted(summary);
    expect(counted('means')).toEqual([
      { id: 'barrel_bomb', count: 1 },
      { id: 'unguided_bomb', count: 3 },
    ]);
    expect(counted('target')).toEqual([{ id: 'hospital', count: 2 }]);
    expect(counted('actor')).toEqual([{ id: 'actr_1', label: 'Air Force', count: 2 }]);
    expect(FACETS.find((facet) => facet.key === 'target')!.vocabulary).toBe('target_objects');
  });

  it('shows the busiest choices first, and keeps one chosen that matches nothing, so it can be unticked', () => {
    const shown = shownChoices([{ id: 'barrel_bomb', count: 1 }, { id: 'unguided_bomb', count: 3 }], ['toxic_chemical', 'barrel_bomb']);
    expect(shown).toEqual([
      { id: 'unguided_bomb', count: 3 },
      { id: 'barrel_bomb', count: 1 },
      { id: 'toxic_chemical', count: 0 },
    ]);
  });

  it('adds and removes a choice, and drops a facet left empty', () => {
    const hospitals = withChoice({ type: ['air_strike'] }, 'target', 'hospital', true);
    expect(hospitals).toEqual({ type: ['air_strike'], target: ['hospital'] });
    expect(withChoice(hospitals, 'target', 'school', true).target).toEqual(['hospital', 'school']);
    expect(withChoice(hospitals, 'target', 'hospital', false)).toEqual({ type: ['air_strike'], target: undefined });
  });
});
