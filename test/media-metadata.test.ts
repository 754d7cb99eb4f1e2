import fs from 'node:fs/promises';
import path from 'node:path';
import { ExifTool } from 'exiftool-vendored';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './support/dossier.js';

// The smallest baseline JPEG (one grey pixel); the test writes its metadata with ExifTool itself.
const PIXEL = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64');

describe('the original metadata of photos', () => {
  let work: string;
  let data: string;
  const exiftool = new ExifTool({ maxProcs: 1 });

  beforeAll(async () => {
    work = await tempDir('dossier-metadata-');
    data = path.join(work, 'data');
    const photos = path.join(work, 'phone');
    await fs.mkdir(photos);
    // Taken in Arbin with a zone; a second with no zone and an editor's traces; a third with none at all.
    await fs.writeFile(path.join(photos, 'IMG_0001.jpg'), PIXEL);
    await exiftool.write(path.join(photos, 'IMG_0001.jpg'), { Make: 'Samsung', Model: 'SM-G930F', DateTimeOriginal: '2017:02:14 10:31:05', OffsetTimeOriginal: '+03:00', GPSLatitude: 33.5412, GPSLatitudeRef: 'N', GPSLongitude: 36.3663, GPSLongitudeRef: 'E' } as never, { writeArgs: ['-overwrite_original'] });
    await fs.writeFile(path.join(photos, 'IMG_0002.jpg'), PIXEL);
    await exiftool.write(path.join(photos, 'IMG_0002.jpg'), { Make: 'Apple', Model: 'iPhone 6', DateTimeOriginal: '2016:07:15 06:02:00', ModifyDate: '2016:08:01 12:00:00', Software: 'Adobe Photoshop CC 2015 (Windows)' } as never, { writeArgs: ['-overwrite_original'] });
    await fs.writeFile(path.join(photos, 'plain.jpg'), PIXEL);
    expect((await runCli(['--data', data, 'init'])).code).toBe(0);
    expect((await runCli(['--data', data, 'case', 'create', 'c', '--title', 'Photos'])).code).toBe(0);
    expect((await runCli(['--data', data, 'add', photos, '--case', 'c'])).code).toBe(0);
  });
  afterAll(async () => {
    await exiftool.end();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('reads capture time (zone or none), GPS, device and edit traces, and keeps them with the item', async () => {
    const run = await runCli(['--data', data, '--json', 'evidence', 'metadata', '--case', 'c']);
    expect(run.code, run.stderr).toBe(0);
    const byName = new Map((JSON.parse(run.stdout) as { name: string; reading: unknown; tool: string }[]).map((r) => [r.name, r]));
    expect(byName.get('IMG_0001.jpg')).toMatchObject({
      tool: expect.stringMatching(/^ExifTool \d+\.\d+/),
      reading: {
        captured: { text: '2017:02:14 10:31:05', zone: '+03:00', instant: '2017-02-14T07:31:05.000Z' },
        gps: { lat: 33.5412, lon: 36.3663 },
        device: { make: 'Samsung', model: 'SM-G930F' },
        editTraces: [],
      },
    });
    expect(byName.get('IMG_0002.jpg')).toMatchObject({
      reading: {
        captured: { text: '2016:07:15 06:02:00', zone: null, instant: null },
        gps: null,
        editTraces: ['EXIF:Software names an editor: Adobe Photoshop CC 2015 (Windows)', 'saved again at 2016:08:01 12:00:00, after capture at 2016:07:15 06:02:00'],
      },
    });
    expect(byName.get('plain.jpg')).toMatchObject({ reading: { captured: null, gps: null, device: null, editTraces: [] } });

    // Kept with the item: shown with it, in words too, the zone said to be unknown rather than guessed.
    const id = (byName.get('IMG_0002.jpg') as unknown as { id: string }).id;
    const shown = await runCli(['--data', data, 'evidence', 'show', id]);
    expect(shown.stdout).toContain('captured: 2016:07:15 06:02:00 (EXIF:DateTimeOriginal, no zone: local time where it was taken)');
    expect(shown.stdout).toContain('edited?   EXIF:Software names an editor');
    expect(shown.stdout).toContain('phone/IMG_0002.jpg');
  });

  it('finds the items taken near a place in a period, from the command line, and refuses a bad date naming it', async () => {
    expect((await runCli(['--data', data, 'evidence', 'metadata', '--case', 'c'])).code).toBe(0);
    const run = await runCli(['--data', data, '--json', 'evidence', 'list', '--case', 'c', '--near', 'Arbin', '--within-km', '5', '--taken-from', '2017-01-01', '--taken-to', '2017-03-31']);
    expect(run.code, run.stderr).toBe(0);
    const { items, filter } = JSON.parse(run.stdout) as { items: { originalName: string; found: { distanceKm: number } }[]; filter: { near: { place: string } } };
    expect(items.map((item) => item.originalName)).toEqual(['IMG_0001.jpg']);
    expect(items[0]!.found.distanceKm).toBeLessThan(1);
    expect(filter.near.place).toBe('Arbin (C2321)');
    const words = await runCli(['--data', data, 'evidence', 'list', '--case', 'c', '--near', 'Arbin', '--taken-from', '2017']);
    expect(words.stdout).toContain('1 item taken within 5 km of Arbin (C2321), from 2017-01-01 in case c');

    const bad = await runCli(['--data', data, 'evidence', 'list', '--case', 'c', '--taken-from', '2017-13-01']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/takenFrom.*no month 13/);
  });
});
