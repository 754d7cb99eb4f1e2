import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEMO_CASE_ID, expect, SCREENSHOTS, signIn, test } from './support.js';

/** A second of silence as 8 kHz, 8-bit mono PCM in a WAV container. */
function wavOfSilence(): Buffer {
  const samples = 8000;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples, 40);
  return Buffer.concat([header, Buffer.alloc(samples, 128)]);
}

test('previews an image, a PDF, a sound and a text on request, and shows each item’s custody verified in the browser', async ({ page, browser }) => {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-e2e-'));
  try {
    // Real files of each kind, made by the browser itself: a screenshot and a printed page.
    const maker = await browser.newPage();
    await maker.setContent('<h1>Field report 12</h1><p>Two barrels fell on the market at 10:40.</p>');
    const files = {
      'crater.png': await maker.screenshot({ clip: { x: 0, y: 0, width: 120, height: 80 } }),
      'field-report-12.pdf': await maker.pdf({ format: 'A5' }),
      'radio-intercept.wav': wavOfSilence(),
      'note-arabic.txt': Buffer.from('سقط برميلان على السوق في الساعة العاشرة وأربعين دقيقة.\n'),
    };
    await maker.close();
    for (const [name, bytes] of Object.entries(files)) await fs.writeFile(path.join(work, name), bytes);

    await signIn(page);
    await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence`);
    await page.getByLabel(/Add evidence files/).setInputFiles(Object.keys(files).map((name) => path.join(work, name)));
    await expect(page.getByRole('list', { name: 'Uploads' }).getByText('stored')).toHaveCount(4);
    const table = page.getByRole('table', { name: 'Evidence items' });

    const open = async (name: string) => {
      await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence`);
      await table.getByRole('link', { name }).click();
      await page.getByRole('heading', { name }).waitFor();
      await page.getByRole('button', { name: 'Show preview' }).click();
    };

    await open('crater.png');
    const image = page.getByRole('img', { name: 'Preview of crater.png' });
    await expect(image).toBeVisible();
    await expect(page.getByText('✓ The bytes shown hash to the SHA-256 taken at intake.')).toBeVisible();
    expect(await image.evaluate((img: { naturalWidth: number; naturalHeight: number }) => [img.naturalWidth, img.naturalHeight])).toEqual([120, 80]);
    // Its custody: intake, its thumbnail's derivation and views (made in the background, shown in the list), and
    // the view the preview just logged, each proved against the signed head here.
    await page.reload();
    const custody = page.getByRole('region', { name: 'Custody history' });
    const marks = custody.getByRole('table', { name: 'Custody entries' }).locator('tbody td.verification');
    await expect(custody.getByRole('status')).toHaveText(/^([2-9]) of \1 verified$/);
    await expect(marks.filter({ hasText: 'Failed' })).toHaveCount(0);
    await expect(custody).toContainText(/intake/i);
    await expect(custody).toContainText(/view/i);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'evidence-item.png'), fullPage: true });

    await open('field-report-12.pdf');
    const pdf = page.locator('iframe[title="Preview of field-report-12.pdf"]');
    await expect(pdf).toBeVisible();
    // The frame shows the PDF from memory, and the bytes it was given hash to the SHA-256 taken at intake.
    expect(await pdf.getAttribute('src')).toMatch(/^blob:/);
    await expect(page.getByText('✓ The bytes shown hash to the SHA-256 taken at intake.')).toBeVisible();

    await open('radio-intercept.wav');
    const audio = page.getByLabel('Audio radio-intercept.wav');
    await expect.poll(() => audio.evaluate((a: { readyState: number; duration: number }) => (a.readyState >= 1 ? a.duration : 0))).toBeCloseTo(1, 1);

    await open('note-arabic.txt');
    const text = page.getByLabel('Text of note-arabic.txt');
    await expect(text).toContainText('سقط برميلان على السوق');
    await expect(text).toHaveCSS('direction', 'rtl');
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
});
