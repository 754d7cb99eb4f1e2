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
  await expect(page.getByRole('region', { name: 'Latest signed tree head' }).getByRole('status')).toHaveText(/Signature verified in your browser/);

  const total = await visibleEntries(page);
  await page.getByRole('button', { name: 'Verify the whole log' }).click();
  const outcome = page.getByRole('region', { name: 'Verify the whole log' }).getByRole('status');
  await expect(outcome).toHaveText(new RegExp(`All ${total.toLocaleString('en-GB')} entries verified against the signed tree head of size [\\d,]+`));
  // The rows on screen are checked against the proved leaves too.
  const entries = page.getByRole('table', { name: 'Ledger entries' });
  await expect(entries.getByRole('status').first()).toHaveText(/^✓?\s*Verified/);
  await expect(entries.getByRole('status').filter({ hasText: 'Failed' })).toHaveCount(0);
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
  const marks = table.getByRole('status');
  await expect(marks.first()).toHaveText(/Verified/);
  await expect(marks.filter({ hasText: /Checking|Failed/ })).toHaveCount(0);
  const count = await marks.count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < count; i++) await expect(marks.nth(i)).toHaveText(/Verified in the signed tree of [\d,]+, root [0-9a-f]{12}…/);
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
  const marks = page.getByRole('table', { name: 'Custody entries' }).getByRole('status');
  await expect(marks.first()).toHaveText(/Failed: entry \d+ and its proof lead to root [0-9a-f]{64}, not the signed root/);
  await expect(marks.filter({ hasText: 'Verified' })).toHaveCount(0);
});
