import type { Database } from '../db/database.js';
import { searchRecords } from '../db/search-index.js';
import type { RecordKind } from './record-kind.js';
import { searchFacets } from './search-facets.js';

export interface SearchResult {
  query: string;
  hits: { id: string; kind: string; caseId: string; title: string; incidentId: string | null; status: string | null }[];
  /** Matches per kind of record (incidents, claims' excerpts, sources…), over all matches, not only this page. */
  byKind: Record<string, number>;
  /** For the incidents matched: counts by type and by grade. */
  incidentFacets: { byType: Record<string, number>; byGrade: Record<string, number> };
  /**
   * False when more records matched than were counted (PostgreSQL counts the first 2,001: FACET_CAP): byKind and
   * incidentFacets are then lower bounds, shown as "at least". Absent when no counts were asked for.
   */
  countsComplete?: boolean;
  /** Present when more records matched than were ranked: the hits are the best of this many matches found first. */
  rankedAmong?: number;
}

/** Full-text search over incidents, claims' excerpts, sources and the rest, in English and Arabic, with facets. */
export async function searchText(
  database: Database,
  incidentKind: RecordKind<any>,
  text: string,
  options: { caseIds?: string[] | undefined; kinds?: string[] | undefined; limit?: number | undefined; facets?: boolean | undefined } = {},
): Promise<SearchResult> {
  const limit = options.limit ?? 50;
  const found = await searchRecords(database.db, database.engine, text, { caseIds: options.caseIds, kinds: options.kinds, limit });
  const rows = found.hits.length
    ? await database.db
        .selectFrom('records')
        .select(['id', 'kind', 'case_id', 'title', 'incident_id', 'status'])
        .where('id', 'in', found.hits.map((hit) => hit.recordId))
        .execute()
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const hits = found.hits.flatMap((hit) => {
    const row = byId.get(hit.recordId);
    return row ? [{ id: row.id, kind: row.kind, caseId: row.case_id, title: row.title, incidentId: row.incident_id, status: row.status }] : [];
  });
  const ranking = found.rankedAmong === undefined ? {} : { rankedAmong: found.rankedAmong };
  if (options.facets === false) return { query: text, hits, byKind: {}, incidentFacets: { byType: {}, byGrade: {} }, ...ranking };
  const { byKind, byType, byGrade, complete } = await searchFacets(database, incidentKind.name, text, options.caseIds);
  return { query: text, hits, byKind, incidentFacets: { byType, byGrade }, countsComplete: complete, ...ranking };
}
