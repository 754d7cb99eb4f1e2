import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { getCase } from '../cases/cases.js';
import { DossierError, invalidField, isDossierError } from '../common/errors.js';
import { loneSurrogateProblem } from '../common/text-checks.js';
import type { RecordDeps } from '../records/record-store.js';
import { AcledBatchWriter } from './acled-batch-writer.js';
import { ACLED_REQUIRED_COLUMNS, type AcledColumn } from './acled-format.js';
import { AcledImportPlanner, type RowPlan } from './acled-import-plan.js';
import { parseAcledRecord, type AcledRecord } from './acled-row-parse.js';
import { decodeHeader, decodeRow, TextRepairTally, withoutByteOrderMark, type CsvTextOptions, type DecodedRow, type FieldRepairs } from './csv-text.js';
import { LossTally } from './losses.js';

export interface RejectedRow {
  /** 1-based data row: the first row after the header is 1. */
  row: number;
  eventId?: string;
  /** The ACLED column at fault, a record field such as "incident.place.geometry", or "row". */
  field: string;
  problem: string;
}

export interface ImportReport {
  rows: number;
  imported: number;
  /** One entry per problem: a row with two bad columns appears twice. Nothing of a rejected row is saved. */
  rejected: RejectedRow[];
  created: { incidents: number; acts: number; victimGroups: number; actors: number; involvements: number; sources: number; claims: number };
  /** What the import had to guess or leave out, with counts (e.g. actor types inferred from inter codes). */
  notes: string[];
}

export interface AcledImportOptions extends CsvTextOptions {
  /** Rows written per transaction and per ledger entry (default 2,000). */
  batchSize?: number;
  onProgress?: (rowsRead: number) => void;
}

/**
 * Imports an ACLED CSV (ACLED's own export, or Dossier's) into a case. Every row is checked before anything
 * is written; a bad row is reported with its column and reason and nothing of it is saved, while the good
 * rows are imported. A file whose header lacks a needed column, or names one twice, is refused whole.
 *
 * The file must be UTF-8: a field that is not is its row's fault (unless `lossy`, when the bytes become
 * U+FFFD and the notes say how many); control characters are removed from fields, and the notes say where.
 *
 * Rows are written in batches of `batchSize`, each in one transaction with one ledger entry, by
 * acled-batch-writer.ts, while the next batch is read and checked.
 */
export async function importAcledCsv(
  deps: RecordDeps,
  actor: string,
  caseId: string,
  input: string | Uint8Array | Readable,
  options: AcledImportOptions = {},
): Promise<ImportReport> {
  await getCase(deps, caseId);
  const batchSize = options.batchSize ?? 2000;
  const notes = new LossTally();
  const planner = new AcledImportPlanner(deps, caseId, notes);
  await planner.loadExisting();
  const report: ImportReport = {
    rows: 0,
    imported: 0,
    rejected: [],
    created: { incidents: 0, acts: 0, victimGroups: 0, actors: 0, involvements: 0, sources: 0, claims: 0 },
    notes: [],
  };
  // Fields come as bytes, so each is decoded (and its faults named) by row and column. A fault of the input
  // stream reaches the loop below through the parser.
  const parser = parse({ encoding: null, skip_empty_lines: true, relax_column_count: true });
  pipeline(Readable.from(withoutByteOrderMark(bytesOf(input))), parser).catch(() => undefined);
  const repairs = new TextRepairTally();
  const repairsOf = new Map<number, FieldRepairs>();
  const writer = new AcledBatchWriter(deps, actor, planner, report, (batch, saved) => {
    for (const plan of saved) repairs.record(plan.row, repairsOf.get(plan.row)!);
    for (const plan of batch) repairsOf.delete(plan.row);
  });
  let header: string[] | undefined;
  let batch: RowPlan[] = [];
  try {
    for await (const fields of parser as AsyncIterable<Buffer[]>) {
      if (!header) {
        header = checkHeader(decodeHeader(fields));
        continue;
      }
      const row = ++report.rows;
      const decoded = decodeRow(fields, header, options);
      if (decoded.problems.length > 0) rejectUndecodable(row, header, decoded, report);
      else {
        const plan = await planRow(planner, row, header, decoded.values, report);
        if (plan) {
          batch.push(plan);
          repairsOf.set(row, decoded.repairs);
        }
      }
      if (batch.length >= batchSize) {
        await writer.queue(batch);
        batch = [];
      }
      if (row % 1000 === 0) options.onProgress?.(row);
    }
  } catch (error) {
    if (!(error instanceof CsvError)) {
      await writer.settle();
      throw error;
    }
    // The batch being written counts among the rows imported before the fault; the one being planned does not.
    await writer.finish();
    const problem = csvProblem(error);
    throw new DossierError('VALIDATION_FAILED', `the file is not valid CSV (${problem}); the ${report.imported} good rows before the fault were imported`, {
      field: 'file',
      problem,
      imported: report.imported,
    });
  }
  if (!header) throw invalidField('header', 'the file is empty: an ACLED file starts with a header row');
  await writer.queue(batch);
  await writer.finish();
  options.onProgress?.(report.rows);
  report.notes = [...notes.list(), ...repairs.notes()];
  return report;
}

/** The input as chunks of bytes. A string must be well-formed, or encoding it would alter it unseen. */
function bytesOf(input: string | Uint8Array | Readable): AsyncIterable<Uint8Array | string> | Iterable<Uint8Array> {
  if (input instanceof Readable) return input;
  if (typeof input === 'string') {
    const problem = loneSurrogateProblem(input);
    if (problem) throw invalidField('file', problem);
    return [Buffer.from(input, 'utf8')];
  }
  return [input];
}

/** csv-parse's words, except where they would show the field as a JSON dump of its bytes. */
function csvProblem(error: CsvError): string {
  const line = (error as CsvError & { lines?: number }).lines;
  if (error.code === 'INVALID_OPENING_QUOTE') return `a quote inside an unquoted field at line ${line}: quote the whole field and double the quotes inside it`;
  return error.message;
}

function rejectUndecodable(row: number, header: string[], decoded: DecodedRow, report: ImportReport): void {
  const eventId = decoded.values[header.indexOf('event_id_cnty')]?.trim() || undefined;
  for (const { field, problem } of decoded.problems) report.rejected.push({ row, ...(eventId ? { eventId } : {}), field, problem });
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

async function planRow(planner: AcledImportPlanner, row: number, header: string[], fields: string[], report: ImportReport): Promise<RowPlan | undefined> {
  const record: AcledRecord = {};
  header.forEach((column, i) => (record[column] = fields[i] ?? ''));
  const eventId = record.event_id_cnty?.trim() || undefined;
  const reject = (field: string, problem: string) => report.rejected.push({ row, ...(eventId ? { eventId } : {}), field, problem });
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
