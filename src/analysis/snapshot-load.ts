/**
 * Loading a snapshot at a signed ledger size. The CLI reads the selection once. A server keeps each case it
 * analysed whole, at the size it was read (a SnapshotCache): every write to a case appends to the ledger and
 * logs a record version with its entry's number, so when the ledger has grown only the incidents those versions
 * touch are read again, and a selection is the case's incidents that the incident list's filter names.
 */
import { canonicalJson } from '../common/canonical-json.js';
import { DossierError } from '../common/errors.js';
import type { Database } from '../db/database.js';
import { incidentKind } from '../incidents/incident-kind.js';
import { parseCheckpoint } from '../ledger/proofs/checkpoint.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { filteredIds, type RecordFilter } from '../records/record-query.js';
import type { AnalysisSnapshot, LedgerPoint, SnapshotIncident } from './snapshot.js';
import { readActors, readContextEvents, readIncidents } from './snapshot-read.js';

export interface SnapshotDeps {
  database: Database;
  ledger: CustodyLedger;
  gazetteer: Gazetteer | undefined;
  /** Cases kept between requests (a server keeps one; the CLI reads once anyway). */
  snapshots?: SnapshotCache | undefined;
}

/** A whole case as read at a signed size: every incident (sorted by id), actors, context events, place names. */
type CaseSnapshot = AnalysisSnapshot;

/**
 * Cases analysed recently, each whole at the size it was read, and the selections last taken from them. A case
 * is brought up to date by reading again only what changed; one that changed a lot is read again whole.
 */
export class SnapshotCache {
  private readonly cases = new Map<string, CaseSnapshot>();
  private readonly selections = new Map<string, AnalysisSnapshot>();

  constructor(private readonly capacity = 4) {}

  caseAt(caseId: string): CaseSnapshot | undefined {
    return this.cases.get(caseId);
  }

  selection(key: string, ledger: LedgerPoint): AnalysisSnapshot | undefined {
    const kept = this.selections.get(key);
    return kept && kept.ledger.size === ledger.size && kept.ledger.root === ledger.root ? kept : undefined;
  }

  keep(whole: CaseSnapshot, key: string, selection: AnalysisSnapshot): void {
    keepRecent(this.cases, whole.caseId, whole, this.capacity);
    keepRecent(this.selections, key, selection, this.capacity * 4);
  }
}

/** Most recently used last, so the first is the one to drop. */
function keepRecent<T>(map: Map<string, T>, key: string, value: T, capacity: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > capacity) map.delete(map.keys().next().value!);
}

/** Reads the snapshot of `caseId`'s incidents that `filter` selects (the incident list's filters). */
export async function loadSnapshot(deps: SnapshotDeps, caseId: string, filter: RecordFilter = {}): Promise<AnalysisSnapshot> {
  const key = canonicalJson({ caseId, filter });
  // Read at a signed size; if the ledger grows meanwhile, read again, so the snapshot is the data at that size.
  for (let attempt = 0; attempt < 3; attempt++) {
    const ledger = await ledgerPoint(deps.ledger);
    const cache = deps.snapshots;
    const kept = cache?.selection(key, ledger);
    if (kept) return kept;
    if (!cache) {
      const snapshot = await readSnapshot(deps, caseId, filteredIds(deps.database, incidentKind, { ...filter, caseIds: [caseId] }), ledger);
      if ((await deps.ledger.checkpointSize()) === ledger.size) return snapshot;
      continue;
    }
    const whole = await caseAt(deps, cache.caseAt(caseId), caseId, ledger);
    const selection = isEmpty(filter) ? whole : await selectFrom(deps.database, whole, caseId, filter);
    if ((await deps.ledger.checkpointSize()) === ledger.size) {
      cache.keep(whole, key, selection);
      return selection;
    }
  }
  throw new DossierError('CONFLICT', 'the case kept changing while it was read for analysis; run the analysis again');
}

async function ledgerPoint(ledger: CustodyLedger): Promise<LedgerPoint> {
  const note = await ledger.latestCheckpoint();
  if (!note) throw new DossierError('LEDGER_INCONSISTENT', 'the ledger has no signed checkpoint yet');
  const checkpoint = parseCheckpoint(note.slice(0, note.indexOf('\n\n') + 1));
  return { size: checkpoint.treeSize, root: Buffer.from(checkpoint.rootHash).toString('hex') };
}

async function readSnapshot(deps: SnapshotDeps, caseId: string, ids: Parameters<typeof readIncidents>[2], ledger: LedgerPoint): Promise<AnalysisSnapshot> {
  const placeNames: Record<string, string> = {};
  const incidents = await readIncidents(deps.database, deps.gazetteer, ids, placeNames);
  return { caseId, incidents, actors: await readActors(deps.database, caseId), contextEvents: await readContextEvents(deps.database, caseId), placeNames, ledger };
}

/** Records written since a kept case beyond which it is read again whole (or a tenth of its incidents, if more). */
const REREAD_AFTER = 2000;

/** The whole case at `ledger`: the kept one as it is, brought up to date, or read again. */
async function caseAt(deps: SnapshotDeps, kept: CaseSnapshot | undefined, caseId: string, ledger: LedgerPoint): Promise<CaseSnapshot> {
  const { database } = deps;
  const whole = () => readSnapshot(deps, caseId, filteredIds(database, incidentKind, { caseIds: [caseId] }), ledger);
  if (!kept || kept.ledger.size > ledger.size) return whole();
  if (kept.ledger.size === ledger.size) return kept.ledger.root === ledger.root ? kept : whole();
  const most = Math.max(REREAD_AFTER, Math.floor(kept.incidents.length / 10));
  const written = await database.db
    .selectFrom('record_revisions')
    .select('record_id')
    .distinct()
    .where('case_id', '=', caseId)
    .where('ledger_seq', '>=', kept.ledger.size)
    .limit(most + 1)
    .execute();
  if (written.length > most) return whole();
  const touched = await incidentsTouched(database, written.map((row) => row.record_id));
  const placeNames = { ...kept.placeNames };
  const fresh = await readIncidents(database, deps.gazetteer, touched, placeNames);
  return {
    caseId,
    incidents: mergeById(kept.incidents, new Set(touched), fresh),
    actors: await readActors(database, caseId),
    contextEvents: await readContextEvents(database, caseId),
    placeNames,
    ledger,
  };
}

/**
 * The incidents whose snapshot a write to these records may change: an incident itself, and the incident each
 * version of an act, involvement, victim group, claim or assessment belonged to (every version, so a record
 * moved from one incident to another changes both). Actors and context events are read again whole anyway.
 */
async function incidentsTouched(database: Database, recordIds: string[]): Promise<string[]> {
  const touched = new Set<string>();
  for (let i = 0; i < recordIds.length; i += 1000) {
    const versions = await database.db.selectFrom('record_revisions').select(['record_id', 'kind', 'doc']).where('record_id', 'in', recordIds.slice(i, i + 1000)).execute();
    for (const version of versions) {
      if (version.kind === 'incident') {
        touched.add(version.record_id);
        continue;
      }
      const doc = JSON.parse(version.doc) as { incidentId?: unknown; object?: { kind?: unknown; id?: unknown } };
      if (typeof doc.incidentId === 'string') touched.add(doc.incidentId);
      if (doc.object?.kind === 'incident' && typeof doc.object.id === 'string') touched.add(doc.object.id);
    }
  }
  return [...touched].sort();
}

/** The kept incidents without those read again, and those read again (both sorted by id): one sorted list. */
function mergeById(kept: readonly SnapshotIncident[], replaced: ReadonlySet<string>, fresh: readonly SnapshotIncident[]): SnapshotIncident[] {
  const merged: SnapshotIncident[] = [];
  let next = 0;
  for (const incident of kept) {
    while (next < fresh.length && fresh[next]!.id < incident.id) merged.push(fresh[next++]!);
    if (!replaced.has(incident.id)) merged.push(incident);
  }
  while (next < fresh.length) merged.push(fresh[next++]!);
  return merged;
}

function isEmpty(filter: RecordFilter): boolean {
  return Object.values(filter).every((value) => value === undefined || (Array.isArray(value) && value.length === 0));
}

/** The case's incidents the filter names (asked of the database at the same size), from the whole case kept. */
async function selectFrom(database: Database, whole: CaseSnapshot, caseId: string, filter: RecordFilter): Promise<AnalysisSnapshot> {
  const rows = await filteredIds(database, incidentKind, { ...filter, caseIds: [caseId] }).execute();
  const chosen = new Set(rows.map((row) => row.id));
  return { ...whole, incidents: whole.incidents.filter((incident) => chosen.has(incident.id)) };
}
