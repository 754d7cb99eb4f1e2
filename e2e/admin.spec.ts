import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import * as OTPAuth from 'otpauth';
import { ACLED_COLUMNS } from '../src/exchange/acled-format.js';
import { ACCOUNTS, DEMO_CASE_ID, expect, PASSWORD, SCREENSHOTS, signIn, test } from './support.js';

const CASE_TITLE = /Eastern Aleppo and East Ghouta/;

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Dossier' }).waitFor();
}

async function listAll(page: Page, path: string): Promise<{ id: string; title: string }[]> {
  const response = await page.request.get(`${path}?limit=500`);
  expect(response.status(), path).toBe(200);
  return ((await response.json()) as { items: { id: string; title: string }[] }).items;
}

test('an administrator makes an account, an owner adds it to the case as reviewer, and it signs in and sees the case', async ({ page }) => {
  // The administrator's page: the new account's one-time password is shown once.
  await signIn(page, ACCOUNTS.admin);
  await page.getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('heading', { name: 'Administration' }).waitFor();
  await expect(page.getByRole('table', { name: 'Accounts' })).toContainText(ACCOUNTS.owner);
  await page.getByLabel('Username').fill('rania');
  await page.getByLabel('Display name').fill('Rania H.');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Account rania created.' })).toBeVisible();
  const oneTime = await page.getByRole('textbox', { name: 'One-time password of rania' }).inputValue();
  expect(oneTime).toMatch(/^[a-z2-9]{24}$/);
  await expect(page.getByRole('table', { name: 'Accounts' }).getByRole('row').filter({ hasText: 'rania' })).toContainText('awaiting first sign-in');
  await expect(page.getByRole('table', { name: 'Audit log' })).toContainText('account created');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'admin.png'), fullPage: true });
  // A second account of the same name is refused, naming the field.
  await page.getByLabel('Username').fill('rania');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toContainText('username: an account named "rania" already exists');
  await signOut(page);

  // The owner adds her to the demo case as reviewer.
  await signIn(page, ACCOUNTS.owner);
  await page.goto(`/#/cases/${DEMO_CASE_ID}/members`);
  const members = page.getByRole('table', { name: 'Members of the case' });
  await expect(members).toContainText(ACCOUNTS.analyst);
  await expect(page.getByRole('definition').filter({ hasText: /^Reads only what the owners disclosed/ })).toBeVisible();
  const adding = page.getByRole('form', { name: 'Add a member' });
  await adding.getByLabel('Username').fill('rania');
  await adding.getByRole('combobox', { name: 'Role', exact: true }).selectOption('reviewer');
  await adding.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'rania is now reviewer in this case.' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Role of rania' })).toHaveValue('reviewer');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'members.png'), fullPage: true });
  await signOut(page);

  // Rania signs in with the one-time password, chooses her own, and sees the case as a reviewer.
  await page.getByLabel('Username').fill('rania');
  await page.getByLabel('Password').fill(oneTime);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('One-time password').fill(oneTime);
  await page.getByLabel(/New password/).fill('rania’s own long passphrase');
  await page.getByLabel('Repeat the new password').fill('rania’s own long passphrase');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('heading', { name: 'Cases' }).waitFor();
  await page.getByRole('link', { name: CASE_TITLE }).click();
  await page.getByRole('heading', { name: CASE_TITLE }).waitFor();
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByText('Your role in this case: reviewer.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Members of the case' })).toContainText('rania');
  await expect(page.getByRole('button', { name: 'Add member' })).toHaveCount(0);
  await signOut(page);

  // The owner discloses an incident to counsel and withdraws it, then removes rania, each after confirming.
  await signIn(page, ACCOUNTS.owner);
  await page.goto(`/#/cases/${DEMO_CASE_ID}/members`);
  const incidents = await listAll(page, `/api/v1/cases/${DEMO_CASE_ID}/incidents`);
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('incidents');
  await page.getByRole('combobox', { name: 'Item', exact: true }).selectOption(incidents[0]!.id);
  await page.getByRole('button', { name: 'Disclose', exact: true }).click();
  const disclosures = page.getByRole('table', { name: 'Disclosures' });
  await expect(disclosures).toContainText(incidents[0]!.id);
  await disclosures.getByRole('button', { name: 'Withdraw' }).click();
  await page.getByRole('button', { name: 'Yes, withdraw' }).click();
  await expect(page.getByText('Nothing has been disclosed.')).toBeVisible();
  await members.getByRole('row').filter({ hasText: 'rania' }).getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'rania is no longer a member of this case.' })).toBeVisible();
  await expect(members).not.toContainText('rania');
});

test('the owner downloads the ACLED CSV export and imports one good and one bad row', async ({ page }) => {
  await signIn(page, ACCOUNTS.owner);
  await page.goto(`/#/cases/${DEMO_CASE_ID}/exchange`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download ACLED CSV' }).click()]);
  expect(download.suggestedFilename()).toBe(`${DEMO_CASE_ID}-acled.csv`);
  const rows = parse(await fs.readFile((await download.path())!, 'utf8'), { bom: true }) as string[][];
  expect(rows[0]).toEqual([...ACLED_COLUMNS]);
  // The demo case's incidents each have one place and day: one row each.
  const incidents = await listAll(page, `/api/v1/cases/${DEMO_CASE_ID}/incidents`);
  expect(rows.length - 1).toBe(incidents.length);
  await expect(page.getByRole('link', { name: 'Download GeoJSON' })).toHaveAttribute('href', `/api/v1/cases/${DEMO_CASE_ID}/export/geojson`);
  await page.getByLabel(/Coarsen protected and exact sites/).check();
  await expect(page.getByRole('link', { name: 'Download ACLED CSV' })).toHaveAttribute('href', `/api/v1/cases/${DEMO_CASE_ID}/export/acled?coarsen=true`);

  // Imported into a case of its own, so that the other suites find the demo case as it was.
  const session = (await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string };
  const made = await page.request.post('/api/v1/cases', { data: { id: 'acled-import-e2e', title: 'ACLED import (e2e)' }, headers: { 'x-csrf-token': session.csrfToken } });
  expect(made.status()).toBe(201);
  // A new address and a reload: the session read afresh knows the owner's role in the new case.
  await page.goto('/#/cases/acled-import-e2e/exchange');
  await page.reload();
  const csv = [
    'event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,inter1,country,location,latitude,longitude,geo_precision,source,notes,fatalities',
    'SYR9001,2016-09-19,2016,1,Explosions/Remote violence,Air/drone strike,Military Forces of Syria (2000-),State forces,Syria,Urum al-Kubra,36.1500,36.9400,1,SARC,Strike on an aid convoy,12',
    'SYR9002,not a date,2016,1,Explosions/Remote violence,Air/drone strike,Unidentified Armed Group,3,Syria,Atarib,north,36.8400,1,,,2',
  ].join('\n');
  await page.getByLabel('ACLED CSV file').setInputFiles({ name: 'two-rows.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\n`) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 rows read, 1 imported, 1 rejected.' })).toBeVisible();
  const rejected = page.getByRole('table', { name: 'Rejected rows' });
  await expect(rejected.getByRole('row')).toHaveCount(2);
  await expect(rejected).toContainText('SYR9002');
  await expect(rejected).toContainText('event_date: "not a date" is not a calendar date');
  await expect(rejected).toContainText('latitude: "north" is not a number');
  const imported = await listAll(page, '/api/v1/cases/acled-import-e2e/incidents');
  expect(imported.map((i) => i.title)).toEqual(['Air/drone strike in Urum al-Kubra, 19 September 2016']);
});

test('the owner makes an API token, a script uses it until it is revoked, and the administrator sees it in the audit log', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, ACCOUNTS.owner);
  await page.getByRole('link', { name: /Your account/ }).click();
  await page.getByRole('heading', { name: 'Your account' }).waitFor();
  await page.getByLabel('Name', { exact: true }).fill('nightly export');
  await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption('analyst');
  await page.getByRole('group', { name: 'Cases' }).getByRole('checkbox', { name: new RegExp(DEMO_CASE_ID) }).check();
  await page.getByLabel(/Expires after/).fill('30');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByText(/is shown this once/)).toBeVisible();
  await page.getByRole('button', { name: 'Copy the token secret' }).click();
  await expect(page.getByText('Token secret copied.')).toBeVisible();
  const secret = await page.evaluate<string>('navigator.clipboard.readText()');
  expect(secret).toBe(await page.getByRole('textbox', { name: 'Token secret' }).inputValue());
  expect(secret).toMatch(/^dossier_tok_\S+\.\S+$/);
  const tokenId = secret.slice('dossier_'.length).split('.')[0]!;

  const asScript = () => page.request.get('/api/v1/cases', { headers: { authorization: `Bearer ${secret}` } });
  const allowed = await asScript();
  expect(allowed.status()).toBe(200);
  expect(((await allowed.json()) as { items: { id: string }[] }).items.map((c) => c.id)).toEqual([DEMO_CASE_ID]);

  const tokens = page.getByRole('table', { name: 'Your API tokens' });
  await expect(tokens.getByRole('row').filter({ hasText: 'nightly export' })).toContainText('analyst');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'account.png'), fullPage: true });
  await tokens.getByRole('row').filter({ hasText: 'nightly export' }).getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Token “nightly export” revoked' })).toBeVisible();
  await expect(tokens.getByRole('row').filter({ hasText: 'nightly export' })).toContainText('revoked');
  expect((await asScript()).status()).toBe(401);
  // A wrong current password is refused, naming the field; nothing changes.
  const password = page.getByRole('form', { name: 'Password' });
  await password.getByLabel('Current password').fill('not my password at all');
  await password.getByLabel('New password (at least 12 characters)').fill('another long passphrase');
  await password.getByLabel('Repeat the new password').fill('another long passphrase');
  await password.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('alert')).toContainText('currentPassword: is not the current password');
  await signOut(page);

  await signIn(page, ACCOUNTS.admin, PASSWORD);
  await page.goto('/#/admin');
  await page.getByRole('combobox', { name: 'Event', exact: true }).selectOption('token_created');
  const created = page.getByRole('table', { name: 'Audit log' }).getByRole('row').filter({ hasText: tokenId });
  await expect(created).toContainText('token created');
  await expect(created).toContainText('user:nadia');
  await expect(created).toContainText(`cases: ${DEMO_CASE_ID}`);
});

test('the members, exchange, account and administration pages fit a tablet screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  const fits = async (address: string, ready: string) => {
    await page.goto(address);
    await page.getByRole('heading', { name: ready }).first().waitFor();
    await expect(page.locator('.loading')).toHaveCount(0);
    const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow, `${address} is ${String(overflow)} px wider than the screen`).toBeLessThanOrEqual(0);
  };
  await signIn(page, ACCOUNTS.owner);
  await fits(`/#/cases/${DEMO_CASE_ID}/members`, 'Members');
  await fits(`/#/cases/${DEMO_CASE_ID}/exchange`, 'Export');
  await fits('/#/account', 'API tokens');
  await signOut(page);
  await signIn(page, ACCOUNTS.admin);
  await fits('/#/admin', 'Audit log');
});

// Last: the administrator signs in with a code from here on.
test('an administrator turns on two-factor sign-in with the secret shown as text, and is then asked for a code', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto('/#/account');
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const secret = (await page.getByRole('textbox', { name: 'Secret', exact: true }).inputValue()).replaceAll(' ', '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const uri = await page.getByRole('textbox', { name: /Setup address/ }).inputValue();
  expect(uri).toMatch(new RegExp(`^otpauth://totp/Dossier:${ACCOUNTS.admin}\\?.*secret=${secret}`));
  const code = () => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();
  // A wrong password is refused, naming the field, and nothing is saved.
  const setup = page.getByRole('form', { name: 'Confirm the second factor' });
  await setup.getByLabel('Code from the app').fill(code());
  await setup.getByLabel('Current password').fill('not the password at all');
  await setup.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByRole('alert')).toContainText('currentPassword: is not the current password');
  await setup.getByLabel('Current password').fill(PASSWORD);
  await setup.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Two-factor sign-in is on' })).toBeVisible();
  await expect(page.getByText('On.', { exact: true })).toBeVisible();
  // Its ten one-time recovery codes, shown this once.
  const codes = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allInnerTexts();
  expect(codes).toHaveLength(10);
  await expect(page.getByText('10 recovery codes left of 10.')).toBeVisible();
  await signOut(page);

  await page.getByLabel('Username').fill(ACCOUNTS.admin);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Code from your authenticator').fill(code());
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Cases' }).waitFor();

  // The phone lost: a recovery code in place of the 6-digit code, once.
  await signOut(page);
  const withRecoveryCode = async () => {
    await page.getByLabel('Username').fill(ACCOUNTS.admin);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Code from your authenticator').fill(codes[0]!);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };
  await withRecoveryCode();
  await page.getByRole('heading', { name: 'Cases' }).waitFor();
  await page.goto('/#/account');
  await expect(page.getByText('9 recovery codes left of 10.')).toBeVisible();
  await signOut(page);
  await withRecoveryCode();
  await expect(page.getByRole('alert')).toContainText(/wrong username, password or code/i);
});
