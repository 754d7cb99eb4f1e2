/**
 * "Items that look like this one", as a reader of some cases sees them: the item's look-alike group in each of
 * those cases that holds it (its links, followed link to link), and any other of their items within a given
 * distance. Each with its distance to the item, its name and first intake as those cases took it in: which copy
 * came first is often the question (who posted it first). Other cases' items are never read.
 */
import { DossierError } from '../common/errors.js';
import type { Db } from '../db/schema.js';
import { HASH_ALGORITHM, lookAlikeDistance, type RegionHash } from './perceptual-hash.js';

export interface SimilarItem {
  evidenceId: string;
  sha256: string;
  mediaType: string;
  /** Its name and first intake as the reader's cases took it in. */
  originalName: string;
  firstIntakeAt: string;
  cases: string[];
  /** Bits of 64 that differ from the item's closest hash; null when one of the two has no hashes. */
  distance: number | null;
  /** In the item's look-alike group (linked, perhaps through others), or only within the distance asked. */
  linked: boolean;
}

export interface SimilarItems {
  evidenceId: string;
  hashed: boolean;
  /** Its name and first intake as the reader's cases took it in. */
  originalName: string | null;
  firstIntakeAt: string | null;
  lookAlikes: SimilarItem[];
  /** Of the item and its look-alikes, the one these cases took in first. */
  firstTakenIn: string | null;
}

/**
 * Without `maxDistance`, the groups alone (their links were made at the threshold when each item was hashed);
 * with it, also a scan of the cases' hashes for items that close, linked or not.
 */
export async function similarItems(db: Db, evidenceId: string, readableCases: readonly string[], maxDistance?: number): Promise<SimilarItems> {
  if (maxDistance !== undefined && (!Number.isInteger(maxDistance) || maxDistance < 0 || maxDistance > 64)) throw new DossierError('VALIDATION_FAILED', 'the distance is a whole number of bits from 0 to 64', { field: 'maxDistance', value: maxDistance });
  const holding = (await db.selectFrom('evidence_cases').select('case_id').where('evidence_id', '=', evidenceId).execute()).map((r) => r.case_id).filter((c) => readableCases.includes(c));
  const found = new Map<string, { cases: Set<string>; linked: boolean }>();
  const mine = await hashesOf(db, [evidenceId]);
  for (const caseId of holding) {
    for (const id of await lookAlikeGroup(db, caseId, evidenceId)) note(found, id, caseId, true);
    if (maxDistance === undefined || !mine.has(evidenceId)) continue;
    for (const [id, theirs] of await hashesOf(db, undefined, caseId)) {
      if (id !== evidenceId && lookAlikeDistance(mine.get(evidenceId)!, theirs) <= maxDistance) note(found, id, caseId, false);
    }
  }
  const theirs = await hashesOf(db, [...found.keys()]);
  const firsts = await firstIntakes(db, [evidenceId, ...found.keys()], holding);
  const lookAlikes: SimilarItem[] = [...found].map(([id, f]) => ({
    evidenceId: id,
    ...firsts.get(id)!,
    cases: [...f.cases],
    distance: mine.has(evidenceId) && theirs.has(id) ? lookAlikeDistance(mine.get(evidenceId)!, theirs.get(id)!) : null,
    linked: f.linked,
  }));
  lookAlikes.sort((a, b) => (a.distance ?? 65) - (b.distance ?? 65) || a.firstIntakeAt.localeCompare(b.firstIntakeAt));
  const everyone = [{ evidenceId, firstIntakeAt: firsts.get(evidenceId)?.firstIntakeAt ?? '' }, ...lookAlikes].filter((x) => x.firstIntakeAt);
  const first = everyone.sort((a, b) => a.firstIntakeAt.localeCompare(b.firstIntakeAt))[0];
  return { evidenceId, hashed: mine.has(evidenceId), originalName: firsts.get(evidenceId)?.originalName ?? null, firstIntakeAt: firsts.get(evidenceId)?.firstIntakeAt ?? null, lookAlikes, firstTakenIn: lookAlikes.length ? (first?.evidenceId ?? null) : null };
}

function note(found: Map<string, { cases: Set<string>; linked: boolean }>, id: string, caseId: string, linked: boolean): void {
  const entry = found.get(id) ?? { cases: new Set<string>(), linked: false };
  entry.cases.add(caseId);
  entry.linked ||= linked;
  found.set(id, entry);
}

/** The items of the case linked to this one, directly or through others (the item itself left out). */
export async function lookAlikeGroup(db: Db, caseId: string, evidenceId: string): Promise<string[]> {
  const group = new Set([evidenceId]);
  let frontier = [evidenceId];
  while (frontier.length > 0) {
    const rows = await db
      .selectFrom('look_alike_links')
      .select(['evidence_id', 'look_alike_id'])
      .where('case_id', '=', caseId)
      .where((eb) => eb.or([eb('evidence_id', 'in', frontier), eb('look_alike_id', 'in', frontier)]))
      .execute();
    frontier = [];
    for (const row of rows) {
      for (const id of [row.evidence_id, row.look_alike_id]) {
        if (group.has(id)) continue;
        group.add(id);
        frontier.push(id);
      }
    }
  }
  group.delete(evidenceId);
  return [...group];
}

/** Every look-alike group of a case (two items or more), each as its item ids in first-intake order. */
export async function lookAlikeGroups(db: Db, caseId: string): Promise<string[][]> {
  const links = await db.selectFrom('look_alike_links').select(['evidence_id', 'look_alike_id']).where('case_id', '=', caseId).execute();
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const id of new Set(links.flatMap((l) => [l.evidence_id, l.look_alike_id]))) {
    if (seen.has(id)) continue;
    const group = [id, ...(await lookAlikeGroup(db, caseId, id))];
    group.forEach((member) => seen.add(member));
    const firsts = await firstIntakes(db, group, [caseId]);
    groups.push(group.sort((a, b) => firsts.get(a)!.firstIntakeAt.localeCompare(firsts.get(b)!.firstIntakeAt) || a.localeCompare(b)));
  }
  return groups;
}

async function hashesOf(db: Db, ids: string[] | undefined, caseId?: string): Promise<Map<string, RegionHash[]>> {
  if (ids?.length === 0) return new Map();
  let query = db.selectFrom('evidence_perceptual_hashes as h').select(['h.evidence_id', 'h.region', 'h.hash']).where('h.algorithm', '=', HASH_ALGORITHM);
  if (ids) query = query.where('h.evidence_id', 'in', ids);
  if (caseId !== undefined) query = query.where('h.evidence_id', 'in', db.selectFrom('evidence_cases').select('evidence_id').where('case_id', '=', caseId));
  const byItem = new Map<string, RegionHash[]>();
  for (const row of await query.execute()) byItem.set(row.evidence_id, [...(byItem.get(row.evidence_id) ?? []), { region: row.region as RegionHash['region'], hash: row.hash }]);
  return byItem;
}

/** Each item's SHA-256, type, and its name and time as the given cases first took it in. */
async function firstIntakes(db: Db, ids: string[], caseIds: readonly string[]): Promise<Map<string, { sha256: string; mediaType: string; originalName: string; firstIntakeAt: string }>> {
  const rows = await db
    .selectFrom('evidence_intakes as n')
    .innerJoin('evidence_items as i', 'i.id', 'n.evidence_id')
    .select(['n.evidence_id', 'n.original_name', 'n.at', 'i.sha256', 'i.media_type'])
    .where('n.evidence_id', 'in', ids.length ? ids : [''])
    .where('n.case_id', 'in', caseIds.length ? [...caseIds] : [''])
    .orderBy('n.at')
    .orderBy('n.ledger_seq')
    .execute();
  const firsts = new Map<string, { sha256: string; mediaType: string; originalName: string; firstIntakeAt: string }>();
  for (const row of rows) if (!firsts.has(row.evidence_id)) firsts.set(row.evidence_id, { sha256: row.sha256, mediaType: row.media_type, originalName: row.original_name, firstIntakeAt: row.at });
  return firsts;
}
