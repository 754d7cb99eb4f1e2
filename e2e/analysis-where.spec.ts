import path from 'node:path';
import type { Page } from '@playwright/test';
import type { WhereResult } from '../src/analysis/where.js';
import { analysisJson, expectEveryCsvEqualsItsTable, problemOf, table, tableRows } from './analysis-support.js';
import { DEMO_CASE_ID, expect, SCREENSHOTS, signIn, test } from './support.js';

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
