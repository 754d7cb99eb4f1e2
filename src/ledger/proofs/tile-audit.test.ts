import { describe, expect, it } from 'vitest';
import { signCheckpoint } from './checkpoint.js';
import { leafHash, rootFromLeafHashes, type Hash } from './merkle.js';
import { generateNoteKey, noteSigner } from './signed-note.js';
import { auditTiles, type TileReader } from './tile-audit.js';
import { encodeEntryBundle, encodeTile, fullTileHash, tileLevels, tilePath, tilesOfLevel, TILE_WIDTH } from './tiles.js';

const origin = 'audit.test/log';
const { signerKey, verifierKey } = generateNoteKey(origin);

/** A published log in memory, as `log publish --entries` would write it, for the given entries. */
function publish(entries: readonly Uint8Array[]): TileReader & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  let hashes: Hash[] = entries.map((entry) => leafHash(entry));
  const leaves = hashes;
  for (const level of tileLevels(entries.length)) {
    for (const tile of tilesOfLevel(entries.length, level)) {
      const start = tile.index * TILE_WIDTH;
      files.set(tilePath(tile), encodeTile(hashes.slice(start, start + tile.width)));
      if (level === 0) files.set(tilePath({ ...tile, level: 'entries' }), encodeEntryBundle(entries.slice(start, start + tile.width)));
    }
    const above: Hash[] = [];
    for (let i = 0; i + TILE_WIDTH <= hashes.length; i += TILE_WIDTH) above.push(fullTileHash(hashes.slice(i, i + TILE_WIDTH)));
    hashes = above;
  }
  const note = signCheckpoint({ origin, treeSize: entries.length, rootHash: rootFromLeafHashes(leaves), extensions: [] }, noteSigner(signerKey));
  files.set('checkpoint', Buffer.from(note));
  return { files, locate: (path) => `memory:${path}`, read: async (path) => files.get(path) };
}

const entries = (n: number, changed?: number) => Array.from({ length: n }, (_, i) => Buffer.from(JSON.stringify({ seq: i, action: i === changed ? 'rewritten' : 'intake' })));

describe('auditing a published log from its tiles', () => {
  it('checks every entry of a log the size of the spec’s example, then only what is new', async () => {
    const first = await auditTiles(publish(entries(70_000)), { verifierKey });
    expect(first).toMatchObject({ head: { treeSize: 70_000 }, tilesRead: 277, bundlesRead: 274, entriesChecked: 70_000 });
    const next = await auditTiles(publish(entries(70_300)), { verifierKey, previous: first.head });
    // Level 0: the grown 273 and the new 274.p; level 1: 001.p; level 2: 000.p/1, unchanged but part of the root.
    expect(next).toMatchObject({ head: { treeSize: 70_300 }, previousSize: 70_000, tilesRead: 4, entriesChecked: 300 + 112 });
  });

  it('refuses a log whose new tiles are sound but rewrote an entry audited before', async () => {
    const first = await auditTiles(publish(entries(1_000)), { verifierKey });
    await expect(auditTiles(publish(entries(1_500, 10)), { verifierKey, previous: first.head })).rejects.toMatchObject({
      code: 'SPLIT_VIEW',
      message: expect.stringMatching(/does not extend the tree of size 1000/),
    });
    // Audited afresh, the rewritten log is sound: only the kept head shows what it did.
    await expect(auditTiles(publish(entries(1_500, 10)), { verifierKey })).resolves.toMatchObject({ head: { treeSize: 1_500 } });
  });

  it('refuses a checkpoint by another key, and one not cosigned by the witnesses required', async () => {
    const log = publish(entries(10));
    await expect(auditTiles(log, { verifierKey: generateNoteKey(origin).verifierKey })).rejects.toMatchObject({ code: 'CHECKPOINT_INVALID' });
    const witness = generateNoteKey('witness.test/w1', 0x04).verifierKey;
    await expect(auditTiles(log, { verifierKey, witnessKeys: [witness] })).rejects.toThrow(/0 of the 1 witnesses/);
  });
});
