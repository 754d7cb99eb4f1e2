/**
 * The worker thread an ACLED import checks its rows on (see acled-plan-thread.ts): it reads the file through
 * the importing thread, plans each batch as the importer would in-process, works out each record's first
 * version, and posts the batch, then waits until the batch before it is written.
 */
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import { parentPort, workerData } from 'node:worker_threads';
import { isDossierError } from '../common/errors.js';
import type { Db, Schema } from '../db/schema.js';
import { Gazetteer } from '../places/gazetteer.js';
import { CsvFault, planAcledCsv, type PlannedRowSink } from './acled-csv-planning.js';
import { AcledImportPlanner, type RowPlan } from './acled-import-plan.js';
import type { RejectedRow } from './acled-import.js';
import type { FromPlanner, PlanningFault, PlanningWork, ToPlanner, WirePlan, WireRecord } from './acled-plan-thread.js';
import { withFirstVersion, type PreparedRecord } from './bulk-create.js';
import { LossTally } from './losses.js';

const work = workerData as PlanningWork;
const port = parentPort!;
const post = (message: FromPlanner) => port.postMessage(message);

// Chunks of input come ahead of need (acled-plan-thread.ts); the written batch is awaited one at a time.
const chunks: (Uint8Array | string | undefined)[] = [];
let chunkArrived: (() => void) | undefined;
let writeAwaited: ((reply: ToPlanner) => void) | undefined;
port.on('message', (reply: ToPlanner) => {
  if (reply.type === 'written') {
    const answer = writeAwaited;
    writeAwaited = undefined;
    answer?.(reply);
    return;
  }
  chunks.push(reply.type === 'chunk' ? reply.bytes : undefined);
  const arrived = chunkArrived;
  chunkArrived = undefined;
  arrived?.();
});

/** The file's chunks as they come; each taken asks for one more. An undefined chunk is the end. */
async function* input(): AsyncGenerator<Uint8Array | string> {
  for (;;) {
    if (chunks.length === 0) await new Promise<void>((resolve) => (chunkArrived = resolve));
    const chunk = chunks.shift();
    if (chunk === undefined) return;
    post({ type: 'more' });
    yield chunk;
  }
}

let rejected: RejectedRow[] = [];
const takeRejected = () => {
  const taken = rejected;
  rejected = [];
  return taken;
};

const notes = new LossTally();
const gazetteer = work.gazetteerDir ? await Gazetteer.load(work.gazetteerDir) : undefined;
const planner = new AcledImportPlanner({ database: { db: recordlessDb() }, gazetteer }, work.caseId, notes);
planner.useExisting(work.existing);

const sink: PlannedRowSink = {
  async batch(plans, repairs) {
    const reply = await new Promise<ToPlanner>((resolve) => {
      writeAwaited = resolve;
      post({ type: 'batch', plans: plans.map(wirePlan), repairs: [...repairs], rejected: takeRejected() });
    });
    if (reply.type !== 'written') return;
    planner.written(reply.introduced);
    planner.discard(reply.discarded);
  },
  reject: (row) => rejected.push(row),
  progress: (rows) => post({ type: 'progress', rows, rejected: takeRejected() }),
};

try {
  const rows = await planAcledCsv(input(), planner, { batchSize: work.batchSize, lossy: work.lossy }, sink);
  post({ type: 'done', rows, notes: notes.list(), rejected: takeRejected() });
} catch (error) {
  post({ type: 'failed', fault: faultOf(error), rejected: takeRejected() });
}

/**
 * A database without rows, for the planner's look-ups: every record a row may refer to outside its own
 * records is one of the case's actors and sources, handed over whole (planner.useExisting), so a look-up
 * that reaches here is of a record the case does not have.
 */
function recordlessDb(): Db {
  return new Kysely<Schema>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
}

function wirePlan(plan: RowPlan): WirePlan {
  return { ...plan, records: plan.records.map(wireRecord), introduced: plan.introduced.map(wireRecord) };
}

function wireRecord(record: PreparedRecord): WireRecord {
  const { first } = record.first ? record : withFirstVersion(record);
  return { kind: record.kind.name, id: record.id, caseId: record.caseId, index: record.index, first: first! };
}

function faultOf(error: unknown): PlanningFault {
  if (error instanceof CsvFault) return { csv: error.problem };
  if (isDossierError(error)) return { code: error.code, message: error.message, details: error.details };
  return error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
}
