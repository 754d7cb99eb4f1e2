import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { invalidField } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { Schema } from '../db/schema.js';
import { matchingRecordIds, recordMatches, textMatchesMoreThan } from '../db/search-index.js';
import { PCODE_SHAPES, pcodeLevel, type BoundingBox } from '../values/place.js';
import { INCIDENT_TYPE_VOCAB, typesOf } from './incident-types.js';
import type { RecordKind } from './record-kind.js';
import { rowToView, type RecordView } from './record-store.js';

export interface RecordFilter {
  /** The cases the caller may read; undefined means all. */
  caseIds?: string[] | undefined;
  parentId?: string | undefined;
  incidentId?: string | undefined;
  /** Any of these statuses (an incident's grade, a claim's status). */
  status?: string[] | undefined;
  /** Each entry must match: a record (or, for incidents, one of its acts and involvements) carries any of the terms. */
  terms?: { vocab: string; anyOf: string[] }[] | undefined;
  /** An OCHA P-code at any level (admin1, admin2 or community). */
  pcode?: string | undefined;
  bbox?: BoundingBox | undefined;
  /** Records whose [earliest, latest] overlaps [from, to]. */
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  text?: string | undefined;
  /** Incidents in any of these workflow statuses (an incident never moved is "to do"). */
  workflowStatus?: string[] | undefined;
}

export const SORTS = ['date', '-date', 'updated', '-updated', 'title', '-title'] as const;
export type RecordSort = (typeof SORTS)[number];

export interface RecordPage {
  items: RecordView[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}

type RecordsQuery = SelectQueryBuilder<Schema, 'records', any>;

const SORT_COLUMNS = { date: 'sort_date', updated: 'updated_at', title: 'title' } as const;

/** One page of records of a kind, filtered, sorted, and continued by an opaque keyset cursor. */
export async function listRecords(
  database: Database,
  kind: RecordKind<any>,
  filter: RecordFilter,
  page: { limit?: number | undefined; cursor?: string | undefined; sort?: RecordSort | undefined } = {},
): Promise<RecordPage> {
  const limit = page.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw invalidField('limit', 'must be a whole number from 1 to 500', limit);
  const sort = page.sort ?? 'date';
  if (!SORTS.includes(sort)) throw invalidField('sort', `must be one of ${SORTS.join(', ')}`, sort);
  const descending = sort.startsWith('-');
  const column = SORT_COLUMNS[sort.replace('-', '') as keyof typeof SORT_COLUMNS];

  const hints = await planHints(database, kind, filter);
  const windows = await dateWindows(database, kind, filter);
  const pageOf = <Q extends RecordsQuery>(base: Q, window: DateWindow): Q => {
    let query = applyFilter(database, base, kind, window, hints);
    if (page.cursor !== undefined) {
      const [value, id] = decodeCursor(page.cursor);
      const op = descending ? '<' : '>';
      query = query.where((eb) => eb.or([eb(column, op, value), eb.and([eb(column, '=', value), eb('id', op, id)])])) as Q;
    }
    return query.orderBy(column, descending ? 'desc' : 'asc').orderBy('id', descending ? 'desc' : 'asc').limit(limit + 1) as Q;
  };
  const pageIds = (window: DateWindow) => pageOf(database.db.selectFrom('records').select('id'), window);
  // PostgreSQL finds the page's keys first: when the filter's columns are all in an index, the walk then reads
  // the index alone, and only the page's own records are fetched, not every record checked on the way. Each
  // date window gives its own first page; the page is the first of them together.
  const rows =
    database.engine === 'postgres'
      ? await database.db
          .selectFrom('records')
          .selectAll()
          .where('id', 'in', windows.length === 1 ? pageIds(windows[0]!) : eitherWindow(database, windows.map(pageIds)))
          .orderBy(column, descending ? 'desc' : 'asc')
          .orderBy('id', descending ? 'desc' : 'asc')
          .limit(limit + 1)
          .execute()
      : await pageOf(database.db.selectFrom('records').selectAll(), windows[0]!).execute();
  const items = rows.slice(0, limit).map((row) => rowToView(kind, row));
  const last = rows[limit - 1];
  return rows.length > limit && last ? { items, nextCursor: encodeCursor([String(last[column]), last.id]) } : { items };
}

/** Counts of the filtered records by status and by the values of some vocabularies: the facets of a list. */
export async function facetCounts(
  database: Database,
  kind: RecordKind<any>,
  filter: RecordFilter,
  vocabularies: string[],
): Promise<{ total: number; status: Record<string, number>; terms: Record<string, Record<string, number>> }> {
  const windows = await dateWindows(database, kind, filter);
  // An incident's types are gathered on its row (incident-types.ts): counted with the statuses, in one grouped
  // query that an index holding both answers alone, rather than by probing record_terms for every incident.
  const typesOnRow = kind.name === 'incident' && vocabularies.includes(INCIDENT_TYPE_VOCAB);
  const selected = windows.map((window) =>
    applyFilter(database, database.db.selectFrom('records'), kind, window).select(['id', 'status', typesOnRow ? 'incident_types' : sql<null>`null`.as('incident_types')]),
  );
  const counted = windows.length === 1 ? selected[0]! : eitherWindow(database, selected);
  const groups = await database.db
    .selectFrom(counted.as('selected'))
    .select(['status', 'incident_types', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['status', 'incident_types'])
    .execute();
  const status: Record<string, number> = {};
  const terms: Record<string, Record<string, number>> = {};
  let total = 0;
  for (const group of groups) {
    const n = Number(group.n);
    status[group.status ?? 'none'] = (status[group.status ?? 'none'] ?? 0) + n;
    total += n;
    if (!typesOnRow) continue;
    const byType = (terms[INCIDENT_TYPE_VOCAB] ??= {});
    for (const type of typesOf(group.incident_types)) byType[type] = (byType[type] ?? 0) + n;
  }
  const joined = vocabularies.filter((vocab) => !(typesOnRow && vocab === INCIDENT_TYPE_VOCAB));
  if (joined.length > 0) {
    const link = kind.name === 'incident' ? 'incident_id' : 'record_id';
    // Materialised, so the engine walks the (few) selected records and probes their terms, not all terms.
    const rows = await database.db
      .with((cte) => cte('selected').materialized(), () => database.db.selectFrom(counted.as('counted')).select('id'))
      .selectFrom('selected')
      .innerJoin('record_terms', `record_terms.${link}`, 'selected.id')
      .select(['record_terms.vocab', 'record_terms.term', (eb) => eb.fn.count<number>(`record_terms.${link}`).distinct().as('n')])
      .where('record_terms.vocab', 'in', joined)
      .groupBy(['record_terms.vocab', 'record_terms.term'])
      .execute();
    for (const row of rows) (terms[row.vocab] ??= {})[row.term] = Number(row.n);
  }
  return { total, status, terms };
}

/** A filter with the bounds of the part of the date index to walk (dateWindows). */
type DateWindow = RecordFilter & { startsAfter?: string; startsBefore?: string; longSpansOnly?: boolean };

/**
 * PostgreSQL keeps records spanning at least this many days in an index of their own as well (records_by_long_span,
 * migration 0025): a month-long siege or a year known only to the year is rare beside the day-long strikes.
 */
export const LONG_SPAN_DAYS = 32;

/**
 * A record overlapping [from, to] starts at most `longest span` days before `from`. Adding that bound lets the
 * date index be walked over a window instead of from the beginning of time; the answer is the same.
 *
 * One record known only to its year would make every date filter walk a year of records before `from`, checking
 * each one's end: a million index entries at 10M incidents. PostgreSQL splits the walk in two: every record
 * starting from LONG_SPAN_DAYS before `from`, and, before that, only the long records, from their own index.
 * Any record that starts earlier and still reaches `from` spans more than LONG_SPAN_DAYS days, so the two
 * windows together hold every overlapping record, and no record is in both.
 */
async function dateWindows(database: Database, kind: RecordKind<any>, filter: RecordFilter): Promise<DateWindow[]> {
  if (filter.dateFrom === undefined) return [filter];
  // `is not null` changes no maximum; it names the condition of the partial index records_by_kind_span.
  let query = database.db
    .selectFrom('records')
    .select((eb) => eb.fn.max('span_days').as('longest'))
    .where('kind', '=', kind.name)
    .where('span_days', 'is not', null);
  if (filter.caseIds !== undefined) query = query.where('case_id', 'in', filter.caseIds.length ? filter.caseIds : ['']);
  const longest = Number((await query.executeTakeFirst())?.longest ?? 0);
  const from = Date.parse(filter.dateFrom);
  const start = from - (longest + 1) * DAY_MS;
  if (start <= Date.parse('0001-01-01T00:00:00Z')) return [filter];
  const startsAfter = new Date(start).toISOString();
  if (database.engine !== 'postgres' || longest < LONG_SPAN_DAYS) return [{ ...filter, startsAfter }];
  const split = new Date(from - LONG_SPAN_DAYS * DAY_MS).toISOString();
  return [
    { ...filter, startsAfter: split },
    { ...filter, startsAfter, startsBefore: split, longSpansOnly: true },
  ];
}

const DAY_MS = 86_400_000;

/** PostgreSQL: the rows of several windows' queries together, each query reading its own part of the index. */
function eitherWindow<Row>(database: Database, queries: SelectQueryBuilder<Schema, 'records', Row>[]) {
  const [first, ...rest] = queries.map((query, i) => database.db.selectFrom(query.as(`w${i}`)).selectAll());
  return rest.reduce((union, next) => union.unionAll(next), first!);
}

/** The ids a filter selects, as a subquery to combine with other queries. */
export function filteredIds(database: Database, kind: RecordKind<any>, filter: RecordFilter) {
  return applyFilter(database, database.db.selectFrom('records'), kind, filter).select('id');
}

/** Conditions matching so many records that a page is found sooner by walking an ordered index and checking them. */
interface PlanHints {
  commonTerms: Set<string>;
  commonText: boolean;
  /** PostgreSQL: all the records a rarer word or a smaller box selects, read first; the list is drawn from them. */
  textIds?: string[];
  boxIds?: string[];
}

const NO_HINTS: PlanHints = { commonTerms: new Set(), commonText: false };
/** About the number of index entries SQLite walks in the time it sorts this many full records. */
export const COMMON_MATCHES = 2000;

/**
 * SQLite's planner, once ANALYZE has run, drives a list from a term's or a word's matches and sorts them all,
 * which for a common term costs tens of milliseconds; for a rare one it is right. Counting the matches first
 * (up to the threshold, in a covering index or the FTS doclist) costs about a millisecond and tells which is which.
 * PostgreSQL's per-value statistics let its planner choose for terms without help; words and boxes need some.
 */
async function planHints(database: Database, kind: RecordKind<any>, filter: RecordFilter): Promise<PlanHints> {
  if (database.engine === 'postgres') return postgresHints(database, kind, filter);
  const hints: PlanHints = { commonTerms: new Set(), commonText: false };
  for (const { vocab, anyOf } of filter.terms ?? []) {
    if (anyOf.length === 0) continue;
    const carriers = database.db.selectFrom('record_terms').select('record_id').where('vocab', '=', vocab).where('term', 'in', anyOf).limit(COMMON_MATCHES + 1);
    const row = await database.db.selectFrom(carriers.as('c')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    if (Number(row?.n ?? 0) > COMMON_MATCHES) hints.commonTerms.add(vocab);
  }
  if (filter.text !== undefined && filter.text.trim() !== '') hints.commonText = await textMatchesMoreThan(database.db, filter.text, COMMON_MATCHES);
  return hints;
}

/**
 * PostgreSQL reads up to this many records in a box first; with more, a list walks its date index. Higher
 * than for a word: reading a box's matches costs about what walking past them does, until tens of thousands.
 */
export const BOX_READ_FIRST = 5000;

/**
 * PostgreSQL estimates a word's matches well but a box's not at all (a fixed fraction of the table), and either
 * way a join with millions of matches costs seconds. Reading the matches first (up to COMMON_MATCHES of a word,
 * BOX_READ_FIRST of a box) from the GIN or GiST index gives both: a list drawn from the few, or a walk of the
 * date index that checks each record against the many.
 */
async function postgresHints(database: Database, kind: RecordKind<any>, filter: RecordFilter): Promise<PlanHints> {
  const hints: PlanHints = { commonTerms: new Set(), commonText: false };
  if (filter.text !== undefined && filter.text.trim() !== '') {
    const ids = await matchingRecordIds(database.db, filter.text, COMMON_MATCHES);
    if (ids) hints.textIds = ids;
    else hints.commonText = true;
  }
  if (filter.bbox) {
    let inBox = database.db.selectFrom('records').select('id').where('kind', '=', kind.name).where(boxOverlaps(filter.bbox));
    if (filter.caseIds !== undefined) inBox = inBox.where('case_id', 'in', filter.caseIds.length ? filter.caseIds : ['']);
    const rows = await inBox.limit(BOX_READ_FIRST + 1).execute();
    if (rows.length <= BOX_READ_FIRST) hints.boxIds = rows.map((row) => row.id);
  }
  return hints;
}

/** PostgreSQL: the record's bounding box overlaps `box`, as the GiST index records_by_box answers it. */
function boxOverlaps({ west, south, east, north }: BoundingBox): RawBuilder<boolean> {
  return sql<boolean>`box(point(west, south), point(east, north)) && box(point(${west}, ${south}), point(${east}, ${north}))`;
}

function applyFilter<Q extends RecordsQuery>(database: Database, base: Q, kind: RecordKind<any>, filter: DateWindow, hints: PlanHints = NO_HINTS): Q {
  let query = base.where('kind', '=', kind.name) as Q;
  if (filter.caseIds !== undefined) query = query.where('case_id', 'in', filter.caseIds.length ? filter.caseIds : ['']) as Q;
  if (filter.parentId !== undefined) query = query.where('parent_id', '=', filter.parentId) as Q;
  if (filter.incidentId !== undefined) query = query.where('incident_id', '=', filter.incidentId) as Q;
  if (filter.status?.length) query = query.where('status', 'in', filter.status) as Q;
  for (const { vocab, anyOf } of filter.terms ?? []) {
    if (anyOf.length === 0) continue;
    if (database.engine === 'postgres' && kind.name === 'incident' && vocab === INCIDENT_TYPE_VOCAB) {
      // The types gathered on the incident's row are exactly its and its acts' terms (incident-types.ts), and
      // the date and grade indexes carry them: the list's walk checks them there, never probing record_terms.
      query = query.where(sql<boolean>`string_to_array(records.incident_types, ' ') && ${anyOf}::text[]`) as Q;
      continue;
    }
    const link = kind.name === 'incident' ? 'incident_id' : 'record_id';
    const carriers = database.db.selectFrom('record_terms').select(link).where('vocab', '=', vocab).where('term', 'in', anyOf);
    // The unary plus keeps SQLite from using the condition to choose rows: it only checks them.
    query = (hints.commonTerms.has(vocab) ? query.where(sql<boolean>`+records.id in (${carriers})`) : query.where('id', 'in', carriers)) as Q;
  }
  if (filter.pcode !== undefined) query = query.where(pcodeColumn(filter.pcode), '=', filter.pcode) as Q;
  if (hints.boxIds) query = query.where(sql<boolean>`records.id = any(${hints.boxIds}::text[])`) as Q;
  if (hints.textIds) query = query.where(sql<boolean>`records.id = any(${hints.textIds}::text[])`) as Q;
  if (filter.bbox) {
    const { west, south, east, north } = filter.bbox;
    // Box overlap, so an area that reaches into the box is found as well as a point inside it.
    query = query.where('west', '<=', east).where('east', '>=', west).where('south', '<=', north).where('north', '>=', south) as Q;
  }
  if (filter.dateFrom !== undefined) query = query.where('date_latest', '>=', filter.dateFrom) as Q;
  if (filter.startsAfter !== undefined) query = query.where('sort_date', '>=', filter.startsAfter) as Q;
  if (filter.startsBefore !== undefined) query = query.where('sort_date', '<', filter.startsBefore) as Q;
  // Written as a constant, so that PostgreSQL's planner sees the condition of the partial index records_by_long_span.
  if (filter.longSpansOnly) query = query.where('span_days', '>=', sql.lit(LONG_SPAN_DAYS)) as Q;
  // sort_date is date_earliest for every dated record, so the same bound lets a date-ordered index stop early.
  // (It implies the first, as undated records sort last: PostgreSQL checks it alone, within its date indexes.)
  if (filter.dateTo !== undefined && database.engine === 'sqlite') query = query.where('date_earliest', '<=', filter.dateTo) as Q;
  if (filter.dateTo !== undefined) query = query.where('sort_date', '<=', filter.dateTo) as Q;
  if (filter.workflowStatus?.length && kind.name === 'incident') {
    // An incident never moved has no workflow row and is "to do" (src/workflow/transitions.ts INITIAL_STATUS).
    const status = sql`coalesce((select w.status from incident_workflow w where w.record_id = records.id), 'to_do')`;
    query = query.where(sql<boolean>`${status} in (${sql.join(filter.workflowStatus)})`) as Q;
  }
  if (filter.text !== undefined && filter.text.trim() !== '' && !hints.textIds) {
    query = query.where(recordMatches(database.engine, filter.text, { checkOnly: hints.commonText })) as Q;
  }
  return query;
}

/**
 * The index column a P-code filters on, by the level its shape shows. A code the index cannot find is refused,
 * never looked up in the wrong column to find nothing: sub-districts have no column, so their district is offered.
 */
export function pcodeColumn(code: string): 'admin1' | 'admin2' | 'community' {
  const level = pcodeLevel(code);
  if (level === 'admin1' || level === 'admin2' || level === 'community') return level;
  if (level === 'admin3') {
    throw invalidField('pcode', `sub-district codes (${PCODE_SHAPES.admin3.example}) are not indexed: filter by its district ${code.slice(0, 6)} or by a community`, code);
  }
  const { admin1, admin2, community } = PCODE_SHAPES;
  throw invalidField('pcode', `is not an OCHA P-code of a governorate (${admin1.example}), district (${admin2.example}) or community (${community.example}, C and up to six digits)`, code);
}

/** An opaque keyset cursor: the last row's sort value and id. */
export function encodeCursor(parts: [string, string]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parts) && parts.length === 2 && parts.every((p) => typeof p === 'string')) return parts as [string, string];
  } catch {
    // fall through to the error below
  }
  throw invalidField('cursor', 'is not a cursor this server gave out', cursor);
}

