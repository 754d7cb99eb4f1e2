import { circulatedCopies, generatedScene } from '../src/similarity/test-scenes.js';
import { DEMO_CASE_ID, expect, signIn, test } from './support.js';

test('an uploaded photo’s look-alikes are shown on its page: how alike, linked to, and which was taken in first', async ({ page }) => {
  const original = await generatedScene(31);
  const { recompressed } = await circulatedCopies(original);
  await signIn(page);
  const csrf = ((await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string }).csrfToken;
  const take = async (name: string, mimeType: string, buffer: Buffer) => {
    const upload = await page.request.post(`/api/v1/cases/${DEMO_CASE_ID}/evidence`, { headers: { 'x-csrf-token': csrf }, multipart: { file: { name, mimeType, buffer } } });
    expect(upload.status()).toBe(201);
    const id = ((await upload.json()) as { items: { item: { id: string } }[] }).items[0]!.item.id;
    // Hashed after the upload, in the background; asked again here (queued behind it) so the page has it now.
    expect((await page.request.post(`/api/v1/cases/${DEMO_CASE_ID}/evidence/${id}/look-alikes`, { headers: { 'x-csrf-token': csrf } })).status()).toBe(200);
    return id;
  };
  const first = await take('checkpoint-original.png', 'image/png', original);
  const copy = await take('checkpoint-forwarded.jpg', 'image/jpeg', recompressed);

  await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence/${copy}`);
  const section = page.getByRole('region', { name: 'Look-alikes' });
  await expect(section).toContainText('Taken in first: checkpoint-original.png');
  await expect(section).toContainText(/near-identical|very similar/);
  await section.getByRole('link', { name: 'checkpoint-original.png' }).click();
  await expect(page).toHaveURL(new RegExp(`/evidence/${first}$`));
  await expect(page.getByRole('region', { name: 'Look-alikes' })).toContainText('This item was taken in first');
});
