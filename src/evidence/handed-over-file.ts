/**
 * A file's path and modification time as a browser reports them (webkitRelativePath, File.lastModified), checked
 * before the file is read: a handed-over file is recorded with its provenance or not at all. Pure, no I/O.
 */
import { pathText } from '../common/path-text.js';
import { invalidFieldSaid } from '../common/wording-errors.js';
import { handoverWordings } from './handover-wordings.js';

export const MAX_PATH_LENGTH = 4096;

/**
 * The path under the dropped folder, as the intake keeps it: in the one form paths handed over are kept
 * (path-text.ts), so a backslash in a name reads the same as from `dossier add`.
 */
export function handedOverPath(value: string): string {
  if (value.length === 0) throw invalidFieldSaid('path', handoverWordings.say('pathEmpty'));
  if (value.length > MAX_PATH_LENGTH) throw invalidFieldSaid('path', handoverWordings.say('pathTooLong', { max: MAX_PATH_LENGTH }));
  // No file name holds NUL, and PostgreSQL cannot store it.
  if (value.includes('\u0000')) throw invalidFieldSaid('path', handoverWordings.say('pathNul'));
  return pathText(Buffer.from(value, 'utf8'));
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 instant with its offset (2016-07-15T09:30:00.000Z), as UTC with milliseconds. A day that is
 * not in its month (30 February) is refused, not rolled over as Date.parse does.
 */
export function handedOverTime(value: string): string {
  const parts = INSTANT.exec(value);
  if (!parts) throw invalidFieldSaid('modifiedAt', handoverWordings.say('notAnInstant', { example: '2016-07-15T09:30:00.000Z' }), value);
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const millis = Number((parts[7] ?? '0').padEnd(3, '0'));
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
  const asWritten = local.getUTCFullYear() === year && local.getUTCMonth() === month - 1 && local.getUTCDate() === day && local.getUTCHours() === hour && local.getUTCMinutes() === minute && local.getUTCSeconds() === second;
  if (!asWritten) throw invalidFieldSaid('modifiedAt', handoverWordings.say('noSuchInstant'), value);
  const offset = parts[8] === 'Z' ? 0 : offsetMinutes(parts[8]!);
  if (offset === undefined) throw invalidFieldSaid('modifiedAt', handoverWordings.say('offsetTooFar'), value);
  return new Date(local.getTime() - offset * 60_000).toISOString();
}

function offsetMinutes(text: string): number | undefined {
  const hours = Number(text.slice(1, 3));
  const minutes = Number(text.slice(4, 6));
  if (hours > 23 || minutes > 59) return undefined;
  return (text[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
