import { DEMO_CASE_ID, expect, signIn, test } from './support.js';

interface ApiIncident {
  id: string;
  place?: { precision: string; geometry?: unknown; pcodes?: { admin1?: string; admin2?: string } };
}

/**
 * Whether the map can draw a place, worked out here rather than by the app: a point, a drawn area, or an
 * administrative area its codes name; never a place known only to its country, nor no place at all.
 */
function drawable(place: ApiIncident['place']): boolean {
  if (!place || place.precision === 'country') return false;
  return Boolean(place.geometry ?? place.pcodes?.admin1 ?? place.pcodes?.admin2);
}

test('the case overview draws every incident on a small map, says how many it could not place, and opens the full map', async ({ page }) => {
  await signIn(page);
  const response = await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/incidents?limit=500`);
  expect(response.status()).toBe(200);
  const incidents = ((await response.json()) as { items: ApiIncident[] }).items;
  const drawn = incidents.filter((incident) => drawable(incident.place)).length;
  expect(drawn, 'the demo case has incidents to draw').toBeGreaterThan(0);

  await page.goto(`/#/cases/${DEMO_CASE_ID}`);
  const overview = page.getByRole('region', { name: 'Incidents on the map (overview)' });
  await expect(overview.getByRole('heading', { name: 'Map' })).toBeVisible();
  await expect(overview.locator('.incident-map')).toHaveAttribute('data-map-state', 'ready');
  // The counts on the areas are placed once the incidents are on the map; then the canvas holds a drawn basemap
  // (a blank one compresses to a couple of KB of PNG, a drawn one to tens).
  await expect(overview.locator('.count-badge').first()).toBeVisible();
  expect((await overview.locator('.incident-map canvas').screenshot()).length).toBeGreaterThan(15_000);
  const box = (await overview.locator('.incident-map').boundingBox())!;
  expect(box.height, 'a small map').toBeLessThan(400);

  await expect(overview).toContainText(`${drawn} incident${drawn === 1 ? '' : 's'} drawn, ${incidents.length - drawn} without a place precise enough.`);
  // A picture, not a second map page: no zoom buttons, and the counts are not controls.
  await expect(overview.getByRole('button')).toHaveCount(0);

  await overview.getByRole('link', { name: 'Open the map' }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${DEMO_CASE_ID}/map$`));
  await expect(page.getByRole('heading', { name: 'Map', exact: true })).toBeVisible();
  await expect(page.locator('.map-page .incident-map')).toHaveAttribute('data-map-state', 'ready');
  await expect(page.getByRole('table', { name: 'Incidents on the map' }).locator('tbody tr')).toHaveCount(incidents.length);
});
