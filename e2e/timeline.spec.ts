import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_CASE_ID, expect, SCREENSHOTS, signIn, test } from './support.js';

interface ApiIncident {
  id: string;
  title: string;
  types: string[];
  date?: { earliest: string; latest: string };
}

const DAY_MS = 86_400_000;
/** Spans the timeline's lane draws at most (MAX_LANE_ROWS.full in web/src/timeline/UncertainLane.tsx). */
const LANE_ROWS = 40;
/** Bins the timeline draws at most, the last ones (MAX_BINS in web/src/timeline/TimelinePage.tsx). */
const MAX_BINS = 800;

/**
 * The first day the chart binned by day shows, worked out here: its bins run from the day before the earliest
 * date to the day after the latest, and only the last MAX_BINS are drawn. Undefined when every day is drawn.
 */
function firstDayShown(incidents: ApiIncident[]): string | undefined {
  const days = incidents.flatMap(({ date }) => (date ? [Date.parse(`${date.earliest.slice(0, 10)}T00:00:00Z`), Date.parse(`${date.latest.slice(0, 10)}T00:00:00Z`)] : []));
  const first = Math.min(...days);
  const last = Math.max(...days);
  if ((last - first) / DAY_MS + 3 <= MAX_BINS) return undefined;
  return new Date(last + DAY_MS - (MAX_BINS - 1) * DAY_MS).toISOString().slice(0, 10);
}

/** The bin an instant falls in, worked out here independently of the app: day, Monday-first week, or month. */
function binOf(iso: string, unit: 'day' | 'week' | 'month'): string {
  if (unit === 'day') return iso.slice(0, 10);
  if (unit === 'month') return iso.slice(0, 7);
  const day = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  const mondayFirst = (new Date(day).getUTCDay() + 6) % 7;
  return new Date(day - mondayFirst * DAY_MS).toISOString().slice(0, 10);
}

/** Incidents counted in each bar: those whose earliest and latest instants fall in the same bin. */
function expectedBars(incidents: ApiIncident[], unit: 'day' | 'week' | 'month'): string[] {
  const counts = new Map<string, number>();
  for (const { date } of incidents) {
    if (!date || binOf(date.earliest, unit) !== binOf(date.latest, unit)) continue;
    const bin = binOf(date.earliest, unit);
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  return [...counts].map(([bin, n]) => `${bin} ${n}`).sort();
}

/** The table's rows as "first day of the bin, count". */
async function tableBars(page: Page): Promise<string[]> {
  const rows = await page.getByRole('table', { name: 'Incidents over time' }).locator('tbody tr').evaluateAll((trs) =>
    trs.filter((tr) => tr.querySelector('th')).map((tr) => `${/\d{4}-\d{2}(?:-\d{2})?/.exec(tr.querySelector('th')!.textContent ?? '')?.[0]} ${tr.querySelector('td')!.textContent}`),
  );
  return rows.sort();
}

async function listAll<T>(page: Page, plural: string): Promise<T[]> {
  const response = await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/${plural}?limit=500`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { items: T[]; nextCursor?: string };
  expect(body.nextCursor, 'the demo case fits in one page').toBeUndefined();
  return body.items;
}

test('the timeline counts only incidents dated within one bin, draws the rest as spans, and marks the context events', async ({ page }) => {
  await signIn(page);
  const incidents = await listAll<ApiIncident>(page, 'incidents');
  const events = await listAll<{ title: string }>(page, 'context-events');
  await page.goto(`/#/cases/${DEMO_CASE_ID}/timeline`);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const table = page.getByRole('table', { name: 'Incidents over time' });
  await table.waitFor();

  // Weeks, by type (the defaults): bars, every context event's marker by its title, and the counts of the table.
  await expect(timeline.locator('.timeline-bars .recharts-bar-rectangle').first()).toBeVisible();
  for (const event of events) await expect(timeline.locator('.timeline-marker-label', { hasText: event.title })).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Context events' }).getByRole('listitem')).toHaveCount(events.length);
  expect(await tableBars(page)).toEqual(expectedBars(incidents, 'week'));
  // The groups are named as the incident list names the types: the vocabulary's labels, not the term ids.
  await expect(timeline.getByRole('list', { name: 'Groups' })).toContainText('Air strike');

  // Whatever is not in a bar is said and drawn: one span per uncertain date.
  const dated = incidents.filter((i) => i.date);
  const inBars = expectedBars(incidents, 'week').reduce((sum, row) => sum + Number(row.split(' ')[1]), 0);
  const uncertain = dated.length - inBars;
  await expect(timeline).toContainText(`${uncertain} incidents with dates too uncertain for a single week`);
  // The lane draws the first LANE_ROWS spans and says how many more the table lists.
  await expect(timeline.locator('.timeline-lane .timeline-span')).toHaveCount(Math.min(uncertain, LANE_ROWS));
  if (uncertain > LANE_ROWS) await expect(timeline).toContainText(`${uncertain - LANE_ROWS} more are listed in the table below.`);
  await expect(page.getByRole('table', { name: 'Incidents with uncertain dates' }).locator('tbody tr')).toHaveCount(dated.length - inBars);

  for (const unit of ['day', 'month'] as const) {
    await page.getByLabel('Bin by').selectOption(unit);
    // Binned by day, a case of several years has more days than the chart draws: it says so and shows the last ones.
    const from = unit === 'day' ? firstDayShown(incidents) : undefined;
    if (from) await expect(timeline).toContainText(`Too many days to draw: only the last ${MAX_BINS} are shown`);
    await expect.poll(() => tableBars(page)).toEqual(expectedBars(incidents, unit).filter((row) => from === undefined || row.slice(0, 10) >= from));
  }

  // By party, under the filters the timeline shares with the list (air strikes only, picked there): the
  // convoy's bar names every actor involved in it, and counts it once.
  const sections = page.getByRole('navigation', { name: 'Case sections' });
  await sections.getByRole('link', { name: 'Incidents' }).click();
  await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Air strike/ }).check();
  await sections.getByRole('link', { name: 'Timeline' }).click();
  await page.getByLabel('Bin by').selectOption('month');
  await page.getByLabel('Group by').selectOption('party');
  const airStrikes = incidents.filter((i) => i.types.includes('air_strike'));
  const convoy = airStrikes.find((i) => /convoy/i.test(i.title))!;
  const involved = (await listAll<{ incidentId: string; actorIds: string[] }>(page, 'involvements')).filter((inv) => inv.incidentId === convoy.id).flatMap((inv) => inv.actorIds);
  const names = new Map((await listAll<{ id: string; name: string }>(page, 'actors')).map((actor) => [actor.id, actor.name]));
  const convoyRow = table.getByRole('row').filter({ hasText: binOf(convoy.date!.earliest, 'month') });
  for (const id of involved) await expect(convoyRow).toContainText(names.get(id)!);
  await expect.poll(() => tableBars(page)).toEqual(expectedBars(airStrikes, 'month'));

  await page.screenshot({ path: path.join(SCREENSHOTS, 'timeline.png'), fullPage: true });
});

test('the case overview shows the weekly strip, with its context events numbered', async ({ page }) => {
  await signIn(page);
  const events = await listAll<{ title: string }>(page, 'context-events');
  await page.goto(`/#/cases/${DEMO_CASE_ID}`);
  const strip = page.getByRole('region', { name: 'Incidents per week' });
  await expect(strip.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(strip.locator('.timeline-marker-label')).toHaveCount(events.length);
  await strip.getByRole('link', { name: 'Open the timeline' }).click();
  await expect(page.getByRole('table', { name: 'Incidents over time' })).toBeVisible();
});
