import { describe, expect, it } from 'vitest';
import { incidentsRetyped, typesOf } from './incident-types.js';
import { facetsOf } from './search-facets.js';

describe('search facets from grouped counts', () => {
  it('counts an incident once under each type it carries, and once by grade', () => {
    const facets = facetsOf(
      [
        { kind: 'incident', status: 'confirmed', incidentTypes: 'air_strike siege', n: 3 },
        { kind: 'incident', status: 'reported', incidentTypes: 'air_strike', n: 2 },
        { kind: 'incident', status: 'reported', incidentTypes: null, n: 1 },
      ],
      'incident',
    );
    expect(facets.byKind).toEqual({ incident: 6 });
    expect(facets.byGrade).toEqual({ confirmed: 3, reported: 3 });
    expect(facets.byType).toEqual({ air_strike: 5, siege: 3 });
  });

  it('adds up the same combination met in several cases, and keeps other kinds out of the incident facets', () => {
    const facets = facetsOf(
      [
        { kind: 'incident', status: null, incidentTypes: 'shelling', n: 4 },
        { kind: 'incident', status: null, incidentTypes: 'shelling', n: 1 },
        { kind: 'claim', status: 'alleged', incidentTypes: null, n: 7 },
        // PostgreSQL counts come back as text.
        { kind: 'source', status: null, incidentTypes: null, n: '2' as unknown as number },
      ],
      'incident',
    );
    expect(facets).toEqual({ byKind: { incident: 5, claim: 7, source: 2 }, byGrade: { none: 5 }, byType: { shelling: 5 } });
  });

  it('counts nothing when nothing matched', () => {
    expect(facetsOf([], 'incident')).toEqual({ byKind: {}, byGrade: {}, byType: {} });
  });
});

describe('gathered incident types', () => {
  it('names the incidents whose types new terms touch, once each', () => {
    const terms = [
      { vocab: 'incident_type', incident_id: 'inc_a', term: 'siege' },
      { vocab: 'means', incident_id: 'inc_b', term: 'artillery' },
      { vocab: 'incident_type', incident_id: 'inc_a', term: 'air_strike' },
      { vocab: 'incident_type', incident_id: null, term: 'siege' },
      { vocab: 'incident_type', incident_id: 'inc_c', term: 'siege' },
    ];
    expect(incidentsRetyped([], terms)).toEqual(['inc_a', 'inc_c']);
  });

  it('names none when an edit keeps the types, and both incidents when an act moves', () => {
    const act = (incident: string, term: string) => [{ vocab: 'incident_type', incident_id: incident, term }, { vocab: 'means', incident_id: incident, term: 'artillery' }];
    expect(incidentsRetyped(act('inc_a', 'siege'), act('inc_a', 'siege'))).toEqual([]);
    expect(incidentsRetyped(act('inc_a', 'siege'), act('inc_a', 'shelling'))).toEqual(['inc_a']);
    expect(incidentsRetyped(act('inc_a', 'siege'), act('inc_b', 'siege'))).toEqual(['inc_a', 'inc_b']);
  });

  it('reads a gathered column back into its types', () => {
    expect(typesOf('air_strike siege')).toEqual(['air_strike', 'siege']);
    expect(typesOf(null)).toEqual([]);
  });
});
