import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { dctHash, hammingDistance, lookAlikeDistance, LOOK_ALIKE_THRESHOLD, perceptualHash, perceptualHashes, popcount32, type RegionHash } from './perceptual-hash.js';
import { circulatedCopies, generatedScene } from './test-scenes.js';

describe('perceptual hashes', () => {
  let original: RegionHash[];
  let copies: Record<'resized' | 'recompressed' | 'cropped' | 'screenshot', RegionHash[]>;

  beforeAll(async () => {
    const scene = await generatedScene(1);
    original = await perceptualHashes(scene);
    const made = await circulatedCopies(scene);
    copies = {
      resized: await perceptualHashes(made.resized),
      recompressed: await perceptualHashes(made.recompressed),
      cropped: await perceptualHashes(made.cropped),
      screenshot: await perceptualHashes(made.screenshot),
    };
  });

  it('are 16 hex digits, for the whole frame and its centre', async () => {
    expect(original.map((h) => h.region)).toEqual(['full', 'centre-90', 'centre-80']);
    for (const { hash } of original) expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(await perceptualHash(await generatedScene(1))).toBe(original[0]!.hash);
  });

  it('find a resized, a re-compressed, a cropped copy and a screenshot as look-alikes', () => {
    for (const copy of Object.values(copies)) expect(lookAlikeDistance(original, copy)).toBeLessThanOrEqual(LOOK_ALIKE_THRESHOLD);
    expect(lookAlikeDistance(original, copies.resized)).toBeLessThanOrEqual(2);
    expect(lookAlikeDistance(original, copies.recompressed)).toBeLessThanOrEqual(2);
  });

  it('need the centre hashes for a crop: the whole frames alone are too far apart', () => {
    expect(hammingDistance(original[0]!.hash, copies.cropped[0]!.hash)).toBeGreaterThan(LOOK_ALIKE_THRESHOLD);
    expect(lookAlikeDistance(copies.cropped, original)).toBe(lookAlikeDistance(original, copies.cropped));
  });

  it('keep unrelated scenes apart', async () => {
    for (const seed of [2, 3, 4, 5]) {
      const other = await perceptualHashes(await generatedScene(seed));
      expect(lookAlikeDistance(original, other)).toBeGreaterThan(2 * LOOK_ALIKE_THRESHOLD);
    }
  });

  it('refuse bytes that are not an image, saying why', async () => {
    await expect(perceptualHashes(Buffer.from('not an image at all'))).rejects.toThrow(/unsupported image format|Input buffer/i);
    const png = await generatedScene(1);
    await expect(perceptualHashes(png.subarray(0, png.length / 3))).rejects.toThrow();
  });

  it('hash a flat frame without failing, and a shifted brightness alike', async () => {
    const grey = new Uint8Array(32 * 32).fill(128);
    expect(dctHash(grey)).toMatch(/^[0-9a-f]{16}$/);
    const scene = await generatedScene(6);
    const brighter = await sharp(scene).modulate({ brightness: 1.2 }).png().toBuffer();
    expect(lookAlikeDistance(await perceptualHashes(scene), await perceptualHashes(brighter))).toBeLessThanOrEqual(LOOK_ALIKE_THRESHOLD);
  });

  it('count differing bits', () => {
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(popcount32(0xffffffff)).toBe(32);
    expect(() => hammingDistance('xyz', '0000000000000000')).toThrow();
  });
});
