import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { queryWords, recordMatches, searchDocsMatch, textMatchesMoreThan } from '../db/search-index.js';
import { typesOf } from './incident-types.js';
import { COMMON_MATCHES } from './record-query.js';

export interface SearchFacets extends FacetCounts {
  /**
   * True when the counts are over all matches. False when more records matched than PostgreSQL counts
   * (FACET_CAP): the counts are then of the first matches found, each a lower bound, to be shown as "at least".
   */
  complete: boolean;
}

export interface FacetCounts {
  /** Matches per kind of record, over all matches (or at least these many: see SearchFacets.complete). */
  byKind: Record<string, number>;
  /** The incidents matched, by grade ("none" for an incident without one) and by each type they carry. */
  byGrade: Record<string, number>;
  byType: Record<string, number>;
}

/** How many matching records share a kind, a status and a set of gathered incident types. */
export interface FacetGroup {
  kind: string;
  status: string | null;
  incidentTypes: string | null;
  n: number;
}

/**
 * The counts of a search, in one grouped query: the status index holds kind, status and gathered types, so the
 * matches are counted without reading a record or a term. For a common word SQLite walks that index and only
 * checks each entry against the matches (a few hundred thousand entries cost less than fetching tens of
 * thousands of records); for a rare one it fetches the few matching records.
 */
export async function searchFacets(database: Database, incidentKindName: string, text: string, caseIds: string[] | undefined): Promise<SearchFacets> {
  if (queryWords(text).length === 0) return { ...facetsOf([], incidentKindName), complete: true };
  if (database.engine === 'postgres') return cappedFacets(database, incidentKindName, text, caseIds);
  const common = await textMatchesMoreThan(database.db, text, COMMON_MATCHES);
  let query = database.db
    .selectFrom('records')
    .select(['kind', 'status', 'incident_types as incidentTypes', sql<number>`count(*)`.as('n')])
    .where(recordMatches(database.engine, text, { checkOnly: common }));
  if (caseIds) query = query.where('case_id', 'in', caseIds.length ? caseIds : ['']);
  // Grouped by case too: the groups then come in the index's own order, with nothing to sort.
  const groups = await query.groupBy(['case_id', 'kind', 'status', 'incident_types']).execute();
  return { ...facetsOf(groups, incidentKindName), complete: true };
}

/** PostgreSQL counts at most this many matches of a search; beyond, its counts are lower bounds. */
export const FACET_CAP = 2000;

/**
 * Exact counts of a word in millions of records would read every matching record (seconds): PostgreSQL counts
 * the first FACET_CAP + 1 matches in scope and, if there are that many, says the counts are incomplete.
 */
async function cappedFacets(database: Database, incidentKindName: string, text: string, caseIds: string[] | undefined): Promise<SearchFacets> {
  let matches = database.db.selectFrom('search_docs').select('record_id').where(searchDocsMatch(text));
  if (caseIds) matches = matches.where('case_id', 'in', caseIds.length ? caseIds : ['']);
  const groups: FacetGroup[] = await database.db
    .selectFrom('records')
    .select(['kind', 'status', 'incident_types as incidentTypes', sql<number>`count(*)`.as('n')])
    .where('id', 'in', matches.limit(FACET_CAP + 1))
    .groupBy(['kind', 'status', 'incident_types'])
    .execute();
  const counted = groups.reduce((sum, group) => sum + Number(group.n), 0);
  return { ...facetsOf(groups, incidentKindName), complete: counted <= FACET_CAP };
}

/** Adds up the groups: an incident counts once under each type it carries, as it counts once in a type filter. */
export function facetsOf(groups: readonly FacetGroup[], incidentKindName: string): FacetCounts {
  const facets: FacetCounts = { byKind: {}, byGrade: {}, byType: {} };
  const add = (counts: Record<string, number>, key: string, n: number) => {
    counts[key] = (counts[key] ?? 0) + n;
  };
  for (const group of groups) {
    const n = Number(group.n);
    add(facets.byKind, group.kind, n);
    if (group.kind !== incidentKindName) continue;
    add(facets.byGrade, group.status ?? 'none', n);
    for (const type of typesOf(group.incidentTypes)) add(facets.byType, type, n);
  }
  return facets;
}
