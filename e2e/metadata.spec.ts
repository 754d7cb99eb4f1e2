import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ExifTool } from 'exiftool-vendored';
import { DEMO_CASE_ID, expect, SCREENSHOTS, signIn, test } from './support.js';

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
    await expect(section).toContainText('zone +03:00: Feb 14, 2017, 07:31:05 UTC');
    await expect(section).toContainText('33.5412, 36.3663');
    await expect(section).toContainText('Samsung SM-G930F');
    await expect(section).toContainText('EXIF:Software names an editor: Adobe Photoshop CC 2015 (Windows)');
  } finally {
    await exiftool.end();
    await fs.rm(work, { recursive: true, force: true });
  }
});

test('items are found by where and when their metadata says they were taken, and an item’s GPS is measured against the incidents citing it', async ({ page }) => {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-e2e-metadata-search-'));
  const exiftool = new ExifTool({ maxProcs: 1 });
  try {
    await signIn(page);
    const csrf = ((await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string }).csrfToken;
    const headers = { 'x-csrf-token': csrf };
    // One photo tagged in Saqba in March 2017, one in Aleppo in the same month: only the first is near Arbin.
    const photos = { 'saqba-roof.jpg': [33.518, 36.3802], 'aleppo-street.jpg': [36.2021, 37.1343] } as const;
    const ids: Record<string, string> = {};
    for (const [name, [lat, lon]] of Object.entries(photos)) {
      const photo = path.join(work, name);
      await fs.writeFile(photo, PIXEL);
      await exiftool.write(photo, { Make: 'Apple', Model: 'iPhone 7', DateTimeOriginal: '2017:03:02 16:20:00', GPSLatitude: lat, GPSLatitudeRef: 'N', GPSLongitude: lon, GPSLongitudeRef: 'E' } as never, { writeArgs: ['-overwrite_original'] });
      const upload = await page.request.post(`/api/v1/cases/${DEMO_CASE_ID}/evidence`, { headers, multipart: { file: { name, mimeType: 'image/jpeg', buffer: await fs.readFile(photo) } } });
      expect(upload.status()).toBe(201);
      ids[name] = ((await upload.json()) as { items: { item: { id: string } }[] }).items[0]!.item.id;
      expect((await page.request.post(`/api/v1/cases/${DEMO_CASE_ID}/evidence/${ids[name]}/metadata`, { headers })).status()).toBe(200);
    }

    await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence`);
    const search = page.getByRole('form', { name: 'Find items by their own metadata' });
    await search.getByLabel('Taken near').fill('Arbin');
    await search.getByLabel('within km').fill('5');
    await search.getByLabel('from').fill('2017-03-01');
    await search.getByLabel('to', { exact: true }).fill('2017-03-31');
    await search.getByRole('button', { name: 'Find' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'taken within 5 km of Arbin (C2321), from Mar 1, 2017 to Mar 31, 2017' })).toContainText(/^1 item/);
    const table = page.getByRole('table', { name: 'Evidence items' });
    await expect(table).toContainText('saqba-roof.jpg');
    await expect(table).not.toContainText('aleppo-street.jpg');
    await expect(table).toContainText('Mar 2, 2017, 16:20:00 (no zone)');
    // A date that is not one is refused by the server, naming the field.
    await search.getByLabel('from').fill('2017-13');
    await search.getByRole('button', { name: 'Find' }).click();
    await expect(page.getByRole('alert')).toContainText('takenFrom');
    await search.getByRole('button', { name: 'Show every item' }).click();
    await expect(table).toContainText('aleppo-street.jpg');

    // The case's map shows, on request, the items where their GPS puts them, each a link to its page.
    await page.goto(`/#/cases/${DEMO_CASE_ID}/map`);
    await page.getByLabel('Show evidence where its GPS metadata puts it').check();
    await expect(page.getByRole('status').filter({ hasText: 'with a GPS position' })).toContainText(/^\d+ items with a GPS position/);
    const marker = page.getByRole('link', { name: 'Evidence saqba-roof.jpg' });
    await expect(marker).toHaveAttribute('href', `#/cases/${DEMO_CASE_ID}/evidence/${ids['saqba-roof.jpg']}`);
    await expect(page.getByRole('link', { name: 'Evidence aleppo-street.jpg' })).toHaveCount(1);

    // An incident at Arbin whose claim cites the Saqba photo: the photo's page says how far its GPS is from the site.
    const incident = await page.request.post(`/api/v1/cases/${DEMO_CASE_ID}/incidents`, {
      headers,
      data: { title: 'Shelling of Arbin (metadata test)', types: ['artillery_rocket_missile'], date: { edtf: '2017-03-02' }, place: { precision: 'settlement', pcodes: { community: 'C2321' } } },
    });
    expect(incident.status(), await incident.text()).toBe(201);
    const incidentId = ((await incident.json()) as { id: string }).id;
    const claim = await page.request.post(`/api/v1/cases/${DEMO_CASE_ID}/claims`, {
      headers,
      data: { subject: { kind: 'incident', id: incidentId, field: 'occurred' }, stance: 'asserts', evidenceIds: [ids['saqba-roof.jpg']] },
    });
    expect(claim.status(), await claim.text()).toBe(201);
    await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence/${ids['saqba-roof.jpg']}`);
    const place = page.getByRole('region', { name: 'Where its GPS puts it' });
    await expect(place.getByRole('list', { name: 'Distance from the incidents’ sites' })).toContainText(/2\.\d km from the incident's site: Shelling of Arbin \(metadata test\)/);
    await expect(place.locator('.item-location-map')).toHaveAttribute('data-map-state', 'ready');
    await place.screenshot({ path: path.join(SCREENSHOTS, 'evidence-item-gps.png') });
  } finally {
    await exiftool.end();
    await fs.rm(work, { recursive: true, force: true });
  }
});
