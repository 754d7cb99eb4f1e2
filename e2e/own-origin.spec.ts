import { expect, signIn, test } from './support.js';

// Every suite runs under the own-origin guard of support.ts; this proves the guard itself bites.
test.fail('the guard fails a test whose page asks another host for anything', async ({ page }) => {
  await signIn(page);
  await page.evaluate("fetch('http://198.51.100.7/pixel.gif').catch(() => undefined)");
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
});
