/**
 * Intake of one large file through the real CLI (`dossier add`: the kernel copies it into the vault's tmp/, the
 * copy is hashed while it is flushed to disk, renamed, then the database record and its ledger entry, in a plain
 * node process), timed against `sha256sum` of the same file in the same run, alternating, several rounds. Peak
 * RSS is the CLI process's, from GNU time. Targets (issue 16): time ratio <= 1.0, peak RSS <= 160 MiB.
 * With BENCH_VAULT_URL=s3://BUCKET/PREFIX (and the S3 settings, e.g. `eval "$(scripts/s3-test-server start)"`), the
 * data directory's vault is that S3 bucket (each round under a prefix of its own, emptied after): the 1 GiB file is
 * hashed, then sent to the S3 server and hashed again.
 * Needs `npm run build` first.
 * Usage: npx tsx bench/ingest.ts [SIZE_MIB] [ROUNDS]
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const sizeMiB = Number(process.argv[2] ?? 1024);
const rounds = Number(process.argv[3] ?? 3);
const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/cli/main.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-ingest-'));
const file = path.join(work, 'input.bin');

/** Removes what a round stored in the S3 vault (it carries no retention). */
async function emptyS3Prefix(url: string): Promise<void> {
  const { adminClient, emptyPrefix } = await import('../test/support/blob-stores.js');
  const { parseS3VaultUrl } = await import('../src/vault/s3-settings.js');
  const { bucket, prefix } = parseS3VaultUrl('BENCH_VAULT_URL', url);
  const client = adminClient();
  await emptyPrefix(client, bucket, prefix);
  client.destroy();
}

/** Runs a command under GNU time; returns wall seconds and peak RSS in MiB. */
function timed(command: string, args: string[]): { seconds: number; rssMiB: number; stdout: string } {
  const report = path.join(work, 'time.txt');
  const stdout = execFileSync('/usr/bin/time', ['-f', '%e %M', '-o', report, command, ...args], { maxBuffer: 1 << 20 }).toString();
  const [seconds, kib] = fs.readFileSync(report, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
  return { seconds: seconds!, rssMiB: kib! / 1024, stdout };
}

try {
  // Incompressible content, written in 1 MiB pieces.
  const block = randomBytes(1 << 20);
  const fd = fs.openSync(file, 'w');
  for (let i = 0; i < sizeMiB; i++) {
    block[0] = i & 0xff;
    fs.writeSync(fd, block);
  }
  fs.fsyncSync(fd);
  fs.closeSync(fd);

  const ratios: number[] = [];
  let peak = 0;
  for (let round = 1; round <= rounds; round++) {
    const data = path.join(work, `data-${round}`);
    const vaultUrl = process.env.BENCH_VAULT_URL ? `${process.env.BENCH_VAULT_URL.replace(/\/$/, '')}/bench-${process.pid}-${round}` : undefined;
    process.env.DOSSIER_VAULT_URL = vaultUrl ?? '';
    execFileSync(process.execPath, [cli, '--data', data, 'init']);
    execFileSync(process.execPath, [cli, '--data', data, 'case', 'create', 'bench', '--title', 'Benchmark']);
    execFileSync('sync');
    const reference = timed('sha256sum', [file]);
    const intake = timed(process.execPath, [cli, '--data', data, '--json', 'add', file, '--case', 'bench']);
    const stored = JSON.parse(intake.stdout)[0].item.sha256;
    if (stored !== reference.stdout.split(' ')[0]) throw new Error(`hash mismatch: ${stored} vs ${reference.stdout}`);
    ratios.push(intake.seconds / reference.seconds);
    peak = Math.max(peak, intake.rssMiB);
    console.log(
      `round ${round}: sha256sum ${reference.seconds.toFixed(2)} s, dossier add ${intake.seconds.toFixed(2)} s ` +
        `(${((sizeMiB * 1048576) / intake.seconds / 1e6).toFixed(0)} MB/s), ratio ${(intake.seconds / reference.seconds).toFixed(2)}, ` +
        `peak RSS ${intake.rssMiB.toFixed(0)} MiB`,
    );
    fs.rmSync(data, { recursive: true, force: true });
    if (vaultUrl) await emptyS3Prefix(vaultUrl);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  console.log(`${sizeMiB} MiB file${process.env.BENCH_VAULT_URL ? ` into S3 (${process.env.BENCH_VAULT_URL})` : ''}, ${rounds} rounds: median ratio dossier add / sha256sum ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} (target <= 1.0), peak RSS ${peak.toFixed(0)} MiB (target <= 160 MiB)`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
