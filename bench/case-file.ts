/**
 * A case file of many files: `dossier export bag` and `dossier verify` through the real CLI (plain node
 * processes), with `sha256sum -c manifest-sha256.txt` over the same bag in the same run as the reference,
 * alternating, several rounds, page cache warm for all three. Peak RSS from GNU time.
 * Target: verify / sha256sum -c <= 0.5. Verify checks SHA-256 and SHA-512 of every file (BagIt asks for every
 * manifest), every custody proof and the seal; sha256sum checks SHA-256 only, on one core. So the script also
 * times verify on a copy (hard links) without manifest-sha512.txt: the same hashing work as sha256sum -c
 * (that copy is reported invalid, for the missing manifest; only its time is used).
 * Usage: npx tsx bench/case-file.ts [FILES] [TOTAL_MIB] [ROUNDS]   (needs `npm run build` first)
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCase } from '../src/cases/cases.js';
import { ingestEvidence } from '../src/evidence/evidence.js';
import { benchDossier, removeDossier } from './support.js';

const files = Number(process.argv[2] ?? 5000);
const totalMiB = Number(process.argv[3] ?? 2048);
const rounds = Number(process.argv[4] ?? 3);
const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/bin/dossier.js');

/**
 * File sizes like a real case: most files are photos and documents (64–512 KiB), a few are long videos
 * that carry most of the bytes.
 */
function fileSizes(): number[] {
  const total = totalMiB * 1048576;
  const large = Math.max(1, Math.round(files / 100));
  const small = Array.from({ length: files - large }, (_, i) => 65536 + ((i * 2654435761) % 458752));
  const rest = Math.max(0, total - small.reduce((sum, size) => sum + size, 0));
  return [...small, ...Array.from({ length: large }, () => Math.floor(rest / large))];
}

function timed(command: string, args: string[], cwd?: string): { seconds: number; rssMiB: number; stdout: string } {
  const report = path.join(path.dirname(cli), '..', '.bench-time.txt');
  const stdout = execFileSync('/usr/bin/time', ['-f', '%e %M', '-o', report, command, ...args], { maxBuffer: 64 << 20, ...(cwd ? { cwd } : {}) }).toString();
  const [seconds, kib] = fs.readFileSync(report, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
  fs.rmSync(report);
  return { seconds: seconds!, rssMiB: kib! / 1024, stdout };
}

const dossier = await benchDossier();
const work = path.join(dossier.config.dataDir, 'bench-out');
try {
  fs.mkdirSync(work);
  await createCase(dossier, 'bench:runner', { id: 'bench', title: 'Case file benchmark' });
  const block = randomBytes(8 << 20);
  const sizes = fileSizes();
  const started = Date.now();
  for (const [i, size] of sizes.entries()) {
    // Incompressible and distinct: a different offset into random bytes, and the index in the first bytes.
    const content = Buffer.alloc(size);
    for (let at = 0; at < size; at += block.length) block.copy(content, at, (i * 4099) % 4096, Math.min(block.length, (i * 4099) % 4096 + size - at));
    content.writeUInt32BE(i, 0);
    await ingestEvidence(dossier, 'bench:runner', { caseId: 'bench', originalName: `item-${i}.${size > 4 << 20 ? 'mp4' : 'jpg'}`, content: [content] });
  }
  const bytes = sizes.reduce((sum, size) => sum + size, 0);
  console.log(`set up: ${files} files, ${(bytes / 1048576).toFixed(0)} MiB taken in, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const data = dossier.config.dataDir;
  await dossier.close();

  const ratios: number[] = [];
  const sameWorkRatios: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const bag = path.join(work, `bag-${round}`);
    const exported = timed(process.execPath, [cli, '--data', data, 'export', 'bag', '--case', 'bench', bag]);
    execFileSync('sha256sum', ['-c', '--quiet', 'manifest-sha256.txt'], { cwd: bag }); // warms the page cache for both
    const reference = timed('sha256sum', ['-c', '--quiet', 'manifest-sha256.txt'], bag);
    const verified = timed(process.execPath, [cli, 'verify', bag]);
    if (!verified.stdout.startsWith('VALID case file')) throw new Error(`the bag did not verify:\n${verified.stdout}`);
    ratios.push(verified.seconds / reference.seconds);
    const sha256Only = `${bag}-sha256-only`;
    execFileSync('cp', ['-al', bag, sha256Only]);
    fs.rmSync(path.join(sha256Only, 'manifest-sha512.txt'));
    const sameWork = timed('/bin/sh', ['-c', `"${process.execPath}" "${cli}" verify "${sha256Only}" > /dev/null; exit 0`]);
    sameWorkRatios.push(sameWork.seconds / reference.seconds);
    fs.rmSync(sha256Only, { recursive: true, force: true });
    console.log(
      `round ${round}: export ${exported.seconds.toFixed(1)} s (${(bytes / exported.seconds / 1e6).toFixed(0)} MB/s, peak RSS ${exported.rssMiB.toFixed(0)} MiB); ` +
        `sha256sum -c ${reference.seconds.toFixed(2)} s; dossier verify ${verified.seconds.toFixed(2)} s (${(bytes / verified.seconds / 1e6).toFixed(0)} MB/s, ` +
        `peak RSS ${verified.rssMiB.toFixed(0)} MiB); ratio ${(verified.seconds / reference.seconds).toFixed(2)}; ` +
        `SHA-256 manifest only ${sameWork.seconds.toFixed(2)} s, ratio ${(sameWork.seconds / reference.seconds).toFixed(2)}`,
    );
    fs.rmSync(bag, { recursive: true, force: true });
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toFixed(2);
  console.log(
    `${files} files, ${(bytes / 1048576).toFixed(0)} MiB, ${rounds} rounds: median ratio dossier verify / sha256sum -c ${median(ratios)} (target <= 0.5); ` +
      `with the SHA-256 manifest only (the same hashing as sha256sum -c) ${median(sameWorkRatios)}`,
  );
} finally {
  await removeDossier(dossier).catch(() => fs.rmSync(dossier.config.dataDir, { recursive: true, force: true }));
}
