/**
 * "Every hash within distance r of this one" over millions of 64-bit perceptual hashes, without a scan:
 * multi-index hashing (Norouzi, Punjani and Fleet). Each hash is cut into four 16-bit pieces; two hashes
 * within r differ in at least one piece by at most ⌊r/4⌋ bits (pigeonhole), so for each piece only the
 * buckets of its near neighbours (137 keys at r = 10) are opened, and the few hashes in them are checked.
 *
 * Hashes are kept as two uint32 words in typed arrays (no BigInt, no object per hash): 32 bytes a hash with
 * the four bucket tables. Pure: built once from the hashes, then read; build a new one to add more.
 */
import { popcount32 } from './perceptual-hash.js';
import { DossierError, InvariantError } from '../common/errors.js';

export interface HashMatch {
  /** The hash's position in the list the index was built from. */
  position: number;
  distance: number;
}

const PIECES = 4;
const BUCKETS = 1 << 16;
/** Above this many bits per piece the neighbours outnumber what a scan reads: scan instead. */
const MAX_PIECE_RADIUS = 4;

export class HashIndex {
  private readonly offsets: Uint32Array[] = [];
  private readonly members: Uint32Array[] = [];
  private readonly seen: Uint32Array;
  private stamp = 0;

  private constructor(
    readonly high: Uint32Array,
    readonly low: Uint32Array,
  ) {
    const count = high.length;
    this.seen = new Uint32Array(count);
    for (let piece = 0; piece < PIECES; piece++) {
      // A counting sort of positions by their piece: bucket k holds members[offsets[k] .. offsets[k + 1]).
      const offsets = new Uint32Array(BUCKETS + 1);
      for (let i = 0; i < count; i++) offsets[pieceOf(high[i]!, low[i]!, piece) + 1]! += 1;
      for (let k = 0; k < BUCKETS; k++) offsets[k + 1]! += offsets[k]!;
      const fill = offsets.slice(0, BUCKETS);
      const members = new Uint32Array(count);
      for (let i = 0; i < count; i++) members[fill[pieceOf(high[i]!, low[i]!, piece)]!++] = i;
      this.offsets.push(offsets);
      this.members.push(members);
    }
  }

  /** An index of hashes given as 16 hex digits each. */
  static ofHex(hashes: readonly string[]): HashIndex {
    const high = new Uint32Array(hashes.length);
    const low = new Uint32Array(hashes.length);
    hashes.forEach((hash, i) => ([high[i], low[i]] = hashWords(hash)));
    return new HashIndex(high, low);
  }

  /** An index of hashes given as their high and low 32 bits (kept, not copied). */
  static ofWords(high: Uint32Array, low: Uint32Array): HashIndex {
    if (high.length !== low.length) throw new InvariantError('as many high words as low words');
    return new HashIndex(high, low);
  }

  get size(): number {
    return this.high.length;
  }

  /** Every hash within `radius` bits of `query` (16 hex digits), nearest first. */
  within(query: string, radius: number): HashMatch[] {
    const [queryHigh, queryLow] = hashWords(query);
    const pieceRadius = Math.floor(radius / PIECES);
    if (pieceRadius > MAX_PIECE_RADIUS) return scanWithin(this.high, this.low, queryHigh, queryLow, radius);
    // A stamp per query marks the positions already checked (one hash can sit near the query in several pieces).
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const found: HashMatch[] = [];
    const flips = flipsWithin(pieceRadius);
    for (let piece = 0; piece < PIECES; piece++) {
      const offsets = this.offsets[piece]!;
      const members = this.members[piece]!;
      const key = pieceOf(queryHigh, queryLow, piece);
      for (const flip of flips) {
        const bucket = key ^ flip;
        for (let m = offsets[bucket]!, end = offsets[bucket + 1]!; m < end; m++) {
          const position = members[m]!;
          if (this.seen[position] === this.stamp) continue;
          this.seen[position] = this.stamp;
          const distance = popcount32(this.high[position]! ^ queryHigh) + popcount32(this.low[position]! ^ queryLow);
          if (distance <= radius) found.push({ position, distance });
        }
      }
    }
    return found.sort((a, b) => a.distance - b.distance || a.position - b.position);
  }
}

/** Hashes searched within a radius: indexed when they are many, scanned when few (an index costs ~2 MB to build). */
export function hashMatcher(hashes: readonly string[]): Pick<HashIndex, 'within'> {
  if (hashes.length > SCAN_AT_MOST) return HashIndex.ofHex(hashes);
  const high = new Uint32Array(hashes.length);
  const low = new Uint32Array(hashes.length);
  hashes.forEach((hash, i) => ([high[i], low[i]] = hashWords(hash)));
  return {
    within: (hash, radius) => {
      const [queryHigh, queryLow] = hashWords(hash);
      return scanWithin(high, low, queryHigh, queryLow, radius);
    },
  };
}
const SCAN_AT_MOST = 4096;

/** The reference: every hash checked, nearest first. */
export function scanWithin(high: Uint32Array, low: Uint32Array, queryHigh: number, queryLow: number, radius: number): HashMatch[] {
  const found: HashMatch[] = [];
  for (let position = 0; position < high.length; position++) {
    const distance = popcount32(high[position]! ^ queryHigh) + popcount32(low[position]! ^ queryLow);
    if (distance <= radius) found.push({ position, distance });
  }
  return found.sort((a, b) => a.distance - b.distance || a.position - b.position);
}

/** A hash of 16 hex digits as its high and low 32 bits. */
export function hashWords(hash: string): [number, number] {
  if (!/^[0-9a-f]{16}$/.test(hash)) throw new DossierError('VALIDATION_FAILED', `a perceptual hash is 16 lowercase hex digits, not ${JSON.stringify(hash)}`, { field: 'hash', value: hash });
  return [parseInt(hash.slice(0, 8), 16) >>> 0, parseInt(hash.slice(8), 16) >>> 0];
}

export function wordsHash(high: number, low: number): string {
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
}

/** A hash's four 16-bit pieces, high to low: stored beside it so the database can look them up (look-alikes.ts). */
export function hashPieces(hash: string): [number, number, number, number] {
  const [high, low] = hashWords(hash);
  return [pieceOf(high, low, 0), pieceOf(high, low, 1), pieceOf(high, low, 2), pieceOf(high, low, 3)];
}

/**
 * For each piece, the keys a hash within `radius` must share at least one piece with (pigeonhole): the pieces of
 * the given hashes and every key within ⌊radius/4⌋ bits of them.
 */
export function pieceKeysWithin(hashes: readonly string[], radius: number): Set<number>[] {
  const keys = [new Set<number>(), new Set<number>(), new Set<number>(), new Set<number>()];
  const flips = flipsWithin(Math.floor(radius / PIECES));
  for (const hash of hashes) hashPieces(hash).forEach((piece, i) => flips.forEach((flip) => keys[i]!.add(piece ^ flip)));
  return keys;
}

function pieceOf(high: number, low: number, piece: number): number {
  const word = piece < 2 ? high : low;
  return piece % 2 === 0 ? word >>> 16 : word & 0xffff;
}

const flipCache = new Map<number, Uint32Array>();

/** Every 16-bit mask of at most `bits` ones: XORed with a key, the keys within that distance of it. */
function flipsWithin(bits: number): Uint32Array {
  let flips = flipCache.get(bits);
  if (!flips) {
    const masks: number[] = [];
    for (let mask = 0; mask < BUCKETS; mask++) if (popcount32(mask) <= bits) masks.push(mask);
    flips = Uint32Array.from(masks.sort((a, b) => popcount32(a) - popcount32(b)));
    flipCache.set(bits, flips);
  }
  return flips;
}
