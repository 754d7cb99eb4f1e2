import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { ACCOUNTS, expect, PASSWORD, SCREENSHOTS, signIn, test } from './support.js';

/** Signs an API client in and gives the headers its writes need. */
async function writeHeaders(request: APIRequestContext, username: string): Promise<Record<string, string>> {
  const login = await request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  expect(login.status()).toBe(200);
  return { 'x-csrf-token': String(((await login.json()) as { csrfToken: string }).csrfToken) };
}

test('an incident is claimed from the queue, reviewed and completed, and then sealed against edits', async ({ page, browser, request }) => {
  // A case of the suite's own, so the demo case's incidents, which other suites count, keep their statuses.
  const headers = await writeHeaders(request, ACCOUNTS.owner);
  const caseId = `workflow-${Date.now()}`;
  expect((await request.post('/api/v1/cases', { headers, data: { id: caseId, title: 'Workflow (e2e)' } })).status()).toBe(201);
  const title = 'Shelling of the bakery';
  expect((await request.post(`/api/v1/cases/${caseId}/incidents`, { headers, data: { title, types: ['artillery_rocket_missile'] } })).status()).toBe(201);
  // The worker edits incidents (an analyst could not: records:write), so the sealing shows; the reviewer completes.
  expect((await request.put(`/api/v1/cases/${caseId}/members/${ACCOUNTS.analyst}`, { headers, data: { role: 'investigator' } })).ok()).toBe(true);
  expect((await request.put(`/api/v1/cases/${caseId}/members/${ACCOUNTS.reviewer}`, { headers, data: { role: 'reviewer' } })).ok()).toBe(true);

  await signIn(page, ACCOUNTS.analyst);
  await page.goto(`/#/cases/${caseId}`);
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Queue' }).click();
  await page.getByRole('heading', { name: 'Queue' }).waitFor();
  // Only reviewers and owners have incidents awaiting their review.
  await expect(page.getByRole('button', { name: 'To review' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Unclaimed' }).click();
  const queue = page.getByRole('table', { name: 'Queue' });
  await expect(queue.getByRole('row', { name: new RegExp(title) })).toContainText('To do');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'queue.png') });
  await queue.getByRole('button', { name: `Claim ${title}` }).click();
  await expect(page.getByText('Nothing in this view.')).toBeVisible();

  await page.getByRole('button', { name: 'Mine' }).click();
  const mine = queue.getByRole('row', { name: new RegExp(title) });
  await expect(mine).toContainText('In progress');
  await expect(mine).toContainText(ACCOUNTS.analyst);
  await mine.getByRole('link', { name: title }).click();
  const workflow = page.getByRole('region', { name: 'Workflow' });
  await expect(workflow.getByTestId('workflow-status')).toHaveText('In progress');
  // Completing is a reviewer's decision: it is not offered to the one who did the work.
  await expect(workflow.getByLabel('Move to').locator('option[value="completed"]')).toHaveCount(0);
  await workflow.getByLabel('Move to').selectOption('ready_for_review');
  await workflow.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(workflow.getByTestId('workflow-status')).toHaveText('Ready for review');

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, ACCOUNTS.reviewer);
  await reviewer.goto(`/#/cases/${caseId}/queue`);
  await reviewer.getByRole('button', { name: 'To review' }).click();
  await reviewer.getByRole('table', { name: 'Queue' }).getByRole('link', { name: title }).click();
  const review = reviewer.getByRole('region', { name: 'Workflow' });
  await review.getByLabel('Move to').selectOption('completed');
  await review.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(review.getByTestId('workflow-status')).toHaveText('Completed');
  await reviewerContext.close();

  await page.reload();
  await expect(workflow.getByTestId('workflow-status')).toHaveText('Completed');
  await expect(workflow.getByText('No move is open to you from this status.')).toBeVisible();
  await page.getByRole('button', { name: 'Edit incident' }).click();
  const edit = page.getByRole('form', { name: 'Edit incident' });
  await edit.getByLabel('Title').fill(`${title}, edited`);
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByRole('alert')).toContainText(/status: .*sealed/);
});
