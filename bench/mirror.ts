/**
 * Pushing and verifying an encrypted mirror of N MiB of evidence (default 200, in 8 MiB files), against plain
 * SHA-256 of the same blob files in this process (what sha256sum does). Prints the figures.
 *   npx tsx bench/mirror.ts [MiB]
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCase } from '../src/cases/cases.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { initMirror } from '../src/mirror/mirror-init.js';
import { pushMirror } from '../src/mirror/push.js';
import { newIdentity } from '../src/mirror/sealed-files.js';
import { verifyMirror } from '../src/mirror/verify.js';
import { benchDossier, removeDossier } from './support.js';

const mebibytes = Number(process.argv[2] ?? 200);
const FILE_MIB = 8;
const dossier = await benchDossier();
const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'dossier-bench-mirror-'));
const seconds = (start: number) => (performance.now() - start) / 1000;
const rate = (s: number) => `${s.toFixed(2)} s (${(mebibytes / s).toFixed(0)} MiB/s)`;

try {
  await createCase(dossier, 'bench:runner', { id: 'bench-case', title: 'Mirror bench' });
  const blobs: string[] = [];
  for (let i = 0; i < mebibytes / FILE_MIB; i++) {
    const { item } = await ingestEvidence(dossier, 'bench:runner', { caseId: 'bench-case', originalName: `clip-${i}.mp4`, content: [randomBytes(FILE_MIB << 20)] });
    blobs.push(item.sha256);
  }
  console.log(`${blobs.length} files of ${FILE_MIB} MiB in the vault`);

  let start = performance.now();
  for (const sha of blobs) {
    const hash = createHash('sha256');
    for await (const chunk of fs.createReadStream(dossier.vault.localPath!(sha), { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
    if (hash.digest('hex') !== sha) throw new Error(`blob ${sha} does not hash to its name`);
  }
  console.log(`sha256 of the blob files (as sha256sum): ${rate(seconds(start))}`);

  const dest = path.join(work, 'mirror');
  await initMirror(dossier, dest, [(await newIdentity()).recipient]);
  start = performance.now();
  const pushed = await pushMirror(dossier, 'bench:runner', dest);
  console.log(`mirror push, first: ${rate(seconds(start))}, ${pushed.sent} blobs sent, ${pushed.files} files in the manifest`);
  start = performance.now();
  const again = await pushMirror(dossier, 'bench:runner', dest);
  console.log(`mirror push, nothing new: ${seconds(start).toFixed(2)} s, ${again.sent} blobs sent`);
  start = performance.now();
  const report = await verifyMirror(dest);
  if (!report.ok) throw new Error('the mirror does not verify');
  console.log(`mirror verify: ${rate(seconds(start))}, ${report.checked} files, ${(report.bytes / 2 ** 20).toFixed(1)} MiB of ciphertext`);
} finally {
  await removeDossier(dossier);
  await fsp.rm(work, { recursive: true, force: true });
}
