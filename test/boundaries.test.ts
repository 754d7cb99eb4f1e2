import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * The boundaries of the code, kept by the build rather than by habit: dependency-cruiser's rules
 * (.dependency-cruiser.cjs: no circles, pure proofs, stand-alone offline verifiers, faces that reach the database
 * only through the domain, a web app that takes no server code; .dependency-cruiser-browser.cjs: what the browser
 * bundles reaches no server module nor Node built-in), and no query written in a face. Each check is run on the
 * tree, which must keep to it, and on a fixture that breaks every rule once (test/fixtures/boundaries/README.md).
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const BROKEN = path.join(ROOT, 'test/fixtures/boundaries');
const DEPCRUISE = path.join(ROOT, 'node_modules/.bin/depcruise');
const RULES = path.join(ROOT, '.dependency-cruiser.cjs');
const BROWSER_RULES = path.join(ROOT, '.dependency-cruiser-browser.cjs');

interface Violation {
  rule: string;
  from: string;
  to: string;
}

async function cruise(cwd: string, config: string): Promise<Violation[]> {
  // depcruise exits non-zero when it finds violations; its JSON report is on stdout either way.
  const { stdout } = await promisify(execFile)(DEPCRUISE, ['--config', config, '--output-type', 'json', 'src', 'web/src'], { cwd, maxBuffer: 256 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string }) => {
      if (!error.stdout) throw new Error(`depcruise failed: ${error.stderr ?? String(error)}`);
      return { stdout: error.stdout };
    },
  );
  const report = JSON.parse(stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return report.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

const QUERY = /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(|\bsql(<[^>]*>)?`|\bsql\.(raw|ref|table|id|lit)\(/;

/** Lines of the faces (src/server, src/cli; their tests aside) that write a query themselves. */
async function queriesInFaces(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const face of ['src/server', 'src/cli']) {
    const entries = await fs.readdir(path.join(root, face), { recursive: true }).catch(() => [] as string[]);
    for (const entry of entries.sort()) {
      if (!/\.tsx?$/.test(entry) || /\.test\.tsx?$/.test(entry)) continue;
      const file = path.join(face, entry);
      const lines = (await fs.readFile(path.join(root, file), 'utf8')).split('\n');
      lines.forEach((line, i) => QUERY.test(line) && found.push(`${file}:${i + 1}: ${line.trim()}`));
    }
  }
  return found;
}

describe('the boundaries the build keeps', () => {
  it('the tree keeps every rule: no circle, pure proofs, stand-alone verifiers, thin faces, a web app free of server code', async () => {
    expect(await cruise(ROOT, RULES)).toEqual([]);
  });

  it('what the web app bundles reaches nothing of the server nor of Node', async () => {
    expect(await cruise(ROOT, BROWSER_RULES)).toEqual([]);
  });

  it('no route or command writes a query: they call the domain', async () => {
    expect(await queriesInFaces(ROOT)).toEqual([]);
  });

  it('fails on a tree that breaks each rule, naming the rule and the import, and lets a type-only import of the database pass', async () => {
    const found = await cruise(BROKEN, RULES);
    expect(found).toEqual(
      expect.arrayContaining([
        { rule: 'proofs-are-pure', from: 'src/ledger/proofs/tree.ts', to: 'src/db/rows.ts' },
        { rule: 'offline-verifiers-stand-alone', from: 'src/bag/check.ts', to: 'src/vault/store.ts' },
        { rule: 'faces-call-the-domain', from: 'src/server/routes/items.ts', to: 'src/db/rows.ts' },
        { rule: 'web-takes-no-server-code', from: 'web/src/main.tsx', to: 'src/server/routes/items.ts' },
        { rule: 'nothing-imports-the-web', from: 'src/incidents/screen.ts', to: 'web/src/screen.ts' },
      ]),
    );
    const circles = found.filter((v) => v.rule === 'no-circular').map((v) => [v.from, v.to].sort());
    expect(circles.length).toBeGreaterThan(0);
    for (const circle of circles) expect(circle).toEqual(['src/incidents/first.ts', 'src/incidents/second.ts']);
    // The command's type-only import of a row is allowed: nothing is said of it.
    expect(found.filter((v) => v.from === 'src/cli/commands/list.ts')).toEqual([]);
    expect(found).toHaveLength(5 + circles.length);

    expect(await cruise(BROKEN, BROWSER_RULES)).toEqual(
      expect.arrayContaining([
        { rule: 'browser-reaches-no-server', from: 'web/src/main.tsx', to: 'src/server/routes/items.ts' },
        { rule: 'browser-reaches-no-server', from: 'web/src/main.tsx', to: 'src/db/rows.ts' },
      ]),
    );
    expect(await queriesInFaces(BROKEN)).toEqual(['src/server/routes/items.ts:8: return db.selectFrom(TABLE).execute();']);
  });
});
