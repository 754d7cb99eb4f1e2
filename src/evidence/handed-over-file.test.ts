import { describe, expect, it } from 'vitest';
import { handedOverPath, handedOverTime, MAX_PATH_LENGTH } from './handed-over-file.js';
import { refusalOf } from '../common/refusal.test-support.js';

function refusal(work: () => unknown): { field: unknown; message: string; wording: unknown } {
  const { field, message, details } = refusalOf(work, 'VALIDATION_FAILED');
  return { field, message, wording: details.wording };
}

describe('a handed-over file’s path', () => {
  it('keeps a path with nested folders and Arabic names as it was', () => {
    expect(handedOverPath('usb/DCIM/100MEDIA/صورة.jpg')).toBe('usb/DCIM/100MEDIA/صورة.jpg');
  });
  it('doubles a backslash, as paths taken by dossier add are kept', () => {
    expect(handedOverPath('usb/a\\b.txt')).toBe('usb/a\\\\b.txt');
  });
  it('refuses an empty path, a NUL and a path too long, naming the field', () => {
    expect(refusal(() => handedOverPath(''))).toMatchObject({ field: 'path', message: expect.stringContaining('empty'), wording: { code: 'handover.pathEmpty', values: {} } });
    expect(refusal(() => handedOverPath('usb/a\u0000b'))).toMatchObject({ field: 'path', message: 'path: contains a NUL character', wording: { code: 'handover.pathNul' } });
    expect(refusal(() => handedOverPath('a'.repeat(MAX_PATH_LENGTH + 1)))).toMatchObject({
      field: 'path',
      message: 'path: must be at most 4096 characters',
      wording: { code: 'handover.pathTooLong', values: { max: 4096 } },
    });
    expect(handedOverPath('a'.repeat(MAX_PATH_LENGTH))).toHaveLength(MAX_PATH_LENGTH);
  });
});

describe('a handed-over file’s modification time', () => {
  it('reads an instant in UTC or with an offset, as UTC with milliseconds', () => {
    expect(handedOverTime('2016-07-15T09:30:00.000Z')).toBe('2016-07-15T09:30:00.000Z');
    expect(handedOverTime('2016-07-15T09:30:00Z')).toBe('2016-07-15T09:30:00.000Z');
    expect(handedOverTime('2016-07-15T12:30:00.5+03:00')).toBe('2016-07-15T09:30:00.500Z');
    expect(handedOverTime('2016-07-14T23:30:00-10:00')).toBe('2016-07-15T09:30:00.000Z');
  });
  it('refuses a day that does not exist rather than rolling it over', () => {
    expect(refusal(() => handedOverTime('2016-02-30T00:00:00Z'))).toMatchObject({ field: 'modifiedAt', message: 'modifiedAt: is not a day and time that exists', wording: { code: 'handover.noSuchInstant' } });
    expect(refusal(() => handedOverTime('2016-07-15T24:00:00Z'))).toMatchObject({ field: 'modifiedAt' });
  });
  it('refuses a time without an offset, a date alone, and words', () => {
    for (const text of ['2016-07-15T09:30:00', '2016-07-15', 'yesterday', '1468575000000', '2016-07-15T09:30:00+25:00']) {
      expect(refusal(() => handedOverTime(text)), text).toMatchObject({ field: 'modifiedAt' });
    }
    expect(refusal(() => handedOverTime('yesterday'))).toMatchObject({
      message: 'modifiedAt: must be an ISO 8601 instant with its offset, such as 2016-07-15T09:30:00.000Z',
      wording: { code: 'handover.notAnInstant', values: { example: '2016-07-15T09:30:00.000Z' } },
    });
    expect(refusal(() => handedOverTime('2016-07-15T09:30:00+24:00'))).toMatchObject({ message: 'modifiedAt: has an offset beyond ±23:59', wording: { code: 'handover.offsetTooFar' } });
  });
});
