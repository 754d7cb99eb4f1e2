import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ACCOUNTS, DEMO_CASE_ID, expect, ONE_TIME_PASSWORD, SCREENSHOTS, signIn, test } from './support.js';

const incidentCount = async (page: import('@playwright/test').Page) => {
  const response = await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/incidents?limit=500`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: unknown[] }).items.length;
};

test('signs in with a one-time password, asks for a new one, creates a case and opens the demo case’s overview', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Username').fill(ACCOUNTS.newcomer);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('wrong username, password or code');
  await page.getByLabel('Password').fill(ONE_TIME_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('One-time password').fill(ONE_TIME_PASSWORD);
  // A typo in the new password is caught before it can lock the account out.
  await page.getByLabel(/New password/).fill('a private passphrase of mine');
  await page.getByLabel('Repeat the new password').fill('a private passphrase of mime');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('alert')).toContainText('repeat: does not match the new password');
  await page.getByLabel(/New password/).fill('a private passphrase of mine');
  await page.getByLabel('Repeat the new password').fill('a private passphrase of mine');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'Cases' }).waitFor();
  await page.getByLabel('Case id').fill('douma-2018');
  await page.getByLabel('Title').fill('Douma, April 2018');
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('link', { name: 'Douma, April 2018' }).waitFor();
  // A case is a link (new tab, bookmark) to its overview; the form makes a case; the page has its icon.
  await expect(page.getByRole('link', { name: 'Douma, April 2018' })).toHaveAttribute('href', '#/cases/douma-2018');
  await expect(page.getByRole('heading', { name: 'Create a case' })).toBeVisible();
  expect((await page.request.get('/favicon.svg')).status()).toBe(200);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'cases.png') });
  const cases = await page.request.get('/api/v1/cases');
  expect(((await cases.json()) as { items: { id: string }[] }).items.map((c) => c.id)).toContain('douma-2018');

  await page.getByRole('link', { name: /Eastern Aleppo and East Ghouta/ }).click();
  await page.getByRole('heading', { name: /Eastern Aleppo and East Ghouta/ }).waitFor();
  await expect(page.getByRole('region', { name: 'Incidents by type' })).toContainText(/air strike\s*\d+/i);
  // The overview lists the latest incidents: the newest is the API's first by date, newest first.
  const newest = await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/incidents?limit=1&sort=-date`);
  await expect(page.getByRole('table', { name: 'Incidents' })).toContainText(((await newest.json()) as { items: { title: string }[] }).items[0]!.title);
  // The picture waits for the small timeline's bars and the small map's incidents.
  await expect(page.getByRole('region', { name: 'Incidents per week' }).locator('.recharts-bar-rectangle').first()).toBeVisible();
  const overviewMap = page.getByRole('region', { name: 'Incidents on the map (overview)' });
  await expect(overviewMap.locator('.incident-map')).toHaveAttribute('data-map-state', 'ready');
  await expect(overviewMap.locator('.count-badge').first()).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'case-overview.png'), fullPage: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'readme-overview.jpg'), type: 'jpeg', quality: 85, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1100 } });
});

test('uploads two files whose hashes match sha256sum, and adds an incident typed in words that search then finds', async ({ page }) => {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-e2e-'));
  try {
    await signIn(page);
    await page.getByRole('link', { name: /Eastern Aleppo and East Ghouta/ }).click();
    await page.getByRole('heading', { name: /Eastern Aleppo and East Ghouta/ }).waitFor();

    // Two files at once; the hashes shown are the ones sha256sum computes.
    const sections = page.getByRole('navigation', { name: 'Case sections' });
    await sections.getByRole('link', { name: 'Evidence' }).click();
    const files = [path.join(work, 'statement-07.txt'), path.join(work, 'شهادة.txt')];
    await fs.writeFile(files[0]!, 'Witness W-07: the convoy was hit at about 19:30.\n');
    await fs.writeFile(files[1]!, Buffer.alloc(3 * 1024 * 1024, 'ف'));
    const { stdout } = await promisify(execFile)('sha256sum', files);
    const expected = Object.fromEntries(stdout.trim().split('\n').map((line) => [path.basename(line.slice(66)), line.slice(0, 64)]));
    await page.getByLabel(/Add evidence files/).setInputFiles(files);
    const evidence = page.getByRole('table', { name: 'Evidence items' });
    for (const [name, hash] of Object.entries(expected)) {
      await expect(evidence.getByRole('row').filter({ hasText: name }).locator('code')).toHaveText(hash);
    }
    await expect(page.getByRole('list', { name: 'Uploads' })).toContainText(/stored.*stored/s);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'evidence.png'), fullPage: true });

    // An incident typed in words: checked first (each reading shown), then saved.
    await sections.getByRole('link', { name: 'Incidents' }).click();
    const entry = page.getByRole('form', { name: 'New incident' });
    await entry.getByLabel('Title').fill('Chlorine attack on Erbin');
    await entry.getByLabel('Type').selectOption('chemical_attack');
    await entry.getByLabel('When (in words)').fill('mid-July 2016');
    await entry.getByLabel('Where').fill('‘Irbīn');
    await entry.getByLabel('Killed (in words)').fill('at least 14');
    await entry.getByRole('button', { name: 'Check' }).click();
    const readings = entry.getByRole('list', { name: 'How the values were read' });
    await expect(readings).toContainText('“mid-July 2016” read as 2016-07-11/2016-07-20');
    await expect(readings).toContainText('“at least 14” read as at least 14');
    await expect(readings).toContainText(/“‘Irbīn” read as Arbin C2321/);
    await entry.getByRole('button', { name: 'Save' }).click();
    await entry.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    // The demo case holds more incidents than a page of the list: the list narrowed by a word finds the new one.
    await page.getByRole('searchbox', { name: 'Words' }).fill('Erbin');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByRole('table', { name: 'Incidents' })).toContainText('Chlorine attack on Erbin');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'new-incident.png'), fullPage: true });
    await page.getByRole('button', { name: 'Clear all filters' }).click();

    // Found again by a map filter: its governorate, picked on the map page, leaves it in the list beside the map.
    await sections.getByRole('link', { name: 'Map' }).click();
    await page.getByLabel('Governorate').selectOption({ label: 'Rural Damascus · ريف دمشق' });
    await expect(page.getByRole('table', { name: 'Incidents on the map' })).toContainText('Chlorine attack on Erbin');
    await page.getByLabel('Governorate').selectOption({ label: 'Aleppo · حلب' });
    await expect(page.getByRole('table', { name: 'Incidents on the map' })).not.toContainText('Chlorine attack on Erbin');

    // Found again by full-text search.
    await sections.getByRole('link', { name: 'Overview' }).click();
    await page.getByLabel('Search this case').fill('Erbin chlorine');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('list', { name: 'Search results' })).toContainText('Chlorine attack on Erbin');

    // Keyboard: from the name of the app, Tab reaches the ledger, one's account, the notifications' bell, then sign-out, with a visible focus ring, and Enter works it.
    await page.getByRole('link', { name: 'Dossier' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Custody ledger');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName('Your account (Nadia K.)');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName(/^Notifications, /);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Sign out');
    await expect(page.locator(':focus')).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Sign in to Dossier' }).waitFor();
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
});

test('refuses an analyst’s attempt to add an incident, saying why, and saves nothing', async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  const before = await incidentCount(page);
  await page.getByRole('link', { name: /Eastern Aleppo and East Ghouta/ }).click();
  // An analyst sees the evidence but has no upload control.
  const sections = page.getByRole('navigation', { name: 'Case sections' });
  await sections.getByRole('link', { name: 'Evidence' }).click();
  await page.getByRole('table', { name: 'Evidence items' }).waitFor();
  await expect(page.getByLabel(/Add evidence files/)).toHaveCount(0);
  await sections.getByRole('link', { name: 'Incidents' }).click();
  const entry = page.getByRole('form', { name: 'New incident' });
  await entry.getByLabel('Title').fill('An analyst’s incident');
  await entry.getByLabel('Type').selectOption('air_strike');
  await entry.getByRole('button', { name: 'Save' }).click();
  await expect(entry.getByRole('alert')).toContainText(/does not allow records:write/);
  expect(await incidentCount(page)).toBe(before);
});
