import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { ACCOUNTS, expect, PASSWORD, SCREENSHOTS, signIn, test } from './support.js';

/** Signs an API client in and gives the headers its writes need. */
async function writeHeaders(request: APIRequestContext, username: string): Promise<Record<string, string>> {
  const login = await request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  expect(login.status()).toBe(200);
  return { 'x-csrf-token': String(((await login.json()) as { csrfToken: string }).csrfToken) };
}

test('an owner invites by link, a new person makes an account from it and lands in the case in the role; the link then no longer works', async ({ page, browser, request }) => {
  // A case of the suite's own, so the demo case's members, which other suites see, stay as they are.
  const headers = await writeHeaders(request, ACCOUNTS.owner);
  const caseId = `invitations-${Date.now()}`;
  expect((await request.post('/api/v1/cases', { headers, data: { id: caseId, title: 'Invitations (e2e)' } })).status()).toBe(201);

  await signIn(page, ACCOUNTS.owner);
  await page.goto(`/#/cases/${caseId}/members`);
  const invitations = page.getByRole('region', { name: 'Invitations' });
  const form = invitations.getByRole('form', { name: 'Invite someone' });
  await form.getByLabel('Role').selectOption('reviewer');
  await form.getByLabel(/Valid for/).fill('3');
  await form.getByRole('button', { name: 'Create the invitation link' }).click();
  await expect(invitations.getByRole('status').filter({ hasText: 'Invitation created for the role' })).toBeVisible();
  const link = await invitations.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  expect(link).toMatch(/#\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(invitations.getByRole('button', { name: 'Copy the invitation link' })).toBeVisible();
  const pending = invitations.getByRole('table', { name: 'Pending invitations to this case' });
  await expect(pending.getByRole('row')).toHaveCount(2);
  await expect(pending).toContainText('whoever has the link');
  await invitations.screenshot({ path: path.join(SCREENSHOTS, 'invitation-link.png') });

  // Someone without an account, in a browser of their own.
  const newcomerContext = await browser.newContext();
  const newcomer = await newcomerContext.newPage();
  await newcomer.goto(link);
  await expect(newcomer.getByText(`${ACCOUNTS.owner} invites you to join the case Invitations (e2e) as`)).toBeVisible();
  const account = newcomer.getByRole('form', { name: 'Make your account' });
  await newcomer.screenshot({ path: path.join(SCREENSHOTS, 'invitation-page.png') });
  const username = `invitee-${Date.now()}`;
  // An account name someone already has is refused by name, and the link is not spent.
  await account.getByLabel(/Account name/).fill(ACCOUNTS.analyst);
  await account.getByLabel('Your name as the team will see it').fill('Hiba Invited');
  await account.getByLabel(/^Password/).fill('a passphrase of my own choosing');
  await account.getByLabel('Repeat the password').fill('a passphrase of my own choosing');
  await account.getByRole('button', { name: 'Make my account and join' }).click();
  await expect(newcomer.getByRole('alert')).toContainText(`username: an account named "${ACCOUNTS.analyst}" already exists`);
  await account.getByLabel(/Account name/).fill(username);
  await account.getByRole('button', { name: 'Make my account and join' }).click();
  // In the case, signed in, with the role the invitation gave.
  await expect(newcomer).toHaveURL(new RegExp(`#/cases/${caseId}$`));
  await expect(newcomer.getByRole('banner')).toContainText('Hiba Invited');
  await newcomer.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Members' }).click();
  await expect(newcomer.getByText('Your role in this case: Reviewer.')).toBeVisible();
  await expect(newcomer.getByRole('table', { name: 'Members of the case' }).getByRole('row', { name: new RegExp(username) })).toContainText('invitation:');
  // A reviewer does not invite.
  await expect(newcomer.getByRole('region', { name: 'Invitations' })).toHaveCount(0);
  await newcomerContext.close();

  // The owner's pending list is empty now, and the link, opened again, is refused by name.
  await page.reload();
  await expect(invitations.getByText('No invitation is waiting to be used.')).toBeVisible();
  const lateContext = await browser.newContext();
  const late = await lateContext.newPage();
  await late.goto(link);
  await expect(late.getByRole('alert')).toContainText('token: this invitation has already been used');
  await expect(late.getByRole('form', { name: 'Make your account' })).toHaveCount(0);
  await lateContext.close();
});

test('an owner revokes a pending invitation, and its link is refused', async ({ page, browser, request }) => {
  const caseId = `revoked-${Date.now()}`;
  expect((await request.post('/api/v1/cases', { headers: await writeHeaders(request, ACCOUNTS.owner), data: { id: caseId, title: 'Revoked (e2e)' } })).status()).toBe(201);
  await signIn(page, ACCOUNTS.owner);
  await page.goto(`/#/cases/${caseId}/members`);
  const invitations = page.getByRole('region', { name: 'Invitations' });
  await invitations.getByRole('form', { name: 'Invite someone' }).getByRole('button', { name: 'Create the invitation link' }).click();
  const link = await invitations.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  const pending = invitations.getByRole('table', { name: 'Pending invitations to this case' });
  await pending.getByRole('button', { name: 'Revoke' }).click();
  await invitations.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(invitations.getByRole('status').filter({ hasText: 'Invitation revoked.' })).toBeVisible();
  await expect(invitations.getByText('No invitation is waiting to be used.')).toBeVisible();
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('alert')).toContainText('token: this invitation was revoked');
  await context.close();
});
