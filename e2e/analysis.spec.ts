import path from 'node:path';
import type { Page } from '@playwright/test';
import type { CompareResult } from '../src/analysis/compare-result.js';
import type { PatternResult } from '../src/analysis/pattern-result.js';
import type { SequenceResult } from '../src/analysis/sequence-result.js';
import type { TempoResult, TempoWindow } from '../src/analysis/tempo-result.js';
import { analysisJson, expectEveryCsvEqualsItsTable, percent, periodText, problemOf, table, tableRows } from './analysis-support.js';
import { ACCOUNTS, DEMO_CASE_ID, expect, SCREENSHOTS, signIn, test } from './support.js';

const DAY_MS = 86_400_000;
const open = (page: Page, view: string) => page.goto(`/#/cases/${DEMO_CASE_ID}/analysis/${view}`);

/** The context event with the most room around it inside the data, and the widest window (up to 30 days) that fits. */
async function roomiestEvent(page: Page, span: { start: string; end: string }): Promise<{ id: string; title: string; window: number }> {
  const listed = ((await (await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/context-events?limit=500`)).json()) as { items: { id: string; title: string; date?: { earliest: string } }[] }).items;
  const events = listed.filter((event): event is typeof event & { date: { earliest: string } } => Boolean(event.date));
  const day = (iso: string) => Math.floor(Date.parse(iso) / DAY_MS);
  const [first, last] = [day(`${span.start}T00:00:00Z`), day(`${span.end}T00:00:00Z`)];
  const rooms = events.map((event) => ({ ...event, window: Math.min(30, day(event.date.earliest) - first, last - day(event.date.earliest) + 1) }));
  const best = rooms.sort((a, b) => b.window - a.window)[0];
  expect(best && best.window, 'the demo case has a context event inside its incidents’ span').toBeGreaterThan(0);
  return best!;
}

const ratioCells = (ratio: { estimate: number; low: number; high: number | null } | null, reason: string | undefined) =>
  ratio ? [String(ratio.estimate), String(ratio.low), ratio.high === null ? 'unbounded' : String(ratio.high), ''] : ['—', '—', '—', reason ?? ''];

test('tempo: certain bars with the possible range above them, tables equal to the API, windows around an event, every CSV its table', async ({ page }) => {
  await signIn(page);
  await open(page, 'tempo');
  const weekly = await analysisJson<TempoResult>(page, 'tempo?bin=week');
  const series = (result: TempoResult) => result.series.map((bin) => [periodText(bin.start, bin.end), String(bin.certain), String(bin.possible), String(bin.expected)]);
  expect((await tableRows(page, 'Incidents per week')).map((row) => row.slice(0, 4))).toEqual(series(weekly));
  const chart = page.locator('.tempo-chart');
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(chart.locator('path.recharts-rectangle[fill="#56B4E9"]').first()).toBeVisible();
  await expect(chart.locator('.timeline-marker-label').first()).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: `Counts ${weekly.selection.included} of the ${weekly.selection.selected} incidents` })).toBeVisible();
  await expect(page.getByText(`tree size ${weekly.ledger.size}, root ${weekly.ledger.root.slice(0, 12)}…`)).toBeVisible();

  // A count opens to the incidents it counts, each a link to its page.
  const busiest = weekly.series.reduce((a, b) => (b.possible > a.possible ? b : a));
  const row = table(page, 'Incidents per week').getByRole('row').filter({ hasText: periodText(busiest.start, busiest.end) });
  await row.locator('td').nth(1).locator('summary').click();
  const links = row.getByRole('list').getByRole('link');
  await expect(links).toHaveText(busiest.possibleIds);
  await expect(links.first()).toHaveAttribute('href', `#/cases/${DEMO_CASE_ID}/incidents/${busiest.possibleIds[0]}`);

  await page.getByLabel('Bin by').selectOption('month');
  const monthly = await analysisJson<TempoResult>(page, 'tempo?bin=month');
  await expect.poll(async () => (await tableRows(page, 'Incidents per month')).map((r) => r.slice(0, 4))).toEqual(series(monthly));

  // Before and after the context event with most room around it.
  const event = await roomiestEvent(page, monthly.span);
  const titled = new RegExp(`^${event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`);
  await page.getByRole('group', { name: 'Compare before and after' }).getByRole('checkbox', { name: titled }).check();
  await page.getByLabel('Days before and after').fill(String(event.window));
  const around = await analysisJson<TempoResult>(page, `tempo?bin=month&around=${event.id}&window=${event.window}`);
  const window = around.windows![0]! as TempoWindow;
  const anchor = `${window.anchor.title} (${window.anchor.date})`;
  const side = (s: TempoWindow['before']) => [periodText(s.start, s.end), String(s.certain), String(s.possible)];
  await expect.poll(() => tableRows(page, 'Incidents before and after')).toEqual([[anchor, ...side(window.before), ...side(window.after)]]);
  expect(await tableRows(page, 'Rate ratios')).toEqual([
    [anchor, 'certain', ...ratioCells(window.rateRatio, window.tooFew)],
    [anchor, 'possible', ...ratioCells(window.rateRatioPossible, window.tooFewPossible)],
  ]);
  const drawn = [window.rateRatio, window.rateRatioPossible].filter(Boolean).length;
  if (drawn > 0) await expect(page.locator('.interval-chart .interval-whisker')).toHaveCount(drawn);
  else await expect(page.getByText(/^No ratio to draw/)).toBeVisible();

  expect(await expectEveryCsvEqualsItsTable(page)).toBe(3);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'analysis-tempo.png'), fullPage: true });

  // A window running past the data: the API's refusal, in words, and no chart.
  await page.getByLabel('Days before and after').fill('3650');
  const refusal = await problemOf(page, `tempo?bin=month&around=${event.id}&window=3650`);
  expect(refusal.status).toBe(400);
  await expect(page.getByRole('alert')).toContainText(refusal.detail);
  await expect(page.getByRole('alert')).toContainText('runs past the data');
  await expect(page.locator('.tempo-chart')).toHaveCount(0);
});

test('sequence: places against time, the overlap in words, the table equal to the API, a count leading to its incidents; pinned and listed', async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  await open(page, 'sequence');
  const placeRow = (p: SequenceResult['places'][number]) => [
    p.name,
    p.pcode,
    p.first,
    p.last,
    String(p.incidents),
    p.busiest ? p.busiest.start.slice(0, 7) : p.busiestReason!,
    p.busiest ? String(p.busiest.incidents) : '—',
    periodText(p.activePeriod.start, p.activePeriod.end),
  ];
  for (const level of ['admin2', 'admin1']) {
    await page.getByLabel('Places at the level of').selectOption(level);
    const result = await analysisJson<SequenceResult>(page, `sequence?level=${level}`);
    await expect.poll(() => tableRows(page, 'Places in the order first struck')).toEqual(result.places.map(placeRow));
    await expect(page.locator('.sequence-chart .sequence-place')).toHaveCount(result.places.length);
    await expect(page.getByText(result.overlap === null ? `No overlap figure: ${result.overlapReason}` : `Overlap ${result.overlap}: 0 would mean strictly one place at a time`)).toBeVisible();
  }
  expect(await expectEveryCsvEqualsItsTable(page)).toBe(1);

  // Pinned under a title of one's own, listed, and opened as kept.
  await page.getByLabel('Title of the pinned analysis').fill('Governorates one after another (e2e)');
  await page.getByRole('button', { name: 'Pin to case' }).click();
  await expect(page.getByText(/^Pinned: Governorates one after another \(e2e\) \(ledger entry \d+, tree size \d+\)/)).toBeVisible();
  const pinned = page.getByRole('list', { name: 'Pinned analyses' }).getByRole('link', { name: 'Governorates one after another (e2e)' });
  await pinned.click();
  await expect(page.getByRole('heading', { name: 'Pinned: Governorates one after another (e2e)' })).toBeVisible();
  const pinId = decodeURIComponent(page.url().split('/').pop()!);
  const kept = await analysisJson<SequenceResult>(page, `pins/${pinId}`);
  expect(kept.parameters).toMatchObject({ level: 'admin1' });
  await expect.poll(() => tableRows(page, 'Places in the order first struck')).toEqual(kept.places.map(placeRow));

  // Every count leads to its incidents' pages.
  const first = kept.places[0]!;
  const row = table(page, 'Places in the order first struck').getByRole('row').filter({ hasText: first.pcode });
  await row.locator('td').nth(3).locator('summary').click();
  await row.getByRole('link', { name: first.incidentIds[0] }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${DEMO_CASE_ID}/incidents/${first.incidentIds[0]}$`));
});

test('parties compared: grouped bars, protected shares as whiskers, tables equal to the API, parties picked', async ({ page }) => {
  await signIn(page);
  await open(page, 'compare');
  const all = await analysisJson<CompareResult>(page, 'compare');
  const partyRow = (p: CompareResult['parties'][number]) => [
    p.actor.name,
    String(p.incidents.attributed),
    String(p.incidents.possiblyAttributed),
    String(p.protectedShareBasis.attacks),
    String(p.protectedShareBasis.onProtected),
    p.protectedShare ? percent(p.protectedShare.estimate) : '—',
    p.protectedShare ? `${percent(p.protectedShare.low)} to ${percent(p.protectedShare.high)}` : p.protectedShareBasis.reason!,
  ];
  await expect.poll(() => tableRows(page, 'Parties')).toEqual(all.parties.map(partyRow));
  const byCategory = all.parties.flatMap((p) => p.byTargetCategory.map((c) => [p.actor.name, c.label, String(c.attributed), String(c.possiblyAttributed)]));
  expect(await tableRows(page, 'Incidents by target category')).toEqual(byCategory);
  if (byCategory.length > 0) await expect(page.locator('.compare-chart .recharts-bar-rectangle').first()).toBeVisible();
  const shares = all.parties.filter((p) => p.protectedShare).length;
  if (shares > 0) await expect(page.locator('.interval-chart .interval-whisker')).toHaveCount(shares);
  else await expect(page.getByText(/^No share to draw/)).toBeVisible();
  expect(await expectEveryCsvEqualsItsTable(page)).toBe(4);
  await page.getByLabel('Title of the pinned analysis').fill('Every party (e2e)');
  await page.getByRole('button', { name: 'Pin to case' }).click();
  await expect(page.getByRole('list', { name: 'Pinned analyses' })).toContainText('Every party (e2e)');

  // Two parties picked, in the order picked, side by side by type.
  const [one, two] = [all.parties[1]!, all.parties[0]!];
  const parties = page.getByRole('group', { name: /^Parties/ });
  await parties.getByRole('checkbox', { name: one.actor.name, exact: true }).check();
  await parties.getByRole('checkbox', { name: two.actor.name, exact: true }).check();
  await page.getByLabel('Side by side by').selectOption('type');
  const picked = await analysisJson<CompareResult>(page, `compare?party=${one.actor.id},${two.actor.id}`);
  expect(picked.parties.map((p) => p.actor.name)).toEqual([one.actor.name, two.actor.name]);
  await expect.poll(() => tableRows(page, 'Parties')).toEqual(picked.parties.map(partyRow));
  expect(await tableRows(page, 'Incidents by type')).toEqual(picked.parties.flatMap((p) => p.byType.map((t) => [p.actor.name, t.label, String(t.attributed), String(t.possiblyAttributed)])));
  await page.screenshot({ path: path.join(SCREENSHOTS, 'analysis-compare.png'), fullPage: true });

  // Pinned with every party, it opens as kept, its long list of parties wrapping to fit a tablet.
  await page.getByRole('list', { name: 'Pinned analyses' }).getByRole('link', { name: 'Every party (e2e)' }).click();
  await page.setViewportSize({ width: 768, height: 1024 });
  await expect(page.getByRole('heading', { name: 'Pinned: Every party (e2e)' })).toBeVisible();
  await expect(page.locator('.analysis-parameters')).toContainText(all.parties.at(-1)!.actor.id);
  await expect.poll(() => tableRows(page, 'Parties')).toEqual(all.parties.map(partyRow));
  expect(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
});

test('pattern of conduct: the readable section with every figure’s incidents, its table equal to the API, printable on its own', async ({ page }) => {
  await signIn(page);
  await open(page, 'pattern');
  const result = await analysisJson<PatternResult>(page, 'pattern');
  const section = page.getByRole('article', { name: 'Pattern of conduct' });
  await expect(section.getByRole('heading', { name: 'Scale and spread' })).toBeVisible();
  const rows = await tableRows(page, 'Pattern of conduct figures');
  const figure = (label: string) => rows.find((row) => row[1] === label)!;
  const incidents = (n: number) => `${n} incident${n === 1 ? '' : 's'}`;
  expect(figure('Incidents')).toEqual(['Scale and spread', 'Incidents', incidents(result.incidents.count), String(result.incidents.count)]);
  expect(figure('Without a place').slice(2)).toEqual([incidents(result.places.unplaced.count), String(result.places.unplaced.count)]);
  expect(figure('Without a date').slice(2)).toEqual([incidents(result.span.undated.count), String(result.span.undated.count)]);
  for (const [label, total] of Object.entries(result.victims)) {
    expect(figure(label.charAt(0).toUpperCase() + label.slice(1)).slice(2)).toEqual([total.text, String(total.incidentIds.length)]);
  }
  for (const place of result.places.admin1.codes) expect(figure(`${place.name} (admin 1 ${place.code})`).slice(2)).toEqual([incidents(place.incidents), String(place.incidents)]);
  expect(await expectEveryCsvEqualsItsTable(page)).toBe(1);

  const [printable] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Printable version' }).click()]);
  await expect(printable.getByRole('heading', { level: 1 })).toHaveText(`Pattern of conduct: case ${DEMO_CASE_ID}`);
  await expect(printable.getByText(`Computed at ledger tree size ${result.ledger.size}, root ${result.ledger.root}.`)).toBeVisible();
  const markdown = await page.request.get((await page.getByRole('link', { name: 'Markdown' }).getAttribute('href'))!);
  expect(await markdown.text()).toMatch(/^# Pattern of conduct: case /);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'analysis-pattern.png'), fullPage: true });
});

test('a target chosen on the incident list narrows the list and the analyses alike, as the API answers the same query', async ({ page }) => {
  await signIn(page);
  await page.goto(`/#/cases/${DEMO_CASE_ID}/incidents`);
  const listed = async (query: string) => ((await (await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/incidents?limit=500&${query}`)).json()) as { items: { title: string }[] }).items;
  const [all, hospitals] = [await listed(''), await listed('target=hospital')];
  expect(hospitals.length, 'the demo case has hospitals struck, fewer than a page of the list').toBeGreaterThan(0);
  expect(hospitals.length).toBeLessThan(Math.min(all.length, 100));

  const targets = page.getByRole('group', { name: 'Target' });
  await expect(targets.locator('label', { hasText: /^Hospital/ })).toHaveText(new RegExp(`^Hospital\\s*${hospitals.length}$`));
  await targets.getByRole('checkbox', { name: /^Hospital/ }).check();
  const list = page.getByRole('table', { name: 'Incidents' });
  await expect(list.getByRole('row')).toHaveCount(hospitals.length + 1);
  for (const incident of hospitals) await expect(list).toContainText(incident.title);

  // The analyses take the same filter: the selection is the list's, and nothing is said to be left unapplied.
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Analysis' }).click();
  const tempo = await analysisJson<TempoResult>(page, 'tempo?bin=week&target=hospital');
  expect(tempo.selection.selected).toBe(hospitals.length);
  await expect(page.getByRole('definition').filter({ hasText: `Counts ${tempo.selection.included} of the ${tempo.selection.selected} incidents` })).toBeVisible();
  await expect(page.getByText(/^Not applied here/)).toHaveCount(0);
  await expect.poll(async () => (await tableRows(page, 'Incidents per week')).map((row) => row.slice(0, 4))).toEqual(
    tempo.series.map((bin) => [periodText(bin.start, bin.end), String(bin.certain), String(bin.possible), String(bin.expected)]),
  );
});

test('counsel, who may not run analyses, is told so in words and offered no pinning', async ({ page }) => {
  await signIn(page, ACCOUNTS.counsel);
  await open(page, 'pattern');
  const refusal = await problemOf(page, 'pattern');
  expect(refusal.status).toBe(403);
  await expect(page.getByRole('alert').filter({ hasText: 'No result:' })).toContainText(refusal.detail);
  await expect(page.getByRole('button', { name: 'Pin to case' })).toHaveCount(0);
});
