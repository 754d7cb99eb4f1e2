import { captureSitePort } from './ports.js';
import { DEMO_CASE_ID, expect, signIn, test } from './support.js';

/** The site e2e/serve.ts serves beside this worker's app: the page captured here is the tests' own, on loopback. */
const SITE = `http://127.0.0.1:${captureSitePort(Number(process.env.TEST_PARALLEL_INDEX ?? 0))}`;

test('pastes addresses, follows each capture to the end, and opens what was kept', async ({ page }) => {
  await signIn(page);
  await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence`);
  const panel = page.getByRole('region', { name: 'Web captures' });
  await panel.getByLabel('Pages to preserve (one address a line)').fill(`${SITE}/redirect/1\n${SITE}/gone-post`);
  await panel.getByRole('button', { name: 'Capture' }).click();
  const rows = panel.getByRole('table', { name: 'Web captures' }).getByRole('row');
  const redirected = rows.filter({ hasText: `${SITE}/redirect/1` });
  await expect(redirected).toContainText('Captured', { timeout: 60_000 });
  await expect(redirected).toContainText(`→ ${SITE}/static`);
  await expect(redirected.getByRole('cell').nth(2)).toHaveText('200');
  const removed = rows.filter({ hasText: `${SITE}/gone-post` });
  await expect(removed).toContainText('Captured', { timeout: 60_000 });
  await expect(removed.getByRole('cell').nth(2)).toHaveText('404');
  // The evidence list shows the new items without a reload, and the screenshot opens as an evidence item.
  await expect(page.getByRole('table', { name: 'Evidence items' })).toContainText('.wacz');
  await redirected.getByRole('link', { name: 'screenshot' }).click();
  await expect(page.getByText('image/png').first()).toBeVisible();
  // The captured page's words are found by the case's search, pointing at the WACZ and the page's address.
  await page.goto(`/#/cases/${DEMO_CASE_ID}`);
  await page.getByRole('search').getByLabel('Search this case').fill('main building');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  const found = page.getByRole('list', { name: 'Found in evidence' }).getByRole('listitem').first();
  await expect(found).toContainText('captured page');
  await expect(found).toContainText('.wacz');
  await expect(found).toContainText(`${SITE}/static`);
  await expect(found).toContainText('Witnesses said the main building was hit twice.');
});

test('refuses an address that is not a web page, saying why', async ({ page }) => {
  await signIn(page);
  await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence`);
  const panel = page.getByRole('region', { name: 'Web captures' });
  await panel.getByLabel('Pages to preserve (one address a line)').fill('file:///etc/passwd');
  await panel.getByRole('button', { name: 'Capture' }).click();
  await expect(panel.getByRole('alert')).toContainText('only http and https pages are captured');
});
