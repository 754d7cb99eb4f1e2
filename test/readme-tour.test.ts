import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, PROJECT_ROOT, runProcess, tempDir } from './support/dossier.js';

/**
 * The README's CLI tour, run as a newcomer pastes it: every line but those marked `needs:` (the internet, a
 * WACZ of one's own, a terminal of its own), in bash with `set -e`, so any command that fails fails the test.
 * Only the tour's data folder is moved into the test's own temp folder; `npx dossier` finds the built CLI
 * through node_modules/.bin, as npm's own resolution does in the checkout.
 */
describe("the README's tour of the CLI", () => {
  it('runs as pasted', async () => {
    const readme = await fs.readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const tour = /## A five-minute tour of the CLI\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(tour, 'the README has a tour').toBeDefined();
    const commands = tour!
      .replace(/\\\n/g, ' ')
      .split('\n')
      .filter((line) => !/#\s*needs:/.test(line));
    expect(commands.filter((line) => line.startsWith('npx dossier')).length).toBeGreaterThan(30);

    const work = await tempDir('dossier-tour-');
    try {
      await fs.mkdir(path.join(work, 'node_modules', '.bin'), { recursive: true });
      // What npm links for a package's bin: an executable that runs the built CLI (tsc leaves main.js 0644).
      await fs.writeFile(path.join(work, 'node_modules', '.bin', 'dossier'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`, { mode: 0o755 });
      const script = ['set -euo pipefail', ...commands].join('\n').replaceAll('/tmp/dossier-tour', path.join(work, 'data'));
      const result = await runProcess('bash', ['-c', script], { cwd: work, env: { npm_config_yes: 'false', npm_config_update_notifier: 'false' } });
      expect(result.code, `${result.stderr}\n--- stdout ---\n${result.stdout.slice(-3000)}`).toBe(0);
      // What the tour promises along the way.
      expect(result.stdout).toContain('read as Arbin C2321, Rural Damascus');
      expect(result.stdout).toMatch(/VALID case file: court\.zip/);
      expect(await fs.readFile(path.join(work, 'copy.txt'), 'utf8')).toBe('Statement of a medic, 3 August 2016\n');
    } finally {
      await fs.rm(work, { recursive: true, force: true });
    }
  }, 240_000);
});
