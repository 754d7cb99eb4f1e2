/**
 * Perceptual hashes of images: 64 bits that stay nearly the same when a picture is resized, re-compressed or
 * lightly cropped, as copies are when they circulate (a forwarded photo, a screenshot of a post). The DCT hash
 * (pHash): greyscale, 32×32, 2-D DCT, the 64 lowest frequencies after the DC, each bit "above the median?".
 *
 * A crop changes the whole frame's low frequencies, so an image also gets hashes of its centre (90% and 80%
 * of each side): a copy that kept 80–90% of the frame looks like the original's centre. Two items look alike
 * when one's whole frame is near one of the other's hashes (see lookAlikeDistance).
 */
import { loadSharp } from '../media/sharp.js';
import { DossierError, InvariantError } from '../common/errors.js';

export const HASH_ALGORITHM = 'dct64-v1';

export { LOOK_ALIKE_THRESHOLD } from './look-alike-distance.js';

/** The whole frame, and its centre at 90% and 80% of each side. */
export const REGIONS = [
  { name: 'full', keep: 1 },
  { name: 'centre-90', keep: 0.9 },
  { name: 'centre-80', keep: 0.8 },
] as const;
export type RegionName = (typeof REGIONS)[number]['name'];

export interface RegionHash {
  region: RegionName;
  hash: string;
}

const SIDE = 32;
/** The longest side an image is decoded to before its regions are cut and shrunk to 32×32. */
const DECODED_SIDE = 512;
/** The 64 lowest frequencies after the DC, in zig-zag order (u + v rising), so the hash keeps the coarse picture. */
const FREQUENCIES: [number, number][] = (() => {
  const all: [number, number][] = [];
  for (let u = 0; u < SIDE; u++) for (let v = 0; v < SIDE; v++) all.push([u, v]);
  all.sort((a, b) => a[0] + a[1] - (b[0] + b[1]) || a[0] - b[0]);
  return all.slice(1, 65);
})();
const MAX_FREQUENCY = Math.max(...FREQUENCIES.flat()) + 1;
/** cos((2x + 1)uπ / 2N), the DCT-II basis, for the frequencies used only. */
const COSINES = (() => {
  const table = new Float64Array(MAX_FREQUENCY * SIDE);
  for (let u = 0; u < MAX_FREQUENCY; u++) for (let x = 0; x < SIDE; x++) table[u * SIDE + x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * SIDE));
  return table;
})();

/** The hashes of an image's whole frame and of its centre; throws if the bytes are not an image sharp decodes. */
export async function perceptualHashes(image: string | Buffer): Promise<RegionHash[]> {
  const sharp = await loadSharp();
  // One decode, shrunk on load (a 12 MP JPEG decodes at 1/8 scale: 4× faster, and 32×32 needs no more);
  // autoOrient so a photo and its rotated-on-save copy agree; the first frame of a GIF or TIFF.
  const { data, info } = await sharp(image, { failOn: 'error', limitInputPixels: 1e9 })
    .autoOrient()
    .greyscale()
    .resize(DECODED_SIDE, DECODED_SIDE, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const hashes: RegionHash[] = [];
  for (const region of REGIONS) {
    const width = Math.max(1, Math.round(info.width * region.keep));
    const height = Math.max(1, Math.round(info.height * region.keep));
    const left = Math.floor((info.width - width) / 2);
    const top = Math.floor((info.height - height) / 2);
    const pixels = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
      .extract({ left, top, width, height })
      .resize(SIDE, SIDE, { fit: 'fill', kernel: 'cubic' })
      .extractChannel(0)
      .raw()
      .toBuffer();
    hashes.push({ region: region.name, hash: dctHash(pixels) });
  }
  return hashes;
}

/** The whole frame's hash alone. */
export async function perceptualHash(image: string | Buffer): Promise<string> {
  return (await perceptualHashes(image))[0]!.hash;
}

/** The hash of 32×32 greyscale pixels (row by row), as 16 hex digits. Pure, for tests and other decoders. */
export function dctHash(pixels: Uint8Array): string {
  if (pixels.length !== SIDE * SIDE) throw new InvariantError(`dctHash takes ${SIDE}×${SIDE} pixels, not ${pixels.length}`);
  // Rows first (only the low frequencies), then columns: 32·32·F + F·F·32 multiplications, not 32⁴.
  const rows = new Float64Array(SIDE * MAX_FREQUENCY);
  for (let y = 0; y < SIDE; y++) {
    for (let v = 0; v < MAX_FREQUENCY; v++) {
      let sum = 0;
      for (let x = 0; x < SIDE; x++) sum += pixels[y * SIDE + x]! * COSINES[v * SIDE + x]!;
      rows[y * MAX_FREQUENCY + v] = sum;
    }
  }
  const coefficients = FREQUENCIES.map(([u, v]) => {
    let sum = 0;
    for (let y = 0; y < SIDE; y++) sum += rows[y * MAX_FREQUENCY + v]! * COSINES[u * SIDE + y]!;
    return sum;
  });
  const sorted = [...coefficients].sort((a, b) => a - b);
  const median = (sorted[31]! + sorted[32]!) / 2;
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) value = (value << 1) | (coefficients[nibble * 4 + bit]! > median ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

/** How many of the 64 bits differ between two hashes of 16 hex digits. */
export function hammingDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/.test(a) || !/^[0-9a-f]{16}$/.test(b)) throw new DossierError('VALIDATION_FAILED', 'perceptual hashes are 16 lowercase hex digits', { field: 'hash', value: [a, b] });
  return popcount32(parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) + popcount32(parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16));
}

export function popcount32(value: number): number {
  let v = value >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Centre against centre is never compared: more pairs, more chance matches. The link and the shown distance agree on it. */
export function comparableRegions(a: string, b: string): boolean {
  return a === 'full' || b === 'full';
}

/**
 * How far apart two images look: the closest of one's whole frame to any hash of the other (so a crop of
 * either matches the other's centre). Centre against centre is not compared: more pairs, more chance matches.
 */
export function lookAlikeDistance(a: readonly RegionHash[], b: readonly RegionHash[]): number {
  let best = 64;
  for (const x of a) {
    for (const y of b) {
      if (!comparableRegions(x.region, y.region)) continue;
      best = Math.min(best, hammingDistance(x.hash, y.hash));
    }
  }
  return best;
}
