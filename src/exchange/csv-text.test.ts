import { describe, expect, it } from 'vitest';
import { isDossierError } from '../common/errors.js';
import { decodeHeader, decodeRow, TextRepairTally, withoutByteOrderMark } from './csv-text.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

async function read(chunks: Iterable<Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of withoutByteOrderMark(chunks)) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

function headerProblem(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (isDossierError(error, 'VALIDATION_FAILED') && error.details.field === 'header') return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the bytes of a CSV file', () => {
  it('drops a UTF-8 byte-order mark, even split across chunks, and nothing else', async () => {
    expect(await read([bytes(0xef, 0xbb, 0xbf), utf8('event_date\n')])).toBe('event_date\n');
    expect(await read([bytes(0xef), bytes(0xbb), bytes(0xbf, 0x61)])).toBe('a');
    expect(await read([utf8('a'), utf8('b'), utf8('cd')])).toBe('abcd');
    expect(await read([utf8('x')])).toBe('x');
    expect(await read([])).toBe('');
    expect(await read((async function* () { yield '\uFEFFدوما'; })())).toBe('دوما');
  });

  it('refuses a UTF-16 file as a fault of its header, little- or big-endian', async () => {
    for (const mark of [bytes(0xff, 0xfe, 0x61, 0x00), bytes(0xfe, 0xff, 0x00, 0x61)]) {
      await expect(read([mark])).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'header' } });
    }
    await expect(read([bytes(0xff, 0xfe, 0x61, 0x00)])).rejects.toThrow('header: the file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8');
  });

  it('takes column names only as exact UTF-8 text without control characters', () => {
    expect(decodeHeader([utf8('event_date'), utf8('المكان')])).toEqual(['event_date', 'المكان']);
    expect(headerProblem(() => decodeHeader([utf8('event_date'), bytes(0x64, 0xe9, 0x63)]))).toBe(
      'header: the name of column 2 is not UTF-8: the byte 0xE9 at offset 1 of the name is not part of a well-formed UTF-8 character; save the file as UTF-8',
    );
    expect(headerProblem(() => decodeHeader([utf8('notes\u0007')]))).toMatch(/^header: the name of column 1 contains a control character/);
  });

  it('refuses a field that is not UTF-8 by its column, leaving the others as read', () => {
    const row = decodeRow([utf8('Douma'), bytes(0x53, 0xff)], ['location', 'notes']);
    expect(row.values).toEqual(['Douma', '']);
    expect(row.problems).toHaveLength(1);
    expect(row.problems[0]!.field).toBe('notes');
    expect(row.problems[0]!.problem).toBe(
      'is not valid UTF-8: the byte 0xFF at offset 1 of the field is not part of a well-formed UTF-8 character; save the file as UTF-8, or import it lossily (--lossy, or lossy=true) to replace such bytes with U+FFFD',
    );
    expect(decodeRow([utf8('a'), utf8('b'), bytes(0xc3)], ['x', 'y']).problems[0]!.field).toBe('column 3');
  });

  it('replaces bad bytes when the import is lossy, and removes control characters but keeps tabs and line breaks', () => {
    const lossy = decodeRow([bytes(0x53, 0xff, 0x54, 0xfe), utf8('a\u0000b\u007f\tc\r\nd')], ['notes', 'source'], { lossy: true });
    expect(lossy.values).toEqual(['S\uFFFDT\uFFFD', 'ab\tc\r\nd']);
    expect(lossy.repairs).toEqual({ replaced: 2, controlRemoved: 2 });
    expect(lossy.problems).toEqual([]);
  });
});

describe('what was repaired, as the report says it', () => {
  it('counts repairs and names the rows they touched, forgetting rows not saved', () => {
    const tally = new TextRepairTally();
    tally.record(3, { replaced: 1, controlRemoved: 0 });
    tally.record(7, { replaced: 2, controlRemoved: 0 });
    tally.record(9, { replaced: 0, controlRemoved: 1 });
    tally.record(11, { replaced: 0, controlRemoved: 0 });
    expect(tally.notes().map((n) => n.text)).toEqual([
      '3 invalid UTF-8 sequences replaced with U+FFFD (lossy import), in rows 3 and 7',
      '1 control character (C0 other than tab and line breaks, or DEL) removed from field values, in row 9',
    ]);
    tally.forget(7);
    tally.forget(9);
    expect(tally.notes().map((n) => n.text)).toEqual(['1 invalid UTF-8 sequence replaced with U+FFFD (lossy import), in row 3']);
    expect(new TextRepairTally().notes()).toEqual([]);
  });

  it('names the first twenty rows and counts the rest', () => {
    const tally = new TextRepairTally();
    for (let row = 25; row >= 1; row--) tally.record(row, { replaced: 0, controlRemoved: 1 });
    const [note] = tally.notes();
    expect(note!.text).toBe(
      '25 control characters (C0 other than tab and line breaks, or DEL) removed from field values, in rows 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 and 5 more rows',
    );
  });
});
