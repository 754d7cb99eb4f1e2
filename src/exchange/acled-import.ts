import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { getCase } from '../cases/cases.js';
import { DossierError, invalidField, isDossierError } from '../common/errors.js';
import { loneSurrogateProblem } from '../common/text-checks.js';
import type { Wording } from '../common/wording.js';
import { invalidFieldSaid } from '../common/wording-errors.js';
import type { RecordDeps } from '../records/record-store.js';
import { AcledBatchWriter } from './acled-batch-writer.js';
import type { ImportReport, RejectedRow } from './acled-import-report.js';
import { acledFileWordings } from './acled-file-wordings.js';
import type { AcledColumn } from './acled-format.js';
import { checkAcledHeader } from './acled-header.js';
import { AcledImportPlanner, type RowPlan } from './acled-import-plan.js';
import { parseAcledRecord, type AcledRecord } from './acled-row-parse.js';
import { acledRowWordings } from './acled-row-wordings.js';
import { decodeHeader, decodeRow, TextRepairTally, withoutByteOrderMark, type CsvTextOptions, type DecodedRow, type FieldRepairs } from './csv-text.js';
import { LossTally } from './losses.js';

export type { ImportReport, RejectedRow } from './acled-import-report.js';

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
  const notes = new LossTally<Wording>();
  const planner = new AcledImportPlanner(deps, caseId, notes);
  await planner.loadExisting();
  const report: ImportReport = {
    rows: 0,
    imported: 0,
    rejected: [],
    created: { incidents: 0, acts: 0, victimGroups: 0, actors: 0, involvements: 0, sources: 0, claims: 0 },
    notes: [],
    noteWordings: [],
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
        header = checkAcledHeader(decodeHeader(fields));
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
    const { problem, wording } = csvFault(error, report.imported);
    throw new DossierError('VALIDATION_FAILED', wording.text, { field: 'file', problem, imported: report.imported, wording });
  }
  if (!header) throw invalidFieldSaid('header', acledFileWordings.say('empty'));
  await writer.queue(batch);
  await writer.finish();
  options.onProgress?.(report.rows);
  report.noteWordings = [...notes.list(), ...repairs.notes()];
  report.notes = report.noteWordings.map((note) => note.text);
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

/**
 * A CSV fault in words: csv-parse's own (English), except where they would show the field as a JSON dump of
 * its bytes. `problem` is the fault alone, as the error's details have always given it.
 */
function csvFault(error: CsvError, imported: number): { problem: string; wording: Wording } {
  const line = (error as CsvError & { lines?: number }).lines;
  if (error.code === 'INVALID_OPENING_QUOTE') {
    const problem = `a quote inside an unquoted field at line ${line}: quote the whole field and double the quotes inside it`;
    return { problem, wording: acledFileWordings.say('strayQuote', { line: line ?? '?', imported }) };
  }
  return { problem: error.message, wording: acledFileWordings.say('notCsv', { problem: error.message, imported }) };
}

function rejectUndecodable(row: number, header: string[], decoded: DecodedRow, report: ImportReport): void {
  const eventId = decoded.values[header.indexOf('event_id_cnty')]?.trim() || undefined;
  for (const problem of decoded.problems) report.rejected.push({ row, ...(eventId ? { eventId } : {}), ...problem });
}

async function planRow(planner: AcledImportPlanner, row: number, header: string[], fields: string[], report: ImportReport): Promise<RowPlan | undefined> {
  const record: AcledRecord = {};
  header.forEach((column, i) => (record[column] = fields[i] ?? ''));
  const eventId = record.event_id_cnty?.trim() || undefined;
  const reject = (field: string, problem: string | Wording) =>
    report.rejected.push({ row, ...(eventId ? { eventId } : {}), field, ...(typeof problem === 'string' ? { problem } : { problem: problem.text, wording: problem }) });
  if (fields.length !== header.length) {
    reject('row', acledRowWordings.say('fieldCount', { fields: fields.length, columns: header.length }));
    return undefined;
  }
  const parsed = parseAcledRecord(record);
  if ('problems' in parsed) {
    for (const { field, problem, wording } of parsed.problems) reject(field as AcledColumn, wording ?? problem);
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
