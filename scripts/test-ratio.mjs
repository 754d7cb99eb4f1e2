#!/usr/bin/env node
/**
 * Test-to-code lines per folder of src/: the lines of the folder's code, of the unit tests beside it, and of the
 * suites in test/ that import it (a suite importing three folders counts for each). With `npm run coverage`, where
 * the tests are thin. Usage: node scripts/test-ratio.mjs
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const lines = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').length;
const filesUnder = (dir) => fs.readdirSync(dir, { recursive: true }).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(dir, f));

const folders = fs.readdirSync(path.join(ROOT, 'src'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const suites = filesUnder(path.join(ROOT, 'test')).filter((f) => f.endsWith('.test.ts') && !f.includes(`${path.sep}fixtures${path.sep}`));
const suiteImports = suites.map((file) => ({ file, text: fs.readFileSync(file, 'utf8'), size: lines(file) }));

const rows = folders.map((folder) => {
  const files = filesUnder(path.join(ROOT, 'src', folder));
  const code = files.filter((f) => !/\.test\.tsx?$/.test(f)).reduce((sum, f) => sum + lines(f), 0);
  const beside = files.filter((f) => /\.test\.tsx?$/.test(f)).reduce((sum, f) => sum + lines(f), 0);
  const importing = suiteImports.filter((s) => s.text.includes(`/src/${folder}/`));
  const suiteLines = importing.reduce((sum, s) => sum + s.size, 0);
  return { folder, code, beside, suites: importing.length, suiteLines };
});

const pad = (text, width) => String(text).padStart(width);
console.log(`${'folder'.padEnd(16)}${pad('code', 8)}${pad('beside', 8)}${pad('ratio', 7)}${pad('suites', 8)}${pad('lines', 8)}`);
for (const r of rows) {
  console.log(`${r.folder.padEnd(16)}${pad(r.code, 8)}${pad(r.beside, 8)}${pad((r.beside / Math.max(1, r.code)).toFixed(2), 7)}${pad(r.suites, 8)}${pad(r.suiteLines, 8)}`);
}
const code = rows.reduce((s, r) => s + r.code, 0);
const beside = rows.reduce((s, r) => s + r.beside, 0);
const allSuites = suiteImports.reduce((s, x) => s + x.size, 0);
console.log(`\nsrc/: ${code} lines of code, ${beside} of unit tests beside it (${(beside / code).toFixed(2)}), ${allSuites} in test/ (${((beside + allSuites) / code).toFixed(2)} in all)`);
