/**
 * What an item's own metadata says, read from ExifTool's raw tags (group-prefixed, numbers as numbers): the capture
 * time as written and, only when the item gives its zone, as an instant (a camera's local time without a zone is
 * said to have none, never guessed from the GPS position); the GPS position; the device; the software; and traces of
 * editing. Pure: the tags in, the reading out.
 */
import { wordingTexts, type Wording } from '../common/wording.js';
import { editTraceWordings } from './edit-trace-wordings.js';

export interface MediaMetadata {
  captured: { text: string; tag: string; zone: string | null; instant: string | null } | null;
  gps: { lat: number; lon: number; altitude: number | null } | null;
  device: { make: string | null; model: string | null } | null;
  software: string | null;
  /** Signs the file was edited or re-saved after capture, each in words. */
  editTraces: string[];
  /** The same, by code and values (edit-trace-wordings.ts); absent from readings kept before it was. */
  editTraceWordings?: Wording[];
}

type RawTags = Record<string, unknown>;

/** Capture times, most specific first. QuickTime's CreateDate is UTC by the format's definition. */
const CAPTURE_TAGS: [tag: string, zoneTag: string | null][] = [
  ['EXIF:DateTimeOriginal', 'EXIF:OffsetTimeOriginal'],
  ['EXIF:CreateDate', 'EXIF:OffsetTimeDigitized'],
  ['XMP:DateCreated', null],
  ['QuickTime:CreateDate', null],
  ['QuickTime:CreationDate', null],
];

const EDITORS = /photoshop|lightroom|gimp|snapseed|picsart|affinity|pixelmator|facetune|canva|after effects|premiere|final cut|davinci|capcut|inshot|imovie/i;

export function readMediaMetadata(tags: RawTags): MediaMetadata {
  const text = (tag: string) => (typeof tags[tag] === 'string' || typeof tags[tag] === 'number' ? String(tags[tag]).trim() || null : null);
  const number = (tag: string) => (typeof tags[tag] === 'number' && Number.isFinite(tags[tag]) ? (tags[tag] as number) : null);

  let captured: MediaMetadata['captured'] = null;
  for (const [tag, zoneTag] of CAPTURE_TAGS) {
    const written = text(tag);
    if (!written || /^0000:00:00/.test(written)) continue;
    const inText = /([+-]\d{2}:\d{2}|Z)$/.exec(written)?.[1] ?? null;
    const zone = tag === 'QuickTime:CreateDate' ? 'Z' : (inText ?? (zoneTag ? text(zoneTag) : null));
    captured = { text: written, tag, zone, instant: instantOf(written, zone) };
    break;
  }

  const lat = number('Composite:GPSLatitude') ?? signed(number('EXIF:GPSLatitude'), text('EXIF:GPSLatitudeRef'), 'S');
  const lon = number('Composite:GPSLongitude') ?? signed(number('EXIF:GPSLongitude'), text('EXIF:GPSLongitudeRef'), 'W');
  const gps = lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0) ? { lat, lon, altitude: number('Composite:GPSAltitude') ?? number('EXIF:GPSAltitude') } : null;

  const make = text('EXIF:Make') ?? text('QuickTime:Make');
  const model = text('EXIF:Model') ?? text('QuickTime:Model') ?? text('QuickTime:AndroidModel');
  const software = text('EXIF:Software') ?? text('XMP:CreatorTool') ?? text('QuickTime:Software');

  const traces: Wording[] = [];
  for (const tag of ['EXIF:Software', 'XMP:CreatorTool', 'QuickTime:Software', 'XMP:HistorySoftwareAgent']) {
    const value = text(tag);
    if (value && EDITORS.test(value)) traces.push(editTraceWordings.say('editorNamed', { tag, value }));
  }
  const modified = text('EXIF:ModifyDate');
  if (captured && modified && captured.tag.startsWith('EXIF:') && modified !== captured.text.slice(0, modified.length)) traces.push(editTraceWordings.say('savedAgain', { modified, captured: captured.text }));
  const history = text('XMP:HistoryAction');
  if (history) traces.push(editTraceWordings.say('history', { standard: 'XMP', history }));
  if (Object.keys(tags).some((tag) => tag.startsWith('Photoshop:'))) traces.push(editTraceWordings.say('dataBlocks', { program: 'Photoshop' }));

  return { captured, gps, device: make || model ? { make, model } : null, software, editTraces: wordingTexts(traces), editTraceWordings: traces };
}

function signed(value: number | null, ref: string | null, negative: string): number | null {
  if (value === null) return null;
  return ref?.toUpperCase().startsWith(negative) ? -Math.abs(value) : value;
}

/** "2017:02:14 10:31:05" with a zone as an ISO instant; null without a zone (local time, zone unknown). */
function instantOf(written: string, zone: string | null): string | null {
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d+)?/.exec(written);
  if (!match || !zone || !/^([+-]\d{2}:\d{2}|Z)$/.test(zone)) return null;
  const [, y, mo, d, h, mi, s, fraction] = match;
  const time = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction ?? ''}${zone}`);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The capture time as the device's clock wrote it, ISO-shaped without a zone ("2017-02-14T10:31:05"), or null. */
export function localCaptureTime(reading: Pick<MediaMetadata, 'captured'>): string | null {
  const match = reading.captured && /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(reading.captured.text);
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}` : null;
}

/** Tags that describe the copy ExifTool read (its path, our file times), not the item: left out of what is kept. */
export function itemTags(tags: RawTags): RawTags {
  return Object.fromEntries(Object.entries(tags).filter(([tag]) => tag !== 'SourceFile' && !tag.startsWith('File:') && !tag.startsWith('ExifTool:')));
}
