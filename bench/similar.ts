/**
 * "Which items look like this one?" over a million images' perceptual hashes: the multi-index (hash-index.ts)
 * against a scan of every hash, in the same process. A million random hashes, 10,000 of them near copies of
 * others (a few bits flipped, as a resize or a crop flips them); 1,000 queries at r = 10, each a held hash with
 * 0–4 bits flipped. Prints build time, median and p99 per query for both, the ratio, and memory; and the time to
 * hash one photo (decode and three regions), which bounds an intake far more than the look-up does.
 * Target: < 100 ms a query over 1M. Usage: npx tsx bench/similar.ts [HASHES] [QUERIES] [RADIUS]
 */
import sharp from 'sharp';
import { SeededRandom } from '../src/app/seeded-random.js';
import { HashIndex, scanWithin, wordsHash } from '../src/similarity/hash-index.js';
import { perceptualHashes } from '../src/similarity/perceptual-hash.js';
import { generatedScene } from '../src/similarity/test-scenes.js';

const count = Number(process.argv[2] ?? 1_000_000);
const queries = Number(process.argv[3] ?? 1_000);
const radius = Number(process.argv[4] ?? 10);
const random = new SeededRandom(2017);
const word = () => Math.floor(random.next() * 2 ** 32) >>> 0;

function flipBits(high: number, low: number, bits: number): [number, number] {
  for (let i = 0; i < bits; i++) {
    const bit = random.int(0, 63);
    if (bit < 32) high = (high ^ (1 << bit)) >>> 0;
    else low = (low ^ (1 << (bit - 32))) >>> 0;
  }
  return [high, low];
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

const high = new Uint32Array(count);
const low = new Uint32Array(count);
for (let i = 0; i < count; i++) [high[i], low[i]] = [word(), word()];
const planted = Math.min(10_000, Math.floor(count / 100));
for (let i = 0; i < planted; i++) {
  const from = random.int(0, count - 1);
  const to = random.int(0, count - 1);
  [high[to], low[to]] = flipBits(high[from]!, low[from]!, random.int(1, 8));
}

const before = process.memoryUsage();
let started = performance.now();
const index = HashIndex.ofWords(high, low);
const buildMs = performance.now() - started;
const after = process.memoryUsage();

const asked = Array.from({ length: queries }, () => {
  const from = random.int(0, count - 1);
  return flipBits(high[from]!, low[from]!, random.int(0, 4));
});
const indexMs: number[] = [];
const scanMs: number[] = [];
let found = 0;
for (const [queryHigh, queryLow] of asked) {
  started = performance.now();
  const hits = index.within(wordsHash(queryHigh, queryLow), radius);
  indexMs.push(performance.now() - started);
  found += hits.length;
  // The scan on every tenth query only: at tens of ms each, a thousand would take a minute.
  if (scanMs.length * 10 <= indexMs.length) {
    started = performance.now();
    const scanned = scanWithin(high, low, queryHigh, queryLow, radius);
    scanMs.push(performance.now() - started);
    if (scanned.length !== hits.length) throw new Error('the index and the scan disagree');
  }
}
indexMs.sort((a, b) => a - b);
scanMs.sort((a, b) => a - b);
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
console.log(`${count.toLocaleString('en')} hashes (${planted.toLocaleString('en')} planted near copies), ${queries} queries at r=${radius}`);
console.log(`build:          ${(buildMs / 1000).toFixed(2)} s`);
console.log(`index query:    median ${fmt(percentile(indexMs, 0.5))}, p99 ${fmt(percentile(indexMs, 0.99))}, max ${fmt(indexMs.at(-1)!)} (${(found / queries).toFixed(2)} hits a query)`);
console.log(`scan query:     median ${fmt(percentile(scanMs, 0.5))}, p99 ${fmt(percentile(scanMs, 0.99))} (${scanMs.length} scans)`);
console.log(`ratio:          the index answers ${(percentile(scanMs, 0.5) / percentile(indexMs, 0.5)).toFixed(0)}× faster than a scan (medians)`);
console.log(`memory:         hashes ${mib(count * 8)}, index tables ${mib(after.arrayBuffers - before.arrayBuffers)}, RSS ${mib(process.memoryUsage().rss)}`);

const photo = await sharp(await generatedScene(5)).resize(4000, 3000).jpeg({ quality: 90 }).toBuffer();
await perceptualHashes(photo);
started = performance.now();
for (let i = 0; i < 10; i++) await perceptualHashes(photo);
console.log(`hashing:        ${fmt((performance.now() - started) / 10)} a 12 MP JPEG (decode shrunk on load, three regions)`);
