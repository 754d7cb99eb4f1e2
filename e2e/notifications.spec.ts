import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { ACCOUNTS, expect, PASSWORD, SCREENSHOTS, signIn, test } from './support.js';

async function writeHeaders(request: APIRequestContext, username: string): Promise<Record<string, string>> {
  const login = await request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  expect(login.status()).toBe(200);
  return { 'x-csrf-token': String(((await login.json()) as { csrfToken: string }).csrfToken) };
}

/** The bell's count, read from its label as a screen reader hears it. */
async function bellCount(page: Page): Promise<number> {
  const bell = page.getByRole('banner').getByRole('link', { name: /^Notifications, / });
  const label = (await bell.getAttribute('aria-label')) ?? '';
  return /none unread/.test(label) ? 0 : Number(/(\d+) unread/.exec(label)![1]);
}

const bellSays = (page: Page, count: number) =>
  expect(page.getByRole('banner').getByRole('link', { name: count === 0 ? 'Notifications, none unread' : `Notifications, ${count} unread` })).toBeVisible();

test('an owner assigns a reviewer; she sees the bell count, opens the notice to the incident, and marks it read', async ({ page, browser, request }) => {
  const headers = await writeHeaders(request, ACCOUNTS.owner);
  const caseId = `notify-${Date.now()}`;
  expect((await request.post('/api/v1/cases', { headers, data: { id: caseId, title: 'Notifications (e2e)' } })).status()).toBe(201);
  const title = 'Strike on the water station';
  const created = await request.post(`/api/v1/cases/${caseId}/incidents`, { headers, data: { title, types: ['air_strike'] } });
  expect(created.status()).toBe(201);
  const incidentId = ((await created.json()) as { id: string }).id;
  expect((await request.put(`/api/v1/cases/${caseId}/members/${ACCOUNTS.reviewer}`, { headers, data: { role: 'reviewer' } })).ok()).toBe(true);

  // The reviewer is signed in already: her bell counts what she had before.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, ACCOUNTS.reviewer);
  await expect(reviewer.getByRole('banner').getByRole('link', { name: /^Notifications, / })).toBeVisible();
  const before = await bellCount(reviewer);

  // The owner assigns her from the incident's workflow panel.
  await signIn(page, ACCOUNTS.owner);
  await page.goto(`/#/cases/${caseId}/incidents/${incidentId}`);
  const assignment = page.getByRole('form', { name: 'Save assignees and due date' });
  await assignment.getByRole('checkbox', { name: new RegExp(`^${ACCOUNTS.reviewer} `) }).check();
  await assignment.getByRole('button', { name: 'Save assignees and due date' }).click();
  await expect(page.getByRole('region', { name: 'Workflow' })).toContainText(ACCOUNTS.reviewer);

  // Moving within the app asks for the count again.
  await reviewer.goto('/#/ledger');
  await bellSays(reviewer, before + 1);
  await reviewer.getByRole('banner').getByRole('link', { name: /^Notifications, / }).click();
  await reviewer.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
  const notice = reviewer.getByRole('link', { name: new RegExp(`assigned you to ${title}`) });
  await expect(notice).toHaveAttribute('href', `#/cases/${caseId}/incidents/${incidentId}`);
  await reviewer.screenshot({ path: path.join(SCREENSHOTS, 'notifications.png') });
  await reviewer.getByRole('button', { name: new RegExp(`^Mark read: .*${title}`) }).click();
  await bellSays(reviewer, before);
  await reviewer.getByRole('button', { name: new RegExp(`^Mark unread: .*${title}`) }).click();
  await bellSays(reviewer, before + 1);
  // Opening the notice leads to the incident and reads it.
  await notice.click();
  await expect(reviewer.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await bellSays(reviewer, before);
  await reviewerContext.close();
});
