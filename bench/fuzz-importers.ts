/**
 * The importers' fuzzers run for longer than `npm test` gives them: FUZZ_SECONDS per target (default 120),
 * on SQLite and on the PostgreSQL server the tests use (DOSSIER_TEST_POSTGRES_URL) when it answers. Prints runs, runs a second and the peak
 * resident memory after each target; exits non-zero with the seed and the shrunk input when one fails.
 *
 *   npx tsx bench/fuzz-importers.ts            FUZZ_SECONDS=600 FUZZ_SEED=42 npx tsx bench/fuzz-importers.ts
 */
import { enginesUnderTest } from '../test/support/engines.js';
import { fuzzAcledImport, fuzzApiBodies, fuzzBagArchives, fuzzWebArchives, type Budget, type FuzzRun } from '../test/fuzz/importer-fuzz.js';

const seconds = Number(process.env.FUZZ_SECONDS ?? 120);
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const budget: Budget = { runs: Number.MAX_SAFE_INTEGER, seconds, ...(seed !== undefined && { seed }) };
const engines = await enginesUnderTest();

const targets: Array<[string, () => Promise<FuzzRun>]> = [
  ['bag archives', () => fuzzBagArchives(budget)],
  ['web archives', () => fuzzWebArchives(budget)],
  ...engines.flatMap((engine): Array<[string, () => Promise<FuzzRun>]> => [
    [`ACLED import (${engine.name})`, async () => fuzzAcledImport(budget, await engine.createDatabase())],
    [`API bodies (${engine.name})`, async () => fuzzApiBodies(budget, await engine.createDatabase())],
  ]),
];

console.log(`Fuzzing each importer for ${seconds} s${seed === undefined ? '' : ` (seed ${seed})`}`);
let failed = false;
for (const [name, target] of targets) {
  try {
    const result = await target();
    const peakMiB = process.resourceUsage().maxRSS / 1024;
    console.log(`${name.padEnd(26)} ${String(result.runs).padStart(7)} runs  ${(result.runs / result.seconds).toFixed(1).padStart(7)} runs/s  peak RSS ${peakMiB.toFixed(0)} MiB`);
  } catch (error) {
    failed = true;
    console.log(`${name.padEnd(26)} FAILED\n${(error as Error).message}`);
  }
}
await Promise.all(engines.map((engine) => engine.dropAll()));
process.exit(failed ? 1 : 0);
