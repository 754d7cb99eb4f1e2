import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { ACCOUNTS, PASSWORD } from './accounts.js';
import { serverPort } from './ports.js';

export { DEMO_CASE_ID } from '../src/app/demo/demo-case.js';
export { ACCOUNTS, ONE_TIME_PASSWORD, PASSWORD } from './accounts.js';
export { expect };

const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** Screenshots of the main pages, kept as the run's artifacts (and the README's pictures). */
export const SCREENSHOTS = path.resolve('test-results', 'screenshots');

/**
 * Every test fails if the app asks any host but its own for anything, or breaks its own content security policy:
 * the app must work with no network at all, and must not tell a third party who is reading what.
 * Foreign requests are refused as well as recorded, so a slip cannot leak even once.
 */
export const test = base.extend<{ ownOriginOnly: void }>({
  // Each worker drives a server of its own (playwright.config.ts), so suites on two workers never share a demo case.
  baseURL: async ({}, use, testInfo) => use(`http://127.0.0.1:${serverPort(testInfo.parallelIndex)}`),
  ownOriginOnly: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const violations: string[] = [];
      await context.route(
        // Network requests only: the browser's own pages (its PDF viewer is a chrome-extension: page) are not hosts.
        (url) => NETWORK_PROTOCOLS.has(url.protocol) && url.origin !== origin,
        (route) => {
          foreign.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      context.on('console', (message) => {
        if (/Content Security Policy|Refused to (load|apply|execute|connect|create)/i.test(message.text())) violations.push(message.text());
      });
      await use();
      expect(foreign, 'requests to hosts other than the app’s own').toEqual([]);
      expect(violations, 'content security policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** Signs in through the form, as a person would, and waits for the list of cases. */
export async function signIn(page: Page, username: string = ACCOUNTS.owner, password = PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Cases' }).waitFor();
}

/** The list shows the incidents a page at a time (IncidentList.tsx asks for 100): "More incidents" until all are in. */
const LIST_PAGE = 100;
export async function expectEveryRow(page: Page, table: Locator, count: number): Promise<void> {
  const more = page.getByRole('button', { name: 'More incidents' });
  for (let shown = Math.min(count, LIST_PAGE); shown < count; shown = Math.min(count, shown + LIST_PAGE)) {
    await expect(table.getByRole('row')).toHaveCount(shown + 1);
    await more.click();
  }
  await expect(table.getByRole('row')).toHaveCount(count + 1);
  await expect(more).toHaveCount(0);
}
