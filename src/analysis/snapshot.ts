/**
 * What the analyses read, taken from the database once: the incidents a filter selects, with their date
 * interval in whole days, place at every admin level, terms, involvements and victim figures; the case's
 * actors with their dated chain of command; its context events; and the signed ledger size and root the
 * snapshot stands for. Everything after this is pure (tempo.ts, sequence.ts, compare.ts, pattern.ts): no SQL
 * in the statistics, and the same snapshot always gives the same result.
 */
import type { Database } from '../db/database.js';
import { incidentKind } from '../incidents/incident-kind.js';
import { VICTIM_FIGURES, type VictimFigure } from '../incidents/victim-group-kind.js';
import { parseCheckpoint } from '../ledger/checkpoint.js';
import type { CustodyLedger } from '../ledger/log.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { filteredIds, type RecordFilter } from '../records/record-query.js';
import { sumCounts, type CountTotal } from '../values/count-sum.js';
import { resolveDate } from '../values/uncertain-date.js';
import { canonicalJson } from '../common/canonical-json.js';
import { DossierError } from '../common/errors.js';
import { victimFigureParts } from './victim-figures.js';

/** Whole days since 1970-01-01 (UTC), first and last inclusive. */
export interface DaySpan {
  first: number;
  last: number;
}

/** The admin levels (and named areas) a place is counted under; null where the place does not say. */
export interface SnapshotPlace {
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  community: string | null;
  area: string | null;
  lat: number | null;
  lon: number | null;
}

export interface SnapshotInvolvement {
  actorIds: string[];
  /** The sources name one of these actors, not which: never counted as attributed to any one of them. */
  eitherOr: boolean;
  factualRole: string;
  attributionStatus: string;
  standardReached: string | null;
}

export interface SnapshotIncident {
  id: string;
  title: string;
  grade: string;
  days: DaySpan | null;
  place: SnapshotPlace | null;
  types: string[];
  means: string[];
  targets: string[];
  involvements: SnapshotInvolvement[];
  victims: Record<VictimFigure, CountTotal>;
}

/** A link up the chain of command (a unit's superior, a person's unit), for the days it held; null ends are open. */
export interface SnapshotSuperior {
  actorId: string;
  first: number | null;
  last: number | null;
}

export interface SnapshotActor {
  id: string;
  name: string;
  actorKind: string;
  superiors: SnapshotSuperior[];
}

export interface SnapshotContextEvent {
  id: string;
  title: string;
  eventKind: string;
  days: DaySpan;
}

export interface LedgerPoint {
  /** The signed tree size the data was read at, and its root hash (hex): a re-run at this size reads the same data. */
  size: number;
  root: string;
}

export interface AnalysisSnapshot {
  caseId: string;
  /** Sorted by id, so every analysis walks them in one order. */
  incidents: SnapshotIncident[];
  actors: SnapshotActor[];
  contextEvents: SnapshotContextEvent[];
  /** Names of the P-codes and named areas the incidents are placed in. */
  placeNames: Record<string, string>;
  ledger: LedgerPoint;
}

export interface SnapshotDeps {
  database: Database;
  ledger: CustodyLedger;
  gazetteer: Gazetteer | undefined;
  /** Snapshots to reuse while the ledger has not grown (a server keeps one; the CLI reads once anyway). */
  snapshots?: SnapshotCache | undefined;
}

const DAY_MS = 86_400_000;
export const dayOf = (instant: string): number => Math.floor(Date.parse(instant) / DAY_MS);
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Snapshots recently read, kept while the ledger has not grown: every write to a case appends to the ledger, so
 * a snapshot read at a signed size is the data for as long as that size is the latest. A server keeps one, so
 * moving between analyses and their parameters does not read a large case again.
 */
export class SnapshotCache {
  private readonly kept = new Map<string, AnalysisSnapshot>();

  constructor(private readonly capacity = 4) {}

  get(key: string, size: number): AnalysisSnapshot | undefined {
    const snapshot = this.kept.get(key);
    if (!snapshot || snapshot.ledger.size !== size) return undefined;
    // Most recently used last, so the first is the one to drop.
    this.kept.delete(key);
    this.kept.set(key, snapshot);
    return snapshot;
  }

  set(key: string, snapshot: AnalysisSnapshot): void {
    this.kept.delete(key);
    this.kept.set(key, snapshot);
    while (this.kept.size > this.capacity) this.kept.delete(this.kept.keys().next().value!);
  }
}

/** Reads the snapshot of `caseId`'s incidents that `filter` selects (the incident list's filters). */
export async function loadSnapshot(deps: SnapshotDeps, caseId: string, filter: RecordFilter = {}): Promise<AnalysisSnapshot> {
  const key = canonicalJson({ caseId, filter });
  const cached = deps.snapshots?.get(key, await deps.ledger.checkpointSize());
  if (cached) return cached;
  // Read at a signed size; if the ledger grows meanwhile, read again, so the snapshot is the data at that size.
  for (let attempt = 0; attempt < 3; attempt++) {
    const ledger = await ledgerPoint(deps.ledger);
    const snapshot = await readSnapshot(deps, caseId, filter, ledger);
    if ((await deps.ledger.checkpointSize()) === ledger.size) {
      deps.snapshots?.set(key, snapshot);
      return snapshot;
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

async function readSnapshot(deps: SnapshotDeps, caseId: string, filter: RecordFilter, ledger: LedgerPoint): Promise<AnalysisSnapshot> {
  const { database, gazetteer } = deps;
  const ids = () => filteredIds(database, incidentKind, { ...filter, caseIds: [caseId] });
  const rows = await database.db
    .selectFrom('records')
    .select(['id', 'title', 'status', 'date_earliest', 'date_latest', 'admin1', 'admin2', 'community', 'lat', 'lon', 'doc'])
    .where('id', 'in', ids())
    .orderBy('id')
    .execute();
  const terms = await database.db.selectFrom('record_terms').select(['incident_id', 'vocab', 'term']).where('incident_id', 'in', ids()).where('vocab', 'in', ['incident_type', 'means', 'target']).execute();
  const involvements = await database.db.selectFrom('records').select(['incident_id', 'doc']).where('kind', '=', 'involvement').where('incident_id', 'in', ids()).orderBy('id').execute();
  const victims = await victimFigureParts(database, ids());

  // Lists, sorted and made unique once per incident: a case of 100k incidents has some 400k term rows.
  const termsOf = new Map<string, Record<'incident_type' | 'means' | 'target', string[]>>();
  for (const t of terms) {
    let entry = termsOf.get(t.incident_id!);
    if (!entry) termsOf.set(t.incident_id!, (entry = { incident_type: [], means: [], target: [] }));
    entry[t.vocab as 'incident_type' | 'means' | 'target'].push(t.term);
  }
  const involvementsOf = new Map<string, SnapshotInvolvement[]>();
  for (const row of involvements) {
    const doc = JSON.parse(row.doc) as { actorIds: string[]; eitherOr?: boolean; factualRole: string; attributionStatus: string; standardReached?: string };
    const list = involvementsOf.get(row.incident_id!) ?? [];
    list.push({ actorIds: [...doc.actorIds].sort(), eitherOr: doc.eitherOr === true, factualRole: doc.factualRole, attributionStatus: doc.attributionStatus, standardReached: doc.standardReached ?? null });
    involvementsOf.set(row.incident_id!, list);
  }

  const placeNames: Record<string, string> = {};
  const incidents = rows.map((row): SnapshotIncident => {
    const place = placeOf(row, JSON.parse(row.doc) as { place?: { pcodes?: { admin3?: string }; namedArea?: string } }, gazetteer, placeNames);
    const found = termsOf.get(row.id);
    const parts = victims.get(row.id);
    return {
      id: row.id,
      title: row.title,
      grade: row.status ?? 'reported',
      days: row.date_earliest && row.date_latest ? { first: dayOf(row.date_earliest), last: dayOf(row.date_latest) } : null,
      place,
      types: uniqueSorted(found?.incident_type),
      means: uniqueSorted(found?.means),
      targets: uniqueSorted(found?.target),
      involvements: involvementsOf.get(row.id) ?? [],
      victims: parts ? (Object.fromEntries(VICTIM_FIGURES.map((figure) => [figure, sumCounts(parts[figure])])) as Record<VictimFigure, CountTotal>) : NO_VICTIMS,
    };
  });
  return { caseId, incidents, actors: await readActors(database, caseId), contextEvents: await readContextEvents(database, caseId), placeNames, ledger };
}

/** One frozen "no figure" for every incident without victim groups: shared, never changed. */
const NO_VICTIMS: Record<VictimFigure, CountTotal> = Object.freeze(
  Object.fromEntries(VICTIM_FIGURES.map((figure) => [figure, Object.freeze(sumCounts([]))])) as Record<VictimFigure, CountTotal>,
);

function uniqueSorted(list: string[] | undefined): string[] {
  if (!list || list.length === 0) return [];
  list.sort();
  return list.filter((term, i) => i === 0 || term !== list[i - 1]);
}

function placeOf(
  row: { admin1: string | null; admin2: string | null; community: string | null; lat: number | null; lon: number | null },
  doc: { place?: { pcodes?: { admin3?: string }; namedArea?: string } },
  gazetteer: Gazetteer | undefined,
  names: Record<string, string>,
): SnapshotPlace | null {
  if (!doc.place) return null;
  const community = row.community ? gazetteer?.byPcode(row.community) : undefined;
  const place: SnapshotPlace = {
    admin1: row.admin1,
    admin2: row.admin2,
    admin3: doc.place.pcodes?.admin3 ?? community?.admin3?.pcode ?? null,
    community: row.community,
    area: doc.place.namedArea ?? null,
    lat: row.lat === null ? null : Number(row.lat),
    lon: row.lon === null ? null : Number(row.lon),
  };
  for (const code of [place.admin1, place.admin2, place.admin3, place.community]) {
    if (code && !(code in names)) names[code] = gazetteer?.byPcode(code)?.name ?? code;
  }
  if (place.area && !(place.area in names)) names[place.area] = gazetteer?.namedArea(place.area)?.properties.name_en ?? place.area;
  return place;
}

async function readActors(database: Database, caseId: string): Promise<SnapshotActor[]> {
  const rows = await database.db.selectFrom('records').select(['id', 'title', 'doc']).where('case_id', '=', caseId).where('kind', '=', 'actor').orderBy('id').execute();
  return rows.map((row) => {
    const doc = JSON.parse(row.doc) as {
      actorKind: string;
      parentUnits?: { actorId: string; from?: string; to?: string }[];
      postings?: { unitId: string; from?: string; to?: string }[];
    };
    const superiors = [
      ...(doc.parentUnits ?? []).map((link) => superior(link.actorId, link.from, link.to)),
      ...(doc.postings ?? []).map((posting) => superior(posting.unitId, posting.from, posting.to)),
    ];
    return { id: row.id, name: row.title, actorKind: doc.actorKind, superiors };
  });
}

/** A dated link: from the first day its start allows to the last day its end allows (the widest reading). */
function superior(actorId: string, from: string | undefined, to: string | undefined): SnapshotSuperior {
  return {
    actorId,
    first: from === undefined ? null : dayOf(resolveDate('from', { edtf: from }).earliest),
    last: to === undefined ? null : dayOf(resolveDate('to', { edtf: to }).latest),
  };
}

async function readContextEvents(database: Database, caseId: string): Promise<SnapshotContextEvent[]> {
  const rows = await database.db
    .selectFrom('records')
    .select(['id', 'title', 'doc', 'date_earliest', 'date_latest'])
    .where('case_id', '=', caseId)
    .where('kind', '=', 'context_event')
    .orderBy('id')
    .execute();
  return rows
    .filter((row) => row.date_earliest && row.date_latest)
    .map((row) => ({ id: row.id, title: row.title, eventKind: (JSON.parse(row.doc) as { eventKind: string }).eventKind, days: { first: dayOf(row.date_earliest!), last: dayOf(row.date_latest!) } }));
}
