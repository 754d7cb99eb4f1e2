import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/schema.js';

/**
 * An incident's row keeps the incident types that it and its acts carry (the `incident_types` column: distinct,
 * in order, space-separated; types are vocabulary ids, which have no spaces). A search counts its matches by
 * type from the records' status index with it, instead of probing record_terms once for every match.
 * record_terms stays the truth: the column is gathered from it whenever terms of this vocabulary change.
 */
export const INCIDENT_TYPE_VOCAB = 'incident_type';

interface TermRow {
  vocab: string;
  incident_id: string | null;
  term: string;
}

/** The incidents whose gathered types change when a record's term rows `before` are replaced by `after`. */
export function incidentsRetyped(before: readonly TermRow[], after: readonly TermRow[]): string[] {
  const typed = (rows: readonly TermRow[]) =>
    rows.flatMap((row) => (row.vocab === INCIDENT_TYPE_VOCAB && row.incident_id !== null ? [[row.incident_id, row.term] as const] : []));
  const [was, is] = [typed(before), typed(after)];
  const key = (pairs: typeof was) => pairs.map(([incident, term]) => `${incident} ${term}`).sort().join('\n');
  if (key(was) === key(is)) return [];
  return [...new Set([...was, ...is].map(([incident]) => incident))];
}

/**
 * An incident's types as its terms say, for its row: given its id when the row itself is written, or
 * `records.id` to rewrite many rows at once. string_agg is both engines' (SQLite's from 3.44); ordered, so that
 * one set of types is always one string.
 */
export function gatheredTypes(incidentId: string | RawBuilder<unknown>): RawBuilder<string | null> {
  return sql<string | null>`(
    select string_agg(term, ' ' order by term)
    from (select distinct term from record_terms where record_terms.incident_id = ${incidentId} and record_terms.vocab = ${INCIDENT_TYPE_VOCAB}) as gathered)`;
}

/**
 * The gathered column of incidents created in a bulk write, from the write's own term rows: a new incident's
 * id is fresh, so no other terms point at it. Worked out here only for an incident with one type, where the
 * database's collation has no order to disagree on; the other incidents the terms touch (several types, or
 * created earlier) are left in `toGather` for gatherIncidentTypes. On PostgreSQL this spares rewriting every
 * imported incident's row, and so every index entry of it, a second time.
 */
export function typesOfNewIncidents(created: ReadonlySet<string>, terms: readonly TermRow[]): { gathered: Map<string, string>; toGather: string[] } {
  const types = new Map<string, Set<string>>();
  for (const row of terms) {
    if (row.vocab !== INCIDENT_TYPE_VOCAB || row.incident_id === null) continue;
    let set = types.get(row.incident_id);
    if (!set) types.set(row.incident_id, (set = new Set()));
    set.add(row.term);
  }
  const gathered = new Map<string, string>();
  const toGather: string[] = [];
  for (const [incidentId, set] of types) {
    if (created.has(incidentId) && set.size === 1) gathered.set(incidentId, set.values().next().value!);
    else toGather.push(incidentId);
  }
  return { gathered, toGather };
}

/** Rewrites the gathered types of these incidents from their terms; run after the terms are written. */
export async function gatherIncidentTypes(trx: Db, incidentIds: readonly string[]): Promise<void> {
  // Batches keep within both engines' limits on bound values.
  for (let start = 0; start < incidentIds.length; start += 500) {
    await trx
      .updateTable('records')
      .set({ incident_types: gatheredTypes(sql.ref('records.id')) })
      .where('id', 'in', incidentIds.slice(start, start + 500))
      .execute();
  }
}

/** The types in a gathered column. */
export function typesOf(gathered: string | null): string[] {
  return gathered ? gathered.split(' ') : [];
}
