/**
 * Searching the text found in evidence (captured pages, web archives, PDFs, OCR of images), for the faces: the
 * index itself (src/db/evidence-text-index.ts) is reached through here. Kept apart from evidence-text.ts, which
 * loads the readers, so that a search does not.
 */
import type { Database } from '../db/database.js';
import type { Db } from '../db/schema.js';
import { searchEvidenceTexts, type EvidenceTextHit } from '../db/evidence-text-index.js';

export type { EvidenceTextHit };

/** Hits in the given cases (all cases when none are given), best first. */
export async function searchEvidenceText(database: Pick<Database, 'db' | 'engine'>, query: string, options: { caseIds?: string[] | undefined; limit: number }): Promise<EvidenceTextHit[]> {
  return searchEvidenceTexts(database.db, database.engine, query, options);
}

/** Hits in one case, each with the item's name as this case took it in (null if it has none there). */
export async function searchCaseTexts(database: Pick<Database, 'db' | 'engine'>, caseId: string, query: string, limit: number): Promise<(EvidenceTextHit & { originalName: string | null })[]> {
  const hits = await searchEvidenceText(database, query, { caseIds: [caseId], limit });
  const names = await itemNames(database.db, caseId, hits.map((hit) => hit.evidenceId));
  return hits.map((hit) => ({ ...hit, originalName: names.get(hit.evidenceId) ?? null }));
}

/** Items' names as this case took them in: the first intake of the same bytes may be another case's, and say too much. */
async function itemNames(db: Db, caseId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('evidence_intakes').select(['evidence_id', 'original_name']).where('case_id', '=', caseId).where('evidence_id', 'in', [...new Set(ids)]).orderBy('at').execute();
  const names = new Map<string, string>();
  for (const row of rows) if (!names.has(row.evidence_id)) names.set(row.evidence_id, row.original_name);
  return names;
}
