/**
 * The published log as the server answers it (GET /api/v1/ledger/tlog/…): the same checkpoint and hash
 * tiles `dossier log publish` writes, made from the stored tree on request. Entry bundles are not served:
 * they carry the entries, which only members may read.
 */
import { DossierError } from '../common/errors.js';
import type { Database } from '../db/database.js';
import type { CustodyLedger } from '../ledger/log.js';
import { encodeTile, parseTilePath, TILE_HEIGHT, TILE_WIDTH, treeHasTile } from '../ledger/proofs/tiles.js';
import { cosignedCheckpoint } from '../witness/witnessing.js';

export async function publishedCheckpoint(database: Database): Promise<string> {
  const head = await cosignedCheckpoint(database);
  if (!head) throw new DossierError('NOT_FOUND', 'the ledger has no checkpoint yet');
  return head.note;
}

/** A hash tile by its path after `tile/`. */
export async function publishedTile(ledger: CustodyLedger, path: string): Promise<Uint8Array> {
  const tile = parseTilePath(path);
  if (tile.level === 'entries') {
    throw new DossierError('NOT_FOUND', 'entry bundles are not published over HTTP: the entries name actors, cases and evidence; the hash tiles prove the log without them', { path });
  }
  // Every size the log reached was signed, so any tile within the latest size belongs to a signed tree.
  const treeSize = await ledger.checkpointSize();
  if (!treeHasTile(treeSize, tile)) throw new DossierError('NOT_FOUND', `tile/${path} is beyond the log's signed size ${treeSize}`, { path });
  const from = tile.index * TILE_WIDTH;
  const hashes = await ledger.subtreeHashes(tile.level * TILE_HEIGHT, from, from + tile.width);
  return encodeTile(hashes);
}
