/**
 * The CLI as a handful of files: dist/bin/dossier.js, its commands' chunks and its workers, with our modules and the
 * many-file libraries (TypeBox, Kysely) bundled by esbuild. Every `dossier` run starts by loading its modules, and
 * loading some 1,500 small files took longer than most commands' work (bench: `npm run bench:cli-start`).
 * The other libraries stay in node_modules: native addons, and packages that find their own files at run time.
 */
import fs from 'node:fs';
import { build } from 'esbuild';

// At the same depth as dist/cli, so paths the modules take from their own place (../../dist/web) hold.
const OUT = 'dist/bin';
const BUNDLED = new Set(['typebox', 'kysely']);
const { dependencies } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const external = Object.keys(dependencies)
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

// Chunks are named by their content: a clean folder, so no chunk of an earlier build lingers.
fs.rmSync(OUT, { recursive: true, force: true });

await build({
  // Workers are started by file name beside their caller (src/common/module-worker.ts): each is an entry of its own.
  entryPoints: { dossier: 'src/cli/main.ts', 'file-store-worker': 'src/vault/file-store-worker.ts', 'extraction-worker': 'src/extraction/extraction-worker.ts' },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  legalComments: 'linked',
  logLevel: 'warning',
});
