import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../app/seeded-random.js';
import { HashIndex, hashMatcher, hashPieces, hashWords, pieceKeysWithin, scanWithin, wordsHash } from './hash-index.js';

/** Random hashes, and near copies of some of them (a few bits flipped), as look-alikes would be. */
function hashesWithNearCopies(count: number, seed: number): { high: Uint32Array; low: Uint32Array } {
  const random = new SeededRandom(seed);
  const word = () => Math.floor(random.next() * 2 ** 32) >>> 0;
  const high = new Uint32Array(count);
  const low = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    if (i > 0 && random.chance(0.3)) {
      const from = random.int(0, i - 1);
      high[i] = high[from]!;
      low[i] = low[from]!;
      for (let flip = random.int(0, 14); flip > 0; flip--) {
        const bit = random.int(0, 63);
        if (bit < 32) high[i] = (high[i]! ^ (1 << bit)) >>> 0;
        else low[i] = (low[i]! ^ (1 << (bit - 32))) >>> 0;
      }
    } else {
      high[i] = word();
      low[i] = word();
    }
  }
  return { high, low };
}

describe('the hash index', () => {
  it('gives the same answers scanned (few hashes) as indexed (many)', () => {
    for (const count of [50, 5000]) {
      const { high, low } = hashesWithNearCopies(count, 11);
      const hashes = Array.from(high, (h, i) => wordsHash(h, low[i]!));
      const matcher = hashMatcher(hashes);
      const index = HashIndex.ofHex(hashes);
      for (const query of hashes.slice(0, 30)) expect(matcher.within(query, 10)).toEqual(index.within(query, 10));
    }
  });

  it('answers exactly what a scan answers, at every radius', () => {
    const { high, low } = hashesWithNearCopies(5000, 7);
    const index = HashIndex.ofWords(high, low);
    const random = new SeededRandom(8);
    for (const radius of [0, 1, 3, 4, 7, 10, 12, 16, 19, 25]) {
      for (let q = 0; q < 40; q++) {
        const from = random.int(0, high.length - 1);
        // A query near a held hash (found things) and one at random (mostly nothing).
        const near = wordsHash(high[from]! ^ (1 << random.int(0, 31)), low[from]!);
        const anywhere = wordsHash(Math.floor(random.next() * 2 ** 32), Math.floor(random.next() * 2 ** 32));
        for (const query of [near, anywhere]) {
          const [qh, ql] = hashWords(query);
          expect(index.within(query, radius), `radius ${radius}`).toEqual(scanWithin(high, low, qh, ql, radius));
        }
      }
    }
  });

  it('finds each hash itself at distance 0, duplicates included', () => {
    const index = HashIndex.ofHex(['0123456789abcdef', 'fedcba9876543210', '0123456789abcdef']);
    expect(index.within('0123456789abcdef', 0)).toEqual([
      { position: 0, distance: 0 },
      { position: 2, distance: 0 },
    ]);
    expect(index.within('0123456789abcdee', 1).map((m) => m.distance)).toEqual([1, 1]);
    expect(index.size).toBe(3);
  });

  it('gives the piece keys every hash within the radius shares one of (what the database looks up)', () => {
    const { high, low } = hashesWithNearCopies(3000, 9);
    const random = new SeededRandom(10);
    for (let q = 0; q < 30; q++) {
      const from = random.int(0, high.length - 1);
      const query = wordsHash(high[from]! ^ (1 << random.int(0, 31)), low[from]!);
      const keys = pieceKeysWithin([query], 10);
      const [qh, ql] = hashWords(query);
      for (const { position } of scanWithin(high, low, qh, ql, 10)) {
        expect(hashPieces(wordsHash(high[position]!, low[position]!)).some((piece, i) => keys[i]!.has(piece))).toBe(true);
      }
      expect(keys[0]!.size).toBe(137);
    }
  });

  it('turns hex into words and back', () => {
    expect(hashWords('ffffffff00000001')).toEqual([0xffffffff, 1]);
    expect(wordsHash(0xffffffff, 1)).toBe('ffffffff00000001');
    expect(() => hashWords('FFFF')).toThrow(/16 lowercase hex digits/);
  });
});
