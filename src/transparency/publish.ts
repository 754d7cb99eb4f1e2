/**
 * Writes the custody ledger as a C2SP tlog-tiles directory that any static web server can serve: the hash
 * tiles, the latest checkpoint with its witnesses' cosignatures, and, only when asked, the entry bundles.
 *
 * Entries name actors, cases and evidence hashes, so they are not published by default: the hash tiles let
 * anyone check that the log only grows and that every tile agrees with the signed root, without learning
 * what was logged (the API, likewise, gives leaf hashes only to members).
 *
 * Tiles are read from the stored perfect subtrees (every eighth level), never rehashed, a run of tiles at a
 * time, so a log of millions of entries is streamed. Every file is written to a temp file, synced and
 * renamed; tiles already in the directory are immutable and are not written again; the checkpoint is
 * written last, so a reader never sees a checkpoint whose tiles are not all there.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../common/errors.js';
import { writeFileDurably } from '../common/durable-fs.js';
import type { Database } from '../db/database.js';
import { sameBytes } from '../ledger/proofs/byte-encoding.js';
import { parseCheckpoint } from '../ledger/proofs/checkpoint.js';
import type { CustodyLedger } from '../ledger/log.js';
import { leafHash, type Hash } from '../ledger/proofs/merkle.js';
import { splitSignedNote } from '../ledger/proofs/note-format.js';
import { encodeEntryBundle, encodeTile, tileLevels, tilePath, tilesOfLevel, TILE_HEIGHT, TILE_WIDTH, FULL_TILE_BYTES, type TileId } from '../ledger/proofs/tiles.js';
import { cosignedCheckpoint } from '../witness/witnessing.js';

export interface PublishOptions {
  /** Also write the entry bundles: the entries' canonical JSON, readable by anyone who can read the directory. */
  entries?: boolean;
  onProgress?: (leavesWritten: number, treeSize: number) => void;
}

export interface PublishResult {
  dir: string;
  treeSize: number;
  /** The size of the checkpoint the directory held before, 0 for a new directory. */
  previousSize: number;
  tilesWritten: number;
  bundlesWritten: number;
  witnesses: string[];
}

/** Tiles read from the database in one query: 64 tiles of 256 hashes. */
const TILES_PER_READ = 64;
const FILE_MODE = 0o644;

export async function publishLog(deps: { database: Database; ledger: CustodyLedger }, dir: string, options: PublishOptions = {}): Promise<PublishResult> {
  const head = await cosignedCheckpoint(deps.database);
  if (!head) throw new DossierError('NOT_FOUND', 'the ledger has no checkpoint yet: there is nothing to publish');
  await fs.mkdir(dir, { recursive: true });
  const previousSize = await checkPreviousCheckpoint(deps.ledger, dir, head.treeSize);
  const writer = new TileWriter(dir);
  for (const level of tileLevels(head.treeSize)) {
    const tiles = [...tilesOfLevel(head.treeSize, level)];
    for (let start = 0; start < tiles.length; start += TILES_PER_READ) {
      const run = await writer.missing(tiles.slice(start, start + TILES_PER_READ), level === 0 && options.entries === true);
      if (run.length > 0) await writeRun(deps.ledger, writer, run, level === 0 && options.entries === true);
      if (level === 0) options.onProgress?.(Math.min(head.treeSize, (start + TILES_PER_READ) * TILE_WIDTH), head.treeSize);
    }
  }
  // Last, so that whoever reads this checkpoint finds every tile it needs already in place.
  await writeFileDurably(path.join(dir, 'checkpoint'), head.note, FILE_MODE);
  return { dir, treeSize: head.treeSize, previousSize, tilesWritten: writer.tilesWritten, bundlesWritten: writer.bundlesWritten, witnesses: head.witnesses };
}

/**
 * Reads the tiles (and bundles) of a run of one level's tiles that the directory lacks, with one query for
 * their hashes, and writes them. A run may have gaps (tiles already there): it is read as one range anyway.
 */
async function writeRun(ledger: CustodyLedger, writer: TileWriter, run: TileId[], withEntries: boolean): Promise<void> {
  const level = run[0]!.level as number;
  const from = run[0]!.index * TILE_WIDTH;
  const last = run[run.length - 1]!;
  const to = last.index * TILE_WIDTH + last.width;
  const hashes = await ledger.subtreeHashes(level * TILE_HEIGHT, from, to);
  const inputs = withEntries ? await ledger.leafInputs(from, to) : undefined;
  for (const tile of run) {
    const offset = tile.index * TILE_WIDTH - from;
    const tileHashes = hashes.slice(offset, offset + tile.width);
    await writer.write(tile, encodeTile(tileHashes));
    if (inputs) await writer.write({ ...tile, level: 'entries' }, bundleFor(tile, tileHashes, inputs.slice(offset, offset + tile.width)));
  }
}

/** An entry bundle, each entry checked against the leaf hash stored for it: never publish entries the tree does not commit to. */
function bundleFor(tile: TileId, hashes: readonly Hash[], inputs: readonly Uint8Array[]): Uint8Array {
  inputs.forEach((input, i) => {
    if (!sameBytes(leafHash(input), hashes[i]!)) {
      const seq = tile.index * TILE_WIDTH + i;
      throw new DossierError('LEDGER_INCONSISTENT', `ledger entry ${seq} does not hash to its stored leaf; run "dossier log verify"`, { seq });
    }
  });
  return encodeEntryBundle(inputs, tile.index * TILE_WIDTH);
}

/** The size of the checkpoint already in `dir`, refused unless this log signed it and it is not ahead of the log. */
async function checkPreviousCheckpoint(ledger: CustodyLedger, dir: string, treeSize: number): Promise<number> {
  const file = path.join(dir, 'checkpoint');
  const published = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (published === undefined) return 0;
  let size: number;
  try {
    size = parseCheckpoint(splitSignedNote(published).text).treeSize;
  } catch (error) {
    throw new DossierError('CONFLICT', `${file} is not a checkpoint (${(error as Error).message}): publish into an empty directory or this log's own`, { path: file });
  }
  const ours = size <= treeSize ? await ledger.checkpointAt(size) : undefined;
  // The log's own note, followed by whatever cosignatures were kept for it then.
  if (ours === undefined || !published.startsWith(ours)) {
    throw new DossierError('CONFLICT', `${file} is not a checkpoint this log signed: the directory holds another log, or a history this log never had`, { path: file, size });
  }
  return size;
}

class TileWriter {
  tilesWritten = 0;
  bundlesWritten = 0;
  private readonly made = new Set<string>();

  constructor(private readonly dir: string) {}

  /** The tiles of `tiles` the directory lacks (or lacks the bundle of), in order. A tile's content never changes. */
  async missing(tiles: readonly TileId[], withEntries: boolean): Promise<TileId[]> {
    const lacking: TileId[] = [];
    for (const tile of tiles) {
      const present = (await this.has(tile)) && (!withEntries || (await this.has({ ...tile, level: 'entries' })));
      if (!present) lacking.push(tile);
    }
    return lacking;
  }

  async write(tile: TileId, bytes: Uint8Array): Promise<void> {
    const file = path.join(this.dir, tilePath(tile));
    const parent = path.dirname(file);
    if (!this.made.has(parent)) {
      await fs.mkdir(parent, { recursive: true });
      this.made.add(parent);
    }
    await writeFileDurably(file, bytes, FILE_MODE);
    if (tile.level === 'entries') this.bundlesWritten++;
    else this.tilesWritten++;
  }

  private async has(tile: TileId): Promise<boolean> {
    const stat = await fs.stat(path.join(this.dir, tilePath(tile))).catch(() => undefined);
    if (!stat?.isFile()) return false;
    // A hash tile's length is fixed by its width; a short one (a copy cut off) is written again.
    return tile.level === 'entries' ? stat.size >= 2 * tile.width : stat.size === (tile.width === TILE_WIDTH ? FULL_TILE_BYTES : tile.width * 32);
  }
}
