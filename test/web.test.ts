import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../src/access/accounts.js';
import { setMember } from '../src/access/members.js';
import { DEMO_CASE_ID, seedDemoCase } from '../src/app/demo.js';
import type { Dossier } from '../src/app/open.js';
import { buildServer } from '../src/server/app.js';
import { newDossier, PROJECT_ROOT, tempDir } from './support/dossier.js';

const CHROMIUM = '/usr/bin/chromium';
const haveBrowser = await fs.access(CHROMIUM).then(() => true, () => false);
if (!haveBrowser && process.env.DOSSIER_REQUIRE_BROWSER) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
if (!haveBrowser) console.warn(`\n!! ${CHROMIUM} is missing: the browser tests of the web app are NOT RUN (apt-get install chromium)\n`);
const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results', 'screenshots');
const ONE_TIME = 'one-time password 4821';

describe.runIf(haveBrowser)('the web app in a real browser', () => {
  let dossier: Dossier;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let work: string;

  beforeAll(async () => {
    dossier = await newDossier();
    await seedDemoCase(dossier);
    await createAccount(dossier.database.db, 'test:setup', { username: 'amal', displayName: 'Amal N.', password: ONE_TIME, mustChangePassword: true });
    await setMember(dossier.database.db, 'test:setup', DEMO_CASE_ID, 'amal', 'owner');
    app = await buildServer(dossier, {});
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    await fs.mkdir(SCREENSHOTS, { recursive: true });
    work = await tempDir();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await dossier?.close();
    if (dossier) await fs.rm(dossier.config.dataDir, { recursive: true, force: true });
    if (work) await fs.rm(work, { recursive: true, force: true });
  });

  it('signs in with a one-time password, asks for a new one, and opens the demo case’s overview, asking nothing of other hosts', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requested: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(base);
    await page.getByLabel('Username').fill('amal');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/wrong username, password or code/);
    await page.getByLabel('Password').fill(ONE_TIME);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('One-time password').fill(ONE_TIME);
    await page.getByLabel(/New password/).fill('a private passphrase of mine');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    await page.getByRole('heading', { name: 'Cases' }).waitFor();
    await page.getByLabel('Case id').fill('douma-2018');
    await page.getByLabel('Title').fill('Douma, April 2018');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('button', { name: 'Douma, April 2018' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'cases.png') });

    await page.getByRole('button', { name: /Eastern Aleppo and East Ghouta/ }).click();
    await page.getByRole('heading', { name: /Eastern Aleppo and East Ghouta/ }).waitFor();
    const byType = page.getByRole('region', { name: 'Incidents by type' });
    await expect.poll(() => byType.textContent()).toMatch(/air strike\s*\d+/i);
    await expect.poll(() => page.getByRole('table', { name: 'Incidents' }).textContent()).toMatch(/convoy/i);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'case-overview.png'), fullPage: true });

    // Two files at once; the hashes shown are the ones sha256sum computes.
    const files = [path.join(work, 'statement-07.txt'), path.join(work, 'شهادة.txt')];
    await fs.writeFile(files[0]!, 'Witness W-07: the convoy was hit at about 19:30.\n');
    await fs.writeFile(files[1]!, Buffer.alloc(3 * 1024 * 1024, 'ف'));
    const { stdout } = await promisify(execFile)('sha256sum', files);
    const expected = Object.fromEntries(stdout.trim().split('\n').map((line) => [path.basename(line.slice(66)), line.slice(0, 64)]));
    await page.getByLabel(/Add evidence files/).setInputFiles(files);
    const evidence = page.getByRole('table', { name: 'Evidence items' });
    for (const [name, hash] of Object.entries(expected)) {
      const row = evidence.getByRole('row').filter({ hasText: name });
      await row.waitFor();
      expect(await row.locator('code').textContent()).toBe(hash);
    }
    await expect.poll(() => page.getByRole('list', { name: 'Uploads' }).textContent()).toMatch(/stored.*stored/s);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'evidence.png'), fullPage: true });

    // An incident typed in words: checked first (each reading shown), then saved.
    const entry = page.getByRole('form', { name: 'New incident' });
    await entry.getByLabel('Title').fill('Chlorine attack on Erbin');
    await entry.getByLabel('Type').selectOption('chemical_attack');
    await entry.getByLabel('When (in words)').fill('mid-July 2016');
    await entry.getByLabel('Where').fill('‘Irbīn');
    await entry.getByLabel('Killed (in words)').fill('at least 14');
    await entry.getByRole('button', { name: 'Check' }).click();
    const readings = entry.getByRole('list', { name: 'How the values were read' });
    await expect.poll(() => readings.textContent()).toContain('“mid-July 2016” read as 2016-07-11/2016-07-20');
    expect(await readings.textContent()).toContain('“at least 14” read as at least 14');
    expect(await readings.textContent()).toMatch(/“‘Irbīn” read as Arbin C2321/);
    await entry.getByRole('button', { name: 'Save' }).click();
    await entry.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Incidents' }).textContent()).toContain('Chlorine attack on Erbin');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'new-incident.png'), fullPage: true });

    // Found again by full-text search.
    await page.getByLabel('Search this case').fill('Erbin chlorine');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Search results' }).textContent()).toContain('Chlorine attack on Erbin');

    // Keyboard: from the name of the app, Tab reaches sign-out, with a visible focus ring, and Enter works it.
    await page.getByRole('button', { name: 'Dossier' }).focus();
    await page.keyboard.press('Tab');
    // A string, so the test's own type checking needs no DOM library.
    expect(await page.evaluate('[document.activeElement.textContent, getComputedStyle(document.activeElement).outlineStyle]')).toEqual(['Sign out', 'solid']);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Sign in to Dossier' }).waitFor();

    const origin = new URL(base).origin;
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(violations).toEqual([]);
    expect((await dossier.database.db.selectFrom('cases').select('id').where('id', '=', 'douma-2018').executeTakeFirst())?.id).toBe('douma-2018');
    await page.close();
  }, 60_000);

  it('refuses an analyst’s attempt to add an incident, saying why, and saves nothing', async () => {
    await createAccount(dossier.database.db, 'test:setup', { username: 'omar', password: 'analyst password here', mustChangePassword: false });
    await setMember(dossier.database.db, 'test:setup', DEMO_CASE_ID, 'omar', 'analyst');
    const before = (await dossier.database.db.selectFrom('records').select('id').where('kind', '=', 'incident').execute()).length;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(base);
    await page.getByLabel('Username').fill('omar');
    await page.getByLabel('Password').fill('analyst password here');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: /Eastern Aleppo and East Ghouta/ }).click();
    // An analyst sees the evidence but has no upload control.
    await page.getByRole('table', { name: 'Evidence items' }).waitFor();
    expect(await page.getByLabel(/Add evidence files/).count()).toBe(0);
    const entry = page.getByRole('form', { name: 'New incident' });
    await entry.getByLabel('Title').fill('An analyst’s incident');
    await entry.getByLabel('Type').selectOption('air_strike');
    await entry.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => entry.getByRole('alert').textContent()).toMatch(/does not allow records:write/);
    expect((await dossier.database.db.selectFrom('records').select('id').where('kind', '=', 'incident').execute()).length).toBe(before);
    await page.close();
  }, 60_000);
});
