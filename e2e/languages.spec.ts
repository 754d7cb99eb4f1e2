import path from 'node:path';
import type { Page } from '@playwright/test';
import { appMessages, englishFor, englishLeft, type EnglishCatalogue } from './language-support.js';
import { ACCOUNTS, DEMO_CASE_ID, expect, PASSWORD, SCREENSHOTS, test } from './support.js';

/**
 * The app in Arabic and French: an analyst switches language, and every page she works on reads in it, right to
 * left in Arabic, with no English word of the app's own left and counts in each language's plural forms.
 */
interface Vocabularies {
  vocabularies: Record<string, { terms: { id: string; label: string; labels?: Record<'en' | 'fr' | 'ar', string> }[] }>;
}

async function englishCatalogue(page: Page, locale: 'fr' | 'ar'): Promise<EnglishCatalogue> {
  const { vocabularies } = (await (await page.request.get('/api/v1/vocabularies')).json()) as Vocabularies;
  const labels = Object.values(vocabularies).flatMap((v) => v.terms.map((term) => ({ en: term.label, other: term.labels?.[locale] ?? term.label })));
  const actors = (await (await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/actors?limit=500`)).json()) as { items: { name: string }[] };
  return englishFor(await appMessages(), labels, locale, actors.items.map((actor) => actor.name));
}

/** The pages of the demo case an analyst goes through, with something on each that says it has loaded. */
async function casePages(page: Page): Promise<{ name: string; hash: string; ready: (page: Page) => Promise<void> }[]> {
  const incidents = (await (await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/incidents?limit=1`)).json()) as { items: { id: string }[] };
  const evidence = (await (await page.request.get(`/api/v1/evidence?case=${DEMO_CASE_ID}`)).json()) as { items: { id: string }[] };
  const table = async (p: Page) => void (await p.getByRole('table').first().waitFor());
  return [
    { name: 'overview', hash: `#/cases/${DEMO_CASE_ID}`, ready: async (p) => void (await p.locator('.counts').first().waitFor()) },
    { name: 'incidents', hash: `#/cases/${DEMO_CASE_ID}/incidents`, ready: table },
    { name: 'queue', hash: `#/cases/${DEMO_CASE_ID}/queue`, ready: async (p) => void (await p.locator('main h2').first().waitFor()) },
    { name: 'incident', hash: `#/cases/${DEMO_CASE_ID}/incidents/${incidents.items[0]!.id}`, ready: async (p) => void (await p.getByRole('heading', { level: 1 }).waitFor()) },
    { name: 'map', hash: `#/cases/${DEMO_CASE_ID}/map`, ready: async (p) => void (await p.locator('.maplibregl-canvas').waitFor()) },
    { name: 'timeline', hash: `#/cases/${DEMO_CASE_ID}/timeline`, ready: async (p) => void (await p.locator('.recharts-surface').first().waitFor()) },
    { name: 'evidence', hash: `#/cases/${DEMO_CASE_ID}/evidence`, ready: table },
    { name: 'evidence-item', hash: `#/cases/${DEMO_CASE_ID}/evidence/${evidence.items[0]!.id}`, ready: async (p) => void (await p.getByRole('heading', { level: 1 }).waitFor()) },
    // The members page with its invitations, and one's account with its sessions (the owner's view).
    { name: 'members', hash: `#/cases/${DEMO_CASE_ID}/members`, ready: async (p) => void (await p.locator('.invitations h2').waitFor()) },
    { name: 'account', hash: '#/account', ready: async (p) => void (await p.locator('.sessions table').waitFor()) },
    { name: 'ledger', hash: `#/cases/${DEMO_CASE_ID}/ledger`, ready: async (p) => void (await p.locator('main h1, main h2').first().waitFor()) },
  ];
}

/**
 * Signs in as the language suites' account through the form (in the browser's English) and waits for the list of
 * cases in whatever language the account was left in, then puts it back in English.
 */
async function signIn(page: Page, username: string) {
  await page.goto('/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#cases-title').waitFor();
  const picker = page.getByRole('combobox', { name: /^(Language|Langue|اللغة)$/ });
  if ((await picker.inputValue()) !== 'en') await picker.selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

async function settle(page: Page, ready: (page: Page) => Promise<void>) {
  await ready(page);
  await expect(page.locator('.loading')).toHaveCount(0);
}

// Two long page walks: its tests (each leaves the account in English) spread over the workers' servers.
test.describe.configure({ mode: 'parallel' });

async function choose(page: Page, language: 'ar' | 'fr' | 'en', currentLabel = 'Language') {
  await page.getByRole('combobox', { name: currentLabel }).selectOption(language);
}

for (const { locale, label, dir } of [
  { locale: 'ar', label: 'اللغة', dir: 'rtl' },
  { locale: 'fr', label: 'Langue', dir: 'ltr' },
] as const) {
  test(`an analyst switches to ${locale === 'ar' ? 'Arabic' : 'French'} and reads every page of a case in it, with no English word of the app left`, async ({ page }) => {
    await signIn(page, ACCOUNTS.polyglot);
    await choose(page, locale);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.getByRole('combobox', { name: label })).toHaveValue(locale);
    const english = await englishCatalogue(page, locale);
    for (const { name, hash, ready } of await casePages(page)) {
      await page.goto(`/${hash}`);
      await settle(page, ready);
      expect(await englishLeft(page, english), `English left on the ${name} page in ${locale}`).toEqual([]);
      if (locale === 'ar') await page.screenshot({ path: path.join(SCREENSHOTS, `ar-${name}.png`), fullPage: name !== 'map' });
    }
    // The choice is the account's: another browser signing in finds the app in the same language.
    const elsewhere = await page.context().browser()!.newContext({ locale: 'en-GB' });
    const other = await elsewhere.newPage();
    await signInIn(other, locale);
    await expect(other.locator('html')).toHaveAttribute('lang', locale);
    await elsewhere.close();
    await choose(page, 'en', label);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });
}

/** Signs in on a page whose sign-in form is in English (the browser's language) and waits for the app. */
async function signInIn(page: Page, expected: string) {
  await page.goto('/');
  await page.getByLabel('Username').fill(ACCOUNTS.polyglot);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', expected);
}

test('the sign-in page follows the browser’s language, and says a refusal in it', async ({ browser }) => {
  for (const { locale, heading, dir, wrong } of [
    { locale: 'ar-SY', heading: 'تسجيل الدخول إلى Dossier', dir: 'rtl', wrong: 'اسم المستخدم أو كلمة المرور أو الرمز غير صحيح' },
    { locale: 'fr-FR', heading: 'Se connecter à Dossier', dir: 'ltr', wrong: 'Identifiant, mot de passe ou code erroné' },
    { locale: 'de-DE', heading: 'Sign in to Dossier', dir: 'ltr', wrong: 'wrong username, password or code' },
  ]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    // A name no account has: wrong tries at a real one would lock it for the other suites.
    await page.locator('input[name="username"]').fill('nobody-by-this-name');
    await page.locator('input[name="password"]').fill('not the password at all');
    await page.locator('button[type="submit"]').click();
    await expect(page.getByRole('alert')).toContainText(wrong);
    await context.close();
  }
});

/** The killed count of each incident the plural test makes, and how each language says it. */
const KILLED = [0, 1, 2, 3, 11, 100];
const SAID: Record<'ar' | 'fr' | 'en', (n: number) => string> = {
  // Arabic: zero, one, two, few (3-10), many (11-99), other (100…); Arabic-Indic digits by default.
  ar: (n) => ({ 0: 'لا قتلى', 1: 'قتيل واحد', 2: 'قتيلان', 3: '٣ قتلى', 11: '١١ قتيلًا', 100: '١٠٠ قتيل' })[n]!,
  fr: (n) => ({ 0: 'aucun tué', 1: '1 tué', 2: '2 tués', 3: '3 tués', 11: '11 tués', 100: '100 tués' })[n]!,
  en: (n) => ({ 0: 'no one killed', 1: '1 killed', 2: '2 killed', 3: '3 killed', 11: '11 killed', 100: '100 killed' })[n]!,
};

test('counts of 0, 1, 2, 3, 11 and 100 killed read in each language’s plural forms', async ({ page }) => {
  await signIn(page, ACCOUNTS.polyglot);
  // Her own case, so the demo case's counts, which other suites check, stay as they are.
  const login = await page.request.post('/api/v1/auth/login', { data: { username: ACCOUNTS.polyglot, password: PASSWORD } });
  const headers = { 'x-csrf-token': String(((await login.json()) as { csrfToken: string }).csrfToken) };
  // Arabic's own digits, whatever another suite left this account with.
  expect((await page.request.put('/api/v1/auth/preferences', { headers, data: { language: 'en', numerals: null } })).status()).toBe(200);
  const caseId = `plurals-${Date.now()}`;
  expect((await page.request.post('/api/v1/cases', { headers, data: { id: caseId, title: 'Plural forms' } })).status()).toBe(201);
  const incidents: { n: number; id: string }[] = [];
  for (const n of KILLED) {
    const incident = await page.request.post(`/api/v1/cases/${caseId}/incidents`, { headers, data: { title: `Shelling ${n}`, types: ['artillery_rocket_missile'] } });
    expect(incident.status()).toBe(201);
    const { id } = (await incident.json()) as { id: string };
    const victims = await page.request.post(`/api/v1/cases/${caseId}/victim-groups`, { headers, data: { incidentId: id, countingUnit: 'persons', killed: { qualifier: 'exact', best: n } } });
    expect(victims.status(), await victims.text()).toBe(201);
    incidents.push({ n, id });
  }
  await page.goto('/');
  for (const locale of ['ar', 'fr', 'en'] as const) {
    await page.getByRole('combobox', { name: /^(Language|Langue|اللغة)$/ }).selectOption(locale);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    for (const { n, id } of incidents) {
      await page.goto(`/#/cases/${caseId}/incidents/${id}`);
      await page.getByRole('heading', { name: `Shelling ${n}` }).waitFor();
      // The whole text of an element: "١٠٠ قتيل" must not pass for "١٠٠ قتيلًا", nor "1 killed" for "11 killed".
      await expect(page.locator('main').getByText(SAID[locale](n), { exact: true }).first(), `${n} killed in ${locale}`).toBeVisible();
    }
    await page.goto('/');
  }
});

test('the server’s warning on a qualification reads in Arabic and French, and Latin names keep their order in an Arabic line', async ({ page }) => {
  await signIn(page, ACCOUNTS.polyglot);
  const login = await page.request.post('/api/v1/auth/login', { data: { username: ACCOUNTS.polyglot, password: PASSWORD } });
  const headers = { 'x-csrf-token': String(((await login.json()) as { csrfToken: string }).csrfToken) };
  const caseId = `wordings-${Date.now()}`;
  expect((await page.request.post('/api/v1/cases', { headers, data: { id: caseId, title: 'Wordings' } })).status()).toBe(201);
  const incident = await page.request.post(`/api/v1/cases/${caseId}/incidents`, { headers, data: { title: 'Strike on a clinic', types: ['air_strike'] } });
  const { id } = (await incident.json()) as { id: string };
  // A provision of international conflicts used for a non-international one: the server warns, with its counterpart.
  const qualification = await page.request.post(`/api/v1/cases/${caseId}/qualifications`, {
    headers,
    data: { incidentId: id, provision: 'rs-8-2-b-ix', conflictType: 'non_international', elements: [], assertedBy: { analyst: 'Analyst A.' } },
  });
  expect(qualification.status(), await qualification.text()).toBe(201);
  const assessment = await page.request.post(`/api/v1/cases/${caseId}/assessments`, {
    headers,
    data: { object: { kind: 'incident', id }, assessmentType: 'verification', grade: 'confirmed', assessedOn: '2017-05-02', assessor: 'Analyst A.', rationale: 'Geolocated by two analysts.' },
  });
  expect(assessment.status(), await assessment.text()).toBe(201);

  for (const [locale, warning] of [
    ['ar', /^لا تنطبق Rome Statute art\. 8\(2\)\(b\)\(ix\) إلا على النزاعات المسلحة الدولية؛ وفي النزاعات المسلحة غير ذات الطابع الدولي يُنظر في نظيرتها Rome Statute art\. 8\(2\)\(e\)\(iv\)$/],
    ['fr', /^Rome Statute art\. 8\(2\)\(b\)\(ix\) ne s’applique qu’aux conflits armés internationaux ; pour les conflits armés ne présentant pas/],
  ] as const) {
    await page.goto('/');
    await page.getByRole('combobox', { name: /^(Language|Langue|اللغة)$/ }).selectOption(locale);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    // The account's name, Latin in an Arabic bar, isolated so its full stop stays at its end.
    await expect(page.locator('a.who bdi')).toHaveText('Layla H.');
    await page.goto(`/#/cases/${caseId}/incidents/${id}`);
    await expect(page.getByRole('note')).toHaveText(warning);
    const line = page.getByRole('listitem').filter({ hasText: 'Geolocated by two analysts.' });
    await expect(line.locator('bdi')).toHaveText(['Analyst A.', 'Geolocated by two analysts.']);
  }
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await expect(page.getByRole('note')).toHaveText(/^Rome Statute art\. 8\(2\)\(b\)\(ix\) applies to international armed conflicts only; for non-international armed conflicts consider its counterpart/);
});
