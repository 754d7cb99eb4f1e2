import fs from 'node:fs/promises';
import path from 'node:path';
import { DEMO_CASE_ID, expect, SCREENSHOTS, signIn, test } from './support.js';

const FIXTURES = path.resolve('test/fixtures/c2pa');

test('an uploaded photo’s content credentials are checked and shown on its page: valid with an untrusted test signer, or INVALID with the failure in words', async ({ page }) => {
  await signIn(page);
  const csrf = ((await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string }).csrfToken;
  const upload = async (name: string) => {
    const response = await page.request.post(`/api/v1/cases/${DEMO_CASE_ID}/evidence`, {
      headers: { 'x-csrf-token': csrf },
      multipart: { file: { name, mimeType: 'image/jpeg', buffer: await fs.readFile(path.join(FIXTURES, name)) } },
    });
    expect(response.status()).toBe(201);
    const id = ((await response.json()) as { items: { item: { id: string } }[] }).items[0]!.item.id;
    // Read after the upload, in the background; asked for again here so the page has it now.
    const read = await page.request.post(`/api/v1/cases/${DEMO_CASE_ID}/evidence/${id}/credentials`, { headers: { 'x-csrf-token': csrf } });
    expect(read.status()).toBe(200);
    return { id, report: ((await read.json()) as { report: { state: string } }).report };
  };

  const signed = await upload('CA.jpg');
  expect(signed.report.state).toBe('valid');
  await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence/${signed.id}`);
  let section = page.getByRole('region', { name: 'Content credentials' });
  await expect(section).toContainText('Valid structure and signature, signer untrusted');
  await expect(section).toContainText('C2PA Signer, C2PA Test Signing Cert');
  await expect(section).toContainText('a TEST certificate; not on any trust list');
  await expect(section).toContainText('make_test_images/0.33.1 c2pa-rs/0.33.1');
  await expect(section).toContainText('c2pa.opened');
  await expect(section).toContainText('A.jpg (image/jpeg), parentOf, no content credentials of its own');
  await expect(section).toContainText('Absence of content credentials says nothing about authenticity');

  const altered = await upload('XCA.jpg');
  expect(altered.report.state).toBe('invalid');
  await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence/${altered.id}`);
  section = page.getByRole('region', { name: 'Content credentials' });
  await expect(section).toContainText('INVALID content credentials: 1 check failed');
  await expect(section.getByRole('list', { name: 'Failed checks' })).toContainText('the file’s bytes changed after signing: their hash no longer matches the one the manifest signed (assertion.dataHash.mismatch)');
  await section.screenshot({ path: path.join(SCREENSHOTS, 'content-credentials-invalid.png') });
});
