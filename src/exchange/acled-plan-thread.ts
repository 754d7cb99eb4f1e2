import { DossierError, type ErrorCode } from '../common/errors.js';
import { moduleWorker } from '../common/module-worker.js';
import { CsvFault, type PlannedRowSink } from './acled-csv-planning.js';
import { ACLED_RECORD_KINDS, type ExistingRecord, type PlanFeedback, type RowPlan } from './acled-import-plan.js';
import type { RejectedRow } from './acled-import.js';
import type { FirstVersionText, PreparedRecord } from './bulk-create.js';
import type { FieldRepairs } from './csv-text.js';

/**
 * An import's checking on a worker thread (acled-plan-worker.ts) while this thread writes. Reading, CSV
 * parsing, validation and each record's canonical text and commitment are half an import's work; on SQLite,
 * whose writes hold this thread, they would otherwise take turns with the inserts.
 *
 * The worker plans a batch while the one before is written, and waits for that write before it goes on, as
 * the importer does in-process: the actors and sources of a row that could not be saved reach it before it
 * plans another row. It reads the file through this thread, a chunk when it asks, so neither holds the file.
 */

/** What the worker is given: the case's actors and sources (it has no database), and the gazetteer's place. */
// Chunks of input sent before the worker asks: with a file's 64 KiB chunks, 4 MiB, some 6,000 rows.
const CHUNKS_AHEAD = 64;

export interface PlanningWork {
  caseId: string;
  batchSize: number;
  lossy: boolean;
  existing: ExistingRecord[];
  gazetteerDir: string | undefined;
}

/** A planned record as it crosses threads: its kind by name, its document as its first version's text. */
export type WireRecord = Omit<PreparedRecord, 'kind' | 'doc' | 'first'> & { kind: string; first: FirstVersionText };
export type WirePlan = Omit<RowPlan, 'records' | 'introduced'> & { records: WireRecord[]; introduced: WireRecord[] };

export type PlanningFault = { csv: string } | { code: ErrorCode; message: string; details: Record<string, unknown> } | { message: string; stack?: string | undefined };

export type FromPlanner =
  /** The worker took a chunk of input: one more may be sent. */
  | { type: 'more' }
  | { type: 'batch'; plans: WirePlan[]; repairs: [number, FieldRepairs][]; rejected: RejectedRow[] }
  | { type: 'progress'; rows: number; rejected: RejectedRow[] }
  | { type: 'done'; rows: number; notes: string[]; rejected: RejectedRow[] }
  | { type: 'failed'; fault: PlanningFault; rejected: RejectedRow[] };

export type ToPlanner = { type: 'chunk'; bytes: Uint8Array | string } | { type: 'end' } | { type: 'written'; introduced: string[]; discarded: string[] };

/**
 * Plans the file's rows on a worker into the sink `sinkFor` makes (given where to report what was saved);
 * returns how many rows were read and the planner's notes. Throws as planAcledCsv does.
 */
export async function planInWorker(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  work: PlanningWork,
  sinkFor: (feedback: PlanFeedback) => PlannedRowSink,
): Promise<{ rows: number; notes: string[] }> {
  const feedback = new FeedbackForWorker();
  const sink = sinkFor(feedback);
  const input = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  const worker = moduleWorker(import.meta.url, 'acled-plan-worker', { workerData: work });
  try {
    return await new Promise((resolve, reject) => {
      // Input is sent ahead, a window of chunks, and a chunk more each time the worker takes one: this thread
      // answers only between its inserts (SQLite's are synchronous), and the worker must not wait for them.
      // Planned batches are handled in order, apart from the input.
      let reading = Promise.resolve();
      let planning = Promise.resolve();
      const post = (message: ToPlanner) => worker.postMessage(message);
      const take = (rejected: RejectedRow[]) => rejected.forEach((r) => sink.reject(r));
      const sendChunk = () => {
        reading = reading.then(async () => {
          const next = await input.next();
          post(next.done ? { type: 'end' } : { type: 'chunk', bytes: next.value });
        }).catch(reject);
      };
      for (let i = 0; i < CHUNKS_AHEAD; i++) sendChunk();
      worker.on('message', (message: FromPlanner) => {
        if (message.type === 'more') {
          sendChunk();
          return;
        }
        planning = planning.then(async () => {
          take(message.rejected);
          if (message.type === 'progress') sink.progress(message.rows);
          else if (message.type === 'batch') {
            await sink.batch(message.plans.map(planOf), new Map(message.repairs));
            post({ type: 'written', ...feedback.take() });
          } else if (message.type === 'done') resolve({ rows: message.rows, notes: message.notes });
          else reject(errorOf(message.fault));
        }).catch(reject);
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new DossierError('INTERNAL', `the ACLED import's planning worker stopped early (exit code ${code})`)));
    });
  } finally {
    await worker.terminate();
    // Closes the file when the import stops before its end.
    await Promise.resolve(input.return?.()).catch(() => undefined);
  }
}

/** What the writer says of a batch, kept for the worker until the batch after it is queued. */
class FeedbackForWorker implements PlanFeedback {
  private introduced: string[] = [];
  private discarded: string[] = [];

  written(introducedIds: readonly string[]): void {
    for (const id of introducedIds) this.introduced.push(id);
  }

  discard(ids: readonly string[]): void {
    for (const id of ids) this.discarded.push(id);
  }

  take(): { introduced: string[]; discarded: string[] } {
    const taken = { introduced: this.introduced, discarded: this.discarded };
    [this.introduced, this.discarded] = [[], []];
    return taken;
  }
}

function planOf(wire: WirePlan): RowPlan {
  return { ...wire, records: wire.records.map(preparedOf), introduced: wire.introduced.map(preparedOf) };
}

function preparedOf(wire: WireRecord): PreparedRecord {
  const kind = ACLED_RECORD_KINDS[wire.kind];
  if (!kind) throw new DossierError('INTERNAL', `the planning worker sent a record of unknown kind ${wire.kind}`);
  const { text } = wire.first;
  // The document is read back only by a kind with an afterWrite (none an import writes): not copied across.
  return { kind, id: wire.id, caseId: wire.caseId, index: wire.index, first: wire.first, get doc() { return JSON.parse(text) as object; } };
}

function errorOf(fault: PlanningFault): Error {
  if ('csv' in fault) return new CsvFault(fault.csv);
  if ('code' in fault) return new DossierError(fault.code, fault.message, fault.details);
  const error = new Error(fault.message);
  if (fault.stack) error.stack = fault.stack;
  return error;
}
