import { describe, expect, it } from 'vitest';
import type { PatternResult } from './analysis-types.js';
import { figuresTable, patternSections } from './pattern-figures.js';
import { envelope, noVictims, victimTotal } from './test-results.js';

const ids = (...list: string[]) => ({ count: list.length, incidentIds: list });
const none = { count: 0, codes: [] };

const result: PatternResult = {
  ...envelope('pattern'),
  incidents: ids('i1', 'i2'),
  places: { communities: none, areas: none, admin1: { count: 1, codes: [{ code: 'SY02', name: 'Aleppo', incidents: 2, incidentIds: ['i1', 'i2'] }] }, admin2: none, admin3: none, unplaced: ids() },
  span: { first: '2016-09-01', last: '2016-09-30', days: 30, certainlyCovers: null, dated: ids('i1', 'i2'), undated: ids(), reason: null },
  regularity: { perWeek: 0.4667, weeks: 5, weeksWithIncidents: { certain: 1, possible: 2 }, longestGap: { days: 20, from: '2016-09-05', to: '2016-09-24', before: ['i1'], after: ['i2'] }, reason: null },
  modusOperandi: { combinations: [{ type: 'air_strike', means: 'barrel_bomb', target: 'hospital', incidents: 2, incidentIds: ['i1', 'i2'] }], notDescribed: ids() },
  victims: { ...noVictims(), killed: victimTotal('at least 3', ['i1'], 3, null) },
  attributions: {
    actors: [{ actorId: 'a', name: 'Air force', attributed: { incidents: 1, incidentIds: ['i1'], byStandard: [{ standard: 'not_stated', incidents: 1, incidentIds: ['i1'] }] }, possiblyAttributed: { incidents: 0, incidentIds: [], byStandard: [] } }],
    unattributed: ids('i2'),
  },
  incidentList: [],
};

const label = (vocabulary: string, id: string) => `${vocabulary}:${id}`;

describe('a pattern of conduct as sections of figures', () => {
  const sections = patternSections(result, label);

  it('has the printed report’s sections, in its order', () => {
    expect(sections.map((s) => s.heading)).toEqual(['Scale and spread', 'Places', 'Time and regularity', 'Modus operandi repeated', 'Victims', 'Attributions by standard of proof', 'Selection']);
  });

  it('says each figure in words with the incidents it counts', () => {
    const [scale, places, time, conduct, victims, attributions, selection] = sections;
    expect(scale!.figures[0]).toEqual({ label: 'Incidents', value: '2 incidents', incidentIds: ['i1', 'i2'] });
    expect(scale!.figures[1]).toEqual({ label: 'Governorates (admin 1)', value: '1 distinct', incidentIds: ['i1', 'i2'] });
    expect(places!.figures).toEqual([{ label: 'Aleppo (admin 1 SY02)', value: '2 incidents', incidentIds: ['i1', 'i2'] }]);
    expect(time!.figures.map((f) => f.value)).toEqual(['2016-09-01 to 2016-09-30 (30 days)', '0 incidents', '0.47', '1 certainly, 2 possibly, of 5 weeks', 'at least 20 days with no incident (2016-09-05 to 2016-09-24)']);
    expect(conduct!.figures[0]!.label).toBe('incident_types:air_strike · means:barrel_bomb · target_objects:hospital');
    expect(victims!.figures[0]).toEqual({ label: 'Killed', value: 'at least 3', incidentIds: ['i1'] });
    expect(attributions!.figures.map((f) => f.label)).toEqual(['Air force: attributed', 'Air force: attributed, at no standard stated', 'Not attributed to any actor']);
    expect(selection!.figures).toEqual([{ label: 'Left out: no date', value: '1 incident', incidentIds: ['inc_x'] }]);
  });

  it('lists every figure in one table with the count of its incidents', () => {
    const table = figuresTable(sections);
    expect(table.headers).toEqual(['Section', 'Figure', 'Value', 'Incidents counted']);
    expect(table.rows[0]!.map((cell) => cell.text)).toEqual(['Scale and spread', 'Incidents', '2 incidents', '2']);
    expect(table.rows.length).toBe(sections.reduce((n, s) => n + s.figures.length, 0));
  });
});
