import { sql } from 'kysely';
import type { Engine } from '../db/engine.js';
import type { RowWriter } from '../db/insert-many.js';
import type { Db } from '../db/schema.js';
import { nodeKey, type Hash, type NodeId } from './proofs/merkle.js';

interface NodeRow {
  level: number;
  idx: number;
  hash: Uint8Array;
}

/**
 * Reads the named perfect subtrees in one query; a plan never asks for more than O(log n) of them. SQLite
 * is asked for them as an OR of (level, idx) pairs, its statement cached per pair count. PostgreSQL would
 * plan such a list afresh for every proof (a bitmap scan per pair), and Kysely compile it term by term, at
 * more cost than the reads: it gets the pairs as two arrays instead, joined to the table, a query whose text
 * and plan stay the same whatever the pairs.
 */
export async function fetchNodes(db: Db, engine: Engine, ids: readonly NodeId[]): Promise<Map<string, Hash>> {
  if (ids.length === 0) return new Map();
  if (engine === 'postgres') return nodeMap(await postgresNodes(db, ...distinctPairs(ids)));
  const rows = await db
    .selectFrom('merkle_nodes')
    .select(['level', 'idx', 'hash'])
    .where((eb) => eb.or(ids.map((id) => eb.and([eb('level', '=', id.level), eb('idx', '=', id.index)]))))
    .execute();
  return nodeMap(rows);
}

/**
 * fetchNodes, and the latest signed tree size read with them. On PostgreSQL that is one query: one round trip,
 * and one snapshot. SQLite, in process, reads the size first, so that every node of a tree up to that size is
 * there when the nodes are read.
 */
export async function fetchNodesAndLatestSize(db: Db, engine: Engine, ids: readonly NodeId[]): Promise<{ nodes: Map<string, Hash>; latestSize: number }> {
  if (engine === 'sqlite') {
    const latestSize = await fetchLatestSize(db);
    return { nodes: await fetchNodes(db, engine, ids), latestSize };
  }
  const [levels, indexes] = distinctPairs(ids);
  // A left join, so that the size comes back in a row of its own when no node is found.
  const found = await sql<{ latest: number | null } & NodeRow>`
    select s.latest, m.level, m.idx, m.hash from (select max(tree_size) as latest from checkpoints) as s
    left join (unnest(${levels}::int[], ${indexes}::bigint[]) as w(level, idx) join merkle_nodes as m using (level, idx)) on true`.execute(db);
  return { nodes: nodeMap(found.rows.filter((row) => row.level !== null)), latestSize: Number(found.rows[0]?.latest ?? 0) };
}

/** The latest signed tree size: 0 before the first checkpoint. */
export async function fetchLatestSize(db: Db): Promise<number> {
  const row = await db
    .selectFrom('checkpoints')
    .select((eb) => eb.fn.max('tree_size').as('size'))
    .executeTakeFirst();
  return row?.size === null || row?.size === undefined ? 0 : Number(row.size);
}

async function postgresNodes(db: Db, levels: readonly number[], indexes: readonly number[]): Promise<NodeRow[]> {
  const found = await sql<NodeRow>`
    select m.level, m.idx, m.hash from unnest(${levels}::int[], ${indexes}::bigint[]) as w(level, idx)
    join merkle_nodes as m using (level, idx)`.execute(db);
  return found.rows;
}

/** The levels and indexes of `ids` as two arrays, each node once (plans share some: a proof's, and a page of proofs'). */
function distinctPairs(ids: readonly NodeId[]): [levels: number[], indexes: number[]] {
  const levels: number[] = [];
  const indexes: number[] = [];
  const asked = new Set<string>();
  for (const id of ids) {
    const key = nodeKey(id);
    if (asked.has(key)) continue;
    asked.add(key);
    levels.push(id.level);
    indexes.push(id.index);
  }
  return [levels, indexes];
}

function nodeMap(rows: readonly NodeRow[]): Map<string, Hash> {
  const found = new Map<string, Hash>();
  for (const row of rows) found.set(nodeKey({ level: row.level, index: row.idx }), new Uint8Array(row.hash));
  return found;
}

/** Chunk of one query's `idx in (...)` list: well inside SQLite's parameter limit. */
const IDS_PER_QUERY = 2000;

/**
 * Reads many nodes (the proofs of a whole case's entries), each once. SQLite is asked for them grouped by
 * level, as `level = L and idx in (...)` in chunks, since one OR term per node would overflow its expression
 * depth; PostgreSQL gets them all in one query, as two arrays (see fetchNodes), whatever their length.
 */
export async function fetchManyNodes(db: Db, engine: Engine, ids: readonly NodeId[]): Promise<Map<string, Hash>> {
  if (engine === 'postgres') return nodeMap(await postgresNodes(db, ...distinctPairs(ids)));
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
  return fetchLevelRange(db, 0, from, to);
}

/** The perfect subtrees of one level with indices [from, to), in index order: a run of one level of the tree. */
export async function fetchLevelRange(db: Db, level: number, from: number, to: number): Promise<Array<{ index: number; hash: Hash }>> {
  if (to <= from) return [];
  const rows = await db
    .selectFrom('merkle_nodes')
    .select(['idx', 'hash'])
    .where('level', '=', level)
    .where('idx', '>=', from)
    .where('idx', '<', to)
    .orderBy('idx')
    .execute();
  return rows.map((row) => ({ index: Number(row.idx), hash: new Uint8Array(row.hash) }));
}
