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

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

// Every other package is loaded from node_modules as it is, whichever list of package.json it is in (a test-only
// one such as playwright-core included): only our own modules and the two above go into the bundle.
const packagesOutside = {
  name: 'packages-outside',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.kind === 'entry-point' || BUNDLED.has(packageOf(args.path)) ? undefined : { path: args.path, external: true }));
  },
};

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
  plugins: [packagesOutside],
  legalComments: 'linked',
  logLevel: 'warning',
});
