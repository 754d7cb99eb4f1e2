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

/** A case of the test's own with incidents, an investigator (the analyst account) and a reviewer. */
async function caseWithIncidents(request: APIRequestContext, name: string, titles: string[]): Promise<{ caseId: string; headers: Record<string, string>; ids: string[] }> {
  const headers = await writeHeaders(request, ACCOUNTS.owner);
  const caseId = `${name}-${Date.now()}`;
  expect((await request.post('/api/v1/cases', { headers, data: { id: caseId, title: `${name} (e2e)` } })).status()).toBe(201);
  const ids: string[] = [];
  for (const title of titles) {
    const created = await request.post(`/api/v1/cases/${caseId}/incidents`, { headers, data: { title, types: ['air_strike'] } });
    expect(created.status()).toBe(201);
    ids.push(String(((await created.json()) as { id: string }).id));
  }
  expect((await request.put(`/api/v1/cases/${caseId}/members/${ACCOUNTS.analyst}`, { headers, data: { role: 'investigator' } })).ok()).toBe(true);
  expect((await request.put(`/api/v1/cases/${caseId}/members/${ACCOUNTS.reviewer}`, { headers, data: { role: 'reviewer' } })).ok()).toBe(true);
  return { caseId, headers, ids };
}

test('several incidents change status, assignees and tags at once from the incident table, or none do', async ({ page, request }) => {
  const titles = ['Strike on the Kutum market', 'Strike on the Kutum clinic', 'Strike on the Kutum well'];
  const { caseId } = await caseWithIncidents(request, 'bulk', titles);
  await signIn(page, ACCOUNTS.analyst);
  await page.goto(`/#/cases/${caseId}/incidents`);
  const table = page.getByRole('table', { name: 'Incidents' });
  for (const title of titles) await expect(table.getByRole('row', { name: new RegExp(title) })).toContainText('To do');
  const bulk = page.getByRole('region', { name: 'Change the selected incidents' });
  await expect(bulk).toContainText('Select incidents in the table');
  await expect(bulk.getByRole('button', { name: 'Set status' })).toBeDisabled();

  await table.getByRole('checkbox', { name: `Select ${titles[0]}` }).check();
  await table.getByRole('checkbox', { name: `Select ${titles[1]}` }).check();
  await expect(bulk).toContainText('2 incidents selected');
  await bulk.getByLabel('New status').selectOption('in_progress');
  await bulk.getByRole('button', { name: 'Set status' }).click();
  await expect(bulk.getByRole('status')).toHaveText('2 incidents changed, 0 already so.');
  await expect(table.getByRole('row', { name: new RegExp(titles[0]!) })).toContainText('In progress');
  await expect(table.getByRole('row', { name: new RegExp(titles[1]!) })).toContainText('In progress');
  await expect(table.getByRole('row', { name: new RegExp(titles[2]!) })).toContainText('To do');
  // The list narrows to a workflow status.
  const byStatus = page.getByRole('group', { name: 'Workflow' });
  await byStatus.getByRole('checkbox', { name: 'In progress' }).check();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).not.toContainText(titles[2]!);
  await byStatus.getByRole('checkbox', { name: 'In progress' }).uncheck();
  await expect(table.getByRole('row')).toHaveCount(4);

  // Completing is a reviewer's decision: refused for all, and none of them changes.
  await table.getByRole('checkbox', { name: 'Select all incidents shown' }).check();
  await expect(bulk).toContainText('3 incidents selected');
  await bulk.getByLabel('New status').selectOption('completed');
  await bulk.getByRole('button', { name: 'Set status' }).click();
  await expect(bulk.getByRole('alert')).toContainText(/status/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'bulk-refused.png') });
  await page.reload();
  await expect(table.getByRole('row', { name: new RegExp(titles[0]!) })).toContainText('In progress');
  await expect(table.getByRole('row', { name: new RegExp(titles[2]!) })).toContainText('To do');

  await table.getByRole('checkbox', { name: 'Select all incidents shown' }).check();
  await bulk.getByLabel('Member').selectOption(ACCOUNTS.reviewer);
  await bulk.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(bulk.getByRole('status')).toHaveText('3 incidents changed, 0 already so.');
  await bulk.getByLabel('Tag', { exact: true }).fill('kutum');
  await bulk.getByRole('button', { name: 'Add tag' }).click();
  await expect(bulk.getByRole('status')).toHaveText('3 incidents changed, 0 already so.');
  await page.getByRole('link', { name: titles[2]! }).click();
  await expect(page.getByRole('region', { name: 'Workflow' })).toContainText(ACCOUNTS.reviewer);
  const read = await request.get(`/api/v1/cases/${caseId}/incidents?limit=10`);
  const items = ((await read.json()) as { items: { tags?: string[]; workflowAssignees: string[] }[] }).items;
  expect(items.map((item) => [item.tags, item.workflowAssignees])).toEqual(titles.map(() => [['kutum'], [ACCOUNTS.reviewer]]));
});

test('a claim made from a stale queue is refused, naming who took the incident', async ({ page, request }) => {
  const title = 'Abduction at the Tawila checkpoint';
  const { caseId, ids } = await caseWithIncidents(request, 'race', [title]);
  await signIn(page, ACCOUNTS.analyst);
  await page.goto(`/#/cases/${caseId}/queue`);
  await page.getByRole('button', { name: 'Unclaimed' }).click();
  const queue = page.getByRole('table', { name: 'Queue' });
  await expect(queue.getByRole('row', { name: new RegExp(title) })).toBeVisible();
  // The reviewer claims it while the page still shows it unclaimed.
  const reviewer = await writeHeaders(request, ACCOUNTS.reviewer);
  const taken = await request.put(`/api/v1/cases/${caseId}/incidents/${ids[0]}/workflow`, { headers: reviewer, data: { status: 'in_progress', assignees: [ACCOUNTS.reviewer] } });
  expect(taken.status()).toBe(200);
  await queue.getByRole('button', { name: `Claim ${title}` }).click();
  await expect(page.getByRole('alert')).toContainText(`taken by ${ACCOUNTS.reviewer}`);
  const now = (await (await request.get(`/api/v1/cases/${caseId}/incidents/${ids[0]}/workflow`)).json()) as { assignees: string[] };
  expect(now.assignees).toEqual([ACCOUNTS.reviewer]);
});

test('assignees are picked from the case’s members, and owners set the case’s moves in a grid', async ({ page, request }) => {
  const title = 'Burning of the Misterei village';
  const { caseId, headers } = await caseWithIncidents(request, 'moves', [title]);
  expect((await request.put(`/api/v1/cases/${caseId}/members/${ACCOUNTS.counsel}`, { headers, data: { role: 'external_counsel' } })).ok()).toBe(true);
  await signIn(page, ACCOUNTS.owner);
  await page.goto(`/#/cases/${caseId}/queue`);
  const grid = page.getByRole('table', { name: 'Moves between statuses' });
  await expect(page.getByText('This case follows the default moves.')).toBeVisible();
  await expect(grid.getByRole('checkbox', { name: 'From To do to In progress' })).toBeChecked();
  await expect(grid.getByRole('checkbox', { name: 'From To do to Completed' })).not.toBeChecked();
  // Nothing would lead to "in progress" and on: refused, named.
  await grid.getByRole('checkbox', { name: 'From To do to In progress' }).uncheck();
  await page.getByRole('button', { name: 'Save moves' }).click();
  await expect(page.getByRole('alert')).toContainText('transitions');
  await grid.getByRole('checkbox', { name: 'From To do to In progress' }).check();
  await grid.getByRole('checkbox', { name: 'From To do to Ready for review' }).check();
  await page.getByRole('button', { name: 'Save moves' }).click();
  await expect(page.getByText('Moves saved.')).toBeVisible();
  await expect(page.getByText('This case has its own moves.')).toBeVisible();
  const table = (await (await request.get(`/api/v1/cases/${caseId}/workflow/transitions`)).json()) as { transitions: Record<string, string[]> };
  expect(table.transitions.to_do).toEqual(['in_progress', 'ready_for_review', 'cancelled']);

  await page.getByRole('button', { name: 'All' }).click();
  await page.getByRole('table', { name: 'Queue' }).getByRole('link', { name: title }).click();
  const workflow = page.getByRole('region', { name: 'Workflow' });
  const assignment = workflow.getByRole('form', { name: 'Save assignees and due date' });
  // Counsel reads no records, and so is offered to nobody.
  await expect(assignment.getByRole('checkbox')).toHaveCount(3);
  await assignment.getByRole('checkbox', { name: new RegExp(`^${ACCOUNTS.reviewer} `) }).check();
  await assignment.getByRole('checkbox', { name: new RegExp(`^${ACCOUNTS.analyst} `) }).check();
  await assignment.getByRole('button', { name: 'Save assignees and due date' }).click();
  await expect(workflow.locator('dl')).toContainText(`${ACCOUNTS.analyst}, ${ACCOUNTS.reviewer}`);
  // The case's own move, offered in the panel.
  await expect(workflow.getByLabel('Move to').locator('option[value="ready_for_review"]')).toHaveCount(1);
});

test('an evidence item awaiting processing is claimed from the queue and moved on its own page', async ({ page, request }) => {
  const { caseId, headers } = await caseWithIncidents(request, 'evidence-work', []);
  const name = 'checkpoint-footage.txt';
  const upload = await request.post(`/api/v1/cases/${caseId}/evidence`, { headers, multipart: { file: { name, mimeType: 'text/plain', buffer: Buffer.from(`Notes on the checkpoint footage ${Date.now()}`) } } });
  expect(upload.status()).toBe(201);
  const id = ((await upload.json()) as { items: { item: { id: string } }[] }).items[0]!.item.id;

  await signIn(page, ACCOUNTS.analyst);
  await page.goto(`/#/cases/${caseId}/queue`);
  await page.getByRole('group', { name: 'What to work on' }).getByRole('button', { name: 'Evidence items' }).click();
  await page.getByRole('button', { name: 'Unclaimed' }).click();
  const queue = page.getByRole('table', { name: 'Queue' });
  await expect(queue.getByRole('columnheader', { name: 'Evidence item' })).toBeVisible();
  await queue.getByRole('button', { name: `Claim ${name}` }).click();
  await expect(page.getByText('Nothing in this view.')).toBeVisible();
  await page.getByRole('button', { name: 'Mine' }).click();
  await expect(queue.getByRole('row', { name: new RegExp(name) })).toContainText('In progress');
  await queue.getByRole('link', { name }).click();
  const workflow = page.getByRole('region', { name: 'Workflow' });
  await expect(workflow.getByTestId('workflow-status')).toHaveText('In progress');
  await workflow.getByLabel('Move to').selectOption('ready_for_review');
  await workflow.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(workflow.getByTestId('workflow-status')).toHaveText('Ready for review');
  const now = (await (await request.get(`/api/v1/cases/${caseId}/evidence/${id}/workflow`)).json()) as { status: string; assignees: string[] };
  expect(now).toMatchObject({ status: 'ready_for_review', assignees: [ACCOUNTS.analyst] });
});

test('an analyst claims from the queue, asks a reviewer by a mention, and the reviewer, told by the bell, completes it', async ({ page, browser, request }) => {
  const headers = await writeHeaders(request, ACCOUNTS.owner);
  const caseId = `teamwork-${Date.now()}`;
  expect((await request.post('/api/v1/cases', { headers, data: { id: caseId, title: 'Teamwork (e2e)' } })).status()).toBe(201);
  const title = 'Strike on the grain silo';
  expect((await request.post(`/api/v1/cases/${caseId}/incidents`, { headers, data: { title, types: ['air_strike'] } })).status()).toBe(201);
  expect((await request.put(`/api/v1/cases/${caseId}/members/${ACCOUNTS.analyst}`, { headers, data: { role: 'analyst' } })).ok()).toBe(true);
  expect((await request.put(`/api/v1/cases/${caseId}/members/${ACCOUNTS.reviewer}`, { headers, data: { role: 'reviewer' } })).ok()).toBe(true);

  // The reviewer is signed in from the start: her bell counts what earlier suites left her.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, ACCOUNTS.reviewer);
  const bell = reviewer.getByRole('banner').getByRole('link', { name: /^Notifications, / });
  await expect(bell).toBeVisible();
  const label = (await bell.getAttribute('aria-label')) ?? '';
  const before = /none unread/.test(label) ? 0 : Number(/(\d+) unread/.exec(label)![1]);

  await signIn(page, ACCOUNTS.analyst);
  await page.goto(`/#/cases/${caseId}/queue`);
  await page.getByRole('button', { name: 'Unclaimed' }).click();
  await page.getByRole('table', { name: 'Queue' }).getByRole('button', { name: `Claim ${title}` }).click();
  await expect(page.getByText('Nothing in this view.')).toBeVisible();
  await page.getByRole('button', { name: 'Mine' }).click();
  await page.getByRole('table', { name: 'Queue' }).getByRole('link', { name: title }).click();

  const discussion = page.getByRole('region', { name: 'Discussion' });
  await discussion.getByLabel('Comment').fill(`@${ACCOUNTS.reviewer} the crater and the fins point to an air-dropped bomb; ready for your review.`);
  await discussion.getByRole('button', { name: 'Post comment' }).click();
  await expect(discussion.getByRole('article').filter({ hasText: 'ready for your review' })).toBeVisible();
  const workflow = page.getByRole('region', { name: 'Workflow' });
  await workflow.getByLabel('Move to').selectOption('ready_for_review');
  await workflow.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(workflow.getByTestId('workflow-status')).toHaveText('Ready for review');

  // Told twice: named in the comment, and asked to review as one who completes.
  await reviewer.goto('/#/ledger');
  await expect(reviewer.getByRole('banner').getByRole('link', { name: `Notifications, ${before + 2} unread` })).toBeVisible();
  await bell.click();
  await reviewer.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
  await expect(reviewer.getByRole('link', { name: new RegExp(`asks for a review of ${title}`) })).toBeVisible();
  await reviewer.getByRole('link', { name: new RegExp(`mentioned you on ${title}`) }).click();
  await expect(reviewer.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(reviewer.getByRole('region', { name: 'Discussion' }).getByRole('article').filter({ hasText: 'ready for your review' })).toBeVisible();
  const review = reviewer.getByRole('region', { name: 'Workflow' });
  await review.getByLabel('Move to').selectOption('completed');
  await review.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(review.getByTestId('workflow-status')).toHaveText('Completed');
  await reviewerContext.close();
});
