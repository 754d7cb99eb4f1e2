import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ExifTool } from 'exiftool-vendored';
import { DEMO_CASE_ID, expect, signIn, test } from './support.js';

// The smallest baseline JPEG (one grey pixel); its metadata is written here with ExifTool.
const PIXEL = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64');

test('an uploaded photo’s own metadata is read and shown on its page: capture time and zone, GPS, device, edit traces', async ({ page }) => {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-e2e-metadata-'));
  const exiftool = new ExifTool({ maxProcs: 1 });
  try {
    const photo = path.join(work, 'market-after-strike.jpg');
    await fs.writeFile(photo, PIXEL);
    await exiftool.write(photo, { Make: 'Samsung', Model: 'SM-G930F', DateTimeOriginal: '2017:02:14 10:31:05', OffsetTimeOriginal: '+03:00', GPSLatitude: 33.5412, GPSLatitudeRef: 'N', GPSLongitude: 36.3663, GPSLongitudeRef: 'E', Software: 'Adobe Photoshop CC 2015 (Windows)' } as never, { writeArgs: ['-overwrite_original'] });

    await signIn(page);
    const csrf = ((await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string }).csrfToken;
    const upload = await page.request.post(`/api/v1/cases/${DEMO_CASE_ID}/evidence`, {
      headers: { 'x-csrf-token': csrf },
      multipart: { file: { name: 'market-after-strike.jpg', mimeType: 'image/jpeg', buffer: await fs.readFile(photo) } },
    });
    expect(upload.status()).toBe(201);
    const itemId = ((await upload.json()) as { items: { item: { id: string } }[] }).items[0]!.item.id;
    // Read after the upload, in the background; asked for again here so the page has it now.
    const read = await page.request.post(`/api/v1/cases/${DEMO_CASE_ID}/evidence/${itemId}/metadata`, { headers: { 'x-csrf-token': csrf } });
    expect(read.status()).toBe(200);
    expect(((await read.json()) as { raw: Record<string, unknown> }).raw).toMatchObject({ 'EXIF:Make': 'Samsung' });

    await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence/${itemId}`);
    const section = page.getByRole('region', { name: 'Original metadata' });
    await expect(section).toContainText('2017:02:14 10:31:05');
    await expect(section).toContainText('zone +03:00: 2017-02-14 07:31:05 UTC');
    await expect(section).toContainText('33.5412, 36.3663');
    await expect(section).toContainText('Samsung SM-G930F');
    await expect(section).toContainText('EXIF:Software names an editor: Adobe Photoshop CC 2015 (Windows)');
  } finally {
    await exiftool.end();
    await fs.rm(work, { recursive: true, force: true });
  }
});
