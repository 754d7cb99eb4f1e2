/**
 * Audits a log published as C2SP tlog-tiles, knowing only its verifier key: the checkpoint's signature
 * (and witnesses' cosignatures), then every tile against the one above it, from the partial tiles that make
 * the signed root down to level 0, and each entry bundle against its level-0 tile when bundles are
 * published. Top-down, so a tile that fails is checked against a parent already proved: the one named is
 * the one that changed. One tile per level is held at a time, whatever the log's size.
 *
 * Incremental: given the size and root audited before, only tiles that are new or have grown since are
 * read, and the old root is recomputed from them to prove the new tree extends the old one. Fetching is
 * the caller's (a TileReader); this module does no I/O.
 */
import { DossierError } from '../../common/errors.js';
import { encodeBase64, sameBytes } from './byte-encoding.js';
import { verifyCheckpoint } from './checkpoint.js';
import { witnessesOf } from './cosignature.js';
import { emptyRoot, leafHash, type Hash } from './merkle.js';
import {
  decodeEntryBundle,
  fullTileHash,
  hashesAtLevel,
  partialTiles,
  rootFromPartialTiles,
  tileHashes,
  tilePath,
  TILE_WIDTH,
  type TileId,
} from './tiles.js';

export interface TileReader {
  /** What the log publishes at `path` (relative to its prefix), or undefined when it publishes nothing there. */
  read(path: string): Promise<Uint8Array | undefined>;
  /** Where `path` was read from, for messages: a file or a URL. */
  locate(path: string): string;
}

/** A tree head an auditor has checked: kept between runs, so the next run proves the log only grew. */
export interface AuditedHead {
  origin: string;
  treeSize: number;
  /** Base64, as the checkpoint writes it. */
  rootHash: string;
  /** The signed note itself: if the log later shows another root for this size, both notes are the proof. */
  checkpoint: string;
}

export interface TileAuditOptions {
  verifierKey: string;
  /** Witness verifier keys, and how many of them must have cosigned the checkpoint (default: all). */
  witnessKeys?: readonly string[];
  witnessesRequired?: number;
  previous?: AuditedHead | undefined;
  /** Read every tile, even those a previous audit covered (the consistency with it is still checked). */
  full?: boolean;
  onProgress?: (leavesChecked: number, treeSize: number) => void;
}

export interface TileAudit {
  head: AuditedHead;
  previousSize: number;
  tilesRead: number;
  /** Entry bundles read; 0 when the log publishes hash tiles only. */
  bundlesRead: number;
  entriesChecked: number;
  witnesses?: { witnesses: string[]; required: number };
}

export async function auditTiles(reader: TileReader, options: TileAuditOptions): Promise<TileAudit> {
  const note = await readCheckpoint(reader);
  const checkpoint = verifyCheckpoint(note, options.verifierKey);
  const witnesses = checkWitnesses(note, options);
  const head: AuditedHead = { origin: checkpoint.origin, treeSize: checkpoint.treeSize, rootHash: encodeBase64(checkpoint.rootHash), checkpoint: note };
  const previous = options.previous;
  if (previous) checkAgainstPrevious(previous, head);
  const audit = new Audit(reader, previous && !options.full ? previous.treeSize : 0, previous?.treeSize ?? 0, options.onProgress);
  if (head.treeSize === 0) {
    if (!sameBytes(checkpoint.rootHash, emptyRoot())) throw mismatch('checkpoint', 'the checkpoint signs an empty tree with a root other than the empty tree’s');
  } else if (head.treeSize !== previous?.treeSize || options.full) {
    await audit.tree(head.treeSize, checkpoint.rootHash);
  }
  if (previous && previous.treeSize > 0 && previous.treeSize < head.treeSize) audit.checkOldRoot(previous, head);
  return { head, previousSize: previous?.treeSize ?? 0, tilesRead: audit.tilesRead, bundlesRead: audit.bundlesRead, entriesChecked: audit.entriesChecked, ...(witnesses && { witnesses }) };
}

class Audit {
  tilesRead = 0;
  bundlesRead = 0;
  entriesChecked = 0;
  /** Unknown until the first level-0 tile: then whether the log publishes entry bundles. */
  private bundles: boolean | undefined;
  /** The old tree's partial tiles, and the prefixes of them found in the new tree, for its root. */
  private readonly oldPartials: TileId[];
  private readonly oldHashes = new Map<string, Hash[]>();

  constructor(
    private readonly reader: TileReader,
    /** Full tiles of this tree size were audited before and are not read again. */
    private readonly skipBelow: number,
    oldSize: number,
    private readonly onProgress?: (leaves: number, size: number) => void,
  ) {
    this.oldPartials = oldSize > 0 ? partialTiles(oldSize) : [];
  }

  async tree(treeSize: number, root: Hash): Promise<void> {
    const partials = partialTiles(treeSize);
    const hashes: Hash[][] = [];
    for (const tile of partials) hashes.push(await this.readHashes(tile));
    if (!sameBytes(rootFromPartialTiles(hashes), root)) {
      const paths = partials.map(tilePath);
      throw mismatch(paths.join(', '), `the tiles ${paths.join(', ')} do not lead to the root the checkpoint signs for size ${treeSize}: one of them was changed`);
    }
    for (const [i, tile] of partials.entries()) await this.below(tile, hashes[i]!, treeSize);
  }

  /** The old tree's root from what the new tree's audited tiles hold: equal to the one audited before, or the log rewrote history. */
  checkOldRoot(previous: AuditedHead, head: AuditedHead): void {
    const prefixes = this.oldPartials.map((tile) => this.oldHashes.get(tilePath({ ...tile, width: TILE_WIDTH })));
    if (prefixes.some((p) => p === undefined)) throw new DossierError('INTERNAL', 'a tile of the old tree was not read');
    const oldRoot = encodeBase64(rootFromPartialTiles(prefixes as Hash[][]));
    if (oldRoot !== previous.rootHash) {
      throw new DossierError(
        'SPLIT_VIEW',
        `the log's tree of size ${head.treeSize} does not extend the tree of size ${previous.treeSize} audited before: its first ${previous.treeSize} entries now have root ${oldRoot}, not ${previous.rootHash}`,
        { size: previous.treeSize, audited: previous.checkpoint, published: head.checkpoint },
      );
    }
  }

  private async below(tile: TileId, hashes: readonly Hash[], treeSize: number): Promise<void> {
    this.remember(tile, hashes);
    if (tile.level === 0) {
      await this.checkBundle(tile, hashes);
      this.onProgress?.(tile.index * TILE_WIDTH + tile.width, treeSize);
      return;
    }
    const level = (tile.level as number) - 1;
    const auditedBefore = Math.floor(hashesAtLevel(this.skipBelow, level) / TILE_WIDTH);
    for (const [i, expected] of hashes.entries()) {
      const child: TileId = { level, index: tile.index * TILE_WIDTH + i, width: TILE_WIDTH };
      if (child.index < auditedBefore) continue;
      const childHashes = await this.readHashes(child);
      if (!sameBytes(fullTileHash(childHashes), expected)) {
        throw mismatch(tilePath(child), `${tilePath(child)} was changed: its hashes do not lead to the hash ${tilePath(tile)} holds for it (${this.reader.locate(tilePath(child))})`);
      }
      await this.below(child, childHashes, treeSize);
    }
  }

  /** Level-0 hashes recomputed from the entries themselves, when the log publishes them. */
  private async checkBundle(tile: TileId, hashes: readonly Hash[]): Promise<void> {
    if (this.bundles === false) return;
    const bundle: TileId = { ...tile, level: 'entries' };
    const path = tilePath(bundle);
    const bytes = await this.reader.read(path);
    if (bytes === undefined) {
      if (this.bundles === true) throw mismatch(path, `${path} is missing, though the log publishes entry bundles (${this.reader.locate(path)})`);
      this.bundles = false;
      return;
    }
    this.bundles = true;
    this.bundlesRead++;
    const entries = decodeEntryBundle(bytes, bundle);
    for (const [i, entry] of entries.entries()) {
      if (!sameBytes(leafHash(entry), hashes[i]!)) {
        const index = tile.index * TILE_WIDTH + i;
        throw mismatch(path, `${path} was changed: its entry ${index} does not hash to the leaf hash ${tilePath(tile)} holds for it (${this.reader.locate(path)})`, index);
      }
    }
    this.entriesChecked += entries.length;
  }

  private remember(tile: TileId, hashes: readonly Hash[]): void {
    const old = this.oldPartials.find((p) => p.level === tile.level && p.index === tile.index);
    if (old) this.oldHashes.set(tilePath({ ...old, width: TILE_WIDTH }), hashes.slice(0, old.width));
  }

  private async readHashes(tile: TileId): Promise<Hash[]> {
    const path = tilePath(tile);
    const bytes = await this.reader.read(path);
    if (bytes === undefined) throw mismatch(path, `${path} is missing (${this.reader.locate(path)})`);
    this.tilesRead++;
    return tileHashes(bytes, tile);
  }
}

async function readCheckpoint(reader: TileReader): Promise<string> {
  const bytes = await reader.read('checkpoint');
  if (bytes === undefined) throw new DossierError('NOT_FOUND', `no checkpoint is published at ${reader.locate('checkpoint')}`, { path: 'checkpoint' });
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

function checkWitnesses(note: string, options: TileAuditOptions): { witnesses: string[]; required: number } | undefined {
  const keys = options.witnessKeys ?? [];
  if (keys.length === 0) return undefined;
  const vouched = witnessesOf(note, keys, options.witnessesRequired ?? keys.length);
  if (!vouched.ok) {
    throw new DossierError('CHECKPOINT_INVALID', `the checkpoint is cosigned by ${vouched.witnesses.length} of the ${vouched.required} witnesses required (${vouched.witnesses.join(', ') || 'none'})`, vouched);
  }
  return { witnesses: vouched.witnesses, required: vouched.required };
}

function checkAgainstPrevious(previous: AuditedHead, head: AuditedHead): void {
  if (previous.origin !== head.origin) {
    throw new DossierError('CHECKPOINT_INVALID', `the checkpoint is for the log "${head.origin}", but the audit state is for "${previous.origin}"`, { origin: head.origin });
  }
  if (head.treeSize < previous.treeSize) {
    throw new DossierError('LEDGER_INCONSISTENT', `the published checkpoint is for size ${head.treeSize}, smaller than the size ${previous.treeSize} audited before: the log was rolled back`, {
      size: head.treeSize,
      audited: previous.checkpoint,
      published: head.checkpoint,
    });
  }
  if (head.treeSize === previous.treeSize && head.rootHash !== previous.rootHash) {
    throw new DossierError('SPLIT_VIEW', `the log signed two roots for size ${head.treeSize}: ${previous.rootHash} audited before, ${head.rootHash} now`, {
      size: head.treeSize,
      audited: previous.checkpoint,
      published: head.checkpoint,
    });
  }
}

function mismatch(path: string, message: string, index?: number): DossierError {
  return new DossierError('LEDGER_INCONSISTENT', message, { path, ...(index !== undefined && { index }) });
}
