import path from 'node:path';
import type { Page } from '@playwright/test';
import { ACCOUNTS, DEMO_CASE_ID, expect, expectEveryRow, SCREENSHOTS, signIn, test } from './support.js';

const CASE = `/api/v1/cases/${DEMO_CASE_ID}`;
const CONVOY = 'Air attack on the UN-backed aid convoy at Urum al-Kubra';

async function apiItems<T>(page: Page, url: string): Promise<T[]> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  return ((await response.json()) as { items: T[] }).items;
}

test('lists incidents with facets whose counts agree with the API, narrows by type and words, and opens one', async ({ page }) => {
  await signIn(page);
  await page.goto(`/#/cases/${DEMO_CASE_ID}/incidents`);
  const table = page.getByRole('table', { name: 'Incidents' });
  const all = await apiItems<{ id: string; title: string; types: string[] }>(page, `${CASE}/incidents?limit=500`);
  await expectEveryRow(page, table, all.length);

  // The "Air strike" facet says how many it would leave, and leaves exactly those.
  const airStrikes = all.filter((incident) => incident.types.includes('air_strike'));
  const facet = page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Air strike/ });
  await expect(page.getByRole('group', { name: 'Type' }).locator('label', { hasText: 'Air strike' })).toHaveText(new RegExp(`^Air strike\\s*${airStrikes.length}$`));
  await facet.check();
  await expectEveryRow(page, table, airStrikes.length);
  for (const incident of airStrikes) await expect(table).toContainText(incident.title);

  await page.getByRole('searchbox', { name: 'Words' }).fill('convoy');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByRole('link', { name: CONVOY }).click();

  // The incident page: claims by field, a dispute visible, sources with grades, attribution, the law's elements.
  await page.getByRole('heading', { name: CONVOY }).waitFor();
  const occurred = page.getByRole('region', { name: /Incident: occurred/ });
  await expect(occurred).toContainText('Disputed: asserted and denied');
  await expect(occurred).toContainText(/Denies/i);
  await expect(page.getByRole('table', { name: 'Sources cited' })).toContainText('Government statement (party to the conflict, demo)');
  await expect(page.getByRole('table', { name: 'Involvements' })).toContainText(/Syrian Arab Air Force or Russian Aerospace Forces/);
  const elements = page.getByRole('table', { name: /^Elements of Rome Statute/ }).first();
  await expect(elements.getByRole('row', { name: /^e1/ })).toContainText('Met');
  await expect(elements.getByRole('row', { name: /^e3/ })).toContainText('Unknown');
  await expect(page.getByRole('list', { name: 'Linked evidence' })).toContainText('.txt');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'incident.png'), fullPage: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'readme-incident.jpg'), type: 'jpeg', quality: 85, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1700 } });

  // The filters are kept when coming back to the list.
  await page.getByRole('link', { name: '← All incidents' }).click();
  await expect(page.getByRole('searchbox', { name: 'Words' })).toHaveValue('convoy');
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expectEveryRow(page, table, all.length);
});

test('reads uncertain values typed in words, shows each reading, and edits an incident, right to left for Arabic', async ({ page }) => {
  await signIn(page);
  await page.goto(`/#/cases/${DEMO_CASE_ID}/incidents`);
  const entry = page.getByRole('form', { name: 'New incident' });
  const readings = entry.getByRole('list', { name: 'How the values were read' });
  await entry.getByLabel('Title').fill('قصف سوق دوما');
  await entry.getByLabel('Type').selectOption('barrel_bomb');
  for (const [typed, read] of [
    ['14-20', '14–20'],
    ['dozens', 'dozens (at least 24)'],
    ['at least 14', 'at least 14'],
  ] as const) {
    await entry.getByLabel('Killed (in words)').fill(typed);
    await entry.getByRole('button', { name: 'Check' }).click();
    await expect(readings).toContainText(`“${typed}” read as ${read}`);
  }
  await entry.getByLabel('When (in words)').fill('2016-07-15/2016-12-22');
  await entry.getByRole('button', { name: 'Check' }).click();
  await expect(readings).toContainText('“2016-07-15/2016-12-22” read as 2016-07-15/2016-12-22 (2016-07-15 to 2016-12-22)');
  await entry.getByRole('button', { name: 'Save' }).click();
  await entry.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

  // More incidents than a page of the list: narrowed by its words, the list shows the new one.
  await page.getByRole('searchbox', { name: 'Words' }).fill('سوق دوما');
  await page.getByRole('button', { name: 'Apply' }).click();
  const link = page.getByRole('table', { name: 'Incidents' }).getByRole('link', { name: 'قصف سوق دوما' });
  await expect(link).toHaveCSS('direction', 'rtl');
  await link.click();
  await page.getByRole('heading', { name: 'قصف سوق دوما' }).waitFor();
  await expect(page.getByRole('heading', { name: 'قصف سوق دوما' })).toHaveCSS('direction', 'rtl');
  await expect(page.locator('.facts')).toContainText('at least 14');

  await page.getByRole('button', { name: 'Edit incident' }).click();
  const edit = page.getByRole('form', { name: 'Edit incident' });
  await edit.getByLabel('When (in words)').fill('mid-July 2016');
  await edit.getByRole('button', { name: 'Check' }).click();
  await expect(edit.getByRole('list', { name: 'How the values were read' })).toContainText('“mid-July 2016” read as 2016-07-11/2016-07-20');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('.facts')).toContainText('mid-July 2016 (2016-07-11/2016-07-20)');
  const [saved] = (await apiItems<{ title: string; date: { edtf: string } }>(page, `${CASE}/incidents?limit=500`)).filter((i) => i.title === 'قصف سوق دوما');
  expect(saved?.date.edtf).toBe('2016-07-11/2016-07-20');
});

test('refuses an analyst’s edit of an incident, saying why, and changes nothing', async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  const [before] = (await apiItems<{ id: string; title: string; rev: number }>(page, `${CASE}/incidents?limit=500`)).filter((i) => i.title === CONVOY);
  await page.goto(`/#/cases/${DEMO_CASE_ID}/incidents/${before!.id}`);
  await page.getByRole('button', { name: 'Edit incident' }).click();
  const edit = page.getByRole('form', { name: 'Edit incident' });
  await edit.getByLabel('Title').fill('Renamed by an analyst');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByRole('alert')).toContainText(/does not allow records:write/);
  const after = await page.request.get(`${CASE}/incidents/${before!.id}`);
  expect(((await after.json()) as { title: string; rev: number }).rev).toBe(before!.rev);
});

interface FileView {
  incident: { id: string; title: string };
  acts: Array<{ id: string }>;
  involvements: Array<{ actId: string }>;
  claims: Record<string, Array<{ sourceId?: string; evidenceIds?: string[] }>>;
  qualifications: Array<{ elements: Array<{ evidenceIds?: string[] }> }>;
}

test("an incident's page lists its acts, the act of each involvement, and only its claims' evidence as its own", async ({ page }) => {
  await signIn(page);
  const incidents = await apiItems<{ id: string; title: string }>(page, `${CASE}/incidents?limit=500`);
  const evidence = await apiItems<{ id: string; originalName: string }>(page, `${CASE}/evidence`);
  const nameOf = new Map(evidence.map((item) => [item.id, item.originalName]));
  const sources = await apiItems<{ id: string; evidenceIds?: string[] }>(page, `${CASE}/sources?limit=500`);
  const heldBy = new Map(sources.map((source) => [source.id, source.evidenceIds ?? []]));
  let sawSourceOnly = false;
  let sawSeveralActs = false;
  for (const { id, title } of incidents) {
    const file = (await (await page.request.get(`${CASE}/incidents/${id}/file`)).json()) as FileView;
    const claims = Object.values(file.claims).flat();
    const linked = new Set([...claims.flatMap((claim) => claim.evidenceIds ?? []), ...file.qualifications.flatMap((q) => q.elements.flatMap((e) => e.evidenceIds ?? []))]);
    const sourceOnly = new Set(claims.flatMap((claim) => (claim.sourceId ? (heldBy.get(claim.sourceId) ?? []) : [])).filter((item) => !linked.has(item)));
    const actsOfInvolvements = new Set(file.involvements.map((involvement) => involvement.actId));
    if (sourceOnly.size === 0 && actsOfInvolvements.size < 2) continue;
    await page.goto(`/#/cases/${DEMO_CASE_ID}/incidents/${id}`);
    await page.getByRole('heading', { name: title }).waitFor();
    if (sourceOnly.size > 0) {
      sawSourceOnly = true;
      const own = page.getByRole('list', { name: 'Linked evidence' });
      for (const item of sourceOnly) await expect(own).not.toContainText(nameOf.get(item)!);
      const ofSources = page.getByRole('list', { name: 'Evidence of the sources cited' });
      for (const item of sourceOnly) await expect(ofSources).toContainText(nameOf.get(item)!);
    }
    if (actsOfInvolvements.size >= 2) {
      sawSeveralActs = true;
      await expect(page.getByRole('table', { name: 'Acts' }).getByRole('row')).toHaveCount(file.acts.length + 1);
      const rows = page.getByRole('table', { name: 'Involvements' }).getByRole('row');
      for (const [index, involvement] of file.involvements.entries()) {
        await expect(rows.nth(index + 1).getByRole('cell').first()).toHaveText(new RegExp(`^${file.acts.findIndex((act) => act.id === involvement.actId) + 1}\\. `));
      }
    }
  }
  // The demo has both: an incident citing sources with other incidents' evidence, and one with several acts.
  expect(sawSourceOnly).toBe(true);
  expect(sawSeveralActs).toBe(true);
});
