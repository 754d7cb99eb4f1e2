/** The capture and web-archive commands as a user runs them: what they print, and their exit codes. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './support/browser.js';
import { startCaptureSite, type CaptureSite } from './support/capture-site.js';
import { PROJECT_ROOT, runCli, tempDir } from './support/dossier.js';

describe('dossier capture, import warc|wacz and search', () => {
  let data: string;
  let site: CaptureSite;
  const cli = (...args: string[]) => runCli(['--data', data, ...args], { DOSSIER_ACTOR: 'cli:tester' });

  beforeAll(async () => {
    data = path.join(await tempDir('dossier-cli-capture-'), 'data');
    site = await startCaptureSite();
    expect((await cli('init')).code).toBe(0);
    expect((await cli('case', 'create', 'posts', '--title', 'Removed posts')).code).toBe(0);
  });
  afterAll(async () => {
    await site.close();
    await fs.rm(path.dirname(data), { recursive: true, force: true });
  });

  it.runIf(browserAvailable())('captures what it can, says what it could not and why, and exits 12 when any failed', async () => {
    const result = await cli('capture', '--case', 'posts', '--allow-private-network', '--timeout', '12', `${site.origin}/static`, `${site.origin}/never`);
    expect(result.code).toBe(12);
    const lines = result.stdout.split('\n');
    expect(lines.find((line) => line.includes('/static'))).toMatch(/^captured\s+wc_\S+\s+200\s+\S+\/static\s+WACZ ev_\S+, screenshot ev_\S+, PDF ev_\S+, text ev_\S+; ledger entry \d+/);
    expect(lines.find((line) => line.includes('/never'))).toMatch(/^FAILED\s+wc_\S+\s+-\s+\S+\/never\s+CAPTURE_LIMIT: .* was not captured within the capture's 12 s/);
  });

  it('refuses what is not a public web page, naming the field, and a bad limit', async () => {
    const file = await cli('capture', '--case', 'posts', 'file:///etc/passwd');
    expect(file.code).toBe(12);
    expect(file.stderr).toMatch(/CAPTURE_URL_REFUSED: file:\/\/\/etc\/passwd uses file/);
    const timeout = await cli('capture', '--case', 'posts', '--timeout', 'soon', 'https://example.org/');
    expect(timeout.code).toBe(2);
    expect(timeout.stderr).toMatch(/timeout/);
  });

  it('imports a WACZ and finds its page with dossier search', async () => {
    const imported = await cli('import', 'wacz', path.join(PROJECT_ROOT, 'test/fixtures/warc/webrecorder-py-wacz/valid_signed_example_1.wacz'), '--case', 'posts');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/verified: 4 records, signature verified; 1 pages' text searchable/);
    const found = await cli('search', 'illustrative', '--case', 'posts');
    expect(found.stdout).toMatch(/ev_\S+\s+posts\s+web-archive\s+https:\/\/example\.com\/\s+.*illustrative examples/);
    const refused = await cli('import', 'warc', path.join(PROJECT_ROOT, 'test/fixtures/warc/webrecorder-warcio/example-digest.warc'), '--case', 'posts');
    expect(refused.code).toBe(10);
    expect(refused.stderr).toMatch(/WEB_ARCHIVE_INVALID: .* does not verify, so it was not taken in/);
  });
});
