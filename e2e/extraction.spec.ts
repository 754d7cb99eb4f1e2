import path from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { DEMO_CASE_ID, expect, SCREENSHOTS, signIn, test } from './support.js';

const CASE = `/api/v1/cases/${DEMO_CASE_ID}`;
const DOCUMENTED = 'Barrel bombs on the market in Erbin (e2e)';
const BAKERY = 'On 23 July 2015, artillery shelled the bakery in Saraqab, killing 5 civilians.';

/**
 * A monthly report in the manner of a human-rights NGO's, written for this test (no published text), printed to a
 * two-page PDF by the browser: two incidents on each page, and a title line the reading also takes for one.
 */
async function reportPdf(browser: Browser, reportDate = '3 August 2015'): Promise<Buffer> {
  const maker = await browser.newPage();
  try {
    await maker.setContent(`<body style="font:11px sans-serif">
      <p>Syria: attacks on civilians in Idlib and Rif Dimashq, monthly report of ${reportDate}.</p>
      <p>On 12 July 2015, government aircraft dropped barrel bombs on the vegetable market in Erbin. At least 9 civilians were killed and dozens were injured.</p>
      <p>On 18 July 2015, an air strike hit a school in Kafr Nabl. Four children were killed.</p>
      <p style="break-before:page">${BAKERY}</p>
      <p>On 27 July 2015, rockets hit the main hospital in Douma. Two nurses were injured.</p>
    </body>`);
    return await maker.pdf({ format: 'A5' });
  } finally {
    await maker.close();
  }
}

async function csrfToken(page: Page): Promise<string> {
  return ((await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string }).csrfToken;
}

/** Uploads the report through the evidence page and waits until its text is indexed (intake reads it in the background). */
async function uploadReport(page: Page, name: string, pdf: Buffer): Promise<void> {
  await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence`);
  await page.getByLabel(/Add evidence files/).setInputFiles({ name, mimeType: 'application/pdf', buffer: pdf });
  await expect(page.getByRole('list', { name: 'Uploads' }).getByText('stored')).toHaveCount(1);
  await expect
    .poll(async () => JSON.stringify(await (await page.request.get(`${CASE}/evidence/search?q=Saraqab&limit=50`)).json()), { timeout: 30_000 })
    .toContain(name);
}

const candidates = (page: Page) => page.getByRole('list', { name: 'Candidate incidents' }).locator(':scope > li');
const currentCandidate = (page: Page) => page.getByRole('list', { name: 'Candidate incidents' }).locator(':scope > li[aria-current="true"]');

/** Starts the reading from the item's page and waits for the review queue. */
async function extractFromItemPage(page: Page, name: string): Promise<string> {
  await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence`);
  await page.getByRole('table', { name: 'Evidence items' }).getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Find incidents in this text' }).click();
  await expect(page).toHaveURL(/#\/cases\/[^/]+\/extractions\/ext_/);
  await expect(candidates(page)).toHaveCount(5, { timeout: 30_000 });
  return decodeURIComponent(page.url().split('/extractions/')[1]!);
}

async function expectCurrent(page: Page, title: RegExp): Promise<Locator> {
  const current = currentCandidate(page);
  await expect(current.getByRole('heading')).toHaveText(title);
  await expect(current).toBeFocused();
  return current;
}

test('reads a PDF report into candidate incidents and decides them from the keyboard, each decision logged', async ({ page, browser }) => {
  const name = 'monthly-report-idlib-rif-dimashq-july-2015.pdf';
  const pdf = await reportPdf(browser);
  await signIn(page);
  // The Erbin strike is already documented in the case: the same type, a date that overlaps, the same town.
  const documented = await page.request.post(`${CASE}/incidents`, {
    data: { title: DOCUMENTED, types: ['barrel_bomb'], date: { edtf: '2015-07' }, place: { precision: 'settlement', pcodes: { community: 'C2321' } } },
    headers: { 'x-csrf-token': await csrfToken(page) },
  });
  expect(documented.status(), await documented.text()).toBe(201);
  const documentedId = ((await documented.json()) as { id: string }).id;
  await uploadReport(page, name, pdf);
  const extractionId = await extractFromItemPage(page, name);

  await expect(page.getByLabel('Review counts')).toHaveText(/5 open · 0 decided/);
  const legend = page.getByRole('list', { name: 'Legend' });
  for (const kind of ['Places', 'Dates', 'Figures', 'Means', 'Targets', 'Actors']) await expect(legend).toContainText(kind);
  const text = page.getByRole('region', { name: 'Document text' }).getByLabel('Text of the report');
  await expect(text.locator('.mention.place', { hasText: 'Saraqab' })).toHaveCount(1);
  await expect(text.locator('.mention.date').first()).toBeVisible();

  // The title line, read as an incident without a type: rejected, with the reason typed in its field.
  let current = await expectCurrent(page, /^1\. /);
  await expect(current).toContainText('page 1');
  await expect(text.locator('mark.passage')).toContainText('monthly report of 3 August 2015');
  await page.keyboard.press('r');
  const reason = current.getByLabel('Reason for rejecting');
  await expect(reason).toBeFocused();
  await page.keyboard.type('The title line of the report, not an incident.');
  await page.keyboard.press('Enter');
  await expect(candidates(page).nth(0)).toContainText('Rejected: The title line of the report, not an incident.');

  // Erbin: proposed as corroborating the incident already documented.
  current = await expectCurrent(page, /^2\. Barrel bomb.* in (Erbin|Arbin), 2015-07-12/);
  await expect(current).toContainText(DOCUMENTED);
  await expect(text.locator('mark.passage')).toContainText('vegetable market in Erbin');
  await page.keyboard.press('c');
  // Should other incidents of the case match as well, the arrows choose and Enter decides.
  const chooser = current.getByRole('form', { name: 'Corroborate which incident?' });
  if (await chooser.isVisible().catch(() => false)) {
    const mine = chooser.getByRole('radio', { name: DOCUMENTED });
    while (!(await mine.isChecked())) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }
  await expect(candidates(page).nth(1)).toContainText(/claims added to the incident/);

  // Kafr Nabl: accepted as read.
  current = await expectCurrent(page, /^3\. Air strike in Kafr/);
  await page.keyboard.press('a');
  await expect(candidates(page).nth(2)).toContainText('Recorded as a new incident');

  // Saraqab, on page 2: its figure corrected in the form, then accepted.
  current = await expectCurrent(page, /^4\. .*, 2015-07-23/);
  await expect(current).toContainText('page 2');
  await page.keyboard.press('e');
  await expect(current.getByLabel('Title')).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  const killed = current.getByLabel('Killed');
  await expect(killed).toBeFocused();
  await expect(killed).toHaveValue('5');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('at least 6');
  await page.keyboard.press('Enter');
  await expect(candidates(page).nth(3)).toContainText('Recorded as a new incident');

  // Douma is left open; the counts say so.
  await expectCurrent(page, /^5\. .*, 2015-07-27/);
  await expect(page.getByLabel('Review counts')).toHaveText(/1 open · 4 decided/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'extraction-review.png'), fullPage: true });

  // The bakery's incident: its claims quote the passage, with the page it is on and the figure as corrected.
  await candidates(page).nth(3).getByRole('link', { name: 'a new incident' }).click();
  await page.getByRole('heading', { name: /, 2015-07-23/, level: 2 }).waitFor();
  const killedClaims = page.getByRole('region', { name: /Victims.*: killed/ });
  await expect(killedClaims).toContainText(BAKERY);
  await expect(killedClaims).toContainText('p. 2');
  await expect(killedClaims).toContainText('at least 6');
  await expect(killedClaims).toContainText('the extraction had read “5”');
  await expect(killedClaims).toContainText(`From extraction ${extractionId}, candidate 4.`);
  // The corroborated incident gained claims from the report too.
  await page.goto(`/#/cases/${DEMO_CASE_ID}/incidents/${documentedId}`);
  await expect(page.getByRole('region', { name: /Incident: occurred/ })).toContainText('vegetable market in Erbin');

  // The log: one extract entry, and a review entry for each decision.
  const entries = async (action: string) => {
    const response = await page.request.get(`/api/v1/ledger/search?case=${DEMO_CASE_ID}&action=${action}&limit=1000`);
    expect(response.status()).toBe(200);
    const { items } = (await response.json()) as { items: { details: { extraction?: string; decision?: string } }[] };
    return items.filter((e) => e.details.extraction === extractionId);
  };
  expect(await entries('extract')).toHaveLength(1);
  expect((await entries('review')).map((e) => e.details.decision).sort()).toEqual(['accepted', 'accepted', 'corroborated', 'rejected']);
  await page.goto(`/#/cases/${DEMO_CASE_ID}/ledger`);
  await page.getByRole('button', { name: 'Verify the whole log' }).click();
  await expect(page.getByRole('region', { name: 'Verify the whole log' }).getByRole('status')).toHaveText(/All [\d,]+ entries verified/);

  // The item's page lists the reading, with how many candidates still wait.
  await page.goto(`/#/cases/${DEMO_CASE_ID}/evidence`);
  await page.getByRole('table', { name: 'Evidence items' }).getByRole('link', { name }).click();
  await expect(page.getByRole('list', { name: 'Extractions of this item' })).toContainText('5 candidates, 1 open');
});

test('the review queue’s keys: moving, help, forms that keep the keys for typing, and refusals shown', async ({ page, browser }) => {
  const name = 'monthly-report-keys-july-2015.pdf';
  const pdf = await reportPdf(browser, '4 August 2015');
  await signIn(page);
  await uploadReport(page, name, pdf);
  const extractionId = await extractFromItemPage(page, name);
  expect(extractionId).toMatch(/^ext_/);

  await expectCurrent(page, /^1\. /);
  await page.keyboard.press('j');
  await expectCurrent(page, /^2\. /);
  await page.keyboard.press('ArrowDown');
  await expectCurrent(page, /^3\. /);
  await page.keyboard.press('k');
  await expectCurrent(page, /^2\. /);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expectCurrent(page, /^1\. /);

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Reject, giving a reason');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // Letters typed into the reason are words, not shortcuts: nothing moves, nothing is decided.
  await page.keyboard.press('r');
  const reason = currentCandidate(page).getByLabel('Reason for rejecting');
  await expect(reason).toBeFocused();
  await page.keyboard.type('a jam c m e k ?');
  await expect(reason).toHaveValue('a jam c m e k ?');
  await expect(help).toHaveCount(0);
  await expect(currentCandidate(page).getByRole('heading')).toHaveText(/^1\. /);
  await expect(page.getByLabel('Review counts')).toHaveText(/5 open · 0 decided/);
  // Escape leaves the form undecided, and the keys work again.
  await page.keyboard.press('Escape');
  await expect(reason).toHaveCount(0);
  await expectCurrent(page, /^1\. /);

  // A refusal is shown in the server's words: the title line has no incident type to record.
  await page.keyboard.press('a');
  await expect(page.getByRole('alert')).toContainText(/type/i);
  await expect(page.getByLabel('Review counts')).toHaveText(/5 open · 0 decided/);

  // m merges the current candidate into the open one before it.
  await page.keyboard.press('j');
  await page.keyboard.press('m');
  await expect(candidates(page).nth(1)).toContainText('Merged into candidate 1.');
  await expect(page.getByLabel('Review counts')).toHaveText(/4 open · 1 decided/);
});

test('shows a reading under way with its progress, polled, and cancels it', async ({ page }) => {
  await signIn(page);
  // A long reading, played by the server's answers: as much read as the test says, until cancelled.
  const id = 'ext_e2e_long_reading';
  const job = { id, caseId: DEMO_CASE_ID, evidenceId: 'ev_e2e', state: 'running', progress: { done: 0, total: 100_000 }, startedAt: '2026-01-01T00:00:00Z' };
  let done = 25_000;
  let polls = 0;
  await page.route(`**${CASE}/extractions/${id}`, (route) => {
    polls++;
    return route.fulfill({ status: 202, json: { job: { ...job, progress: { done, total: 100_000 } } } });
  });
  let cancelled = false;
  await page.route(`**${CASE}/extractions/${id}/cancel`, (route) => {
    cancelled = true;
    return route.fulfill({ json: { job: { ...job, state: 'cancelled' } } });
  });
  await page.goto(`/#/cases/${DEMO_CASE_ID}/extractions/${id}`);
  const progress = page.getByRole('progressbar', { name: 'Text read' });
  await expect(progress).toHaveAttribute('value', '25');
  await expect(page.getByText('25% — 25,000 of 100,000 characters')).toBeVisible();
  // Asked again every half second: the bar moves.
  done = 50_000;
  await expect(progress).toHaveAttribute('value', '50');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toHaveText('Cancelled: nothing of this reading was kept.');
  expect(cancelled).toBe(true);
  await expect(progress).toHaveCount(0);
  // Cancelled, it is asked after no more.
  const asked = polls;
  await page.waitForTimeout(1_200);
  expect(polls).toBe(asked);
});
