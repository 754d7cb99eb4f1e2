import { failpoint } from '../common/failpoint.js';
import type { Wording } from '../common/wording.js';
import { withSavepoint } from '../db/savepoint.js';
import type { Db } from '../db/schema.js';
import type { RecordDeps } from '../records/record-store.js';
import type { ImportReport } from './acled-import-report.js';
import type { AcledImportPlanner, RowPlan } from './acled-import-plan.js';
import { acledRowWordings } from './acled-row-wordings.js';
import { writePreparedRecords, type RecordGroup } from './bulk-create.js';

const CREATED_KEY: Record<string, keyof ImportReport['created']> = {
  incident: 'incidents',
  act: 'acts',
  victim_group: 'victimGroups',
  actor: 'actors',
  involvement: 'involvements',
  source: 'sources',
  claim: 'claims',
};

/**
 * Writes an import's batches one at a time and in order, each in one write transaction with the ledger entry
 * that commits to its records, so a crash leaves whole batches. A batch is written while the importer plans the
 * next one: on PostgreSQL the server inserts while this process reads on.
 *
 * A batch goes in bulk inside a savepoint; should the database refuse it, it is written again row by row, each
 * row in its own savepoint with its own entry, so the row at fault rolls back alone. The actors and sources of a
 * row that could not be saved are remembered: a later row that refers to one, planned meanwhile, is rejected.
 */
export class AcledBatchWriter {
  private writing: Promise<void> = Promise.resolve();
  /** Ids of actors and sources introduced by rows that could not be saved, with that row. */
  private readonly lost = new Map<string, number>();

  constructor(
    private readonly deps: RecordDeps,
    private readonly actor: string,
    private readonly planner: AcledImportPlanner,
    private readonly report: ImportReport,
    /** Told which rows of a batch were saved, once it is written. */
    private readonly onWritten: (batch: readonly RowPlan[], saved: readonly RowPlan[]) => void,
  ) {}

  /** Starts writing `batch` once the batch before it is written (throwing what that write threw). */
  async queue(batch: RowPlan[]): Promise<void> {
    await this.writing;
    const written = this.write(batch);
    // Seen by the next queue() or by finish(); until then the importer is busy planning.
    written.catch(() => undefined);
    this.writing = written;
  }

  /** Waits for the last batch to be written; throws what its write threw. */
  finish(): Promise<void> {
    return this.writing;
  }

  /** Waits for the write in progress to end, whatever its outcome (the import is failing for another reason). */
  async settle(): Promise<void> {
    await this.writing.catch(() => undefined);
  }

  private async write(batch: RowPlan[]): Promise<void> {
    const writable = this.withoutLostReferences(batch);
    const saved =
      writable.length === 0
        ? []
        : await this.deps.database.writeTransaction(async (trx) => {
            try {
              await withSavepoint(trx, (t) => writePreparedRecords(this.deps, t, this.actor, [groupOf(writable)]));
              failpoint('import-acled:batch-written');
              return writable;
            } catch {
              return this.writeRowByRow(trx, writable);
            }
          });
    this.planner.endBatch(batch);
    for (const plan of saved) {
      this.report.imported += 1;
      for (const record of [...plan.introduced, ...plan.records]) {
        const key = CREATED_KEY[record.kind.name];
        if (key) this.report.created[key] += 1;
      }
    }
    this.onWritten(batch, saved);
  }

  /** The slow path, after the database refused a batch: each row in its own savepoint, so the faulty one fails alone. */
  private async writeRowByRow(trx: Db, batch: RowPlan[]): Promise<RowPlan[]> {
    const saved: RowPlan[] = [];
    let firstError: unknown;
    for (const plan of batch) {
      if (this.withoutLostReferences([plan]).length === 0) continue;
      try {
        await withSavepoint(trx, (t) => writePreparedRecords(this.deps, t, this.actor, [groupOf([plan])]));
        saved.push(plan);
      } catch (error) {
        firstError ??= error;
        // The database's own words stay as it wrote them.
        this.lose(plan, acledRowWordings.say('databaseRefused', { reason: error instanceof Error ? error.message : String(error) }));
      }
    }
    // Every row refused is not a faulty row but a failing database: stop rather than report each row.
    if (saved.length === 0 && batch.length > 1 && firstError !== undefined) throw firstError;
    return saved;
  }

  /** The rows that refer to no actor or source lost with an unsaved row; the others are rejected, in order. */
  private withoutLostReferences(batch: RowPlan[]): RowPlan[] {
    if (this.lost.size === 0) return batch;
    return batch.filter((plan) => {
      const missing = plan.dependsOn.find((id) => this.lost.has(id));
      if (missing) this.lose(plan, acledRowWordings.say('lostReference', { id: missing, row: this.lost.get(missing)! }));
      return !missing;
    });
  }

  private lose(plan: RowPlan, problem: Wording): void {
    this.planner.discard([...plan.introduced, ...plan.records]);
    for (const record of plan.introduced) this.lost.set(record.id, plan.row);
    this.report.rejected.push({ row: plan.row, ...(plan.eventId ? { eventId: plan.eventId } : {}), field: 'row', problem: problem.text, wording: problem });
  }
}

/**
 * The rows written together, logged by one ledger entry that commits to every record they became (by a
 * digest: a batch is thousands of records) and names the rows of the file they came from.
 */
function groupOf(plans: readonly RowPlan[]): RecordGroup {
  const records = plans.flatMap((plan) => [...plan.introduced, ...plan.records]);
  const origin = { format: 'acled', rows: plans.length, firstRow: plans[0]!.row, lastRow: plans[plans.length - 1]!.row };
  return { records, origin, logged: 'digest' };
}
