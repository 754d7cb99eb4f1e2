import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { queryWords, recordMatches, textMatchesMoreThan } from '../db/search-index.js';
import { typesOf } from './incident-types.js';
import { COMMON_MATCHES } from './record-query.js';

export interface SearchFacets {
  /** Matches per kind of record, over all matches. */
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
  if (queryWords(text).length === 0) return facetsOf([], incidentKindName);
  const common = database.engine === 'sqlite' && (await textMatchesMoreThan(database.db, text, COMMON_MATCHES));
  let query = database.db
    .selectFrom('records')
    .select(['kind', 'status', 'incident_types as incidentTypes', sql<number>`count(*)`.as('n')])
    .where(recordMatches(database.engine, text, { checkOnly: common }));
  if (caseIds) query = query.where('case_id', 'in', caseIds.length ? caseIds : ['']);
  // Grouped by case too: the groups then come in the index's own order, with nothing to sort.
  const groups = await query.groupBy(['case_id', 'kind', 'status', 'incident_types']).execute();
  return facetsOf(groups, incidentKindName);
}

/** Adds up the groups: an incident counts once under each type it carries, as it counts once in a type filter. */
export function facetsOf(groups: readonly FacetGroup[], incidentKindName: string): SearchFacets {
  const facets: SearchFacets = { byKind: {}, byGrade: {}, byType: {} };
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
