import type { RowWriter } from '../db/insert-many.js';
import type { Db } from '../db/schema.js';
import { nodeKey, type Hash, type NodeId } from './merkle.js';

/** Reads the named perfect subtrees in one query; a plan never asks for more than O(log n) of them. */
export async function fetchNodes(db: Db, ids: readonly NodeId[]): Promise<Map<string, Hash>> {
  const found = new Map<string, Hash>();
  if (ids.length === 0) return found;
  const rows = await db
    .selectFrom('merkle_nodes')
    .select(['level', 'idx', 'hash'])
    .where((eb) => eb.or(ids.map((id) => eb.and([eb('level', '=', id.level), eb('idx', '=', id.index)]))))
    .execute();
  for (const row of rows) found.set(nodeKey({ level: row.level, index: row.idx }), new Uint8Array(row.hash));
  return found;
}

/** Chunk of one query's `idx in (...)` list: well inside SQLite's and PostgreSQL's parameter limits. */
const IDS_PER_QUERY = 2000;

/**
 * Reads many nodes (the proofs of a whole case's entries): deduplicated, grouped by level, and asked for as
 * `level = L and idx in (...)` in chunks, since one OR term per node would overflow SQLite's expression depth.
 */
export async function fetchManyNodes(db: Db, ids: readonly NodeId[]): Promise<Map<string, Hash>> {
  const byLevel = new Map<number, Set<number>>();
  for (const id of ids) byLevel.set(id.level, (byLevel.get(id.level) ?? new Set()).add(id.index));
  const found = new Map<string, Hash>();
  for (const [level, indexes] of byLevel) {
    const all = [...indexes];
    for (let start = 0; start < all.length; start += IDS_PER_QUERY) {
      const rows = await db
        .selectFrom('merkle_nodes')
        .select(['level', 'idx', 'hash'])
        .where('level', '=', level)
        .where('idx', 'in', all.slice(start, start + IDS_PER_QUERY))
        .execute();
      for (const row of rows) found.set(nodeKey({ level: row.level, index: row.idx }), new Uint8Array(row.hash));
    }
  }
  return found;
}

export async function insertNodes(writer: RowWriter, trx: Db, nodes: ReadonlyArray<NodeId & { hash: Hash }>): Promise<void> {
  await writer.insertMany(trx, 'merkle_nodes', nodes.map((n) => ({ level: n.level, idx: n.index, hash: Buffer.from(n.hash) })));
}

/** Leaf hashes (level 0) of indices [from, to), in index order. */
export async function fetchLeafRange(db: Db, from: number, to: number): Promise<Array<{ index: number; hash: Hash }>> {
  if (to <= from) return [];
  const rows = await db
    .selectFrom('merkle_nodes')
    .select(['idx', 'hash'])
    .where('level', '=', 0)
    .where('idx', '>=', from)
    .where('idx', '<', to)
    .orderBy('idx')
    .execute();
  return rows.map((row) => ({ index: Number(row.idx), hash: new Uint8Array(row.hash) }));
}
