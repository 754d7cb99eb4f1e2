import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { WhereResult } from '../src/analysis/where-result.js';
import { analysisJson, expectEveryCsvEqualsItsTable, problemOf, table, tableRows } from './analysis-support.js';
import { DEMO_CASE_ID, expect, expectEveryRow, SCREENSHOTS, signIn, test } from './support.js';

const areaRow = (a: WhereResult['areas'][number]) => [a.name, a.pcode, String(a.incidents), a.killed.text];
const waveRow = (w: WhereResult['waves'][number]) => [w.first, w.last, String(w.incidents), String(w.radiusKm), w.places.join('; ')];
const NO_WAVE = ['No wave with these parameters.'];
const wavesOf = (result: WhereResult) => (result.waves.length ? result.waves.map(waveRow) : [NO_WAVE]);
const whereOf = (page: Page, level: string, km = 15, days = 7, min = 4) => analysisJson<WhereResult>(page, `where?level=${level}&waveKm=${km}&waveDays=${days}&waveMin=${min}`);

test('where: areas shaded on the map with a legend, tables equal to the API, waves with their parameters in words, every CSV its table', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await signIn(page);
  await page.goto(`/#/cases/${DEMO_CASE_ID}/analysis/where`);
  const governorates = await whereOf(page, 'admin1');
  expect(governorates.areas.length, 'the demo case has incidents in governorates').toBeGreaterThan(0);
  await expect.poll(() => tableRows(page, 'Incidents per area')).toEqual(governorates.areas.map(areaRow));
  expect(await tableRows(page, 'Waves')).toEqual(wavesOf(governorates));
  await expect(page.getByText(/^Waves: groups of at least 4 incidents \(DBSCAN\), two incidents being neighbours when their points are at most 15 km apart and their dates at most 7 days apart/)).toBeVisible();
  await expect(page.getByText(`Counts ${governorates.selection.included} of the ${governorates.selection.selected} incidents`)).toBeVisible();

  // The map: every governorate counted is shaded, the waves circled, the legend gives the classes.
  const map = page.locator('.where-map');
  await expect(map).toHaveAttribute('data-map-state', 'ready');
  await expect(map).toHaveAttribute('data-shaded-areas', String(governorates.areas.length));
  await expect(map).toHaveAttribute('data-waves', String(governorates.waves.length));
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('no incident (unshaded)');
  await expect(legend).toContainText('a wave: centre and radius');
  expect((await map.locator('canvas').screenshot()).length).toBeGreaterThan(20_000);

  expect(await expectEveryCsvEqualsItsTable(page)).toBe(2);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'analysis-where.png'), fullPage: true });

  // A count opens to the incidents it counts.
  const busiest = governorates.areas[0]!;
  const row = table(page, 'Incidents per area').getByRole('row').filter({ hasText: busiest.pcode });
  await row.locator('td').nth(1).locator('summary').click();
  await expect(row.getByRole('list').getByRole('link')).toHaveText(busiest.incidentIds);

  // Districts: the table follows the level, and the map shades them.
  await page.getByLabel('Areas at the level of').selectOption('admin2');
  const districts = await whereOf(page, 'admin2');
  await expect.poll(() => tableRows(page, 'Incidents per area')).toEqual(districts.areas.map(areaRow));
  await expect(page.locator('.where-map')).toHaveAttribute('data-shaded-areas', String(districts.areas.length));

  // Sub-districts have no shapes shipped: said in words, the table still given.
  await page.getByLabel('Areas at the level of').selectOption('admin3');
  const subDistricts = await whereOf(page, 'admin3');
  await expect.poll(() => tableRows(page, 'Incidents per area')).toEqual(subDistricts.areas.length ? subDistricts.areas.map(areaRow) : [['No incident is placed at this level.']]);
  await expect(page.getByText(/^Sub-district boundaries are not shipped with the map/)).toBeVisible();
  await expect(page.locator('.where-map')).toHaveAttribute('data-shaded-areas', '0');

  // Other wave parameters: the waves table follows them.
  await page.getByLabel('Waves: within km').fill('40');
  await page.getByLabel('and within days').fill('30');
  await page.getByLabel('at least incidents').fill('3');
  const wider = await whereOf(page, 'admin3', 40, 30, 3);
  await expect.poll(() => tableRows(page, 'Waves')).toEqual(wavesOf(wider));
  await expect(page.getByText(/at most 40 km apart and their dates at most 30 days apart/)).toBeVisible();

  // Pinned, it opens as kept: the same tables, the map drawn again from the kept result.
  await page.getByLabel('Title of the pinned analysis').fill('Sub-districts and wide waves (e2e)');
  await page.getByRole('button', { name: 'Pin to case' }).click();
  await page.getByRole('list', { name: 'Pinned analyses' }).getByRole('link', { name: 'Sub-districts and wide waves (e2e)' }).click();
  await expect(page.getByRole('heading', { name: 'Pinned: Sub-districts and wide waves (e2e)' })).toBeVisible();
  await expect.poll(() => tableRows(page, 'Waves')).toEqual(wavesOf(wider));
  await expect(page.locator('.where-map')).toHaveAttribute('data-map-state', 'ready');
  await page.goto(`/#/cases/${DEMO_CASE_ID}/analysis/where`);
  await expect.poll(() => tableRows(page, 'Incidents per area')).toEqual(governorates.areas.map(areaRow));

  // A parameter out of range: said in the page and not asked; the API refuses it in words too.
  await page.getByLabel('Waves: within km').fill('0');
  await expect(page.getByRole('alert')).toHaveText('Not asked: the distance must be a number of kilometres above 0 and at most 1000.');
  await expect(table(page, 'Waves')).toHaveCount(0);
  const refusal = await problemOf(page, 'where?level=admin1&waveKm=0');
  expect(refusal.status).toBe(400);
  expect(refusal.detail).toMatch(/waveKm/);
});

/** The incidents the list endpoint gives for a query, all of them. */
async function listedIds(page: Page, query: string): Promise<string[]> {
  const response = await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/incidents?limit=500&${query}`);
  const body = (await response.json()) as { items: { id: string }[]; nextCursor?: string };
  expect(body.nextCursor, 'the area holds less than a page of the endpoint').toBeUndefined();
  return body.items.map((item) => item.id).sort();
}

/**
 * A point of the canvas inside an area shaded in the legend's darkest class: a pixel of that shade (as drawn,
 * over the basemap's land) whose neighbours are all of it too, so not on a border, a label or a wave.
 */
async function darkestShadePoint(page: Page, canvas: Locator): Promise<{ point: { x: number; y: number }; low: number; high: number } | undefined> {
  const classes = page.getByRole('list', { name: 'Legend' }).locator('li').filter({ hasText: /^\s*[\d–]+ incidents?$/ });
  const darkest = classes.last();
  const [low, high] = ((await darkest.textContent()) ?? '').trim().split(' ')[0]!.split('–').map(Number);
  // The swatch's colour as the browser keeps it in the style attribute: rgb(r, g, b).
  const fill = ((await darkest.locator('.where-swatch').getAttribute('style')) ?? '').match(/rgb\((\d+), (\d+), (\d+)\)/)!.slice(1).map(Number);
  const land = [253, 252, 248];
  const shade = fill.map((c: number, i: number) => 0.85 * c + 0.15 * land[i]!);
  const png = PNG.sync.read(await canvas.screenshot());
  const near = (x: number, y: number) => {
    const at = (y * png.width + x) * 4;
    return shade.every((c, i) => Math.abs(png.data[at + i]! - c) <= 4);
  };
  const R = 4;
  for (let y = R; y < png.height - R; y += 2) {
    for (let x = R; x < png.width - R; x += 2) {
      if (!near(x, y)) continue;
      let whole = true;
      for (let dy = -R; dy <= R && whole; dy++) for (let dx = -R; dx <= R && whole; dx++) whole = near(x + dx, y + dy);
      if (whole) return { point: { x, y }, low: low!, high: high ?? low! };
    }
  }
  return undefined;
}

test('where: an area chosen by its row’s button, or clicked on the map, narrows the analyses and the incident list to it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await signIn(page);
  await page.goto(`/#/cases/${DEMO_CASE_ID}/analysis/where`);
  const governorates = await whereOf(page, 'admin1');
  await expect.poll(() => tableRows(page, 'Incidents per area')).toEqual(governorates.areas.map(areaRow));
  const inArea = (pcode: string) => analysisJson<WhereResult>(page, `where?level=admin1&waveKm=15&waveDays=7&waveMin=4&pcode=${pcode}`);
  const notice = page.getByRole('status').filter({ hasText: 'Area filter' });
  await expect(notice).toHaveCount(0);

  // The row's button, by keyboard: the analysis, its table and its map follow the area.
  const chosen = governorates.areas[1] ?? governorates.areas[0]!;
  const button = table(page, 'Incidents per area').getByRole('row').filter({ hasText: chosen.pcode }).getByRole('button', { name: 'Only this area' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(notice).toContainText(`${chosen.name} governorate, code ${chosen.pcode}`);
  const narrowed = await inArea(chosen.pcode);
  const ids = await listedIds(page, `pcode=${chosen.pcode}`);
  expect(narrowed.selection.selected).toBe(ids.length);
  expect(narrowed.areas.map((area) => [area.pcode, area.incidents])).toEqual([[chosen.pcode, chosen.incidents]]);
  await expect(page.getByText(`Counts ${narrowed.selection.included} of the ${narrowed.selection.selected} incidents`)).toBeVisible();
  await expect.poll(() => tableRows(page, 'Incidents per area')).toEqual(narrowed.areas.map(areaRow));
  await expect(page.locator('.where-map')).toHaveAttribute('data-shaded-areas', '1');

  // The incident list: only that area's incidents, its filter named there too.
  const sections = page.getByRole('navigation', { name: 'Case sections' });
  await sections.getByRole('link', { name: 'Incidents' }).click();
  const list = page.getByRole('table', { name: 'Incidents' });
  await expectEveryRow(page, list, ids.length);
  const shownIds = await list.getByRole('link').evaluateAll((links) => links.map((link) => decodeURIComponent(link.getAttribute('href')!.split('/').pop()!)));
  expect(shownIds.sort()).toEqual(ids);
  await expect(page.getByRole('list', { name: 'Place filters' })).toContainText(`Area ${chosen.pcode}`);

  // Back at the analysis, the filter is said and removed in one place.
  await sections.getByRole('link', { name: 'Analysis' }).click();
  await page.getByRole('navigation', { name: 'Analyses' }).getByRole('link', { name: 'Where' }).click();
  await expect(notice).toContainText(chosen.pcode);
  await notice.getByRole('button', { name: 'Remove area filter' }).click();
  await expect(notice).toHaveCount(0);
  await expect.poll(() => tableRows(page, 'Incidents per area')).toEqual(governorates.areas.map(areaRow));

  // A click on an area the map shades in its darkest class.
  const map = page.locator('.where-map');
  await expect(map).toHaveAttribute('data-map-state', 'ready');
  await expect(map).toHaveAttribute('data-shaded-areas', String(governorates.areas.length));
  const canvas = map.locator('canvas');
  let found: Awaited<ReturnType<typeof darkestShadePoint>>;
  await expect.poll(async () => (found = await darkestShadePoint(page, canvas)) !== undefined, { message: 'a point shaded in the darkest class' }).toBe(true);
  await canvas.click({ position: found!.point });
  await expect(notice).toBeVisible();
  const clicked = /code (\S+?)[,.]?$/.exec(((await notice.locator('strong').textContent()) ?? '').trim())![1]!;
  const area = governorates.areas.find((a) => a.pcode === clicked);
  expect(area, `${clicked} is an area the analysis counted`).toBeDefined();
  expect(area!.incidents).toBeGreaterThanOrEqual(found!.low);
  expect(area!.incidents).toBeLessThanOrEqual(found!.high);
  const picked = await inArea(clicked);
  expect(picked.selection.selected).toBe((await listedIds(page, `pcode=${clicked}`)).length);
  await expect(page.getByText(`Counts ${picked.selection.included} of the ${picked.selection.selected} incidents`)).toBeVisible();
  await expect.poll(() => tableRows(page, 'Incidents per area')).toEqual(picked.areas.map(areaRow));
  // The map drawn again for the area alone, shaded.
  await expect(map).toHaveAttribute('data-shaded-areas', '1');
  await expect(map).toHaveAttribute('data-map-state', 'ready');
  await expect.poll(async () => (await darkestShadePoint(page, canvas)) !== undefined, { message: 'the area chosen shaded' }).toBe(true);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'analysis-where-area.png'), fullPage: true });
});

