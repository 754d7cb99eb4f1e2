import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { AreaCount, Wave, WhereResult } from './analysis-types.js';
import { envelope, noFigure, victimTotal } from './test-results.js';
import { areasTable, classText, countClasses, shadedAreas, waveCircle, waveParametersText, waveParams, wavesTable } from './where-rows.js';

const area = (pcode: string, name: string, ids: string[], killed = noFigure()): AreaCount => ({ pcode, name, incidents: ids.length, incidentIds: ids, killed });
const wave: Wave = { first: '2016-09-01', last: '2016-09-12', incidents: 4, incidentIds: ['a', 'b', 'c', 'd'], centre: { lat: 36.2, lon: 37.15 }, radiusKm: 10, places: ['Aleppo', 'Bab'] };

const result: WhereResult = {
  ...envelope('where'),
  parameters: { level: 'admin1', waveKm: 15, waveDays: 7, waveMinIncidents: 4 },
  areas: [area('SY02', 'Aleppo', ['a', 'b', 'c']), area('SY03', 'Rural Damascus', ['e'], victimTotal('at least 12', ['e'], 12, null))],
  notAtLevel: { count: 0, incidentIds: [] },
  waves: [wave],
  noWave: { count: 1, incidentIds: ['e'] },
  notLocated: { count: 0, incidentIds: [] },
};

describe('where, shaped for its map and tables', () => {
  it('lists the areas with their counts and killed, each figure opening to its incidents', () => {
    const table = areasTable(result);
    expect(table.headers).toEqual(['Area', 'Code', 'Incidents', 'Killed']);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Aleppo', 'SY02', '3', 'no figure'],
      ['Rural Damascus', 'SY03', '1', 'at least 12'],
    ]);
    expect(table.rows[0]![2]!.incidentIds).toEqual(['a', 'b', 'c']);
    expect(table.rows[1]![3]!.incidentIds).toEqual(['e']);
  });

  it('lists the waves from first to last day with their radius and places', () => {
    const table = wavesTable(result);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([['2016-09-01', '2016-09-12', '4', '10', 'Aleppo; Bab']]);
    expect(table.rows[0]![2]!.incidentIds).toEqual(['a', 'b', 'c', 'd']);
    expect(wavesTable({ ...result, waves: [] }).empty).toBe('No wave with these parameters.');
  });

  it('states the waves’ parameters in words', () => {
    expect(waveParametersText(result.parameters)).toMatch(/^Waves: groups of at least 4 incidents \(DBSCAN\), two incidents being neighbours when their points are at most 15 km apart and their dates at most 7 days apart/);
    expect(waveParametersText({ waveKm: 2.5, waveDays: 0, waveMinIncidents: 2 })).toContain('at most 2.5 km apart and their dates that overlap or touch');
  });

  it('checks the typed parameters as the API would, and says what is wrong', () => {
    expect(waveParams({ km: '15', days: '7', min: '4' })).toEqual({ params: { waveKm: 15, waveDays: 7, waveMin: 4 }, problems: [] });
    expect(waveParams({ km: '2.5', days: '0', min: '2' }).problems).toEqual([]);
    const wrong = waveParams({ km: '0', days: '1.5', min: '1' });
    expect(wrong.params).toEqual({});
    expect(wrong.problems).toHaveLength(3);
    expect(waveParams({ km: '', days: '7', min: '4' }).problems).toEqual(['the distance must be a number of kilometres above 0 and at most 1000']);
    expect(waveParams({ km: 'x', days: '366', min: '4' }).problems).toHaveLength(2);
  });

  it('makes a class per count when there are few, quantile classes when there are many', () => {
    expect(countClasses([3, 1, 3]).map(classText)).toEqual(['1', '2–3']);
    expect(countClasses([7]).map(classText)).toEqual(['7']);
    const many = countClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(many.map(classText)).toEqual(['1–2', '3–4', '5–6', '7–8', '9–10']);
    expect(new Set(many.map((c) => c.colour)).size).toBe(5);
    // Skewed counts: classes never overlap nor leave a count out.
    const skewed = countClasses([1, 1, 1, 1, 1, 1, 2, 40]);
    for (const n of [1, 2, 40]) expect(skewed.filter((c) => n >= c.low && n <= c.high)).toHaveLength(1);
    expect(countClasses([])).toEqual([]);
  });

  it('shades the areas the basemap has a shape for and names the others', () => {
    const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    const classes = countClasses(result.areas.map((a) => a.incidents));
    const { shapes, withoutShape } = shadedAreas(result.areas, (pcode) => (pcode === 'SY02' ? square : undefined), classes);
    expect(shapes.features.map((f) => f.properties)).toEqual([{ pcode: 'SY02', name: 'Aleppo', incidents: 3, colour: classes[1]!.colour }]);
    expect(withoutShape.map((a) => a.pcode)).toEqual(['SY03']);
  });

  it('draws a wave’s circle at its stated radius around its centre', () => {
    const ring = waveCircle(wave, 4).coordinates[0]!;
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    // North: 10 km is about 0.0899° of latitude.
    expect(ring[0]![1]! - wave.centre.lat).toBeCloseTo(10 / 111.195, 3);
    expect(ring[0]![0]).toBeCloseTo(wave.centre.lon, 6);
  });
});
