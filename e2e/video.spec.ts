import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makeTestVideo } from '../test/support/test-video.js';
import { DEMO_CASE_ID, expect, signIn, test } from './support.js';

test('an uploaded video gets a thumbnail in the list, and its page plays the preview and shows its keyframes, each said to be a derivative', async ({ page }) => {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-e2e-video-'));
  try {
    const video = path.join(work, 'checkpoint-shelling.mp4');
    makeTestVideo(video);

    await signIn(page);
    const csrf = ((await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string }).csrfToken;
    const upload = await page.request.post(`/api/v1/cases/${DEMO_CASE_ID}/evidence`, {
      headers: { 'x-csrf-token': csrf },
      multipart: { file: { name: 'checkpoint-shelling.mp4', mimeType: 'video/mp4', buffer: await fs.readFile(video) } },
    });
    expect(upload.status()).toBe(201);
    const itemId = ((await upload.json()) as { items: { item: { id: string } }[] }).items[0]!.item.id;
    // Made after the upload, in the background; asked for again here so the page has them now.
    const made = await page.request.post(`/api/v1/cases/${DEMO_CASE_ID}/evidence/${itemId}/derivatives`, { headers: { 'x-csrf-token': csrf } });
    expect(made.status()).toBe(200);
    expect(((await made.json()) as { status: string }).status).toBe('made');

    await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence`);
    const thumbnail = page.getByRole('img', { name: 'Thumbnail of checkpoint-shelling.mp4' });
    await thumbnail.scrollIntoViewIfNeeded();
    await expect.poll(() => thumbnail.evaluate((img: { complete: boolean; naturalWidth: number }) => img.complete && img.naturalWidth)).toBe(320);

    await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence/${itemId}`);
    const section = page.getByRole('region', { name: 'Preview and keyframes (derivatives)' });
    await expect(section).toContainText('a derivative, not the evidence');
    await section.getByRole('button', { name: 'Show preview and keyframes' }).click();
    const player = section.locator('video');
    await expect(player).toHaveAttribute('src', new RegExp(`/api/v1/evidence/${itemId}/derivatives/[0-9a-f]{64}$`));
    await expect.poll(() => player.evaluate((v: { readyState: number; duration: number }) => ({ ready: v.readyState > 0, duration: Math.round(v.duration) }))).toEqual({ ready: true, duration: 6 });
    await expect(section.getByRole('list', { name: 'Keyframes' }).getByRole('img')).toHaveCount(6);
    await expect(section.getByRole('img', { name: /^Contact sheet of checkpoint-shelling\.mp4/ })).toBeVisible();
    await expect(section).toContainText(/Preview: a derivative made by ffmpeg \S+/);
    await section.getByText(/^Preview: a derivative/).click();
    await expect(section).toContainText('ffmpeg -nostdin');
    await expect(section).toContainText('{original}');
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
});
