import { sql } from 'kysely';
import type { Db } from '../db/schema.js';

/**
 * An incident's row keeps the incident types that it and its acts carry (the `incident_types` column: distinct,
 * in order, space-separated; types are vocabulary ids, which have no spaces). A search counts its matches by
 * type from the records' status index with it, instead of probing record_terms once for every match.
 * record_terms stays the truth: the column is gathered from it whenever terms of this vocabulary change.
 */
export const INCIDENT_TYPE_VOCAB = 'incident_type';

/** The incidents whose gathered types change when these term rows are written or removed. */
export function incidentsRetyped(terms: readonly { vocab: string; incident_id: string | null }[]): string[] {
  return [...new Set(terms.flatMap((t) => (t.vocab === INCIDENT_TYPE_VOCAB && t.incident_id !== null ? [t.incident_id] : [])))];
}

/** Rewrites the gathered types of these incidents from their terms; run after the terms are written. */
export async function gatherIncidentTypes(trx: Db, incidentIds: readonly string[]): Promise<void> {
  // string_agg is both engines' (SQLite from 3.44); batches keep within their limits on bound values.
  const gathered = sql<string | null>`(
    select string_agg(term, ' ' order by term)
    from (select distinct term from record_terms where record_terms.incident_id = records.id and record_terms.vocab = ${INCIDENT_TYPE_VOCAB}) as gathered)`;
  for (let start = 0; start < incidentIds.length; start += 500) {
    await trx.updateTable('records').set({ incident_types: gathered }).where('id', 'in', incidentIds.slice(start, start + 500)).execute();
  }
}

/** The types in a gathered column. */
export function typesOf(gathered: string | null): string[] {
  return gathered ? gathered.split(' ') : [];
}
