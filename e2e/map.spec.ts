import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_CASE_ID, expect, SCREENSHOTS, signIn, test } from './support.js';

type Position = number[];
interface ApiIncident {
  id: string;
  title: string;
  place?: { pcodes?: { admin1?: string }; geometry?: { type: string; coordinates: unknown } };
}

async function allIncidents(page: Page): Promise<ApiIncident[]> {
  const response = await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/incidents?limit=500`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: ApiIncident[] }).items;
}

/** Whether a place's geometry reaches into a west,south,east,north box: worked out here, not by the app. */
function overlaps(incident: ApiIncident, [west, south, east, north]: number[]): boolean {
  const positions = [incident.place?.geometry?.coordinates].flat(3) as unknown[];
  const pairs: Position[] = [];
  for (let i = 0; i + 1 < positions.length; i += 2) pairs.push([positions[i] as number, positions[i + 1] as number]);
  if (pairs.length === 0) return false;
  const lons = pairs.map((p) => p[0]!);
  const lats = pairs.map((p) => p[1]!);
  return Math.min(...lons) <= east! && Math.max(...lons) >= west! && Math.min(...lats) <= north! && Math.max(...lats) >= south!;
}

/**
 * The titles the list shows, sorted. The list keeps the previous answer while new filters load, so read it
 * with expect.poll: a single read right after a filter changes could see the unfiltered list.
 */
const titlesIn = (page: Page) =>
  page
    .getByRole('table', { name: 'Incidents on the map' })
    .locator('tbody tr td:first-child a')
    .allTextContents()
    .then((titles) => titles.sort());

test('the map draws the demo case with no network, and a governorate or the view picked on it narrows the list beside it', async ({ page }) => {
  // No easing: each move of the map ends at once, so what the test reads is where the map settled.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await signIn(page);
  const incidents = await allIncidents(page);
  const inRuralDamascus = incidents.filter((incident) => incident.place?.pcodes?.admin1 === 'SY03').map((incident) => incident.title);
  expect(inRuralDamascus.length, 'the demo case has incidents in Rural Damascus and elsewhere').toBeGreaterThan(0);
  expect(inRuralDamascus.length).toBeLessThan(incidents.length);

  await page.goto(`/#/cases/${DEMO_CASE_ID}/map`);
  const map = page.locator('.incident-map');
  await expect(map).toHaveAttribute('data-map-state', 'ready');
  await expect(page.getByRole('table', { name: 'Incidents on the map' }).locator('tbody tr')).toHaveCount(incidents.length);
  // The canvas holds a drawn basemap: a blank one compresses to about 1.4 KB of PNG, the drawn one to tens.
  await expect(page.getByRole('button', { name: /6 incidents in Eastern Aleppo/ })).toBeVisible();
  expect((await page.locator('.incident-map canvas').screenshot()).length).toBeGreaterThan(20_000);
  // The basemap names the governorates, drawn by the page itself (no font server), and they do not take clicks.
  for (const name of ['Aleppo', 'Rural Damascus', 'Deir-ez-Zor']) await expect(map.locator('.place-label', { hasText: new RegExp(`^${name}$`) })).toBeVisible();
  await expect(map.locator('.place-label')).toHaveCount(14);
  await expect(map.locator('.place-label').first()).toHaveCSS('pointer-events', 'none');

  // A governorate chosen with the keyboard-reachable control: the list narrows to its incidents. Until the
  // answer comes (held back here), the summary says it is updating, not the previous count beside the new words.
  const narrowed = /\/incidents\?.*pcode=SY03/;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(narrowed, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByLabel('Governorate').selectOption({ label: 'Rural Damascus · ريف دمشق' });
  await expect(page.locator('.map-summary [aria-live]')).toHaveText('Updating…');
  release();
  await expect(page.getByText(`${inRuralDamascus.length} incidents in Rural Damascus governorate.`)).toBeVisible();
  await page.unroute(narrowed);
  await expect.poll(() => titlesIn(page)).toEqual([...inRuralDamascus].sort());
  await page.screenshot({ path: path.join(SCREENSHOTS, 'map.png') });

  // The same by pointing: cleared, then a click in the middle of the map (Rural Damascus, where it was fitted).
  await page.getByRole('button', { name: 'Clear place filter' }).click();
  await expect(page.getByRole('table', { name: 'Incidents on the map' }).locator('tbody tr')).toHaveCount(incidents.length);
  const canvas = page.locator('.incident-map canvas');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.map-hover')).toContainText('Rural Damascus');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByLabel('Governorate')).toHaveValue('SY03');
  await expect.poll(() => titlesIn(page)).toEqual([...inRuralDamascus].sort());

  // A count on the map picks its incidents in the list.
  await page.getByRole('button', { name: `${inRuralDamascus.length} incidents here: select them and zoom in` }).click();
  await expect(page.locator('tr[aria-current="true"]')).toHaveCount(inRuralDamascus.length);

  // "Filter to this view" around one incident sets the shared box; the list keeps what reaches into it.
  await page.getByRole('button', { name: 'Clear place filter' }).click();
  const convoy = incidents.find((incident) => /convoy/i.test(incident.title))!;
  await page.getByRole('button', { name: `Show “${convoy.title}” on the map` }).click();
  const [lon, lat] = convoy.place!.geometry!.coordinates as number[];
  await expect
    .poll(async () => {
      const [west, south, east, north] = ((await page.locator('.map-pane').getAttribute('data-view')) ?? '').split(',').map(Number);
      return west! < lon! && lon! < east! && south! < lat! && lat! < north! && east! - west! < 1;
    }, 'the map shows the convoy close up')
    .toBe(true);
  const request = page.waitForRequest((r) => r.url().includes('/incidents?') && r.url().includes('bbox='));
  await page.getByRole('button', { name: 'Filter to this view' }).click();
  const bbox = new URL((await request).url()).searchParams.get('bbox')!.split(',').map(Number);
  const inView = incidents.filter((incident) => overlaps(incident, bbox)).map((incident) => incident.title);
  expect(inView).toContain(convoy.title);
  await expect(page.getByRole('table', { name: 'Incidents on the map' }).locator('tbody tr')).toHaveCount(inView.length);
  await expect.poll(() => titlesIn(page)).toEqual(inView.sort());

  // An incident in the list is a link to its own page, its types and grade in the vocabulary's words.
  const convoyRow = page.getByRole('table', { name: 'Incidents on the map' }).getByRole('row').filter({ hasText: convoy.title });
  await expect(convoyRow).toContainText('Air strike');
  await page.getByRole('link', { name: convoy.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${DEMO_CASE_ID}/incidents/${convoy.id}$`));
});
