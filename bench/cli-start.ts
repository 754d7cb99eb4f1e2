/**
 * How long a `dossier` run takes to start: the bundled CLI (dist/bin/dossier.js, scripts/bundle-cli.mjs) against
 * the same modules as tsc writes them (dist/cli/main.js), with bare `node` as the reference, in this process.
 * Usage: npm run build && npm run bench:cli-start [runs]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 10);
const data = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-start-'));
const bundled = path.join(root, 'dist/bin/dossier.js');
const unbundled = path.join(root, 'dist/cli/main.js');
execFileSync('node', [bundled, '--data', data, 'init'], { stdio: 'ignore', env: { ...process.env, DOSSIER_ACTOR: 'bench' } });
execFileSync('node', [bundled, '--data', data, 'case', 'create', 'bench', '--title', 'Bench'], { stdio: 'ignore', env: { ...process.env, DOSSIER_ACTOR: 'bench' } });

function median(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    // A refusal (verify of a missing bag exits 3) starts and loads the same as a success.
    spawnSync('node', args, { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const bare = median(['-e', '0']);
console.log(`node -e 0 (reference): ${bare.toFixed(0)} ms median of ${runs}`);
for (const [name, args] of [
  ['help', ['help']],
  ['incident list', ['--data', data, '--json', 'incident', 'list', '--case', 'bench']],
  ['verify (a missing bag)', ['verify', path.join(data, 'no-such-bag')]],
] as const) {
  const before = median([unbundled, ...args]);
  const after = median([bundled, ...args]);
  console.log(`${name}: tsc output ${before.toFixed(0)} ms (${(before / bare).toFixed(1)}× node), bundled ${after.toFixed(0)} ms (${(after / bare).toFixed(1)}× node), ${(before / after).toFixed(2)}× faster`);
}
fs.rmSync(data, { recursive: true, force: true });
