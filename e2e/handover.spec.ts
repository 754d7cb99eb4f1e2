import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { verifyReceipt } from '../src/evidence/handover-receipt.js';
import { DEMO_CASE_ID, expect, SCREENSHOTS, signIn, test } from './support.js';

/** A medic's USB stick: nested folders, an Arabic name, each file with the time it was last modified. */
const STICK: Record<string, { bytes: string; modified: string }> = {
  'DCIM/100MEDIA/IMG_0001.JPG': { bytes: 'photo one: the market after the strike, 15 July 2016', modified: '2016-07-15T09:30:00.000Z' },
  'DCIM/100MEDIA/IMG_0002.JPG': { bytes: 'photo two: the crater by the bakery', modified: '2016-07-15T09:41:12.000Z' },
  'docs/list of the wounded.txt': { bytes: 'Names of the wounded brought to the field hospital.\n', modified: '2016-07-16T08:00:00.000Z' },
  'docs/شهادات/شهادة ١.txt': { bytes: 'شهادة ممرضة عن القصف على السوق.\n', modified: '2016-07-17T10:15:00.000Z' },
};

test('takes a chosen folder in as a handover, shows each file with its path, and gives a signed receipt that lists every file', async ({ page }) => {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-e2e-handover-'));
  try {
    const stick = path.join(work, 'usb-stick');
    for (const [relative, { bytes, modified }] of Object.entries(STICK)) {
      const file = path.join(stick, relative);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, bytes);
      await fs.utimes(file, new Date(modified), new Date(modified));
    }
    const expected = Object.entries(STICK).map(([relative, { bytes, modified }]) => ({
      path: `usb-stick/${relative}`,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: Buffer.byteLength(bytes),
      modified,
    }));

    await signIn(page);
    await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence`);
    const panel = page.getByRole('region', { name: 'Hand over a folder' });
    await panel.getByLabel('Choose a folder').setInputFiles(stick);
    await expect(panel.getByRole('status')).toContainText('4 files');
    await panel.getByLabel('Handed over by').fill('Dr. Samira H., field hospital');
    await panel.getByLabel('Medium').fill('USB stick');
    await panel.getByLabel('Note').fill('Brought to the office by hand');
    await panel.getByRole('button', { name: 'Take in 4 files' }).click();
    const done = panel.getByRole('status');
    await expect(done).toContainText('4 files taken in');
    await expect(panel.getByRole('list', { name: 'Files not sent' })).toHaveCount(0);
    const handoverId = (await done.locator('code').textContent())!;

    // The evidence list shows each file with its path in the folder handed over.
    const table = page.getByRole('table', { name: 'Evidence items' });
    for (const file of expected) await expect(table.getByRole('row').filter({ hasText: file.sha256 })).toContainText(file.path);

    // Each intake keeps the time the file was last modified, as the browser read it from the folder.
    const handover = (await (await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/handovers/${handoverId}`)).json()) as { hasHandedOverBy: boolean; files: { path: string; evidenceId: string }[] };
    expect(handover.hasHandedOverBy).toBe(true);
    expect(JSON.stringify(handover)).not.toContain('Samira');
    for (const file of expected) {
      const held = handover.files.find((f) => f.path === file.path);
      expect(held, file.path).toBeDefined();
      const item = (await (await page.request.get(`/api/v1/evidence/${held!.evidenceId}`)).json()) as { intakes: { file?: { path: string; modifiedAt: string; handoverId: string } }[] };
      expect(item.intakes.map((i) => i.file)).toContainEqual({ handoverId, path: file.path, modifiedAt: file.modified, createdAt: null });
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'handover.png'), fullPage: true });

    // The receipt: downloaded, signed by the log's key, listing every file by path, size and SHA-256.
    const downloading = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download the signed receipt' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`receipt-${handoverId}.txt`);
    const note = await fs.readFile((await download.path())!, 'utf8');
    const { verifierKey } = (await (await page.request.get('/api/v1/ledger/key')).json()) as { verifierKey: string };
    const { receipt } = verifyReceipt(note, verifierKey);
    expect(receipt).toMatchObject({ handoverId, caseId: DEMO_CASE_ID, medium: 'USB stick' });
    expect(receipt.files.map(({ path: p, size, sha256 }) => ({ path: p, size, sha256 })).sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual(
      expected.map(({ path: p, size, sha256 }) => ({ path: p, size, sha256 })).sort((a, b) => (a.path < b.path ? -1 : 1)),
    );
    for (const file of expected) expect(note).toContain(file.sha256);
    expect(note).not.toContain('Samira');
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
});
