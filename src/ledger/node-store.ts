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
