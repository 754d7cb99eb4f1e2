import { Readable } from 'node:stream';
import { getCase } from '../cases/cases.js';
import { DossierError, invalidField } from '../common/errors.js';
import { loneSurrogateProblem } from '../common/text-checks.js';
import type { RecordDeps } from '../records/record-store.js';
import { AcledBatchWriter } from './acled-batch-writer.js';
import { CsvFault, planAcledCsv, type PlannedRowSink } from './acled-csv-planning.js';
import { AcledImportPlanner, existingActorsAndSources } from './acled-import-plan.js';
import { planInWorker } from './acled-plan-thread.js';
import { TextRepairTally, type CsvTextOptions, type FieldRepairs } from './csv-text.js';
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

const DEFAULT_BATCH_SIZE = 2000;
// Starting a worker and loading its gazetteer costs about a second: repaid by a file of several thousand rows.
const WORKER_FROM_BYTES = 4 * 1024 * 1024;

export interface AcledImportOptions extends CsvTextOptions {
  /** Rows written per transaction and per ledger entry (default 2,000). */
  batchSize?: number;
  onProgress?: (rowsRead: number) => void;
  /** Files of this many bytes or more are checked on a worker thread (default 4 MiB; tests set it low). */
  workerFromBytes?: number;
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
 * acled-batch-writer.ts, while the next batch is read and checked: for a large file by a worker thread
 * (acled-plan-thread.ts), so that checking and writing each have a core; a small one here.
 */
export async function importAcledCsv(
  deps: RecordDeps,
  actor: string,
  caseId: string,
  input: string | Uint8Array | Readable,
  options: AcledImportOptions = {},
): Promise<ImportReport> {
  await getCase(deps, caseId);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const report: ImportReport = {
    rows: 0,
    imported: 0,
    rejected: [],
    created: { incidents: 0, acts: 0, victimGroups: 0, actors: 0, involvements: 0, sources: 0, claims: 0 },
    notes: [],
  };
  const { chunks, large } = await measured(bytesOf(input), options.workerFromBytes ?? WORKER_FROM_BYTES);
  const repairs = new TextRepairTally();
  const repairsOf = new Map<number, FieldRepairs>();
  const onWritten = (batch: readonly { row: number }[], saved: readonly { row: number }[]) => {
    for (const plan of saved) repairs.record(plan.row, repairsOf.get(plan.row)!);
    for (const plan of batch) repairsOf.delete(plan.row);
  };
  const sinkFor = (writer: AcledBatchWriter): PlannedRowSink => ({
    batch(plans, rowRepairs) {
      for (const [row, repaired] of rowRepairs) repairsOf.set(row, repaired);
      return writer.queue(plans);
    },
    reject: (rejected) => report.rejected.push(rejected),
    progress: (rows) => options.onProgress?.(rows),
  });
  let writer: AcledBatchWriter | undefined;
  try {
    let notes: string[];
    if (large) {
      const existing = await existingActorsAndSources(deps.database.db, caseId);
      const planned = await planInWorker(chunks, { caseId, batchSize, lossy: options.lossy === true, existing, gazetteerDir: deps.gazetteer?.dataDir }, (feedback) => {
        writer = new AcledBatchWriter(deps, actor, feedback, report, onWritten);
        return sinkFor(writer);
      });
      [report.rows, notes] = [planned.rows, planned.notes];
    } else {
      const tally = new LossTally();
      const planner = new AcledImportPlanner(deps, caseId, tally);
      await planner.loadExisting();
      writer = new AcledBatchWriter(deps, actor, planner, report, onWritten);
      report.rows = await planAcledCsv(chunks, planner, { ...options, batchSize }, sinkFor(writer));
      notes = tally.list();
    }
    await writer!.finish();
    options.onProgress?.(report.rows);
    report.notes = [...notes, ...repairs.notes()];
    return report;
  } catch (error) {
    if (!(error instanceof CsvFault)) {
      await writer?.settle();
      throw error;
    }
    // The batch being written counts among the rows imported before the fault; the one being planned does not.
    await writer?.finish();
    throw new DossierError('VALIDATION_FAILED', `the file is not valid CSV (${error.problem}); the ${report.imported} good rows before the fault were imported`, {
      field: 'file',
      problem: error.problem,
      imported: report.imported,
    });
  }
}

/**
 * The input, with whether it reaches `limit` bytes; the first chunks up to the limit are read to know, and
 * handed on with the rest.
 */
async function measured(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  limit: number,
): Promise<{ chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>; large: boolean }> {
  const iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  const head: (Uint8Array | string)[] = [];
  for (let bytes = 0; bytes < limit; ) {
    const next = await iterator.next();
    if (next.done) return { chunks: head, large: false };
    head.push(next.value);
    bytes += next.value.length;
  }
  async function* all() {
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { chunks: all(), large: true };
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
