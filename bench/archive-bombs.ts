/**
 * Hostile archives against the real CLI: a 1 MB zip of a bag holding 1 GiB of zeros in its payload, a tar
 * bag whose headers declare 2 GiB more than its Payload-Oxum (a sparse file), a 2 MB WARC.gz whose one
 * record inflates to 2 GiB, and a WACZ holding a 2 GiB entry of deflated zeros that its datapackage.json
 * does not list. Each is checked with `dossier verify` and taken in with the matching import, every run in a
 * process of its own, measured from outside: peak RSS (GNU time) and bytes written (the kernel's wchar for
 * the process, read from /proc through the shell that reaped it), with exit code and time.
 * Usage: npx tsx bench/archive-bombs.ts [path/to/dist/bin/dossier.js]   (default: this tree's, after `npm run build`)
 * Give another build's main.js to measure it on the same archives (the code before the limits, say).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GiB, gzipBombWarc, MiB, runMeasured, smallBag, sparseTarBagWith, waczWithExtras, zipBagWithZeros } from '../test/support/archive-bombs.js';
import { CLI } from '../test/support/dossier.js';

const cli = path.resolve(process.argv[2] ?? CLI);
const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-bombs-bench-'));
const env = { DOSSIER_ACTOR: 'bench:runner' };
const data = path.join(work, 'data');

async function setUp(args: string[]): Promise<void> {
  const run = await runMeasured(['--data', data, ...args], env, work, cli);
  if (run.code !== 0) throw new Error(`dossier ${args.join(' ')} failed: ${run.stderr}`);
}

interface Bomb {
  name: string;
  make: (file: string) => Promise<void>;
  file: string;
  importArgs: (file: string) => string[];
}

const bombs: Bomb[] = [
  {
    name: 'zip bag, 1 GiB of zeros under data/',
    file: 'partner.zip',
    make: async (file) => zipBagWithZeros(await smallBag(path.join(work, 'zip-bag')), file, 'partner', [{ path: 'data/zeros.bin', bytes: GiB }]),
    importArgs: (file) => ['import', 'bag', file, '--case', 'bench'],
  },
  {
    name: 'tar bag, 2 GiB declared past Payload-Oxum (sparse)',
    file: 'partner.tar',
    make: async (file) => sparseTarBagWith(await smallBag(path.join(work, 'tar-bag')), file, 'partner', 'data/zeros.bin', 2 * GiB),
    importArgs: (file) => ['import', 'bag', file, '--case', 'bench'],
  },
  {
    name: 'WARC.gz, one record of 2 GiB of zeros',
    file: 'zeros.warc.gz',
    make: (file) => gzipBombWarc(file, 2 * GiB),
    importArgs: (file) => ['import', 'warc', file, '--case', 'bench'],
  },
  {
    name: 'WACZ with an unlisted 2 GiB entry',
    file: 'unlisted.wacz',
    make: (file) => waczWithExtras(file, [{ name: 'archive/zeros.bin', zeros: 2 * GiB }]),
    importArgs: (file) => ['import', 'wacz', file, '--case', 'bench'],
  },
];

const mib = (bytes: number) => (bytes / MiB).toFixed(1);
try {
  await setUp(['init']);
  await setUp(['case', 'create', 'bench', '--title', 'Bench']);
  console.log(`CLI: ${cli}`);
  console.log('| archive | size | command | exit | peak RSS (MiB) | written (MiB) | seconds |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const bomb of bombs) {
    const file = path.join(work, bomb.file);
    await bomb.make(file);
    const { size } = await fs.stat(file);
    for (const [label, args] of [
      ['verify', ['verify', file]],
      [bomb.importArgs(file).slice(0, 2).join(' '), ['--data', data, ...bomb.importArgs(file)]],
    ] as const) {
      const started = performance.now();
      const run = await runMeasured([...args], env, work, cli);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`| ${bomb.name} | ${mib(size)} MiB | ${label} | ${run.code} | ${mib(run.peakRss)} | ${mib(run.written)} | ${seconds} |`);
    }
    await fs.rm(file);
  }
} finally {
  await fs.rm(work, { recursive: true, force: true });
}
