import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_CASE_ID, expect, SCREENSHOTS, signIn, test } from './support.js';

/** How many entries the signed-in reader may see, as the server counts them (the browser must prove as many). */
async function visibleEntries(page: Page, caseId?: string): Promise<number> {
  const response = await page.request.get(`/api/v1/ledger/search?limit=1${caseId ? `&case=${caseId}` : ''}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

test('verifies the signed tree head and the whole custody ledger in the browser, and searches it', async ({ page }) => {
  await signIn(page);
  await page.goto('/#/ledger');
  await page.getByRole('heading', { name: 'Custody ledger', level: 1 }).waitFor();
  const head = page.getByRole('region', { name: 'Latest signed tree head' });
  await expect(head.getByRole('status').first()).toHaveText(/Signature verified in your browser/);
  // Both witnesses cosign the latest head within a push or two (the page is read again until they have).
  await expect(async () => {
    await page.reload();
    await expect(head.getByRole('status', { name: 'Witnesses' })).toHaveText('Cosigned by 2 of 2 witnesses, checked in your browser (the policy asks for 2)', { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(head.getByRole('listitem')).toHaveText([/^witness\.e2e\/one: cosignature verified, made /, /^witness\.e2e\/two: cosignature verified, made /]);

  const total = await visibleEntries(page);
  await page.getByRole('button', { name: 'Verify the whole log' }).click();
  const outcome = page.getByRole('region', { name: 'Verify the whole log' }).getByRole('status');
  await expect(outcome).toHaveText(new RegExp(`All ${total.toLocaleString('en-GB')} entries verified against the signed tree head of size [\\d,]+`));
  // The rows on screen are checked against the proved leaves too, and one line (not every row) announces it.
  const entries = page.getByRole('table', { name: 'Ledger entries' });
  const marks = entries.locator('tbody td.verification');
  const shown = await entries.locator('tbody tr').count();
  expect(shown).toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: /^[\d,]+ of [\d,]+ verified$/ })).toHaveText(`${shown} of ${shown} verified`);
  await expect(marks.filter({ hasText: /^\s*Verified in the signed tree of/ })).toHaveCount(shown);
  await expect(marks.filter({ hasText: 'Failed' })).toHaveCount(0);
  await expect(entries.getByRole('status')).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'ledger.png'), fullPage: true });

  await page.getByLabel('Action').selectOption('intake');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(entries.getByRole('row').nth(1)).toContainText('intake');
  const actions = await entries.locator('tbody tr td:nth-child(3)').allTextContents();
  expect(actions.length).toBeGreaterThan(0);
  expect(new Set(actions)).toEqual(new Set(['intake']));

  // At a tablet's width the page still reads: the checks stack and the table scrolls sideways.
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'ledger-tablet.png'), fullPage: true });
});

test('a case’s ledger proves only that case’s entries, and an evidence item shows its custody verified entry by entry', async ({ page }) => {
  await signIn(page);
  await page.goto(`/#/cases/${DEMO_CASE_ID}/ledger`);
  await page.getByRole('heading', { name: 'Custody ledger of this case' }).waitFor();
  const total = await visibleEntries(page, DEMO_CASE_ID);
  await page.getByRole('button', { name: 'Verify the whole log' }).click();
  await expect(page.getByRole('region', { name: 'Verify the whole log' }).getByRole('status')).toHaveText(new RegExp(`All ${total.toLocaleString('en-GB')} entries verified`));

  const list = await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/evidence`);
  const item = ((await list.json()) as { items: { id: string; sha256: string }[] }).items[0]!;
  await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence/${item.id}`);
  // Reading the file is a custody event: the history gains a "view" by this reader beside the intake.
  await page.getByRole('button', { name: 'Show preview' }).click();
  await expect(page.getByRole('button', { name: 'Show preview' })).toHaveCount(0);
  await page.reload();
  const custody = page.getByRole('region', { name: 'Custody history' });
  const table = custody.getByRole('table', { name: 'Custody entries' });
  await expect(table.getByRole('row').filter({ hasText: 'view' })).toContainText('nadia');
  const marks = table.locator('tbody td.verification');
  await expect(marks.first()).toHaveText(/Verified/);
  await expect(marks.filter({ hasText: /Checking|Failed/ })).toHaveCount(0);
  const count = await marks.count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < count; i++) await expect(marks.nth(i)).toHaveText(/Verified in the signed tree of [\d,]+, root [0-9a-f]{12}…/);
  // The panel's one live region sums the rows up.
  await expect(custody.getByRole('status')).toHaveText(`${count} of ${count} verified`);
  await custody.screenshot({ path: path.join(SCREENSHOTS, 'custody.png') });
});

test('shows "Failed" when the server sends a tampered leaf hash or inclusion proof', async ({ page }) => {
  await signIn(page);
  // A server that lies: one byte of the first leaf hash, and of every inclusion proof's first node, flipped.
  const flip = (hex: string) => `${(parseInt(hex[0]!, 16) ^ 1).toString(16)}${hex.slice(1)}`;
  await page.route('**/api/v1/ledger/leaves?*', async (route) => {
    const body = (await (await route.fetch()).json()) as { leaves: string[] };
    body.leaves[0] = flip(body.leaves[0]!);
    await route.fulfill({ json: body });
  });
  await page.route('**/api/v1/ledger/proofs/inclusion?*', async (route) => {
    const body = (await (await route.fetch()).json()) as { proof: string[] };
    body.proof[0] = flip(body.proof[0]!);
    await route.fulfill({ json: body });
  });
  await page.goto('/#/ledger');
  await page.getByRole('button', { name: 'Verify the whole log' }).click();
  await expect(page.getByRole('region', { name: 'Verify the whole log' }).getByRole('status')).toHaveText(/Failed: the log’s [\d,]+ leaf hashes give root [0-9a-f]{64}, not the signed root/);

  const list = await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/evidence`);
  const item = ((await list.json()) as { items: { id: string }[] }).items[0]!;
  await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence/${item.id}`);
  const custody = page.getByRole('region', { name: 'Custody history' });
  const marks = custody.getByRole('table', { name: 'Custody entries' }).locator('tbody td.verification');
  await expect(marks.first()).toHaveText(/Failed: entry \d+ and its proof lead to root [0-9a-f]{64}, not the signed root/);
  const count = await marks.count();
  await expect(custody.getByRole('status')).toHaveText(`${count} failed`);
  await expect(marks.filter({ hasText: 'Verified' })).toHaveCount(0);
});

test('fails every verification once the log’s key is not the one pinned in this browser, until the reader accepts the new key', async ({ page }) => {
  await signIn(page);
  const { origin, verifierKey } = (await (await page.request.get('/api/v1/ledger/key')).json()) as { origin: string; verifierKey: string };
  // As if this browser had first seen the log under another key: well formed, but not the server's.
  const earlier = `${origin}+00000000+AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=`;
  const pin = { name: `dossier.ledger-key.${origin}`, value: JSON.stringify({ verifierKey: earlier, since: '2025-01-02T03:04:05.000Z', how: 'first-use' }) };
  await page.evaluate(({ name, value }) => (globalThis as unknown as { localStorage: { setItem(name: string, value: string): void } }).localStorage.setItem(name, value), pin);
  const changed = `Failed: the log’s key changed since you first saw it (${earlier} → ${verifierKey})`;

  await page.goto('/#/ledger');
  const treeHead = page.getByRole('region', { name: 'Latest signed tree head' });
  await expect(treeHead.getByRole('status')).toHaveText(changed);
  await expect(treeHead).toContainText('Jan 2, 2025, 03:04:05 UTC');
  const entries = page.getByRole('table', { name: 'Ledger entries' });
  await entries.locator('tbody tr').first().waitFor();
  const rows = await entries.locator('tbody tr').count();
  await expect(entries.locator('tbody td.verification').filter({ hasText: changed })).toHaveCount(rows);
  await page.getByRole('button', { name: 'Verify the whole log' }).click();
  await expect(page.getByRole('region', { name: 'Verify the whole log' }).getByRole('status')).toHaveText(changed);

  const list = await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/evidence`);
  const item = ((await list.json()) as { items: { id: string }[] }).items[0]!;
  await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence/${item.id}`);
  const custody = page.getByRole('region', { name: 'Custody history' });
  const marks = custody.getByRole('table', { name: 'Custody entries' }).locator('tbody td.verification');
  await expect(marks.first()).toHaveText(changed);
  const count = await marks.count();
  await expect(marks.filter({ hasText: changed })).toHaveCount(count);
  await expect(custody.getByRole('status')).toHaveText(`${count} failed`);

  // Having compared it with the published key, the reader accepts it: everything verifies again, here and on the ledger.
  await custody.getByRole('button', { name: /Accept the new key \(compare it with the published key first\)/ }).click();
  await expect(custody.getByRole('status')).toHaveText(`${count} of ${count} verified`);
  await expect(marks.filter({ hasText: 'Failed' })).toHaveCount(0);
  await page.goto('/#/ledger');
  await expect(treeHead.getByRole('status').first()).toHaveText(/Signature verified in your browser under the pinned key/);
  await expect(treeHead).toContainText(verifierKey);
  await expect(treeHead).toContainText('accepted by you on');
});
