/**
 * Hidden characters in the app: a Trojan Source bidi control pasted into the constitution text is
 * shown in place in the editor, the measure's checks list it by name with its line and column, and
 * "go to" selects exactly that character (deleting the selection removes it and the error).
 */
import { expect, test } from '@playwright/test';
import { guardPage } from './support/page-guards';
import { selectWord } from './support/monaco-text';
import { ensureEdition2011, studioUrl } from './support/studio-page';

test('a bidi control is shown in place, listed in Checks with its column, and "go to" selects it', async ({ page }) => {
  const guards = guardPage(page);
  await page.goto(studioUrl());
  await ensureEdition2011(page);
  await page.reload();
  await page.getByRole('button', { name: /^Draft an amendment to / }).click();
  const outline = page.getByRole('tree', { name: 'Outline' });
  await outline
    .getByRole('treeitem', { name: /^Article III STATE OF CALIFORNIA/ })
    .locator('.outline-row')
    .first()
    .click();
  await outline.getByRole('treeitem', { name: 'Article III, Section 1', exact: true }).click();
  await expect(page.locator('.monaco-editor .view-line', { hasText: 'inseparable' }).first()).toBeVisible();

  await selectWord(page, 'inseparable');
  await page.keyboard.insertText('insep\u202Earable \u200B');
  // Monaco shows them in place: the bidi control as a control character, the zero-width space highlighted.
  await expect(page.locator('.monaco-editor .mtkcontrol').first()).toBeVisible();
  await expect(page.locator('.monaco-editor .unicode-highlight').first()).toBeVisible();

  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Measure' }).click();
  const checks = page.getByRole('region', { name: 'Checks' });
  const bidi = checks.getByRole('button', { name: /RIGHT-TO-LEFT OVERRIDE \(U\+202E\): a bidi control/ });
  await expect(bidi).toBeVisible();
  await expect(bidi).toContainText(/Amend Article III, Section 1 \(line \d+, column \d+\)/);
  await expect(bidi).toContainText('Error');
  await expect(checks.getByRole('button', { name: /ZERO WIDTH SPACE \(U\+200B\)/ })).toBeVisible();
  // The panel names the characters; it never shows them raw.
  expect(await checks.textContent()).not.toMatch(/[\u202E\u200B]/);

  await bidi.click();
  await expect(page.getByRole('tree', { name: 'Outline' })).toBeVisible();
  // "Go to" selected exactly the bidi control: Delete removes it and nothing else.
  await page.keyboard.press('Delete');
  await views.getByRole('button', { name: 'Measure' }).click();
  await expect(checks.getByRole('button', { name: /ZERO WIDTH SPACE \(U\+200B\)/ })).toBeVisible();
  await expect(checks.getByRole('button', { name: /RIGHT-TO-LEFT OVERRIDE/ })).toHaveCount(0);
  await views.getByRole('button', { name: 'Edit' }).click();
  await expect(page.locator('.monaco-editor .view-line', { hasText: 'inseparable' }).first()).toBeVisible();

  expect(guards.consoleErrors).toEqual([]);
  expect(guards.offHostRequests).toEqual([]);
});
