import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { makeTestVideo } from '../test/support/test-video.js';
import { ACCOUNTS, expect, SCREENSHOTS, signIn, test } from './support.js';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
}

/**
 * Protection from graphic media: a video labelled graphic violence comes blurred in the evidence list (the blurred
 * picture is what the server sends), its page holds it behind a warning naming the label, and it plays only after
 * the click-through, starting muted and never by itself. Then a daily reminder, set low, suggests a break.
 */
test('a graphic video appears blurred in the evidence list and plays only after the click-through, starting muted', async ({ page }) => {
  test.setTimeout(240_000);
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-e2e-care-'));
  try {
    const name = 'market-strike-aftermath.mp4';
    const video = path.join(work, name);
    makeTestVideo(video, 660);
    await signIn(page, ACCOUNTS.owner);
    const csrf = ((await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string }).csrfToken;
    const headers = { 'x-csrf-token': csrf };
    // A case of the suite's own, so the demo case's items and the other suites' views are left as they were.
    const caseId = `care-${Date.now()}`;
    expect((await page.request.post('/api/v1/cases', { headers, data: { id: caseId, title: 'Care (e2e)' } })).status()).toBe(201);
    const upload = await page.request.post(`/api/v1/cases/${caseId}/evidence`, { headers, multipart: { file: { name, mimeType: 'video/mp4', buffer: await fs.readFile(video) } } });
    expect(upload.status()).toBe(201);
    const itemId = ((await upload.json()) as { items: { item: { id: string } }[] }).items[0]!.item.id;
    expect(((await (await page.request.post(`/api/v1/cases/${caseId}/evidence/${itemId}/derivatives`, { headers })).json()) as { status: string }).status).toBe('made');
    expect((await page.request.put(`/api/v1/cases/${caseId}/evidence/${itemId}/labels/graphic_violence`, { headers })).status()).toBe(200);
    const derivatives = ((await (await page.request.get(`/api/v1/evidence/${itemId}/derivatives`)).json()) as { derivatives: { kind: string; sha256: string }[] }).derivatives;
    const preview = derivatives.find((d) => d.kind === 'preview')!;
    // Before any click-through the server will not play the video to this reader at all.
    expect((await page.request.get(`/api/v1/evidence/${itemId}/derivatives/${preview.sha256}`)).status()).toBe(403);

    // The list: the thumbnail the browser downloads is the server's blurred one, and a button shows it.
    const thumbnailSent = page.waitForResponse((response) => /\/derivatives\/[0-9a-f]{64}$/.test(response.url()) && response.request().resourceType() === 'image');
    await page.goto(`/#/cases/${caseId}/evidence`);
    const sent = await thumbnailSent;
    expect(sent.headers()['x-dossier-blurred']).toBe('graphic_violence');
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row.getByRole('img', { name: `Blurred thumbnail of ${name}` })).toBeVisible();
    await expect(row.getByRole('listitem').filter({ hasText: 'Graphic violence' })).toBeVisible();
    await expect(row.getByRole('button', { name: `Show graphic content: ${name}` })).toBeVisible();
    await expect.poll(() => row.getByRole('img').evaluate((img: { complete: boolean; naturalWidth: number }) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await fs.mkdir(SCREENSHOTS, { recursive: true });
    await page.getByRole('table', { name: 'Evidence items' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'blurred-list.png') });
    expect(await violations(page)).toEqual([]);

    // The item's page: closed behind a warning naming the label, no video in the page until the click-through.
    await row.getByRole('link', { name }).click();
    await expect(page.getByText('This item is labelled Graphic violence. It is hidden until you choose to see it.')).toBeVisible();
    await expect(page.locator('video')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Show preview and keyframes' })).toHaveCount(0);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: `Show graphic content: ${name}` }).click();

    const section = page.getByRole('region', { name: 'Preview and keyframes (derivatives)' });
    await section.getByRole('button', { name: 'Show preview and keyframes' }).click();
    const player = section.locator('video');
    await expect(player).toHaveAttribute('muted', '');
    await expect(player).not.toHaveAttribute('autoplay', /.*/);
    await expect.poll(() => player.evaluate((v: { readyState: number; muted: boolean; paused: boolean }) => ({ ready: v.readyState > 0, muted: v.muted, paused: v.paused }))).toEqual({ ready: true, muted: true, paused: true });
    // It plays when the reader starts it, still muted.
    await player.evaluate((v: { play(): Promise<void> }) => v.play());
    await expect.poll(() => player.evaluate((v: { currentTime: number }) => v.currentTime)).toBeGreaterThan(0);
    expect(await player.evaluate((v: { muted: boolean }) => v.muted)).toBe(true);

    // Back in the list, clicked through, the plain thumbnail comes; the click-through was recorded and counted.
    await page.goto(`/#/cases/${caseId}/evidence`);
    await expect(page.getByRole('img', { name: `Thumbnail of ${name}` })).toBeVisible();
    const care = (await (await page.request.get('/api/v1/auth/care')).json()) as { exposure: { graphicToday: number } };
    expect(care.exposure.graphicToday).toBeGreaterThanOrEqual(1);

    // An incident's page shows its labels, and labels it through the same panel.
    const incident = await page.request.post(`/api/v1/cases/${caseId}/incidents`, { headers, data: { title: 'Strike on the market', types: ['air_strike'] } });
    const incidentId = ((await incident.json()) as { id: string }).id;
    await page.goto(`/#/cases/${caseId}/incidents/${incidentId}`);
    // Read afresh, the session knows the role in the case made after signing in.
    await page.reload();
    const panel = page.getByRole('region', { name: 'Sensitivity labels of Strike on the market' });
    await expect(panel).toContainText('No label yet.');
    await panel.getByLabel('Add a label').selectOption('deceptive');
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(panel.getByRole('button', { name: 'Remove the label Deceptive or misleading' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
});

test('the account page keeps the blur setting and the daily reminder, which suggests a break once reached and is dismissed for the day', async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  await page.goto('/#/account');
  const care = page.getByRole('region', { name: 'Care while viewing' });
  await expect(care.getByRole('radio', { name: 'Blur graphic content only (recommended)' })).toBeChecked();
  await care.getByRole('checkbox', { name: 'Remind me to take a break' }).check();
  await care.getByRole('spinbutton', { name: 'After this many graphic items a day' }).fill('1');
  await care.getByRole('button', { name: 'Save' }).click();
  await expect(care.getByRole('status')).toHaveText('Saved.');
  expect(await violations(page)).toEqual([]);
  await page.reload();
  await expect(care.getByRole('spinbutton', { name: 'After this many graphic items a day' })).toHaveValue('1');

  // One graphic item opened by the analyst: the reminder shows in the case, kindly, and goes for the day.
  const owner = await page.context().browser()!.newContext();
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, ACCOUNTS.owner);
  const csrf = ((await (await ownerPage.request.get('/api/v1/auth/session')).json()) as { csrfToken: string }).csrfToken;
  const caseId = `care-reminder-${Date.now()}`;
  expect((await ownerPage.request.post('/api/v1/cases', { headers: { 'x-csrf-token': csrf }, data: { id: caseId, title: 'Care reminder (e2e)' } })).status()).toBe(201);
  expect((await ownerPage.request.put(`/api/v1/cases/${caseId}/members/${ACCOUNTS.analyst}`, { headers: { 'x-csrf-token': csrf }, data: { role: 'analyst' } })).ok()).toBe(true);
  const upload = await ownerPage.request.post(`/api/v1/cases/${caseId}/evidence`, { headers: { 'x-csrf-token': csrf }, multipart: { file: { name: 'frame.txt', mimeType: 'text/plain', buffer: Buffer.from('a described frame') } } });
  const itemId = ((await upload.json()) as { items: { item: { id: string } }[] }).items[0]!.item.id;
  await ownerPage.request.put(`/api/v1/cases/${caseId}/evidence/${itemId}/labels/graphic_violence`, { headers: { 'x-csrf-token': csrf } });
  await owner.close();

  await page.goto(`/#/cases/${caseId}/evidence/${itemId}`);
  await page.getByRole('button', { name: 'Show graphic content: frame.txt' }).click();
  const reminder = page.getByRole('status').filter({ hasText: 'Time for a pause?' });
  await expect(reminder).toContainText('You have looked at one graphic item today.');
  expect(await violations(page)).toEqual([]);
  await reminder.getByRole('button', { name: 'Thank you, not again today' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'frame.txt' })).toBeVisible();
  await expect(page.getByText('Time for a pause?')).toHaveCount(0);
});
