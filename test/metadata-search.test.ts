import fs from 'node:fs/promises';
import path from 'node:path';
import { ExifTool } from 'exiftool-vendored';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/app/open.js';
import { createCase } from '../src/cases/cases.js';
import { readEvidenceMetadata, MetadataReader } from '../src/evidence/evidence-metadata.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { incidentSitesFromItem } from '../src/evidence/item-places.js';
import { findByMetadata, parseMetadataFilter } from '../src/evidence/metadata-search.js';
import { incidentKind } from '../src/incidents/incident-kind.js';
import { createRecord } from '../src/records/record-store.js';
import { claimKind } from '../src/sources/claim-kind.js';
import { distanceKm } from '../src/values/distance.js';
import { newDossier, tempDir } from './support/dossier.js';
import { enginesUnderTest } from './support/engines.js';

// The smallest baseline JPEG (one grey pixel); the test writes its metadata with ExifTool itself.
const PIXEL = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64');
// OCHA's points for the towns (the gazetteer's), to measure the expected distances independently of the search.
const ARBIN = { lat: 33.5388244, lon: 36.3653323 };

const PHOTOS: Record<string, Record<string, unknown>> = {
  // In Arbin, with a zone, in February 2017.
  'arbin.jpg': { Make: 'Samsung', Model: 'SM-G930F', DateTimeOriginal: '2017:02:14 10:31:05', OffsetTimeOriginal: '+03:00', GPSLatitude: 33.5412, GPSLatitudeRef: 'N', GPSLongitude: 36.3663, GPSLongitudeRef: 'E' },
  // In Saqba (about 2.7 km from Arbin), no zone: the device's clock only, the last minute of March.
  'saqba.jpg': { Make: 'Apple', Model: 'iPhone 7', DateTimeOriginal: '2017:03:31 23:59:00', GPSLatitude: 33.5180, GPSLatitudeRef: 'N', GPSLongitude: 36.3802, GPSLongitudeRef: 'E' },
  // Near Arbin but in April: outside the period.
  'april.jpg': { Make: 'Samsung', Model: 'SM-G930F', DateTimeOriginal: '2017:04:01 00:00:10', GPSLatitude: 33.5395, GPSLatitudeRef: 'N', GPSLongitude: 36.3650, GPSLongitudeRef: 'E' },
  // In the period but in Aleppo.
  'aleppo.jpg': { Make: 'Samsung', Model: 'SM-G930F', DateTimeOriginal: '2017:01:20 08:00:00', GPSLatitude: 36.2021, GPSLatitudeRef: 'N', GPSLongitude: 37.1343, GPSLongitudeRef: 'E' },
  // Edited, no GPS.
  'edited.jpg': { Make: 'Apple', Model: 'iPhone 6', DateTimeOriginal: '2017:01:05 06:02:00', Software: 'Adobe Photoshop CC 2015 (Windows)' },
};

const engines = await enginesUnderTest();

describe.each(engines)('finding items by their own metadata on $name', (engine) => {
  let dossier: Dossier;
  let work: string;
  const ids: Record<string, string> = {};
  const exiftool = new ExifTool({ maxProcs: 1 });
  const reader = new MetadataReader();
  const find = async (input: Parameters<typeof parseMetadataFilter>[0]) => {
    const found = await findByMetadata(dossier.database, 'c1', parseMetadataFilter(input, await dossier.places()));
    const names = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
    return found.map((match) => ({ ...match, name: names[match.evidenceId] }));
  };

  beforeAll(async () => {
    work = await tempDir('dossier-metadata-search-');
    dossier = await newDossier(await engine.createDatabase());
    await createCase(dossier, 'test:owner', { id: 'c1', title: 'Photos' });
    await createCase(dossier, 'test:owner', { id: 'c2', title: 'Another case' });
    for (const [name, tags] of Object.entries(PHOTOS)) {
      const file = path.join(work, name);
      await fs.writeFile(file, PIXEL);
      await exiftool.write(file, tags as never, { writeArgs: ['-overwrite_original'] });
      const { item } = await ingestEvidence(dossier, 'test:analyst', { caseId: 'c1', originalName: name, content: [await fs.readFile(file)] });
      await readEvidenceMetadata(dossier, reader, item);
      ids[name] = item.id;
    }
  });
  afterAll(async () => {
    await Promise.all([exiftool.end(), reader.close()]);
    await dossier?.database.close();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('finds what was taken within 5 km of Arbin between 2017-01-01 and 2017-03-31, nearest first', async () => {
    const found = await find({ near: 'Arbin', withinKm: 5, takenFrom: '2017-01-01', takenTo: '2017-03-31' });
    expect(found.map((match) => match.name)).toEqual(['arbin.jpg', 'saqba.jpg']);
    expect(found[0]!.distanceKm).toBeCloseTo(distanceKm(ARBIN, { lat: 33.5412, lon: 36.3663 }), 2);
    expect(found[1]!.distanceKm).toBeCloseTo(distanceKm(ARBIN, { lat: 33.518, lon: 36.3802 }), 2);
    // The device's clock as written, with its zone or none: never shifted by a guessed zone.
    expect(found[0]!.captured).toEqual({ local: '2017-02-14T10:31:05', zone: '+03:00' });
    expect(found[1]!.captured).toEqual({ local: '2017-03-31T23:59:00', zone: null });

    // A smaller radius leaves Saqba out; the same search by P-code or position finds the same.
    expect((await find({ near: 'Arbin', withinKm: 1 })).map((match) => match.name)).toEqual(['april.jpg', 'arbin.jpg']);
    expect((await find({ near: 'C2321', withinKm: 1 })).map((match) => match.name)).toEqual(['april.jpg', 'arbin.jpg']);
    expect((await find({ near: '33.5388,36.3653', withinKm: 1 })).map((match) => match.name)).toEqual(['april.jpg', 'arbin.jpg']);
    expect((await find({ near: 'Aleppo' })).map((match) => match.name)).toEqual(['aleppo.jpg']);
  });

  it('finds by period alone, by device and by traces of editing', async () => {
    expect((await find({ takenFrom: '2017-01', takenTo: '2017-01' })).map((match) => match.name)).toEqual(['edited.jpg', 'aleppo.jpg']);
    expect((await find({ takenFrom: '2017-04-01' })).map((match) => match.name)).toEqual(['april.jpg']);
    expect((await find({ device: 'samsung g930' })).map((match) => match.name).sort()).toEqual(['aleppo.jpg', 'april.jpg', 'arbin.jpg']);
    expect((await find({ edited: true })).map((match) => match.name)).toEqual(['edited.jpg']);
    expect((await find({ edited: false })).map((match) => match.name)).not.toContain('edited.jpg');
    expect((await find({ hasGps: true })).map((match) => match.name).sort()).toEqual(['aleppo.jpg', 'april.jpg', 'arbin.jpg', 'saqba.jpg']);
  });

  it('keeps another case’s items out', async () => {
    const found = await findByMetadata(dossier.database, 'c2', parseMetadataFilter({ near: 'Arbin', withinKm: 50 }, await dossier.places()));
    expect(found).toEqual([]);
  });

  it('refuses a filter it cannot read, naming the field', async () => {
    const places = await dossier.places();
    expect(() => parseMetadataFilter({ takenFrom: '2017-13' }, places)).toThrow(/takenFrom.*no month 13/);
    expect(() => parseMetadataFilter({ takenTo: '2017-02-30' }, places)).toThrow(/takenTo.*no day 30/);
    expect(() => parseMetadataFilter({ takenFrom: '2017-03-01', takenTo: '2017-02-01' }, places)).toThrow(/takenTo.*before takenFrom/);
    expect(() => parseMetadataFilter({ near: 'Nowhere-on-any-map' }, places)).toThrow(/near.*no place named/);
    expect(() => parseMetadataFilter({ near: '91,36' }, places)).toThrow(/near.*latitude/);
    expect(() => parseMetadataFilter({ withinKm: 5 }, places)).toThrow(/withinKm.*needs a place/);
    expect(() => parseMetadataFilter({ near: 'Arbin', withinKm: -1 }, places)).toThrow(/withinKm/);
  });

  it('measures the item’s GPS against the sites of the incidents citing it', async () => {
    const gazetteer = await dossier.places();
    const deps = { database: dossier.database, ledger: dossier.ledger, gazetteer };
    const atArbin = await createRecord(deps, incidentKind, 'test:analyst', 'c1', { title: 'Strike on Arbin', types: ['air_strike'], date: { edtf: '2017-02-14' }, place: { precision: 'settlement', pcodes: { community: 'C2321' } } });
    const inAleppo = await createRecord(deps, incidentKind, 'test:analyst', 'c1', { title: 'Strike on Aleppo', types: ['air_strike'], date: { edtf: '2017-02-14' }, place: { precision: 'settlement', pcodes: { community: 'C1007' } } });
    const uncited = await createRecord(deps, incidentKind, 'test:analyst', 'c1', { title: 'Not citing it', types: ['air_strike'], place: { precision: 'settlement', pcodes: { community: 'C2314' } } });
    for (const incident of [atArbin, inAleppo]) {
      await createRecord(deps, claimKind, 'test:analyst', 'c1', { subject: { kind: 'incident', id: incident.id, field: 'occurred' }, stance: 'asserts', evidenceIds: [ids['arbin.jpg']!] });
    }
    const gps = { lat: 33.5412, lon: 36.3663 };
    const sites = await incidentSitesFromItem(dossier.database, ids['arbin.jpg']!, gps, ['c1']);
    expect(sites.map((site) => site.incidentId)).toEqual([atArbin.id, inAleppo.id]);
    expect(sites.map((site) => site.incidentId)).not.toContain(uncited.id);
    expect(sites[0]!.distanceKm).toBeCloseTo(distanceKm(gps, ARBIN), 2);
    expect(sites[0]!.distanceKm).toBeLessThan(1);
    expect(sites[1]!.distanceKm).toBeGreaterThan(250);
    // Cases the reader may not see give nothing.
    expect(await incidentSitesFromItem(dossier.database, ids['arbin.jpg']!, gps, ['c2'])).toEqual([]);
  });
});
