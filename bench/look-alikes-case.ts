/**
 * The look-up made when an image of a case is hashed (similarity/look-alikes.ts recordLookAlikes): inside one
 * write transaction, the case's stored hashes read and indexed, the new image's hashes checked against them, its
 * links and ledger entry written. Timed over a case of N hashed images (three hashes each, written straight into
 * the tables: intake is not what is measured), for one image and for a batch of 1,000. PostgreSQL when
 * DOSSIER_DATABASE_URL is set. Usage: npx tsx bench/look-alikes-case.ts [ITEMS]
 * Measured at 100k images: one image 38 ms median on SQLite, 74 ms on PostgreSQL (analysed), reading only the
 * rows that share a near 16-bit piece with its hashes (the whole case's 300k rows took 940 / 640 ms); a batch of
 * 1,000 reads the case whole, 0.7–0.9 s together.
 */
import { sql } from 'kysely';
import { createCase } from '../src/cases/cases.js';
import { newId } from '../src/common/ids.js';
import { SeededRandom } from '../src/app/seeded-random.js';
import { hashPieces, wordsHash } from '../src/similarity/hash-index.js';
import { recordLookAlikes, type HashedImage } from '../src/similarity/look-alikes.js';
import { HASH_ALGORITHM, REGIONS } from '../src/similarity/perceptual-hash.js';
import { benchDossier, removeDossier } from './support.js';

const count = Number(process.argv[2] ?? 100_000);
const random = new SeededRandom(2016);
const randomHash = () => wordsHash(Math.floor(random.next() * 2 ** 32), Math.floor(random.next() * 2 ** 32));
const dossier = await benchDossier();
const now = new Date().toISOString();

async function heldImages(n: number): Promise<{ id: string; sha256: string }[]> {
  const made = Array.from({ length: n }, () => ({ id: newId('ev'), sha256: `${randomHash()}${randomHash()}${randomHash()}${randomHash()}` }));
  for (let start = 0; start < made.length; start += 2000) {
    const some = made.slice(start, start + 2000);
    await dossier.database.writeTransaction(async (trx) => {
      await dossier.database.insertMany(trx, 'evidence_items', some.map((m) => ({ id: m.id, sha256: m.sha256, size: 1000, media_type: 'image/jpeg', original_name: `${m.id}.jpg`, intake_at: now, intake_by: 'bench', source: null, note: null })));
      await dossier.database.insertMany(trx, 'evidence_cases', some.map((m) => ({ evidence_id: m.id, case_id: 'bench', linked_at: now, linked_by: 'bench' })));
      await dossier.database.insertMany(trx, 'evidence_perceptual_hashes', some.flatMap((m) => REGIONS.map((r) => withPieces({ evidence_id: m.id, frame: '', region: r.name, algorithm: HASH_ALGORITHM, hash: randomHash(), hashed_at: now }))));
    });
  }
  return made;
}

function withPieces<T extends { hash: string }>(row: T) {
  const [piece0, piece1, piece2, piece3] = hashPieces(row.hash);
  return { ...row, piece0, piece1, piece2, piece3 };
}

const asImage = (item: { id: string; sha256: string }): HashedImage => ({ item, frames: [{ frame: '', hashes: REGIONS.map((r) => ({ region: r.name, hash: randomHash() })) }] });

try {
  await createCase(dossier, 'bench', { id: 'bench', title: 'Look-alikes bench' });
  let started = performance.now();
  await heldImages(count);
  // As autovacuum would have by now: PostgreSQL plans from statistics, and a table just filled has none.
  if (dossier.database.engine === 'postgres') await sql`analyze`.execute(dossier.database.db);
  console.log(`${count.toLocaleString('en')} hashed images held (${dossier.database.engine}), written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const single: number[] = [];
  for (const item of await heldImages(20)) {
    started = performance.now();
    await recordLookAlikes(dossier, 'bench', 'bench', [asImage(item)]);
    single.push(performance.now() - started);
  }
  single.sort((a, b) => a - b);
  console.log(`one image:      median ${single[10]!.toFixed(0)} ms, max ${single.at(-1)!.toFixed(0)} ms (read the case's hashes, index, link, log)`);
  const batch = (await heldImages(1000)).map(asImage);
  started = performance.now();
  await recordLookAlikes(dossier, 'bench', 'bench', batch);
  const batchMs = performance.now() - started;
  console.log(`1,000 images:   ${batchMs.toFixed(0)} ms in one transaction (${(batchMs / 1000).toFixed(2)} ms an image)`);
} finally {
  await removeDossier(dossier);
}
