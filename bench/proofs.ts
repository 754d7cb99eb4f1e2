/**
 * Proof generation at scale: builds a ledger of 1M entries through the real append path, then times
 * random inclusion and consistency proofs, each one database read of O(log n) stored nodes.
 * Target: at most 2 ms each. Usage: npx tsx bench/proofs.ts [ENTRIES] [SAMPLES]
 */
import { verifyConsistency, verifyInclusion } from '../src/ledger/merkle.js';
import { appendEntries, benchDossier, percentile, removeDossier } from './support.js';

const entries = Number(process.argv[2] ?? 1_000_000);
const samples = Number(process.argv[3] ?? 2000);
const hex = (h: string) => Buffer.from(h, 'hex');
const random = (below: number) => Math.floor(Math.random() * below);

const dossier = await benchDossier();
try {
  const buildStarted = Date.now();
  await appendEntries(dossier, entries - 1, 10_000, (done) => {
    if (done % 200_000 < 10_000) process.stderr.write(`  built ${done + 1} entries\n`);
  });
  const size = await dossier.ledger.checkpointSize();
  console.log(`${dossier.database.engine}: built ${size} entries in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s`);

  /** Times generation alone; every proof is then verified, outside the timed window. */
  const time = async <P>(label: string, generate: () => Promise<P>, verify: (proof: P) => void) => {
    for (let i = 0; i < 50; i++) await generate(); // warm the page cache and the statement cache
    const ms: number[] = [];
    for (let i = 0; i < samples; i++) {
      const started = process.hrtime.bigint();
      const proof = await generate();
      ms.push(Number(process.hrtime.bigint() - started) / 1e6);
      verify(proof);
    }
    ms.sort((a, b) => a - b);
    const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
    console.log(`${label} at ${size} entries: mean ${mean.toFixed(3)} ms, p50 ${percentile(ms, 50).toFixed(3)} ms, p99 ${percentile(ms, 99).toFixed(3)} ms (target <= 2 ms)`);
  };

  await time(
    'inclusion proof',
    () => dossier.ledger.inclusionProof(random(size)),
    (p) => verifyInclusion(p.leafIndex, p.treeSize, hex(p.leafHash), p.proof.map(hex), hex(p.rootHash)),
  );
  await time(
    'consistency proof',
    () => dossier.ledger.consistencyProof(1 + random(size - 1)),
    (p) => verifyConsistency(p.size1, p.size2, p.proof.map(hex), hex(p.rootHash1), hex(p.rootHash2)),
  );
} finally {
  await removeDossier(dossier);
}
