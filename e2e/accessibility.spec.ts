import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ACCOUNTS, DEMO_CASE_ID, expect, PASSWORD, signIn, test } from './support.js';

/**
 * Accessibility checked, not hoped: axe-core on every page of the app, in each of its languages, against WCAG 2.1
 * levels A and AA. A violation fails with the rule, the elements and what axe says is wrong.
 */
// The longest suite: its tests (a page walk per language) spread over the workers' servers.
test.describe.configure({ mode: 'parallel' });

const WALK_PARTS = 2;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LANGUAGES = [
  { locale: 'en', browser: 'en-GB', label: 'Language' },
  { locale: 'fr', browser: 'fr-FR', label: 'Langue' },
  { locale: 'ar', browser: 'ar-SY', label: 'اللغة' },
] as const;

async function violations(page: Page): Promise<string[]> {
  await expect(page.locator('.loading')).toHaveCount(0);
  // Only violations are gathered: collecting what passed would double the time on the long tables.
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ')}]` : ''}`).join('; ')}`);
}

async function switchTo(page: Page, locale: 'en' | 'fr' | 'ar') {
  const picker = page.getByRole('banner').getByRole('combobox', { name: /^(Language|Langue|اللغة)$/ });
  await picker.selectOption(locale);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** Every page of a case and of the app, as an owner of the demo case sees them. */
async function ownerPages(page: Page): Promise<{ name: string; hash: string; ready: string }[]> {
  const incidents = (await (await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/incidents?limit=1`)).json()) as { items: { id: string }[] };
  const evidence = (await (await page.request.get(`/api/v1/evidence?case=${DEMO_CASE_ID}`)).json()) as { items: { id: string }[] };
  const claims = (await (await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/claims?limit=1`)).json()) as { items: { id: string }[] };
  const c = `#/cases/${DEMO_CASE_ID}`;
  return [
    { name: 'cases', hash: '#/', ready: 'main h1' },
    { name: 'overview', hash: c, ready: '.counts' },
    { name: 'incidents', hash: `${c}/incidents`, ready: 'main table' },
    { name: 'queue', hash: `${c}/queue`, ready: 'main h2' },
    { name: 'incident', hash: `${c}/incidents/${incidents.items[0]!.id}`, ready: 'main h1' },
    { name: 'evidence', hash: `${c}/evidence`, ready: 'main table' },
    { name: 'evidence item', hash: `${c}/evidence/${evidence.items[0]!.id}`, ready: 'main h1' },
    { name: 'map', hash: `${c}/map`, ready: '.maplibregl-canvas' },
    { name: 'timeline', hash: `${c}/timeline`, ready: '.recharts-surface' },
    { name: 'analysis: tempo', hash: `${c}/analysis/tempo`, ready: 'main h2' },
    { name: 'analysis: sequence', hash: `${c}/analysis/sequence`, ready: 'main h2' },
    { name: 'analysis: compare', hash: `${c}/analysis/compare`, ready: 'main h2' },
    { name: 'analysis: pattern', hash: `${c}/analysis/pattern`, ready: 'main h2' },
    { name: 'analysis: where', hash: `${c}/analysis/where`, ready: 'main h2' },
    { name: 'activity', hash: `${c}/activity`, ready: 'main h2' },
    { name: 'case ledger', hash: `${c}/ledger`, ready: 'main h2' },
    { name: 'records', hash: `${c}/records`, ready: 'main h2' },
    // A record's page with its discussion (the incident's and the item's have theirs too).
    { name: 'claim', hash: `${c}/records/claims/${claims.items[0]!.id}`, ready: '#discussion-title' },
    { name: 'members', hash: `${c}/members`, ready: 'main h2' },
    { name: 'exchange', hash: `${c}/exchange`, ready: 'main h2' },
    { name: 'ledger', hash: '#/ledger', ready: 'main h1' },
    { name: 'account', hash: '#/account', ready: 'main h1' },
    { name: 'notifications', hash: '#/notifications', ready: 'main h1' },
  ];
}

for (const { locale, browser: browserLocale } of LANGUAGES) {
  test(`the sign-in page has no WCAG 2.1 AA violation in ${locale}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await page.locator('form').waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  // The walk in parts, so the workers share it (each page is axe's longest work: seconds on the long tables).
  for (let part = 0; part < WALK_PARTS; part++) {
    test(`every page of the app has no WCAG 2.1 AA violation in ${locale} (part ${part + 1} of ${WALK_PARTS})`, async ({ page }) => {
      test.setTimeout(240_000);
      await signIn(page, ACCOUNTS.polyglot);
      await switchTo(page, locale);
      const found: string[] = [];
      const pages = await ownerPages(page);
      for (const { name, hash, ready } of pages.filter((_, i) => i % WALK_PARTS === part)) {
        await page.goto(`/${hash}`);
        await page.locator(ready).first().waitFor();
        found.push(...(await violations(page)).map((v) => `${name}: ${v}`));
      }
      await switchTo(page, 'en');
      expect(found).toEqual([]);
    });
  }

  test(`the page an invitation link opens has no WCAG 2.1 AA violation in ${locale}`, async ({ browser, request }) => {
    const login = await request.post('/api/v1/auth/login', { data: { username: ACCOUNTS.owner, password: PASSWORD } });
    const headers = { 'x-csrf-token': String(((await login.json()) as { csrfToken: string }).csrfToken) };
    const made = await request.post(`/api/v1/cases/${DEMO_CASE_ID}/invitations`, { headers, data: { role: 'analyst', expiresInDays: 1 } });
    const { token, id } = (await made.json()) as { token: string; id: string };
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto(`/#/invite/${token}`);
    await page.locator('form input[name="username"]').waitFor();
    const found = await violations(page);
    await context.close();
    // Left pending, it would show in the demo case's members page for every later suite.
    await request.delete(`/api/v1/cases/${DEMO_CASE_ID}/invitations/${id}`, { headers });
    expect(found).toEqual([]);
  });

  test(`the administrator's page has no WCAG 2.1 AA violation in ${locale}`, async ({ page }) => {
    await signIn(page, ACCOUNTS.polyglotAdmin);
    await switchTo(page, locale);
    await page.goto('/#/admin');
    await page.locator('main table').first().waitFor();
    const found = await violations(page);
    await switchTo(page, 'en');
    expect(found).toEqual([]);
  });
}
