import { describe, expect, it } from 'vitest';
import { typesOfNewIncidents } from './incident-types.js';

const term = (incident_id: string | null, term: string, vocab = 'incident_type') => ({ vocab, incident_id, term });

describe('gathered types of incidents created in a bulk write', () => {
  it('writes the one type of a new incident, met through its own term and its act’s', () => {
    const { gathered, toGather } = typesOfNewIncidents(new Set(['inc_1']), [term('inc_1', 'shelling'), term('inc_1', 'shelling'), term('inc_1', 'x', 'means')]);
    expect(gathered).toEqual(new Map([['inc_1', 'shelling']]));
    expect(toGather).toEqual([]);
  });

  it('leaves to the database an incident with several types, and one created before the write', () => {
    const { gathered, toGather } = typesOfNewIncidents(new Set(['inc_1']), [term('inc_1', 'siege'), term('inc_1', 'air_strike'), term('inc_0', 'shelling'), term(null, 'siege')]);
    expect(gathered.size).toBe(0);
    expect(toGather.sort()).toEqual(['inc_0', 'inc_1']);
  });
});
