import { beforeAll, describe, expect, it } from 'vitest';
import { isDossierError } from '../common/errors.js';
import { PLACE_ALIASES } from './aliases.js';
import { Gazetteer, type PlaceCandidate } from './gazetteer.js';

let gazetteer: Gazetteer;

beforeAll(async () => {
  gazetteer = await Gazetteer.load();
});

const codeOf = (candidate: PlaceCandidate | undefined) => candidate?.pcode ?? candidate?.namedArea;
const first = (name: string, opts?: Parameters<Gazetteer['search']>[1]) => codeOf(gazetteer.search(name, opts)[0]);

/** Community points from the shipped OCHA data, as [lat, lon]. */
function pointOf(pcode: string): [number, number] {
  const place = gazetteer.byPcode(pcode);
  if (place?.lat === undefined || place.lon === undefined) throw new Error(`no point for ${pcode}`);
  return [place.lat, place.lon];
}

describe('Gazetteer.load', () => {
  it('loads the shipped data once and shares it', async () => {
    expect(await Gazetteer.load()).toBe(gazetteer);
  });

  it('fails clearly for a directory without the data', async () => {
    await expect(Gazetteer.load('/nonexistent/geo')).rejects.toThrow(/ENOENT/);
  });
});

describe('search: spellings of one place', () => {
  it.each(['Erbin', 'Arbin', '‘Irbīn', 'Irbin', 'عربين', 'عَرْبِين', 'ARBIN'])('finds Arbin (C2321) first for %s', (name) => {
    expect(first(name)).toBe('C2321');
  });

  it.each(["Daraa", 'Dar‘ā', 'Deraa', "Dar'a", 'درعا'])("finds Dar'a city (C5993) first for %s", (name) => {
    const [city, ...rest] = gazetteer.search(name);
    expect(city).toMatchObject({ pcode: 'C5993', kind: 'community', precision: 'settlement', admin1: { pcode: 'SY12' } });
    // The governorate of the same name is offered too, after the city.
    expect(rest.map(codeOf)).toContain('SY12');
  });

  it('finds Duma of Rural Damascus first, and lists the other Dumas with their own P-codes', () => {
    for (const name of ['Douma', 'Duma', 'دوما', 'دُوما']) {
      const candidates = gazetteer.search(name);
      expect(candidates[0]).toMatchObject({ pcode: 'C2338', admin1: { pcode: 'SY03' }, admin2: { pcode: 'SY0302' } });
      const codes = candidates.map(codeOf);
      expect(codes).toEqual(expect.arrayContaining(['C2338', 'C3076', 'C6236']));
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('finds the East Ghouta towns by their OCHA names', () => {
    expect(first('Zamalka')).toBe('C2320');
    expect(first('زملكا')).toBe('C2320');
    expect(first('Saqba')).toBe('C2314');
    expect(first('Sakba')).toBe('C2314');
    expect(first('Kfar Batna')).toBe('C2319');
    expect(first('Ain Tarma')).toBe('C2315');
  });

  it('prefers the governorate capital over the governorate, and aliases over spelling variants', () => {
    expect(gazetteer.search('Aleppo').slice(0, 2).map(codeOf)).toEqual(['C1007', 'SY02']);
    expect(first('Halab')).toBe('C1007');
    expect(first('حلب')).toBe('C1007');
    expect(first('Idlib')).toBe('C3871');
    expect(first('Damascus')).toBe('C1001');
    expect(first('الشام')).toBe('C1001');
    expect(first('Raqqa')).toBe('C5710');
    expect(first('Dayr az Zawr')).toBe('C5086');
    expect(first('Jobar')).toBe('C10011011');
  });

  it('finds Urum al-Kubra, where the aid convoy was hit, under its OCHA name Big Orm', () => {
    for (const name of ['Urum al-Kubra', 'Orem al-Kubra', 'أورم الكبرى']) {
      expect(gazetteer.search(name)[0]).toMatchObject({ pcode: 'C1029', name: 'Big Orm', admin1: { pcode: 'SY02' } });
    }
  });

  it('finds named areas by name, alias and Arabic name', () => {
    for (const name of ['East Ghouta', 'Eastern Ghouta', 'الغوطة الشرقية']) {
      expect(gazetteer.search(name)[0]).toMatchObject({ kind: 'named_area', namedArea: 'east-ghouta', precision: 'named_region', admin1: { pcode: 'SY03' } });
    }
    expect(first('Eastern Aleppo')).toBe('aleppo-east');
  });

  it('says how each candidate matched, ranking kinds of match in order', () => {
    expect(gazetteer.search('Arbin')[0]).toMatchObject({ matchedBy: 'name', matchedName: 'Arbin' });
    expect(gazetteer.search('Erbin')[0]).toMatchObject({ matchedBy: 'alias', matchedName: 'Erbin' });
    expect(gazetteer.search('Arbeen ')[0]?.matchedBy).toBe('alias');
    expect(gazetteer.search('Zamalkah')[0]).toMatchObject({ pcode: 'C2320', matchedBy: 'spelling_variant' });
    expect(gazetteer.search('Zamal', { country: 'SY' }).find((c) => c.pcode === 'C2320')?.matchedBy).toBe('prefix');
    const scores = gazetteer.search('Douma').map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('gives every Syrian candidate codes, not just a name', () => {
    for (const candidate of gazetteer.search('Duma', { limit: 50 })) {
      expect(candidate.countryCode).toBe('SY');
      expect(candidate.pcode ?? candidate.namedArea).toBeTruthy();
      expect(candidate.admin1?.pcode).toMatch(/^SY\d{2}$/);
    }
  });

  it('returns nothing for nonsense or empty input, and respects the limit', () => {
    expect(gazetteer.search('xqzzvwptk')).toEqual([]);
    expect(gazetteer.search('   ')).toEqual([]);
    expect(gazetteer.search('Duma', { limit: 2 })).toHaveLength(2);
  });
});

describe('search: world cities', () => {
  it('falls through to GeoNames cities with their country code', () => {
    expect(gazetteer.search('Mosul')[0]).toMatchObject({ kind: 'world_city', name: 'Mosul', countryCode: 'IQ', geonamesAdmin1: 'Nineveh', matchedBy: 'name' });
    expect(gazetteer.search('Gaziantep')[0]).toMatchObject({ kind: 'world_city', countryCode: 'TR' });
    const beirut = gazetteer.search('Beirut')[0];
    expect(beirut).toMatchObject({ kind: 'world_city', countryCode: 'LB' });
    expect(beirut?.lat).toBeCloseTo(33.89, 1);
  });

  it('filters by country, and keeps Syria to the OCHA data when asked', () => {
    const tripolis = gazetteer.search('Tripoli', { country: 'lb' });
    expect(tripolis.length).toBeGreaterThan(0);
    expect(tripolis.every((c) => c.countryCode === 'LB')).toBe(true);
    expect(gazetteer.search('Mosul', { country: 'SY' }).some((c) => c.kind === 'world_city')).toBe(false);
    expect(() => gazetteer.search('Mosul', { country: 'Iraq' })).toThrow(/country/);
  });

  it('does not consult world cities when the Syrian data has the name, unless asked', () => {
    expect(gazetteer.search('Duma').some((c) => c.kind === 'world_city')).toBe(false);
    const withWorld = gazetteer.search('Aleppo', { includeWorld: true, limit: 20 });
    expect(withWorld[0]?.pcode).toBe('C1007');
    // A Syrian GeoNames city gets admin P-codes from the polygons.
    const geonamesAleppo = withWorld.find((c) => c.kind === 'world_city' && c.countryCode === 'SY');
    expect(geonamesAleppo?.admin1?.pcode).toBe('SY02');
  });
});

describe('byPcode', () => {
  it('resolves every kind of code', () => {
    expect(gazetteer.byPcode('C2321')).toMatchObject({ kind: 'community', name: 'Arbin', nameAr: 'عربين', admin3: { pcode: 'SY030106', name: 'Arbin' } });
    expect(gazetteer.byPcode('SY03')).toMatchObject({ kind: 'admin1', name: 'Rural Damascus', precision: 'admin1' });
    expect(gazetteer.byPcode('SY0302')).toMatchObject({ kind: 'admin2', name: 'Duma', admin1: { pcode: 'SY03' } });
    expect(gazetteer.byPcode('C10011011')).toMatchObject({ kind: 'neighbourhood', name: 'Jowbar', admin1: { pcode: 'SY01' } });
    expect(gazetteer.byPcode('east-ghouta')).toMatchObject({ kind: 'named_area', name: 'East Ghouta' });
    expect(gazetteer.byPcode(' c2321 ')?.pcode).toBe('C2321');
    expect(gazetteer.byPcode('C999999')).toBeUndefined();
  });

  it('knows the target of every alias', () => {
    for (const { alias, target } of PLACE_ALIASES) expect(gazetteer.byPcode(target), alias).toBeDefined();
  });

  it('hands out places that cannot be changed by accident', () => {
    const arbin = gazetteer.byPcode('C2321')!;
    expect(() => {
      (arbin as { name: string }).name = 'changed';
    }).toThrow(TypeError);
  });
});

describe('adminFor', () => {
  it('places a point in Aleppo city in Aleppo governorate, Jebel Saman district', () => {
    const found = gazetteer.adminFor(36.2021, 37.1343);
    expect(found.admin1).toEqual({ pcode: 'SY02', name: 'Aleppo', nameAr: 'حلب' });
    expect(found.admin2?.pcode).toBe('SY0200');
  });

  it('places Arbin in Rural Damascus and in East Ghouta', () => {
    const found = gazetteer.adminFor(...pointOf('C2321'));
    expect(found.admin1?.pcode).toBe('SY03');
    expect(found.namedAreas).toEqual(['east-ghouta']);
  });

  it('finds the Damascus neighbourhood of a point in the city', () => {
    expect(gazetteer.adminFor(...pointOf('C1001'))).toMatchObject({ admin1: { pcode: 'SY01' }, neighbourhood: { pcode: expect.stringMatching(/^C1001/) } });
  });

  it('gives no Syrian admin outside Syria', () => {
    expect(gazetteer.adminFor(33.8938, 35.5018)).toEqual({ namedAreas: [] }); // Beirut
    expect(gazetteer.adminFor(36.335, 43.119)).toEqual({ namedAreas: [] }); // Mosul
  });

  it('rejects coordinates out of range, naming the field', () => {
    expect(() => gazetteer.adminFor(91, 36)).toThrow('lat: must be between -90 and 90');
    expect(() => gazetteer.adminFor(-90.5, 36)).toThrow(/^lat:/);
    expect(() => gazetteer.adminFor(Number.NaN, 36)).toThrow(/^lat:/);
    expect(() => gazetteer.adminFor(33, 181)).toThrow('lon: must be between -180 and 180');
    try {
      gazetteer.adminFor(91, 36);
    } catch (error) {
      expect(isDossierError(error, 'VALIDATION_FAILED') && error.details.field).toBe('lat');
    }
  });
});

describe('named areas', () => {
  const eastGhoutaTowns = ['C2338', 'C2321', 'C2320', 'C2314', 'C2342', 'C2319', 'C2315', 'C2316', 'C2317', 'C2318', 'C2344', 'C2343'];

  it.each(eastGhoutaTowns)('East Ghouta contains %s', (pcode) => {
    expect(gazetteer.adminFor(...pointOf(pcode)).namedAreas).toContain('east-ghouta');
  });

  it('East Ghouta contains Jobar but not central Damascus, Jaramana or Adra', () => {
    const jobar = gazetteer.byPcode('C10011011')!;
    expect(gazetteer.adminFor(jobar.lat!, jobar.lon!).namedAreas).toContain('east-ghouta');
    for (const outside of ['C1001', 'C2304', 'C2331', 'C2341']) {
      expect(gazetteer.adminFor(...pointOf(outside)).namedAreas, outside).not.toContain('east-ghouta');
    }
  });

  it('splits Aleppo city into an eastern and a western part that do not overlap', () => {
    expect(gazetteer.adminFor(36.2, 37.185).namedAreas).toEqual(['aleppo-east']); // Sakhour / Tariq al-Bab
    expect(gazetteer.adminFor(36.205, 37.11).namedAreas).toEqual(['aleppo-west']); // University / Muhafaza
    expect(gazetteer.adminFor(...pointOf('C1007')).namedAreas).not.toContain('aleppo-east');
  });

  it('are valid RFC 7946 polygons: closed, counter-clockwise exterior rings', () => {
    for (const id of ['east-ghouta', 'aleppo-east', 'aleppo-west']) {
      const feature = gazetteer.namedArea(id)!;
      expect(feature.properties).toMatchObject({ id, admin1_pcode: expect.stringMatching(/^SY\d{2}$/), note: expect.stringMatching(/Dossier's own approximation/) });
      expect(Array.isArray(feature.properties.aliases)).toBe(true);
      const ring = feature.geometry.coordinates[0]!;
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      let twiceSignedArea = 0;
      for (let i = 0; i + 1 < ring.length; i++) twiceSignedArea += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
      expect(twiceSignedArea, id).toBeGreaterThan(0);
    }
  });

  it('hands out copies of named areas, and nothing for an unknown id', () => {
    const copy = gazetteer.namedArea('east-ghouta')!;
    copy.geometry.coordinates[0]![0]![0] = 0;
    expect(gazetteer.namedArea('east-ghouta')!.geometry.coordinates[0]![0]![0]).not.toBe(0);
    expect(gazetteer.namedArea('nowhere')).toBeUndefined();
  });
});
