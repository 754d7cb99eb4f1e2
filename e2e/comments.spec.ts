import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { ACCOUNTS, DEMO_CASE_ID, expect, SCREENSHOTS, signIn, test } from './support.js';

test('a comment with a mention and a record link is posted on an incident, shown with the name and the link, revised, and a mention of counsel refused', async ({ page }) => {
  await signIn(page, ACCOUNTS.analyst);
  const listed = (await (await page.request.get(`/api/v1/cases/${DEMO_CASE_ID}/incidents?limit=2`)).json()) as { items: { id: string; title: string }[] };
  // The second incident: the language and accessibility walks read the first, and a comment's own English words
  // would be taken there for words of the app left untranslated.
  const [other, incident] = listed.items;
  expect(other).toBeDefined();
  await page.goto(`/#/cases/${DEMO_CASE_ID}/incidents/${incident!.id}`);
  const discussion = page.getByRole('region', { name: 'Discussion' });
  await discussion.getByRole('button', { name: 'Post comment' }).waitFor();

  // Counsel reads nothing but disclosures: naming her is refused whole, and said why.
  const refusedWords = `@${ACCOUNTS.counsel} please look at this`;
  await discussion.getByLabel('Comment').fill(refusedWords);
  await discussion.getByRole('button', { name: 'Post comment' }).click();
  await expect(discussion.getByRole('alert')).toContainText(`@${ACCOUNTS.counsel}`);
  await expect(discussion.getByRole('alert')).toContainText('external_counsel');
  // Nothing posted; the words stay in the form, to be mended.
  await expect(discussion.getByRole('article').filter({ hasText: 'please look at this' })).toHaveCount(0);
  await expect(discussion.getByLabel('Comment')).toHaveValue(refusedWords);

  const words = `@${ACCOUNTS.owner} the crater matches #${other!.id}, same munition?`;
  await discussion.getByLabel('Comment').fill(words);
  await discussion.getByRole('button', { name: 'Post comment' }).click();
  const comment = discussion.getByRole('article').filter({ hasText: 'the crater matches' });
  await expect(comment).toBeVisible();
  await expect(discussion.getByRole('alert')).toHaveCount(0);
  // The mention is shown by the member's name, the id as a link to the incident it names.
  await expect(comment.locator('.mention')).toHaveText('@Nadia K.');
  await expect(comment.getByRole('link', { name: `#${other!.id}` })).toHaveAttribute('href', `#/cases/${DEMO_CASE_ID}/incidents/${other!.id}`);
  await expect(comment).toContainText('Omar S.');

  await comment.getByRole('button', { name: 'Edit' }).click();
  await comment.getByLabel('New wording').fill(`@${ACCOUNTS.owner} the crater matches #${other!.id}: same munition, I think.`);
  await comment.getByRole('button', { name: 'Save as a new revision' }).click();
  const revised = discussion.getByRole('article').filter({ hasText: 'same munition, I think' });
  await expect(revised.getByText('edited')).toBeVisible();
  await revised.getByRole('button', { name: 'Show its 2 revisions' }).click();
  const revisions = revised.getByRole('list', { name: 'Revisions' }).getByRole('listitem');
  await expect(revisions).toHaveCount(2);
  await expect(revisions.first()).toContainText('same munition?');
  await discussion.screenshot({ path: path.join(SCREENSHOTS, 'discussion.png') });

  // The thread, its forms and its revisions pass axe as the rest of the incident page does.
  const results = await new AxeBuilder({ page }).include('.discussion').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).options({ resultTypes: ['violations'] }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);

  // The case's search finds the comment's words and leads to what it is about.
  await page.goto(`/#/cases/${DEMO_CASE_ID}`);
  await page.getByRole('searchbox').fill('crater munition');
  await page.getByRole('search').getByRole('button').click();
  await expect(page.getByRole('list', { name: 'Found in discussions' }).getByRole('link', { name: incident!.title })).toBeVisible();
});
