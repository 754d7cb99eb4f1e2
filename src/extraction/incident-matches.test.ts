import { beforeAll, describe, expect, it } from 'vitest';
import { Gazetteer } from '../places/gazetteer.js';
import { placesRelate } from './incident-matches.js';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await Gazetteer.load();
});

describe('a candidate place and an incident place', () => {
  const erbin = () => gazetteer.named('Erbin'); // C2321, a town of Rural Damascus
  it('relate when they are the same place, or one holds the other', () => {
    const [place] = erbin();
    expect(placesRelate(erbin(), { admin1: place!.admin1!.pcode, admin2: place!.admin2!.pcode, community: 'C2321', namedArea: null })).toBe(true);
    // The incident placed only at Erbin's district, or only at its governorate.
    expect(placesRelate(erbin(), { admin1: place!.admin1!.pcode, admin2: place!.admin2!.pcode, community: null, namedArea: null })).toBe(true);
    expect(placesRelate(erbin(), { admin1: place!.admin1!.pcode, admin2: null, community: null, namedArea: null })).toBe(true);
    // The candidate names a governorate holding the incident's town.
    expect(placesRelate(gazetteer.named('Rural Damascus').filter((p) => p.kind === 'admin1'), { admin1: place!.admin1!.pcode, admin2: place!.admin2!.pcode, community: 'C2321', namedArea: null })).toBe(true);
  });

  it('do not relate when they are different towns, or in different areas', () => {
    const [place] = erbin();
    expect(placesRelate(erbin(), { admin1: place!.admin1!.pcode, admin2: place!.admin2!.pcode, community: 'C2338', namedArea: null })).toBe(false);
    expect(placesRelate(erbin(), { admin1: 'SY02', admin2: null, community: null, namedArea: null })).toBe(false);
    expect(placesRelate(gazetteer.named('East Ghouta'), { admin1: 'SY03', admin2: null, community: null, namedArea: 'east-ghouta' })).toBe(true);
  });
});
