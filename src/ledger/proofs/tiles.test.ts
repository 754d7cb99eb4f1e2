import { describe, expect, it } from 'vitest';
import { leafHash, rootFromLeafHashes, type Hash } from './merkle.js';
import {
  decodeEntryBundle,
  encodeEntryBundle,
  fullTileHash,
  parseTilePath,
  partialTiles,
  rootFromPartialTiles,
  tileIndexPath,
  tileLevels,
  tilePath,
  tilesOfLevel,
  TILE_WIDTH,
} from './tiles.js';

const leaves = (n: number): Hash[] => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`entry ${i}`)));

/** Reference tiles: level l's hashes are the roots of the full tiles of level l - 1. */
function levelHashes(leafHashes: Hash[]): Hash[][] {
  const levels = [leafHashes];
  for (;;) {
    const below = levels[levels.length - 1]!;
    const above: Hash[] = [];
    for (let i = 0; i + TILE_WIDTH <= below.length; i += TILE_WIDTH) above.push(fullTileHash(below.slice(i, i + TILE_WIDTH)));
    if (above.length === 0) return levels;
    levels.push(above);
  }
}

describe('tlog-tiles paths', () => {
  it('encodes tile indexes in 3-digit groups, x before all but the last, as the spec’s own example', () => {
    // c2sp.org/tlog-tiles: "index 1234067 will be encoded as x001/x234/067".
    expect(tileIndexPath(1234067)).toBe('x001/x234/067');
    expect(tileIndexPath(0)).toBe('000');
    expect(tileIndexPath(999)).toBe('999');
    expect(tileIndexPath(1000)).toBe('x001/000');
    expect(tilePath({ level: 0, index: 1234067, width: 256 })).toBe('tile/0/x001/x234/067');
    expect(tilePath({ level: 2, index: 5, width: 17 })).toBe('tile/2/005.p/17');
    expect(tilePath({ level: 'entries', index: 1000, width: 1 })).toBe('tile/entries/x001/000.p/1');
  });

  it('reads back exactly the paths it writes', () => {
    for (const tile of [{ level: 0, index: 1234067, width: 256 }, { level: 63, index: 0, width: 1 }, { level: 'entries' as const, index: 42, width: 255 }]) {
      expect(parseTilePath(tilePath(tile).slice('tile/'.length))).toEqual(tile);
    }
  });

  it.each([
    ['a level with a leading zero', '01/000'],
    ['a level above 63', '64/000'],
    ['a short index group', '0/00'],
    ['a last group with an x', '0/x000'],
    ['a leading x000 group', '0/x000/005'],
    ['a width of 256', '0/000.p/256'],
    ['a width with a leading zero', '0/000.p/05'],
    ['a width of 0', '0/000.p/0'],
    ['a path that climbs', '0/../000'],
  ])('refuses %s', (_what, path) => {
    expect(() => parseTilePath(path)).toThrow(/tile path|spec/);
  });
});

describe('the tiles of a tree', () => {
  it('has the tiles of the spec’s example trees of 70,000 and of 256 entries', () => {
    // c2sp.org/tlog-tiles: 273 full level 0 tiles, a partial one of width 112, one full level 1 tile, a
    // partial one of width 17 and a partial level 2 tile of width 1.
    const level0 = [...tilesOfLevel(70_000, 0)];
    expect(level0.filter((t) => t.width === TILE_WIDTH)).toHaveLength(273);
    expect(level0.at(-1)).toEqual({ level: 0, index: 273, width: 112 });
    expect([...tilesOfLevel(70_000, 1)]).toEqual([{ level: 1, index: 0, width: 256 }, { level: 1, index: 1, width: 17 }]);
    expect([...tilesOfLevel(70_000, 2)]).toEqual([{ level: 2, index: 0, width: 1 }]);
    expect(tileLevels(70_000)).toEqual([0, 1, 2]);
    expect(partialTiles(256)).toEqual([{ level: 1, index: 0, width: 1 }]);
    expect([...tilesOfLevel(256, 0)]).toEqual([{ level: 0, index: 0, width: 256 }]);
    expect(tileLevels(0)).toEqual([]);
  });

  it.each([1, 2, 255, 256, 257, 511, 65_535, 65_536, 70_000])('finds the root of a tree of %i leaves from its partial tiles', (size) => {
    const hashes = leaves(size);
    const levels = levelHashes(hashes);
    const partials = partialTiles(size).map((tile) => levels[tile.level as number]!.slice(tile.index * TILE_WIDTH, tile.index * TILE_WIDTH + tile.width));
    expect(Buffer.from(rootFromPartialTiles(partials))).toEqual(Buffer.from(rootFromLeafHashes(hashes)));
  });
});

describe('entry bundles', () => {
  const tile = { level: 'entries' as const, index: 0, width: 3 };

  it('length-prefixes each entry with a big-endian uint16 and reads them back', () => {
    const entries = [Buffer.from('{}'), Buffer.alloc(300, 0x61), Buffer.alloc(0)];
    const bundle = encodeEntryBundle(entries);
    expect(Buffer.from(bundle.subarray(0, 4))).toEqual(Buffer.from([0, 2, 0x7b, 0x7d]));
    expect(Buffer.from(bundle.subarray(4, 6))).toEqual(Buffer.from([0x01, 0x2c]));
    expect(decodeEntryBundle(bundle, tile).map((e) => Buffer.from(e))).toEqual(entries);
  });

  it('refuses a bundle cut short, with bytes left over, or with another count of entries', () => {
    const bundle = encodeEntryBundle([Buffer.from('a'), Buffer.from('bc'), Buffer.from('def')]);
    expect(() => decodeEntryBundle(bundle.subarray(0, bundle.length - 1), tile)).toThrow(/tile\/entries\/000\.p\/3/);
    expect(() => decodeEntryBundle(Buffer.concat([bundle, Buffer.from([0])]), tile)).toThrow(/whole/);
    expect(() => decodeEntryBundle(bundle, { ...tile, width: 2 })).toThrow(/2 whole/);
  });

  it('refuses an entry longer than a uint16 can say', () => {
    expect(() => encodeEntryBundle([Buffer.alloc(70_000)], 7)).toThrow(/entry 7 is 70000 bytes/);
  });
});
