import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { DossierError, invalidField, isDossierError } from '../common/errors.js';
import { ACLED_REQUIRED_COLUMNS, type AcledColumn } from './acled-format.js';
import type { AcledImportPlanner, RowPlan } from './acled-import-plan.js';
import type { RejectedRow } from './acled-import.js';
import { parseAcledRecord, type AcledRecord } from './acled-row-parse.js';
import { decodeHeader, decodeRow, withoutByteOrderMark, type CsvTextOptions, type DecodedRow, type FieldRepairs } from './csv-text.js';

/**
 * Reading an ACLED file and checking its rows into plans, batch by batch: the half of an import that needs
 * no database, run by the importer itself or by a planning worker (acled-plan-worker.ts).
 */

/** Where planned rows go: to the batch writer, or (from a worker) to the thread that writes. */
export interface PlannedRowSink {
  /** A full batch, or the last; resolves when planning may go on (once the batch before it is written). */
  batch(plans: RowPlan[], repairs: ReadonlyMap<number, FieldRepairs>): Promise<void>;
  reject(rejected: RejectedRow): void;
  progress(rows: number): void;
}

/** The file is not valid CSV: the rows before the fault may be imported, the rest is not. */
export class CsvFault extends Error {
  constructor(readonly problem: string) {
    super(problem);
  }
}

/**
 * Plans every row of the file into `sink`, `batchSize` planned rows a batch; returns how many data rows
 * were read. Throws a DossierError for a header at fault or an empty file, a CsvFault for a CSV fault.
 */
export async function planAcledCsv(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  planner: AcledImportPlanner,
  options: CsvTextOptions & { batchSize: number },
  sink: PlannedRowSink,
): Promise<number> {
  // Fields come as bytes, so each is decoded (and its faults named) by row and column. A fault of the input
  // stream reaches the loop below through the parser.
  const parser = parse({ encoding: null, skip_empty_lines: true, relax_column_count: true });
  pipeline(Readable.from(withoutByteOrderMark(chunks)), parser).catch(() => undefined);
  let header: string[] | undefined;
  let rows = 0;
  let batch: RowPlan[] = [];
  let repairs = new Map<number, FieldRepairs>();
  try {
    for await (const fields of parser as AsyncIterable<Buffer[]>) {
      if (!header) {
        header = checkHeader(decodeHeader(fields));
        continue;
      }
      const row = ++rows;
      const decoded = decodeRow(fields, header, options);
      if (decoded.problems.length > 0) rejectUndecodable(row, header, decoded, sink);
      else {
        const plan = await planRow(planner, row, header, decoded.values, sink);
        if (plan) {
          batch.push(plan);
          repairs.set(row, decoded.repairs);
        }
      }
      if (batch.length >= options.batchSize) {
        await sink.batch(batch, repairs);
        [batch, repairs] = [[], new Map()];
      }
      if (row % 1000 === 0) sink.progress(row);
    }
  } catch (error) {
    throw error instanceof CsvError ? new CsvFault(csvProblem(error)) : error;
  }
  if (!header) throw invalidField('header', 'the file is empty: an ACLED file starts with a header row');
  await sink.batch(batch, repairs);
  return rows;
}

/** csv-parse's words, except where they would show the field as a JSON dump of its bytes. */
function csvProblem(error: CsvError): string {
  const line = (error as CsvError & { lines?: number }).lines;
  if (error.code === 'INVALID_OPENING_QUOTE') return `a quote inside an unquoted field at line ${line}: quote the whole field and double the quotes inside it`;
  return error.message;
}

function rejectUndecodable(row: number, header: string[], decoded: DecodedRow, sink: PlannedRowSink): void {
  const eventId = decoded.values[header.indexOf('event_id_cnty')]?.trim() || undefined;
  for (const { field, problem } of decoded.problems) sink.reject({ row, ...(eventId ? { eventId } : {}), field, problem });
}

function checkHeader(names: string[]): string[] {
  const header = names.map((name) => name.trim().toLowerCase());
  const twice = repeatedColumn(header);
  if (twice) {
    const problem = `column "${twice.name}" appears twice (columns ${twice.first + 1} and ${twice.second + 1}): which one holds the value is not clear`;
    throw new DossierError('VALIDATION_FAILED', `header: ${problem}`, { field: 'header', problem, column: twice.name });
  }
  const missing = ACLED_REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    const names = missing.map((m) => `"${m}"`).join(', ');
    throw new DossierError('VALIDATION_FAILED', `header: missing column${missing.length > 1 ? 's' : ''} ${names}; an ACLED file needs ${ACLED_REQUIRED_COLUMNS.join(', ')}`, {
      field: 'header',
      problem: `missing column${missing.length > 1 ? 's' : ''} ${names}`,
      missing,
    });
  }
  return header;
}

/** The first column named twice (names already trimmed and lowercased); unnamed columns are never read, so they may repeat. */
function repeatedColumn(header: string[]): { name: string; first: number; second: number } | undefined {
  const seen = new Map<string, number>();
  for (const [i, name] of header.entries()) {
    if (name === '') continue;
    const first = seen.get(name);
    if (first !== undefined) return { name, first, second: i };
    seen.set(name, i);
  }
  return undefined;
}

async function planRow(planner: AcledImportPlanner, row: number, header: string[], fields: string[], sink: PlannedRowSink): Promise<RowPlan | undefined> {
  const record: AcledRecord = {};
  header.forEach((column, i) => (record[column] = fields[i] ?? ''));
  const eventId = record.event_id_cnty?.trim() || undefined;
  const reject = (field: string, problem: string) => sink.reject({ row, ...(eventId ? { eventId } : {}), field, problem });
  if (fields.length !== header.length) {
    reject('row', `has ${fields.length} fields where the header has ${header.length}`);
    return undefined;
  }
  const parsed = parseAcledRecord(record);
  if ('problems' in parsed) {
    for (const { field, problem } of parsed.problems) reject(field as AcledColumn, problem);
    return undefined;
  }
  try {
    return await planner.plan(row, parsed.event);
  } catch (error) {
    if (!isDossierError(error, 'VALIDATION_FAILED')) throw error;
    reject(String(error.details.field ?? 'row'), String(error.details.problem ?? error.message));
    return undefined;
  }
}
