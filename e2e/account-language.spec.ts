import { ACCOUNTS, DEMO_CASE_ID, expect, PASSWORD, signIn, test } from './support.js';

test('a person chooses Arabic and its digits on the account page, the whole app switches, and English comes back the same way', async ({ page }) => {
  // The language suites' own account: a failure half-way must not leave another suite's account in Arabic.
  await signIn(page, ACCOUNTS.polyglot);
  await page.goto('/#/account');
  await page.getByRole('region', { name: 'Language' }).getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await page.getByRole('heading', { name: 'حسابك' }).waitFor();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // Arabic-Indic digits unless the reader chooses Western ones; the server keeps the choice.
  const language = page.getByRole('region', { name: 'اللغة' });
  await expect(language.getByRole('combobox', { name: 'الأرقام' })).toHaveValue('arab');
  await expect(page.locator('.lead')).toContainText('١');
  await language.getByRole('combobox', { name: 'الأرقام' }).selectOption('latn');
  await expect(page.locator('.lead')).toContainText(': 1.');
  const session = (await (await page.request.get('/api/v1/auth/session')).json()) as { user: { language?: string; numerals?: string } };
  expect(session.user).toMatchObject({ language: 'ar', numerals: 'latn' });

  // Another page of the area: the case's members, their roles and what each may do.
  await page.goto(`/#/cases/${DEMO_CASE_ID}/members`);
  await expect(page.getByText('دورك في هذه القضية: مالك.')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^لا يقرأ إلا ما أفصح عنه المالكون/ })).toBeVisible();

  await page.goto('/#/account');
  // The digits back to Arabic's own, as the account was before, for the suites that read Arabic counts.
  await page.getByRole('region', { name: 'اللغة' }).getByRole('combobox', { name: 'الأرقام' }).selectOption('arab');
  await expect(page.locator('.lead')).toContainText('١');

  // Signed out, this browser's sign-in page keeps speaking the language chosen on the account page.
  await page.getByRole('button', { name: 'تسجيل الخروج' }).click();
  await page.getByRole('button', { name: 'دخول' }).waitFor();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.getByLabel('اسم المستخدم').fill(ACCOUNTS.polyglot);
  await page.getByLabel('كلمة المرور').fill(PASSWORD);
  await page.getByRole('button', { name: 'دخول' }).click();
  await page.goto('/#/account');
  await page.getByRole('region', { name: 'اللغة' }).getByRole('combobox', { name: 'اللغة' }).selectOption('en');
  await page.getByRole('heading', { name: 'Your account' }).waitFor();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});
