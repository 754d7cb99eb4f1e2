import { describe, expect, it } from 'vitest';
import { readMediaMetadata } from './media-metadata.js';

describe('an item’s own metadata, read', () => {
  it('reads capture time with its zone as an instant, GPS, device and software', () => {
    const reading = readMediaMetadata({
      'EXIF:Make': 'Samsung',
      'EXIF:Model': 'SM-G930F',
      'EXIF:Software': 'G930FXXU1DQB3',
      'EXIF:DateTimeOriginal': '2017:02:14 10:31:05',
      'EXIF:OffsetTimeOriginal': '+03:00',
      'Composite:GPSLatitude': 33.5512,
      'Composite:GPSLongitude': 36.4061,
    });
    expect(reading).toEqual({
      captured: { text: '2017:02:14 10:31:05', tag: 'EXIF:DateTimeOriginal', zone: '+03:00', instant: '2017-02-14T07:31:05.000Z' },
      gps: { lat: 33.5512, lon: 36.4061, altitude: null },
      device: { make: 'Samsung', model: 'SM-G930F' },
      software: 'G930FXXU1DQB3',
      editTraces: [],
      editTraceWordings: [],
    });
  });

  it('says a local time has no zone rather than guess one, and reads QuickTime times as UTC', () => {
    expect(readMediaMetadata({ 'EXIF:DateTimeOriginal': '2013:08:21 02:45:00' }).captured).toEqual({ text: '2013:08:21 02:45:00', tag: 'EXIF:DateTimeOriginal', zone: null, instant: null });
    expect(readMediaMetadata({ 'QuickTime:CreateDate': '2013:08:21 00:45:00' }).captured).toMatchObject({ zone: 'Z', instant: '2013-08-21T00:45:00.000Z' });
    // Cameras write zeros when they do not know.
    expect(readMediaMetadata({ 'EXIF:DateTimeOriginal': '0000:00:00 00:00:00' }).captured).toBeNull();
  });

  it('signs positions south and west, and drops an empty 0,0 fix', () => {
    expect(readMediaMetadata({ 'EXIF:GPSLatitude': 33.5, 'EXIF:GPSLatitudeRef': 'S', 'EXIF:GPSLongitude': 36.4, 'EXIF:GPSLongitudeRef': 'W' }).gps).toEqual({ lat: -33.5, lon: -36.4, altitude: null });
    expect(readMediaMetadata({ 'Composite:GPSLatitude': 0, 'Composite:GPSLongitude': 0 }).gps).toBeNull();
  });

  it('lists traces of editing: an editor named, a later save, an XMP history', () => {
    const reading = readMediaMetadata({
      'EXIF:DateTimeOriginal': '2017:02:14 10:31:05',
      'EXIF:ModifyDate': '2017:03:01 18:00:00',
      'EXIF:Software': 'Adobe Photoshop 21.0 (Windows)',
      'XMP:HistoryAction': 'saved',
    });
    expect(reading.editTraces).toEqual([
      'EXIF:Software names an editor: Adobe Photoshop 21.0 (Windows)',
      'saved again at 2017:03:01 18:00:00, after capture at 2017:02:14 10:31:05',
      'XMP editing history: saved',
    ]);
    expect(reading.editTraceWordings?.map(({ code, values }) => ({ code, values }))).toEqual([
      { code: 'editTrace.editorNamed', values: { tag: 'EXIF:Software', value: 'Adobe Photoshop 21.0 (Windows)' } },
      { code: 'editTrace.savedAgain', values: { modified: '2017:03:01 18:00:00', captured: '2017:02:14 10:31:05' } },
      { code: 'editTrace.history', values: { standard: 'XMP', history: 'saved' } },
    ]);
  });
});
