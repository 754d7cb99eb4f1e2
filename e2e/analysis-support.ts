import fs from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { DEMO_CASE_ID, expect } from './support.js';

/** An analysis as the API answers it, fetched with the page's session: what the page must show. */
export async function analysisJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/analysis/${path}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

export async function problemOf(page: Page, path: string): Promise<{ status: number; detail: string }> {
  const response = await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/analysis/${path}`);
  return { status: response.status(), detail: ((await response.json()) as { detail: string }).detail };
}

export function table(page: Page, name: string): Locator {
  return page.getByRole('table', { name, exact: true });
}

/**
 * A table's rows as the reader sees them: a count's incidents are folded away under it, so a cell reads as its
 * figure (a closed disclosure draws no list). The header row first. A row's control ("Only this area") is not
 * data: its column is left out, as the CSV leaves it out.
 */
export async function tableText(page: Page, name: string): Promise<string[][]> {
  await table(page, name).waitFor();
  return table(page, name)
    .locator('tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th:not([data-table-action]), td:not([data-table-action])')].map((cell) => (cell.textContent ?? '').trim())));
}

/** The body rows only. */
export async function tableRows(page: Page, name: string): Promise<string[][]> {
  return (await tableText(page, name)).slice(1);
}

/** Downloads the table's CSV through its button and reads it back. */
export async function downloadedCsv(page: Page, name: string): Promise<{ rows: string[][]; fileName: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download CSV: ${name}`, exact: true }).click()]);
  const parsed = parse(await fs.readFile((await download.path())!, 'utf8'), { relax_column_count: false }) as string[][];
  // The one change the CSV makes: an apostrophe before text a spreadsheet would run as a formula.
  const rows = parsed.map((row) => row.map((cell) => cell.replace(/^'(?=[=+\-@\t\r])/, '')));
  return { rows, fileName: download.suggestedFilename() };
}

/** Every analysis table on the page downloads as exactly the cells it shows. */
export async function expectEveryCsvEqualsItsTable(page: Page): Promise<number> {
  const names = await page.locator('.analysis-table table').evaluateAll((tables) => tables.map((t) => t.getAttribute('aria-label') ?? ''));
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) {
    const shown = await tableText(page, name);
    const { rows } = await downloadedCsv(page, name);
    // A table with no rows shows one row saying so; its CSV has the header alone.
    const body = shown.slice(1).filter((row) => row.length === shown[0]!.length);
    expect(rows, `CSV of "${name}"`).toEqual([shown[0], ...body]);
  }
  return names.length;
}

export const periodText = (start: string, end: string) => (start === end ? start : `${start} to ${end}`);
export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
