import { describe, expect, it } from 'vitest';
import { analysisJson } from './analysis-json.js';
import { addDays, incident, snapshotOf } from './test-snapshot.js';
import { where } from './where.js';
import type { SnapshotPlace } from './snapshot.js';

const at = (lat: number, lon: number, admin1: string, admin2: string | null = null): SnapshotPlace => ({ admin1, admin2, admin3: null, community: null, area: null, lat, lon });
// Duma and Aleppo city, about 300 km apart; 0.01 degree of latitude is about 1.1 km.
const duma = (i: number) => at(33.57 + i * 0.01, 36.4, 'SY03', 'SY0301');
const aleppo = (i: number) => at(36.2 + i * 0.01, 37.16, 'SY02', 'SY0200');

function planted() {
  const incidents = [
    // A wave in Duma: five strikes within 5 km over four days.
    ...[0, 1, 2, 3, 4].map((i) => incident(`duma-${i}`, { first: addDays('2016-03-01', i) }, { place: duma(i) })),
    // A month later, a wave in Aleppo: five strikes, two of them dated only to a three-day interval.
    ...[0, 1, 2].map((i) => incident(`aleppo-${i}`, { first: addDays('2016-04-10', i * 2) }, { place: aleppo(i) })),
    ...[3, 4].map((i) => incident(`aleppo-${i}`, { first: '2016-04-09', last: '2016-04-11' }, { place: aleppo(i) })),
    // Scattered: the same town but months apart, and far from anything.
    incident('duma-late', { first: '2016-09-01' }, { place: duma(0) }),
    incident('far', { first: '2016-03-02' }, { place: at(35.0, 40.0, 'SY09') }),
    // Placed only at a governorate with no point, and undated: in the areas, never in a wave.
    incident('no-point', { first: '2016-03-02' }, { place: { ...at(0, 0, 'SY03'), lat: null, lon: null } }),
  ];
  return snapshotOf({ incidents, placeNames: { SY02: 'Aleppo', SY03: 'Rural Damascus', SY09: 'Deir-ez-Zor' } });
}

describe('where: areas and waves', () => {
  it('counts incidents per governorate, listing those placed above the level asked', () => {
    const result = where(planted(), { level: 'admin1' });
    expect(result.areas.map((a) => [a.pcode, a.name, a.incidents])).toEqual([
      ['SY03', 'Rural Damascus', 7],
      ['SY02', 'Aleppo', 5],
      ['SY09', 'Deir-ez-Zor', 1],
    ]);
    const districts = where(planted(), { level: 'admin2' });
    expect(districts.notAtLevel.incidentIds.sort()).toEqual(['far', 'no-point']);
  });

  it('finds the two planted waves, leaves the stray incidents out of them, and states its parameters', () => {
    const result = where(planted(), { level: 'admin1', waveKm: 10, waveDays: 3, waveMinIncidents: 4 });
    expect(result.waves.map((w) => w.incidentIds)).toEqual([
      ['duma-0', 'duma-1', 'duma-2', 'duma-3', 'duma-4'],
      ['aleppo-0', 'aleppo-1', 'aleppo-2', 'aleppo-3', 'aleppo-4'],
    ]);
    expect(result.waves[0]).toMatchObject({ first: '2016-03-01', last: '2016-03-05', incidents: 5 });
    expect(result.waves[0]!.radiusKm).toBeLessThan(5);
    expect(result.noWave.incidentIds).toEqual(['duma-late', 'far']);
    expect(result.notLocated.incidentIds).toEqual(['no-point']);
    expect(result.parameters).toMatchObject({ waveKm: 10, waveDays: 3, waveMinIncidents: 4 });
  });

  it('leaves out of a wave what the shorter time allowed no longer reaches, and finds none when too few are close', () => {
    // Gaps are counted in whole days between date intervals: strikes on consecutive days are 1 day apart.
    const tight = where(planted(), { level: 'admin1', waveKm: 10, waveDays: 1, waveMinIncidents: 3 });
    expect(tight.waves.map((w) => w.incidentIds)).toEqual([
      ['duma-0', 'duma-1', 'duma-2', 'duma-3', 'duma-4'],
      ['aleppo-0', 'aleppo-1', 'aleppo-3', 'aleppo-4'],
    ]);
    expect(tight.noWave.incidentIds).toContain('aleppo-2');
    expect(where(planted(), { level: 'admin1', waveKm: 0.5, waveDays: 3, waveMinIncidents: 4 }).waves).toEqual([]);
  });

  it('gives the same bytes for the same snapshot, and refuses parameters that mean nothing', () => {
    expect(analysisJson(where(planted(), { level: 'admin1' }))).toBe(analysisJson(where(planted(), { level: 'admin1' })));
    expect(() => where(planted(), { level: 'street' as never })).toThrow(/level/);
    expect(() => where(planted(), { level: 'admin1', waveKm: 0 })).toThrow(/waveKm/);
    expect(() => where(planted(), { level: 'admin1', waveMinIncidents: 1 })).toThrow(/waveMinIncidents/);
    expect(() => where(snapshotOf({}), { level: 'admin1' })).toThrow(/selection/);
  });

  it('finds the same waves through its grid as by comparing every pair, on scattered incidents and many at the same spot', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const towns = [at(33.5, 36.3, 'SY01'), at(33.52, 36.33, 'SY01'), at(35.1, 38.0, 'SY01')];
    const incidents = [
      ...Array.from({ length: 400 }, (_, i) =>
        incident(`i${String(i).padStart(3, '0')}`, { first: addDays('2016-01-01', Math.floor(random() * 120)) }, { place: at(33 + random() * 4, 36 + random() * 4, 'SY01') }),
      ),
      // Many at a town's middle on the same few days: the same point and dates, taken together as one spot.
      ...Array.from({ length: 150 }, (_, i) => {
        const day = addDays('2016-01-01', Math.floor(random() * 40) * 3);
        return incident(`t${String(i).padStart(3, '0')}`, random() < 0.2 ? { first: day, last: addDays(day, 2) } : { first: day }, { place: towns[Math.floor(random() * towns.length)]! });
      }),
      // A town far from the rest, struck on days weeks apart, one to four times a day: only the incidents of one
      // day are near one another, so whether they make a wave depends on how many there were.
      ...Array.from({ length: 12 }, (_, d) =>
        Array.from({ length: 1 + (d % 4) }, (_, k) => incident(`far-${d}-${k}`, { first: addDays('2016-01-01', d * 20) }, { place: at(32.0, 35.0, 'SY01') })),
      ).flat(),
    ];
    const snapshot = snapshotOf({ incidents });
    const result = where(snapshot, { level: 'admin1', waveKm: 40, waveDays: 5, waveMinIncidents: 3 });
    // All pairs: two incidents are linked when both distance and gap allow; a wave is a connected group through core incidents.
    const km = (a: (typeof incidents)[number], b: (typeof incidents)[number]) => {
      const rad = Math.PI / 180;
      const h = Math.sin(((b.place!.lat! - a.place!.lat!) * rad) / 2) ** 2 + Math.cos(a.place!.lat! * rad) * Math.cos(b.place!.lat! * rad) * Math.sin(((b.place!.lon! - a.place!.lon!) * rad) / 2) ** 2;
      return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    };
    const gap = (a: (typeof incidents)[number], b: (typeof incidents)[number]) => Math.max(0, b.days!.first - a.days!.last, a.days!.first - b.days!.last);
    const near = incidents.map((a) => incidents.filter((b) => gap(a, b) <= 5 && km(a, b) <= 40).map((b) => b.id));
    const core = new Set(incidents.filter((_, i) => near[i]!.length >= 3).map((a) => a.id));
    const inWave = new Set(result.waves.flatMap((w) => w.incidentIds));
    for (const [i, a] of incidents.entries()) {
      const shouldBe = core.has(a.id) || near[i]!.some((id) => core.has(id));
      expect(inWave.has(a.id), a.id).toBe(shouldBe);
    }
    expect(result.waves.length).toBeGreaterThan(3);
  });
});
