import { describe, expect, it } from 'vitest';
import { termLabel, type Vocabularies } from '../vocabularies.js';
import { partyGroups, rankSeries, typeGroup } from './incident-groups.js';

const names = new Map([
  ['actr_saf', 'Syrian Air Force'],
  ['actr_ru', 'Russian Aerospace Forces'],
  ['actr_gov', 'Government forces'],
]);

const vocabularies: Vocabularies = {
  incident_types: {
    terms: [
      { id: 'air_strike', label: 'Air strike' },
      { id: 'siege', label: 'Siege' },
      { id: 'denial_of_humanitarian_access', label: 'Denial of humanitarian access' },
    ],
  },
};
const label = (vocabulary: string, id: string) => termLabel(vocabularies, vocabulary, id);

describe('incident groups', () => {
  it('groups by the whole set of types, whatever their order', () => {
    expect(typeGroup(['siege', 'denial_of_humanitarian_access'], label)).toEqual(typeGroup(['denial_of_humanitarian_access', 'siege'], label));
  });

  it('labels a type group with the vocabulary’s labels, as the list does', () => {
    expect(typeGroup(['air_strike'], label).label).toBe('Air strike');
    expect(typeGroup(['siege', 'denial_of_humanitarian_access'], label).label).toBe('Denial of humanitarian access + Siege');
    expect(typeGroup([], label).label).toBe('No type recorded');
  });

  it('keeps an either-or attribution as one phrase, not one incident per actor', () => {
    const groups = partyGroups([{ incidentId: 'inc_h', actorIds: ['actr_saf', 'actr_ru'], eitherOr: true }], names);
    expect(groups.get('inc_h')?.label).toBe('Russian Aerospace Forces or Syrian Air Force');
  });

  it('names each actor of a joint involvement, and each distinct phrase once', () => {
    const groups = partyGroups(
      [
        { incidentId: 'inc_c', actorIds: ['actr_saf', 'actr_ru'], eitherOr: true },
        { incidentId: 'inc_c', actorIds: ['actr_saf'] },
        { incidentId: 'inc_s', actorIds: ['actr_gov'] },
        { incidentId: 'inc_s', actorIds: ['actr_gov'] },
      ],
      names,
    );
    expect(groups.get('inc_c')?.label).toBe('Russian Aerospace Forces or Syrian Air Force; Syrian Air Force');
    expect(groups.get('inc_s')?.label).toBe('Government forces');
  });

  it('falls back to the id for an actor it has no name for', () => {
    expect(partyGroups([{ incidentId: 'inc_x', actorIds: ['actr_unknown'] }], names).get('inc_x')?.label).toBe('actr_unknown');
  });

  it('ranks series by incidents and pools the tail past the palette', () => {
    const groups = Array.from({ length: 10 }, (_, i) => typeGroup([`type_${i}`], label));
    const { series, seriesOf } = rankSeries([...groups, groups[3]!, groups[3]!]);
    expect(series[0]!.label).toBe('type 3');
    expect(series[0]!.incidents).toBe(3);
    expect(series).toHaveLength(7);
    expect(series[6]!.label).toBe('Other groups');
    expect(series.reduce((sum, s) => sum + s.incidents, 0)).toBe(12);
    expect(seriesOf(groups[9]!).label).toBe('Other groups');
    expect(new Set(series.map((s) => s.seriesKey)).size).toBe(7);
  });
});
