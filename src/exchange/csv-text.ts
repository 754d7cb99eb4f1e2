import { DossierError } from '../common/errors.js';
import { controlCharacterProblem, decodeUtf8Lossy, decodeUtf8Strict, stripControlCharacters } from '../common/text-checks.js';
import type { Wording } from '../common/wording.js';
import { CSV_TEXT_LITERALS, csvTextWordings } from './csv-text-wordings.js';

/**
 * The text of a CSV file read field by field from its bytes (csv-parse with `encoding: null`), so that a
 * byte that is not UTF-8 is named by its row and column instead of silently becoming U+FFFD. Shared by the
 * text importers: what they take in is either exactly what the file says, or repaired in ways the report
 * states (replacement characters when the import is lossy, control characters removed).
 */

/** How a text import may treat bytes that are not UTF-8. */
export interface CsvTextOptions {
  /** Replace bytes that are not UTF-8 with U+FFFD, counted in the report, instead of rejecting the row. */
  lossy?: boolean;
}

export interface FieldRepairs {
  /** Ill-formed UTF-8 sequences replaced with U+FFFD (lossy imports only). */
  replaced: number;
  /** Control characters removed (C0 other than tab, line feed and carriage return; DEL). */
  controlRemoved: number;
}

export interface DecodedRow {
  /** The fields as text; a field that could not be decoded is ''. */
  values: string[];
  repairs: FieldRepairs;
  /** Fields that are not UTF-8, by column: the row must not be saved. */
  problems: { field: string; problem: string; wording: Wording }[];
}

/**
 * The bytes of a CSV file as they should reach the parser: a UTF-8 byte-order mark dropped, a UTF-16 one
 * refused (such a file is not UTF-8 at all, and would otherwise be reported as a CSV fault).
 */
export async function* withoutByteOrderMark(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let head: Uint8Array | undefined = new Uint8Array(0);
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    if (head === undefined) {
      yield bytes;
      continue;
    }
    head = concat(head, bytes);
    if (head.length < 3) continue;
    yield startOf(head);
    head = undefined;
  }
  if (head !== undefined && head.length > 0) yield startOf(head);
}

function startOf(head: Uint8Array): Uint8Array {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw headerFault(csvTextWordings.say('utf16'));
  }
  return head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** The header's column names. Names must be exact, so a name that is not UTF-8 or holds a control character refuses the file. */
export function decodeHeader(fields: Uint8Array[]): string[] {
  return fields.map((bytes, i) => {
    const decoded = decodeUtf8Strict(bytes);
    if ('invalidAt' in decoded) throw headerFault(csvTextWordings.say('nameNotUtf8', { column: i + 1, ...badByte(decoded) }));
    // Said in English only: a control character in a column's name is rare, and its words are shared (text-checks.ts).
    const control = controlCharacterProblem(decoded.text);
    if (control) throw headerFault(`the name of column ${i + 1} ${control}`);
    return decoded.text;
  });
}

/** A row's fields as text; a field that is not UTF-8 is a problem of its column, unless the import is lossy. */
export function decodeRow(fields: Uint8Array[], columns: readonly string[], options: CsvTextOptions = {}): DecodedRow {
  const repairs: FieldRepairs = { replaced: 0, controlRemoved: 0 };
  const problems: DecodedRow['problems'] = [];
  const values = fields.map((bytes, i) => {
    let text: string;
    if (options.lossy) {
      const decoded = decodeUtf8Lossy(bytes);
      repairs.replaced += decoded.replaced;
      text = decoded.text;
    } else {
      const decoded = decodeUtf8Strict(bytes);
      if ('invalidAt' in decoded) {
        const wording = csvTextWordings.say('fieldNotUtf8', { ...badByte(decoded), ...CSV_TEXT_LITERALS });
        problems.push({ field: columns[i] || `column ${i + 1}`, problem: wording.text, wording });
        return '';
      }
      text = decoded.text;
    }
    const stripped = stripControlCharacters(text);
    repairs.controlRemoved += stripped.removed;
    return stripped.text;
  });
  return { values, repairs, problems };
}

/** What was repaired in the rows that were kept, said in the report's notes with the rows it touched. */
export class TextRepairTally {
  private readonly replaced = new Map<number, number>();
  private readonly controlRemoved = new Map<number, number>();

  record(row: number, repairs: FieldRepairs): void {
    if (repairs.replaced > 0) this.replaced.set(row, repairs.replaced);
    if (repairs.controlRemoved > 0) this.controlRemoved.set(row, repairs.controlRemoved);
  }

  /** Forgets a row that was not saved after all. */
  forget(row: number): void {
    this.replaced.delete(row);
    this.controlRemoved.delete(row);
  }

  notes(): Wording[] {
    const notes: Wording[] = [];
    if (this.replaced.size > 0) {
      notes.push(csvTextWordings.say('replaced', { count: total(this.replaced), replacement: CSV_TEXT_LITERALS.replacement, ...rowList(this.replaced) }));
    }
    if (this.controlRemoved.size > 0) notes.push(csvTextWordings.say('controlRemoved', { count: total(this.controlRemoved), ...rowList(this.controlRemoved) }));
    return notes;
  }
}

/** A fault of the header, its words a wording where it has one (see wording-errors.ts). */
function headerFault(problem: Wording | string): DossierError {
  const text = typeof problem === 'string' ? problem : problem.text;
  return new DossierError('VALIDATION_FAILED', `header: ${text}`, { field: 'header', problem: text, ...(typeof problem === 'string' ? {} : { wording: problem }) });
}

/** The first byte that is not UTF-8, as describeInvalidUtf8 (text-checks.ts) names it: 0xE9, and its offset. */
function badByte(invalid: { invalidAt: number; byte: number }): { byte: string; offset: number } {
  return { byte: `0x${invalid.byte.toString(16).toUpperCase().padStart(2, '0')}`, offset: invalid.invalidAt };
}

function total(counts: Map<number, number>): number {
  let sum = 0;
  for (const n of counts.values()) sum += n;
  return sum;
}

/** The values of "row 3", "rows 3, 7 and 9", or the first twenty and how many more (ROWS in csv-text-wordings.ts). */
function rowList(counts: Map<number, number>): { rowList: 'single' | 'several' | 'more'; rows: string; last: string; more: number } {
  const rows = [...counts.keys()].sort((a, b) => a - b);
  const shown = rows.slice(0, 20);
  const more = rows.length - shown.length;
  return { rowList: more > 0 ? 'more' : shown.length === 1 ? 'single' : 'several', rows: shown.slice(0, -1).join(', '), last: String(shown.at(-1)), more };
}
