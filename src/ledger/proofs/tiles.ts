/**
 * The C2SP tlog-tiles layout (https://c2sp.org/tlog-tiles) of an RFC 9162 tree: which tiles a tree size has,
 * their paths, the hashes in them, entry bundles, and the tree's root from its partial tiles. Pure: no I/O,
 * so the publisher, the server's route and the auditor share it.
 *
 * Tiles are 8 levels high (256 hashes wide), the only height the spec defines. Tile level l holds the
 * hashes of the perfect subtrees at Merkle level 8l: hash i of tile n at level l is the subtree over
 * leaves [(256n + i) * 256^l, (256n + i + 1) * 256^l).
 */
import { DossierError } from '../../common/errors.js';
import { HASH_SIZE, nodeHash, rootFromLeafHashes, type Hash } from './merkle.js';

export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 2 ** TILE_HEIGHT;
/** The spec's full tile: 256 hashes of 32 bytes. */
export const FULL_TILE_BYTES = TILE_WIDTH * HASH_SIZE;
/** Entries in a bundle carry a big-endian uint16 length. */
export const MAX_BUNDLED_ENTRY = 0xffff;

/** A tile (level 0 and up) or an entry bundle ('entries'); width 256 is a full tile, less is partial. */
export interface TileId {
  level: number | 'entries';
  index: number;
  width: number;
}

/** `<N>` as the spec encodes it: 3-digit groups, every one but the last prefixed with x (1234067 → x001/x234/067). */
export function tileIndexPath(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) throw tilePathInvalid(`the tile index ${index} is not a non-negative integer`);
  const groups: string[] = [];
  let rest = index;
  do {
    groups.unshift(String(rest % 1000).padStart(3, '0'));
    rest = Math.floor(rest / 1000);
  } while (rest > 0);
  return groups.map((group, i) => (i < groups.length - 1 ? `x${group}` : group)).join('/');
}

/** `tile/<L>/<N>[.p/<W>]` or `tile/entries/<N>[.p/<W>]`, relative to the log's prefix. */
export function tilePath(tile: TileId): string {
  if (!Number.isInteger(tile.width) || tile.width < 1 || tile.width > TILE_WIDTH) throw tilePathInvalid(`a tile is 1 to ${TILE_WIDTH} hashes wide, not ${tile.width}`);
  const partial = tile.width < TILE_WIDTH ? `.p/${tile.width}` : '';
  return `tile/${tile.level}/${tileIndexPath(tile.index)}${partial}`;
}

/**
 * Reads a tile path (after `tile/`) strictly, as the spec writes them: no leading zeros in L or W, 3-digit
 * groups, x on all but the last. A path that does not round-trip through tilePath is refused.
 */
export function parseTilePath(path: string): TileId {
  const match = /^(entries|0|[1-9][0-9]?)\/((?:x[0-9]{3}\/)*[0-9]{3})(?:\.p\/([1-9][0-9]{0,2}))?$/.exec(path);
  if (!match) throw tilePathInvalid(`"${path}" is not a tile path (<L>/<N>[.p/<W>] or entries/<N>[.p/<W>])`);
  const level: TileId['level'] = match[1] === 'entries' ? 'entries' : Number(match[1]);
  const index = Number(match[2]!.replaceAll('x', '').replaceAll('/', ''));
  const width = match[3] === undefined ? TILE_WIDTH : Number(match[3]);
  if ((typeof level === 'number' && level > 63) || (match[3] !== undefined && width >= TILE_WIDTH) || !Number.isSafeInteger(index)) throw tilePathInvalid(`"${path}" is outside the spec's ranges`);
  const tile: TileId = { level, index, width };
  // Rejects a leading x000 group (another spelling of the same index), which the pattern alone lets through.
  if (tilePath(tile) !== `tile/${path}`) throw tilePathInvalid(`"${path}" is not the spec's spelling of ${tilePath(tile)}`);
  return tile;
}

/** How many hashes tile level `level` has for a tree of `treeSize` leaves: floor(size / 256^level). */
export function hashesAtLevel(treeSize: number, level: number): number {
  return Math.floor(treeSize / TILE_WIDTH ** level);
}

/** The tile levels a tree has, lowest first (none for the empty tree). */
export function tileLevels(treeSize: number): number[] {
  const levels: number[] = [];
  for (let level = 0; hashesAtLevel(treeSize, level) > 0; level++) levels.push(level);
  return levels;
}

/** The tiles of one level, left to right, from tile index `fromIndex`: the full ones, then the partial one if any. */
export function* tilesOfLevel(treeSize: number, level: number, fromIndex = 0): Generator<TileId> {
  const count = hashesAtLevel(treeSize, level);
  const full = Math.floor(count / TILE_WIDTH);
  for (let index = fromIndex; index < full; index++) yield { level, index, width: TILE_WIDTH };
  if (count % TILE_WIDTH > 0 && fromIndex <= full) yield { level, index: full, width: count % TILE_WIDTH };
}

/** The partial tile of each level (most levels of most trees have one), highest level first: they make the root. */
export function partialTiles(treeSize: number): TileId[] {
  return tileLevels(treeSize)
    .reverse()
    .map((level) => ({ level, index: Math.floor(hashesAtLevel(treeSize, level) / TILE_WIDTH), width: hashesAtLevel(treeSize, level) % TILE_WIDTH }))
    .filter((tile) => tile.width > 0);
}

/** The first leaf a tile's hashes cover, and one past the last. */
export function tileLeafRange(tile: TileId): { start: number; end: number } {
  const span = TILE_WIDTH ** (tile.level === 'entries' ? 0 : tile.level);
  return { start: tile.index * TILE_WIDTH * span, end: (tile.index * TILE_WIDTH + tile.width) * span };
}

/** Whether a tree of `treeSize` leaves has (or had, at a smaller size it passed) this tile. */
export function treeHasTile(treeSize: number, tile: TileId): boolean {
  return tileLeafRange(tile).end <= treeSize;
}

/** A tile's bytes as its hashes, refused unless it is exactly `width` hashes long. */
export function tileHashes(bytes: Uint8Array, tile: TileId): Hash[] {
  if (bytes.length !== tile.width * HASH_SIZE) {
    throw new DossierError('LEDGER_INCONSISTENT', `${tilePath(tile)} is ${bytes.length} bytes, not the ${tile.width * HASH_SIZE} of ${tile.width} hashes`, { path: tilePath(tile) });
  }
  const hashes: Hash[] = [];
  for (let offset = 0; offset < bytes.length; offset += HASH_SIZE) hashes.push(bytes.subarray(offset, offset + HASH_SIZE));
  return hashes;
}

export function encodeTile(hashes: readonly Hash[]): Uint8Array {
  const bytes = new Uint8Array(hashes.length * HASH_SIZE);
  hashes.forEach((hash, i) => bytes.set(hash, i * HASH_SIZE));
  return bytes;
}

/** The hash a full tile stands for in the level above: the root of the perfect subtree over its 256 hashes. */
export function fullTileHash(hashes: readonly Hash[]): Hash {
  return rootFromLeafHashes(hashes);
}

/**
 * The tree's root from its partial tiles (highest level first, as partialTiles lists them): each tile's
 * hashes split into perfect subtrees, largest first, and all of them folded from the right, as RFC 9162's
 * MTH splits a tree. A partial tile of width w holds exactly the subtrees for w's binary digits.
 */
export function rootFromPartialTiles(partials: ReadonlyArray<readonly Hash[]>): Hash {
  const subtrees: Hash[] = [];
  for (const hashes of partials) {
    let start = 0;
    for (let bit = TILE_WIDTH / 2; bit >= 1; bit /= 2) {
      if ((hashes.length & bit) !== 0) {
        subtrees.push(rootFromLeafHashes(hashes.slice(start, start + bit)));
        start += bit;
      }
    }
  }
  if (subtrees.length === 0) throw new DossierError('INTERNAL', 'the empty tree has no tiles to make a root from');
  let root = subtrees[subtrees.length - 1]!;
  for (let i = subtrees.length - 2; i >= 0; i--) root = nodeHash(subtrees[i]!, root);
  return root;
}

/** An entry bundle: each entry as a big-endian uint16 length and its bytes. */
export function encodeEntryBundle(entries: readonly Uint8Array[], firstIndex = 0): Uint8Array {
  let length = 0;
  entries.forEach((entry, i) => {
    if (entry.length > MAX_BUNDLED_ENTRY) {
      throw new DossierError('VALIDATION_FAILED', `entry ${firstIndex + i} is ${entry.length} bytes, more than the ${MAX_BUNDLED_ENTRY} an entry bundle can carry`, { index: firstIndex + i });
    }
    length += 2 + entry.length;
  });
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const entry of entries) {
    bytes[offset] = entry.length >> 8;
    bytes[offset + 1] = entry.length & 0xff;
    bytes.set(entry, offset + 2);
    offset += 2 + entry.length;
  }
  return bytes;
}

/** The entries of a bundle, refused unless it holds exactly `tile.width` whole entries. */
export function decodeEntryBundle(bytes: Uint8Array, tile: TileId): Uint8Array[] {
  const entries: Uint8Array[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    if (offset + 2 > bytes.length) break;
    const length = (bytes[offset]! << 8) | bytes[offset + 1]!;
    if (offset + 2 + length > bytes.length) break;
    entries.push(bytes.subarray(offset + 2, offset + 2 + length));
    offset += 2 + length;
  }
  if (offset !== bytes.length || entries.length !== tile.width) {
    throw new DossierError('LEDGER_INCONSISTENT', `${tilePath(tile)} does not hold ${tile.width} whole length-prefixed entries`, { path: tilePath(tile) });
  }
  return entries;
}

function tilePathInvalid(message: string): DossierError {
  return new DossierError('VALIDATION_FAILED', message, { field: 'path' });
}
