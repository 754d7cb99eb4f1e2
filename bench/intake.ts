/**
 * A handed-over folder of many small files taken in through the real CLI (`dossier add FOLDER`: walk, store
 * each file fsynced, record the intakes batch by batch, issue the receipt), timed against `sha256sum` of the same
 * files in the same run. Prints files per second, the ratio, and the CLI's peak RSS (GNU time).
 * Target (issue 16): 10,000 files of 20 KB at >= 2,000 files/s; the 1 GiB single file is bench/ingest.ts.
 * Needs `npm run build` first. Usage: npx tsx bench/intake.ts [FILES] [SIZE_KIB]
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const files = Number(process.argv[2] ?? 10_000);
const sizeKiB = Number(process.argv[3] ?? 20);
const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/bin/dossier.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-intake-'));
const folder = path.join(work, 'handover');
const data = path.join(work, 'data');

function timed(command: string, args: string[], options: { shell?: boolean } = {}): { seconds: number; rssMiB: number } {
  const report = path.join(work, 'time.txt');
  execFileSync('/usr/bin/time', ['-f', '%e %M', '-o', report, command, ...args], { maxBuffer: 1 << 26, stdio: ['ignore', 'ignore', 'inherit'], ...options });
  const [seconds, kib] = fs.readFileSync(report, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
  return { seconds: seconds!, rssMiB: kib! / 1024 };
}

try {
  // A camera's folders: 100 files each, incompressible.
  for (let i = 0; i < files; i++) {
    const dir = path.join(folder, `DCIM-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `IMG_${String(i).padStart(5, '0')}.bin`), randomBytes(sizeKiB * 1024));
  }
  execFileSync('sync');
  execFileSync(process.execPath, [cli, '--data', data, 'init'], { stdio: 'ignore' });
  execFileSync(process.execPath, [cli, '--data', data, 'case', 'create', 'bench', '--title', 'Intake bench'], { stdio: 'ignore' });

  const reference = timed('sh', ['-c', `find "${folder}" -type f -print0 | xargs -0 sha256sum > /dev/null`]);
  const intake = timed(process.execPath, [cli, '--data', data, 'add', folder, '--case', 'bench', '--receipt', path.join(work, 'receipt.txt')]);
  console.log(
    `${files} files of ${sizeKiB} KiB: dossier add ${intake.seconds.toFixed(2)} s (${(files / intake.seconds).toFixed(0)} files/s, peak RSS ${intake.rssMiB.toFixed(0)} MiB); ` +
      `sha256sum ${reference.seconds.toFixed(2)} s; ratio ${(intake.seconds / Math.max(reference.seconds, 0.01)).toFixed(1)}`,
  );
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
