/**
 * Reading the parts of an analysis snapshot out of the database: incidents (by a subquery or a list of ids),
 * the case's actors and its context events. Each incident's terms are gathered into one row by the database
 * and its place's finer parts are read out of the document there, so a large case costs one narrow row per
 * incident per query rather than a row per term and a parsed document.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../db/database.js';
import { VICTIM_FIGURES, type VictimFigure } from '../incidents/victim-group-kind.js';
import type { Gazetteer } from '../places/gazetteer.js';
import type { filteredIds } from '../records/record-query.js';
import { sumCounts, type CountTotal } from '../values/count-sum.js';
import { resolveDate } from '../values/uncertain-date.js';
import { dayOf, type SnapshotActor, type SnapshotContextEvent, type SnapshotIncident, type SnapshotInvolvement, type SnapshotPlace, type SnapshotSuperior } from './snapshot.js';
import { victimFigureParts } from './victim-figures.js';

/** Which incidents to read: a subquery of ids (a filter) or the ids themselves. */
export type IncidentIds = ReturnType<typeof filteredIds> | readonly string[];

/** The incidents `ids` names, sorted by id, and the names of the P-codes and named areas they are placed in. */
export async function readIncidents(
  database: Database,
  gazetteer: Gazetteer | undefined,
  ids: IncidentIds,
  placeNames: Record<string, string>,
): Promise<SnapshotIncident[]> {
  if (!Array.isArray(ids)) return readSome(database, gazetteer, ids as ReturnType<typeof filteredIds>, placeNames);
  // A list is read in slices, within every engine's limit on bound parameters.
  const read: SnapshotIncident[] = [];
  for (let i = 0; i < ids.length; i += 1000) read.push(...(await readSome(database, gazetteer, ids.slice(i, i + 1000), placeNames)));
  return read.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function readSome(database: Database, gazetteer: Gazetteer | undefined, source: ReturnType<typeof filteredIds> | string[], placeNames: Record<string, string>): Promise<SnapshotIncident[]> {
  const json = jsonText(database);
  const rows = await database.db
    .selectFrom('records')
    .select(['id', 'title', 'status', 'date_earliest', 'date_latest', 'admin1', 'admin2', 'community', 'lat', 'lon'])
    .select([json('doc', ['place', 'precision']).as('precision'), json('doc', ['place', 'pcodes', 'admin3']).as('admin3'), json('doc', ['place', 'namedArea']).as('named_area')])
    .where('id', 'in', source)
    .orderBy('id')
    .execute();
  const terms = await database.db
    .selectFrom('record_terms')
    .select(['incident_id', groupedTerms(database).as('terms')])
    .where('incident_id', 'in', source)
    .where('vocab', 'in', ['incident_type', 'means', 'target'])
    .groupBy('incident_id')
    .execute();
  const involvements = await database.db.selectFrom('records').select(['incident_id', 'doc']).where('kind', '=', 'involvement').where('incident_id', 'in', source).orderBy('id').execute();
  const victims = await victimFigureParts(database, source);

  const termsOf = new Map<string, Record<'incident_type' | 'means' | 'target', string[]>>();
  for (const row of terms) {
    const entry = { incident_type: [] as string[], means: [] as string[], target: [] as string[] };
    for (const pair of String(row.terms).split(TERM_SEPARATOR)) {
      const at = pair.indexOf(VOCAB_SEPARATOR);
      entry[pair.slice(0, at) as 'incident_type' | 'means' | 'target'].push(pair.slice(at + 1));
    }
    termsOf.set(row.incident_id!, entry);
  }
  const involvementsOf = new Map<string, SnapshotInvolvement[]>();
  for (const row of involvements) {
    const doc = JSON.parse(row.doc) as { actorIds: string[]; eitherOr?: boolean; factualRole: string; attributionStatus: string; standardReached?: string };
    const list = involvementsOf.get(row.incident_id!) ?? [];
    list.push({ actorIds: [...doc.actorIds].sort(), eitherOr: doc.eitherOr === true, factualRole: doc.factualRole, attributionStatus: doc.attributionStatus, standardReached: doc.standardReached ?? null });
    involvementsOf.set(row.incident_id!, list);
  }
  return rows.map((row): SnapshotIncident => {
    const found = termsOf.get(row.id);
    const parts = victims.get(row.id);
    return {
      id: row.id,
      title: row.title,
      grade: row.status ?? 'reported',
      days: row.date_earliest && row.date_latest ? { first: dayOf(row.date_earliest), last: dayOf(row.date_latest) } : null,
      // Every place states its precision: a document without one has no place.
      place: row.precision === null ? null : placeOf(row, gazetteer, placeNames),
      types: uniqueSorted(found?.incident_type),
      means: uniqueSorted(found?.means),
      targets: uniqueSorted(found?.target),
      involvements: involvementsOf.get(row.id) ?? [],
      victims: parts ? (Object.fromEntries(VICTIM_FIGURES.map((figure) => [figure, sumCounts(parts[figure])])) as Record<VictimFigure, CountTotal>) : NO_VICTIMS,
    };
  });
}

// Control characters no vocabulary term holds, to pack an incident's terms into one text column.
const TERM_SEPARATOR = '\u001e';
const VOCAB_SEPARATOR = '\u001f';

function groupedTerms(database: Database): RawBuilder<string> {
  const pair = sql<string>`vocab || ${VOCAB_SEPARATOR} || term`;
  return database.engine === 'sqlite' ? sql<string>`group_concat(${pair}, ${TERM_SEPARATOR})` : sql<string>`string_agg(${pair}, ${TERM_SEPARATOR})`;
}

/** A text value at `path` in a JSON text column, read by the database (null where absent). */
function jsonText(database: Database): (column: string, path: string[]) => RawBuilder<string | null> {
  if (database.engine === 'sqlite') return (column, path) => sql<string | null>`json_extract(${sql.ref(column)}, ${`$.${path.join('.')}`})`;
  return (column, path) => sql<string | null>`(${sql.ref(column)}::json #>> ${`{${path.join(',')}}`})`;
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
  row: { admin1: string | null; admin2: string | null; admin3: string | null; community: string | null; named_area: string | null; lat: number | null; lon: number | null },
  gazetteer: Gazetteer | undefined,
  names: Record<string, string>,
): SnapshotPlace {
  const community = row.community ? gazetteer?.byPcode(row.community) : undefined;
  const place: SnapshotPlace = {
    admin1: row.admin1,
    admin2: row.admin2,
    admin3: row.admin3 ?? community?.admin3?.pcode ?? null,
    community: row.community,
    area: row.named_area,
    lat: row.lat === null ? null : Number(row.lat),
    lon: row.lon === null ? null : Number(row.lon),
  };
  for (const code of [place.admin1, place.admin2, place.admin3, place.community]) {
    if (code && !(code in names)) names[code] = gazetteer?.byPcode(code)?.name ?? code;
  }
  if (place.area && !(place.area in names)) names[place.area] = gazetteer?.namedArea(place.area)?.properties.name_en ?? place.area;
  return place;
}

export async function readActors(database: Database, caseId: string): Promise<SnapshotActor[]> {
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

export async function readContextEvents(database: Database, caseId: string): Promise<SnapshotContextEvent[]> {
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
