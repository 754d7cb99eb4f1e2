import path from 'node:path';
import { DEMO_CASE_ID, expect, SCREENSHOTS, signIn, test } from './support.js';

const TAB_NAMES: Record<string, string> = {
  '': 'Overview',
  '/incidents': 'Incidents',
  '/evidence': 'Evidence',
  '/map': 'Map',
  '/timeline': 'Timeline',
  '/analysis/tempo': 'Analysis',
  '/analysis/sequence': 'Analysis',
  '/analysis/compare': 'Analysis',
  '/analysis/pattern': 'Analysis',
  '/analysis/where': 'Analysis',
  '/ledger': 'Ledger',
};
const PAGES = Object.keys(TAB_NAMES);
const SCREENS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'tablet', width: 768, height: 1024 },
];

for (const screen of SCREENS) {
  test(`every page of a case fits a ${screen.name} screen (${screen.width}×${screen.height}) without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await signIn(page);
    for (const section of PAGES) {
      await page.goto(`/#/cases/${DEMO_CASE_ID}${section}`);
      // The section's own tab is current before anything is measured, so a page is never judged by the last one.
      const tab = page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: TAB_NAMES[section]!, exact: true });
      await expect(tab).toHaveAttribute('aria-current', 'page');
      await expect(page.locator('.loading')).toHaveCount(0);
      const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, `page ${section || '/'} is ${String(overflow)} px wider than the screen`).toBeLessThanOrEqual(0);
    }
    if (screen.name === 'tablet') {
      await page.goto(`/#/cases/${DEMO_CASE_ID}/incidents`);
      await page.getByRole('table', { name: 'Incidents' }).waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, 'incidents-tablet.png'), fullPage: true });
    }
  });
}

test('the case’s sections are reached with the keyboard alone, each with a visible focus ring', async ({ page }) => {
  await signIn(page);
  await page.goto(`/#/cases/${DEMO_CASE_ID}`);
  const sections = page.getByRole('navigation', { name: 'Case sections' });
  await sections.getByRole('link', { name: 'Overview' }).focus();
  for (const name of ['Incidents', 'Queue', 'Evidence', 'Map', 'Timeline', 'Analysis', 'Activity', 'Ledger']) {
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText(name);
    await expect(page.locator(':focus')).toHaveCSS('outline-style', 'solid');
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/cases/${DEMO_CASE_ID}/ledger$`));
  await expect(sections.getByRole('link', { name: 'Ledger' })).toHaveAttribute('aria-current', 'page');
});

for (const screen of SCREENS) {
  test(`the new-incident form keeps every field inside its card, none touching another, on a ${screen.name} screen`, async ({ page }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await signIn(page);
    await page.goto(`/#/cases/${DEMO_CASE_ID}/incidents`);
    const form = page.getByRole('form', { name: 'New incident' });
    await form.waitFor();
    const card = (await form.boundingBox())!;
    const fields = await form.locator('input, select').all();
    const boxes = [];
    for (const field of fields) boxes.push({ name: (await field.getAttribute('name')) ?? '?', box: (await field.boundingBox())! });
    for (const { name, box } of boxes) {
      expect(box.x, `${name} starts inside the card`).toBeGreaterThanOrEqual(card.x);
      expect(box.x + box.width, `${name} ends inside the card`).toBeLessThanOrEqual(card.x + card.width);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.box.x + a.box.width < b.box.x || b.box.x + b.box.width < a.box.x || a.box.y + a.box.height < b.box.y || b.box.y + b.box.height < a.box.y;
        expect(apart, `${a.name} and ${b.name} touch`).toBe(true);
      }
    }
  });
}

test('the overview’s narrow cards wrap between words, never inside one (“Killed” stays whole at 1280 px)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page);
  await page.goto(`/#/cases/${DEMO_CASE_ID}`);
  const victims = page.getByRole('region', { name: 'Victims' });
  await expect(victims.locator('dt').first()).toBeVisible();
  // Each term's words, and the lines its text is laid out in: a word split across lines gives more lines than words.
  // Runs in the page: its document, typed loosely as the suites are compiled without the DOM's types.
  const terms = await page.locator('.counts dt').evaluateAll((elements: { textContent: string | null }[]) =>
    elements.map((element) => {
      const range = (globalThis as unknown as { document: { createRange(): { selectNodeContents(node: unknown): void; getClientRects(): Iterable<{ top: number }> } } }).document.createRange();
      range.selectNodeContents(element);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      return { text: element.textContent ?? '', words: (element.textContent ?? '').trim().split(/\s+/).length, lines: lines.size };
    }),
  );
  expect(terms.length).toBeGreaterThan(3);
  for (const term of terms) expect(term.lines, `"${term.text}" is laid out on ${term.lines} lines`).toBeLessThanOrEqual(term.words);
});
