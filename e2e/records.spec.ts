import path from 'node:path';
import type { Page } from '@playwright/test';
import { ACCOUNTS, DEMO_CASE_ID, expect, SCREENSHOTS, signIn, test } from './support.js';

const CASE = `/api/v1/cases/${DEMO_CASE_ID}`;
const CONVOY = 'Air attack on the UN-backed aid convoy at Urum al-Kubra';

interface Record {
  id: string;
  rev: number;
  hasRestricted?: boolean;
  [field: string]: unknown;
}

async function apiGet<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

const itemsOf = async (page: Page, url: string) => (await apiGet<{ items: Record[] }>(page, url)).items;

test('creates a protected source, a claim citing it and a context event from the generated forms; edits one; protected details are logged reads', async ({ page, browser, baseURL }) => {
  const stamp = Date.now().toString(36);
  const sourceName = `Witness W-${stamp}`;
  const eventTitle = `Geneva round ends (${stamp})`;
  await signIn(page);

  // The overview of kinds, with counts from the API.
  await page.goto(`/#/cases/${DEMO_CASE_ID}/records`);
  const kinds = page.getByRole('table', { name: 'Kinds of record' });
  const sourcesBefore = (await itemsOf(page, `${CASE}/sources?limit=100`)).length;
  await expect(kinds.getByRole('row', { name: /^Sources/ })).toContainText(String(sourcesBefore));
  await kinds.getByRole('link', { name: 'Sources' }).click();
  await page.getByRole('heading', { name: 'Sources', level: 2 }).waitFor();

  // A witness, with the name that could get them killed in the protected part, and a date in words.
  const sourceForm = page.getByRole('form', { name: 'New source' });
  await sourceForm.getByRole('textbox', { name: 'Name', exact: true }).fill(sourceName);
  await sourceForm.getByRole('combobox', { name: 'Source type' }).selectOption({ label: 'Witness' });
  await sourceForm.getByRole('combobox', { name: 'Reliability' }).selectOption('B');
  await sourceForm.getByRole('combobox', { name: 'Party to conflict' }).selectOption('no');
  await sourceForm.getByRole('combobox', { name: 'Protection level' }).selectOption('restricted');
  await sourceForm.getByRole('textbox', { name: 'Published on' }).fill('10 March 2017');
  const sealed = sourceForm.getByRole('group', { name: /Protected: sealed, never exported/ });
  await sealed.getByRole('textbox', { name: 'Full name' }).fill('Fatima Example Al-Protected');
  await sealed.getByRole('textbox', { name: 'Contact' }).fill('+000 000 000');
  await sourceForm.getByRole('button', { name: 'Save source' }).click();
  await expect(sourceForm.getByRole('list', { name: 'How the values were read' })).toContainText('Published on: “10 March 2017” read as 2017-03-10');
  await expect(page.getByRole('status').filter({ hasText: 'Saved: open the new source' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Sources' })).toContainText(sourceName);

  const source = (await itemsOf(page, `${CASE}/sources?limit=500`)).find((s) => s.name === sourceName)!;
  expect(source).toMatchObject({ name: sourceName, sourceType: 'witness', reliability: 'B', partyToConflict: 'no', protectionLevel: 'restricted', publishedOn: '2017-03-10', hasRestricted: true });
  expect(JSON.stringify(source)).not.toContain('Fatima');

  // A claim that the convoy attack happened, citing the witness, with where in the statement it is said.
  const convoy = (await itemsOf(page, `${CASE}/incidents?q=convoy&limit=10`)).find((i) => i.title === CONVOY)!;
  await page.goto(`/#/cases/${DEMO_CASE_ID}/records/claims`);
  const claimForm = page.getByRole('form', { name: 'New claim' });
  const subject = claimForm.getByRole('group', { name: 'Subject' });
  await subject.getByRole('combobox', { name: 'Kind' }).selectOption('incident');
  await expect(subject.getByRole('combobox', { name: 'Record' })).toContainText(CONVOY);
  await subject.getByRole('combobox', { name: 'Record' }).selectOption(convoy.id);
  await subject.getByRole('textbox', { name: 'Field' }).fill('occurred');
  await claimForm.getByRole('combobox', { name: 'Stance' }).selectOption('asserts');
  await claimForm.getByRole('combobox', { name: 'Source', exact: true }).selectOption(source.id);
  await claimForm.getByRole('textbox', { name: 'Excerpt' }).fill('The trucks were hit one after another from the air after sunset.');
  await claimForm.getByRole('group', { name: 'Locator' }).getByRole('spinbutton', { name: 'Page' }).fill('3');
  await claimForm.getByRole('combobox', { name: 'Credibility' }).selectOption('2');
  await claimForm.getByRole('button', { name: 'Save claim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: open the new claim' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Claims' })).toContainText('incident · occurred');
  const claim = (await itemsOf(page, `${CASE}/claims?parent=${convoy.id}&limit=500`)).find((c) => c.sourceId === source.id)!;
  expect(claim).toMatchObject({
    subject: { kind: 'incident', id: convoy.id, field: 'occurred' },
    stance: 'asserts',
    sourceId: source.id,
    locator: { page: 3 },
    credibility: '2',
    status: 'pending',
    excerpt: 'The trucks were hit one after another from the air after sunset.',
  });

  // A context event, its date typed in words and checked before saving.
  await page.goto(`/#/cases/${DEMO_CASE_ID}/records/context-events`);
  const eventForm = page.getByRole('form', { name: 'New context event' });
  await eventForm.getByRole('combobox', { name: 'Event kind' }).selectOption({ label: 'Peace talks' });
  await eventForm.getByRole('textbox', { name: 'Title' }).fill(eventTitle);
  await eventForm.getByRole('textbox', { name: 'Date', exact: true }).fill('early March 2017');
  await eventForm.getByRole('listbox', { name: 'Sources' }).selectOption([source.id]);
  await eventForm.getByRole('button', { name: 'Check' }).click();
  await expect(eventForm.getByRole('list', { name: 'How the values were read' })).toContainText('Date: “early March 2017” read as');
  await eventForm.getByRole('button', { name: 'Save context event' }).click();
  await expect(page.getByRole('table', { name: 'Context events' })).toContainText(eventTitle);
  const event = (await itemsOf(page, `${CASE}/context-events?limit=500`)).find((e) => e.title === eventTitle)!;
  expect(event).toMatchObject({ eventKind: 'peace_talks', sourceIds: [source.id], date: { asReported: 'early March 2017' } });

  // The source's protected details, for an owner, on request; the reading is in the ledger.
  await page.goto(`/#/cases/${DEMO_CASE_ID}/records/sources`);
  await page.getByRole('table', { name: 'Sources' }).getByRole('link', { name: sourceName }).click();
  await page.getByRole('heading', { name: sourceName }).waitFor();
  const views = () => apiGet<{ total: number }>(page, `/api/v1/ledger/search?case=${DEMO_CASE_ID}&action=view&record=${source.id}&limit=5`);
  expect((await views()).total).toBe(0);
  const protectedPart = page.getByRole('region', { name: 'Protected details' });
  await protectedPart.getByRole('button', { name: 'Show protected details' }).click();
  await expect(protectedPart).toContainText('Fatima Example Al-Protected');
  await expect(protectedPart.getByRole('status')).toHaveText(/logged in the custody ledger/);
  const logged = await apiGet<{ total: number; items: { actor: string; details: { part?: string; id?: string } }[] }>(
    page,
    `/api/v1/ledger/search?case=${DEMO_CASE_ID}&action=view&record=${source.id}&limit=5`,
  );
  expect(logged.total).toBe(1);
  expect(logged.items[0]).toMatchObject({ actor: `user:${ACCOUNTS.owner}`, details: { id: source.id, part: 'restricted' } });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'records.png'), fullPage: true });

  // Editing the context event's title: only the title is sent, and the history shows revision 2.
  await page.goto(`/#/cases/${DEMO_CASE_ID}/records/context-events/${event.id}`);
  await page.getByRole('button', { name: 'Edit context event' }).click();
  const editForm = page.getByRole('form', { name: 'Edit context event' });
  await editForm.getByRole('textbox', { name: 'Title' }).fill(`${eventTitle}, talks to resume`);
  await editForm.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as revision 2.' })).toBeVisible();
  const revisions = page.getByRole('table', { name: 'Revisions' });
  await expect(revisions.getByRole('row').nth(1)).toContainText(/^\s*2.*nadia.*Title/);
  const edited = await apiGet<Record>(page, `${CASE}/context-events/${event.id}`);
  expect(edited).toMatchObject({ rev: 2, title: `${eventTitle}, talks to resume`, eventKind: 'peace_talks', date: { asReported: 'early March 2017' } });
  const history = await apiGet<{ items: { rev: number; changedFields: string[] }[] }>(page, `${CASE}/context-events/${event.id}/history`);
  expect(history.items.map((r) => [r.rev, r.changedFields])).toEqual([[1, expect.any(Array)], [2, ['title']]]);

  // An analyst reads the source but is not offered its protected part, and the API refuses it.
  const analystContext = await browser.newContext({ baseURL: baseURL! });
  const analyst = await analystContext.newPage();
  await signIn(analyst, ACCOUNTS.analyst);
  await analyst.goto(`/#/cases/${DEMO_CASE_ID}/records/sources/${source.id}`);
  await analyst.getByRole('heading', { name: sourceName }).waitFor();
  const analystView = analyst.getByRole('region', { name: 'Protected details' });
  await expect(analystView).toContainText('does not include restricted:read');
  await expect(analystView.getByRole('button', { name: 'Show protected details' })).toHaveCount(0);
  expect((await analyst.request.get(`${CASE}/sources/${source.id}/restricted`)).status()).toBe(403);

  // The analyst is shown the forms too, told the server will refuse, and the refusal names the permission.
  await analyst.goto(`/#/cases/${DEMO_CASE_ID}/records/context-events`);
  const analystForm = analyst.getByRole('form', { name: 'New context event' });
  await expect(analystForm).toContainText('does not include records:write');
  await analystForm.getByRole('combobox', { name: 'Event kind' }).selectOption('ceasefire');
  await analystForm.getByRole('textbox', { name: 'Title' }).fill(`Refused ${stamp}`);
  await analystForm.getByRole('textbox', { name: 'Date', exact: true }).fill('30 December 2016');
  await analystForm.getByRole('button', { name: 'Save context event' }).click();
  await expect(analystForm.getByRole('alert')).toHaveText(/records:write/);
  expect((await itemsOf(analyst, `${CASE}/context-events?limit=500`)).some((e) => e.title === `Refused ${stamp}`)).toBe(false);
  await analystContext.close();
});

test('shows the server’s refusal, naming the field, when a claim’s value is not what its field takes', async ({ page }) => {
  await signIn(page);
  const convoy = (await itemsOf(page, `${CASE}/incidents?q=convoy&limit=10`)).find((i) => i.title === CONVOY)!;
  const [source] = await itemsOf(page, `${CASE}/sources?limit=1`);
  await page.goto(`/#/cases/${DEMO_CASE_ID}/records/claims`);
  const claimForm = page.getByRole('form', { name: 'New claim' });
  const subject = claimForm.getByRole('group', { name: 'Subject' });
  await subject.getByRole('combobox', { name: 'Kind' }).selectOption('incident');
  await subject.getByRole('combobox', { name: 'Record' }).selectOption(convoy.id);
  await subject.getByRole('textbox', { name: 'Field' }).fill('occurred');
  await claimForm.getByRole('combobox', { name: 'Stance' }).selectOption('asserts');
  await claimForm.getByRole('combobox', { name: 'Source', exact: true }).selectOption(source!.id);
  await claimForm.getByRole('textbox', { name: 'Value' }).fill('{"qualifier": "at_least", "min": 14}');
  await claimForm.getByRole('button', { name: 'Save claim' }).click();
  await expect(claimForm.getByRole('alert')).toHaveText(/^value: .*takes no value/);
});
