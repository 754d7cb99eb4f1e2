import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { getCase } from '../cases/cases.js';
import { DossierError, invalidField, isDossierError } from '../common/errors.js';
import { withSavepoint } from '../db/savepoint.js';
import type { Db } from '../db/schema.js';
import type { RecordDeps } from '../records/record-store.js';
import { ACLED_REQUIRED_COLUMNS, type AcledColumn } from './acled-format.js';
import { AcledImportPlanner, type RowPlan } from './acled-import-plan.js';
import { parseAcledRecord, type AcledRecord } from './acled-row-parse.js';
import { writePreparedRecords, type PreparedRecord, type RecordGroup } from './bulk-create.js';
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

export interface AcledImportOptions {
  /** Rows written per transaction (default 500). */
  batchSize?: number;
  onProgress?: (rowsRead: number) => void;
}

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
 * Imports an ACLED CSV (ACLED's own export, or Dossier's) into a case. Every row is checked before anything
 * is written; a bad row is reported with its column and reason and nothing of it is saved, while the good
 * rows are imported. A file whose header lacks a needed column is refused whole.
 *
 * Rows are written in batches, one write transaction each. A batch is written in bulk inside a savepoint;
 * should the database refuse it, the batch is written again row by row, each in its own savepoint, so the
 * row at fault rolls back alone.
 */
export async function importAcledCsv(
  deps: RecordDeps,
  actor: string,
  caseId: string,
  input: string | Readable,
  options: AcledImportOptions = {},
): Promise<ImportReport> {
  await getCase(deps, caseId);
  const batchSize = options.batchSize ?? 500;
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
  const parser = (typeof input === 'string' ? Readable.from([input]) : input).pipe(parse({ bom: true, skip_empty_lines: true, relax_column_count: true }));
  let header: string[] | undefined;
  let batch: RowPlan[] = [];
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      if (!header) {
        header = checkHeader(fields);
        continue;
      }
      const row = ++report.rows;
      const plan = await planRow(planner, row, header, fields, report);
      if (plan) batch.push(plan);
      if (batch.length >= batchSize) {
        await writeBatch(deps, actor, planner, batch, report);
        batch = [];
      }
      if (row % 1000 === 0) options.onProgress?.(row);
    }
  } catch (error) {
    if (isDossierError(error) || !(error instanceof Error) || !('code' in error) || !String(error.code).startsWith('CSV_')) throw error;
    throw new DossierError('VALIDATION_FAILED', `the file is not valid CSV (${error.message}); the ${report.imported} good rows before the fault were imported`, {
      field: 'file',
      problem: error.message,
      imported: report.imported,
    });
  }
  if (!header) throw invalidField('header', 'the file is empty: an ACLED file starts with a header row');
  await writeBatch(deps, actor, planner, batch, report);
  options.onProgress?.(report.rows);
  report.notes = notes.list();
  return report;
}

function checkHeader(fields: string[]): string[] {
  const header = fields.map((name) => name.trim().toLowerCase());
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

async function writeBatch(deps: RecordDeps, actor: string, planner: AcledImportPlanner, batch: RowPlan[], report: ImportReport): Promise<void> {
  if (batch.length === 0) return;
  const saved = await deps.database.writeTransaction(async (trx) => {
    try {
      await withSavepoint(trx, (t) => writePreparedRecords(deps, t, actor, batch.map(groupOf)));
      return batch;
    } catch {
      return writeRowByRow(deps, trx, actor, planner, batch, report);
    }
  });
  planner.endBatch();
  for (const plan of saved) {
    report.imported += 1;
    for (const record of [...plan.introduced, ...plan.records]) {
      const key = CREATED_KEY[record.kind.name];
      if (key) report.created[key] += 1;
    }
  }
}

/** The slow path, after the database refused a batch: each row in its own savepoint, so the faulty one fails alone. */
async function writeRowByRow(deps: RecordDeps, trx: Db, actor: string, planner: AcledImportPlanner, batch: RowPlan[], report: ImportReport): Promise<RowPlan[]> {
  const saved: RowPlan[] = [];
  const lost = new Map<string, number>();
  let firstError: unknown;
  for (const plan of batch) {
    const reject = (problem: string) => report.rejected.push({ row: plan.row, ...(plan.eventId ? { eventId: plan.eventId } : {}), field: 'row', problem });
    const missing = plan.dependsOn.find((id) => lost.has(id));
    if (missing) {
      discard(planner, plan);
      reject(`refers to ${missing}, introduced by row ${lost.get(missing)}, which could not be saved`);
      continue;
    }
    try {
      await withSavepoint(trx, (t) => writePreparedRecords(deps, t, actor, [groupOf(plan)]));
      saved.push(plan);
    } catch (error) {
      firstError ??= error;
      discard(planner, plan);
      for (const record of plan.introduced) lost.set(record.id, plan.row);
      reject(`the database refused it: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // Every row refused is not a faulty row but a failing database: stop rather than report each row.
  if (saved.length === 0 && batch.length > 1 && firstError !== undefined) throw firstError;
  return saved;
}

/** One ledger entry per imported row, naming the row, so the log says which line of the file each record came from. */
function groupOf(plan: RowPlan): RecordGroup {
  return { records: [...plan.introduced, ...plan.records], origin: { format: 'acled', row: plan.row, ...(plan.eventId ? { eventId: plan.eventId } : {}) } };
}

function discard(planner: AcledImportPlanner, plan: RowPlan): void {
  const records: PreparedRecord[] = [...plan.introduced, ...plan.records];
  planner.discard(records);
}
