import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { withBagDirectory } from '../src/bag/bag-archive.js';
import { verifyCaseFile } from '../src/bag/verify-case-file.js';
import { ACCOUNTS, DEMO_CASE_ID, expect, signIn, test } from './support.js';

test('the owner downloads a case file for a partner, and it verifies offline as what was asked for', async ({ page }) => {
  await signIn(page, ACCOUNTS.owner);
  await page.goto(`/#/cases/${DEMO_CASE_ID}/exchange`);
  await page.getByLabel('Case file for').selectOption({ label: 'a partner organisation' });
  await expect(page.getByText('For a partner organisation: evidence files and records')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download case file' }).click()]);
  expect(download.suggestedFilename()).toBe(`${DEMO_CASE_ID}-partner.zip`);
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-e2e-bag-'));
  try {
    const zip = path.join(work, download.suggestedFilename());
    await download.saveAs(zip);
    // Checked as a recipient would: no server, only the file and the log key the organisation publishes.
    const key = ((await (await page.request.get('/api/v1/ledger/key')).json()) as { verifierKey: string }).verifierKey;
    const report = await withBagDirectory(zip, { tmpParent: work }, (bag) => verifyCaseFile(bag, { expectedLogKey: key }));
    expect(report.errors).toEqual([]);
    expect(report.caseFile).toMatchObject({ caseId: DEMO_CASE_ID, profile: 'partner', seal: 'verified' });
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
});
