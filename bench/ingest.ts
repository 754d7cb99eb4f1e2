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
const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/bin/dossier.js');
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

/** One signed PUT of the whole file by curl (SigV4), timed: what the S3 server takes at best. */
function curlPut(file: string, url: string): { seconds: number } {
  const endpoint = process.env.DOSSIER_S3_ENDPOINT;
  if (!endpoint) throw new Error('BENCH_VAULT_URL needs DOSSIER_S3_ENDPOINT (eval "$(scripts/s3-test-server start)")');
  const target = `${endpoint}/${url.slice('s3://'.length)}`;
  const user = `${process.env.AWS_ACCESS_KEY_ID}:${process.env.AWS_SECRET_ACCESS_KEY}`;
  const started = process.hrtime.bigint();
  execFileSync('curl', ['-sSf', '--aws-sigv4', `aws:amz:${process.env.AWS_REGION ?? 'us-east-1'}:s3`, '--user', user, '-H', 'x-amz-content-sha256: UNSIGNED-PAYLOAD', '-T', file, target]);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9 };
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
  const uploadRatios: number[] = [];
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
    // Into S3 the server's own speed bounds the intake: the same file sent by curl in one signed PUT is the reference.
    const upload = vaultUrl ? curlPut(file, `${vaultUrl}/reference-upload`) : undefined;
    const stored = JSON.parse(intake.stdout)[0].item.sha256;
    if (stored !== reference.stdout.split(' ')[0]) throw new Error(`hash mismatch: ${stored} vs ${reference.stdout}`);
    ratios.push(intake.seconds / reference.seconds);
    peak = Math.max(peak, intake.rssMiB);
    if (upload) uploadRatios.push(intake.seconds / upload.seconds);
    console.log(
      (upload ? `round ${round}: curl PUT to the S3 server ${upload.seconds.toFixed(2)} s, ratio ${(intake.seconds / upload.seconds).toFixed(2)}; ` : '') +
      `round ${round}: sha256sum ${reference.seconds.toFixed(2)} s, dossier add ${intake.seconds.toFixed(2)} s ` +
        `(${((sizeMiB * 1048576) / intake.seconds / 1e6).toFixed(0)} MB/s), ratio ${(intake.seconds / reference.seconds).toFixed(2)}, ` +
        `peak RSS ${intake.rssMiB.toFixed(0)} MiB`,
    );
    fs.rmSync(data, { recursive: true, force: true });
    if (vaultUrl) await emptyS3Prefix(vaultUrl);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  if (uploadRatios.length > 0) console.log(`into S3: median ratio dossier add / curl PUT ${[...uploadRatios].sort((a, b) => a - b)[Math.floor(uploadRatios.length / 2)]!.toFixed(2)}`);
  console.log(`${sizeMiB} MiB file${process.env.BENCH_VAULT_URL ? ` into S3 (${process.env.BENCH_VAULT_URL})` : ''}, ${rounds} rounds: median ratio dossier add / sha256sum ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} (target <= 1.0), peak RSS ${peak.toFixed(0)} MiB (target <= 160 MiB)`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
