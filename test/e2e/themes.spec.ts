/** The app and Monaco follow the OS colour scheme (prefers-color-scheme). */
import { expect, test } from '@playwright/test';
import { guardPage } from './support/page-guards';
import { snap } from './support/screenshots';
import { ensureEdition2011, studioUrl } from './support/studio-page';

test.use({ colorScheme: 'dark' });

test('dark OS theme gives a dark app and a dark editor', async ({ page }) => {
  const guards = guardPage(page);
  await page.goto(studioUrl());
  await ensureEdition2011(page);
  await page.reload();
  await page.getByRole('button', { name: /^Draft an amendment to / }).click();
  const editor = page.getByTestId('constitution-editor').locator('.monaco-editor');
  await expect(editor).toHaveClass(/\bvs-dark\b/);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(21, 23, 27)');
  await snap(page, 'edit-view-dark');
  expect(guards.consoleErrors).toEqual([]);
  expect(guards.offHostRequests).toEqual([]);
});
