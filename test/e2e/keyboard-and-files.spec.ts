/**
 * Keyboard-only drafting and the file life cycle on the web host: shortcuts, the outline tree,
 * Save As (a path prompt: the browser has no native dialog), the "changed on disk" notice, and the
 * recovery prompt for unsaved work after a reload.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { guardPage, type PageGuards } from './support/page-guards';
import { snap } from './support/screenshots';
import { ensureEdition2011, studioUrl } from './support/studio-page';

test.describe.configure({ mode: 'serial' });

let page: Page;
let guards: PageGuards;
const savedPath = join(mkdtempSync(join(tmpdir(), 'amend-e2e-save-')), 'keyboard.measure.md');

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  guards = guardPage(page);
  // Reloading with unsaved work asks first (beforeunload); the test answers "leave".
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(studioUrl());
  await ensureEdition2011(page);
  await page.reload();
});

test.afterAll(async () => {
  await page.close();
});

test('drafts with the keyboard alone', async () => {
  await page.keyboard.press('Control+/');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts.getByRole('cell', { name: 'Save as' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();

  await page.keyboard.press('Control+Alt+n');
  const dialog = page.getByRole('dialog', { name: 'New measure' });
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Give the measure a title (you can change it later).')).toBeVisible();
  await page.keyboard.type('Keyboard Drafting Act');
  await page.keyboard.press('Enter');
  await expect(page.locator('.doc-title')).toContainText('Keyboard Drafting Act');
  const tree = page.getByRole('tree', { name: 'Outline' });
  await expect(tree).toBeVisible();
  await tree.getByRole('treeitem').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-id', 'art-III');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-id', 'art-III/sec-1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('constitution-editor').locator('.monaco-editor')).toHaveClass(/\bfocused\b/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type(' a sovereign');

  const panel = page.getByRole('region', { name: 'Amendments' });
  await expect(
    panel.getByText('Section 1 of Article III of the California Constitution is amended to read:'),
  ).toBeVisible();
  await expect(panel.locator('ins', { hasText: 'a sovereign' })).toBeVisible();

  await page.keyboard.press('Alt+3');
  await expect(
    page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Measure' }),
  ).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Alt+2');
  await expect(tree).toBeVisible();
});

test('saves under a typed path, then notices the file changing on disk', async () => {
  await expect(page.locator('.dirty-marker')).toBeVisible();
  await page.keyboard.press('Control+s');
  const prompt = page.getByRole('dialog', { name: 'Save the measure as' });
  await expect(prompt).toBeVisible();
  await prompt.getByRole('textbox', { name: 'Path of the file on this computer' }).fill(savedPath);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').getByText('Saved keyboard.measure.md.')).toBeVisible();
  await expect(page.locator('.dirty-marker')).toHaveCount(0);
  await expect(page.locator('.doc-title')).toContainText('keyboard.measure.md');
  expect(readFileSync(savedPath, 'utf8')).toContain('a sovereign');

  writeFileSync(
    savedPath,
    readFileSync(savedPath, 'utf8').replace('[State the purpose of this measure.]', 'Changed elsewhere.'),
  );
  const notice = page.getByRole('alert').filter({ hasText: 'was changed on disk by another program' });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await snap(page, 'file-changed-notice');
  await notice.getByRole('button', { name: 'Reload from disk' }).click();
  await expect(notice).toBeHidden();
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('textbox', { name: 'Purpose and Intent' })).toHaveValue('Changed elsewhere.');
});

test('offers to restore unsaved work after a reload', async () => {
  await page.getByRole('textbox', { name: 'Purpose and Intent' }).fill('Unsaved intent, autosaved for recovery.');
  await page.getByRole('textbox', { name: 'Title of the measure' }).focus();
  await expect(page.locator('.dirty-marker')).toBeVisible();
  // Autosave runs every AUTOSAVE_INTERVAL_MS (2 s) while the draft is dirty.
  await page.waitForTimeout(3_000);
  await page.reload();

  // Other specs' unsaved drafts may be offered too; this one is ours.
  const recovery = page
    .getByRole('region', { name: 'Recover unsaved work' })
    .filter({ hasText: 'keyboard.measure.md' });
  await expect(recovery).toBeVisible();
  await snap(page, 'recovery-prompt');
  // Several drafts share one bar that unfolds on "Review"; a single draft has its buttons in view.
  const review = recovery.getByRole('button', { name: 'Review' });
  if ((await review.count()) > 0) await review.click();
  await recovery.getByRole('button', { name: 'Restore keyboard.measure.md' }).click();
  await expect(page.locator('.dirty-marker')).toBeVisible();
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('textbox', { name: 'Purpose and Intent' })).toHaveValue(
    'Unsaved intent, autosaved for recovery.',
  );
});

test("an export path typed without an extension gets the format's", async () => {
  const typed = join(mkdtempSync(join(tmpdir(), 'amend-e2e-export-')), 'out-1');
  // Exports refuse the template's prompts, so the drafter writes the findings first.
  await page.getByRole('textbox', { name: 'Findings and Declarations' }).fill('The People find that drafting works.');
  await page.getByRole('textbox', { name: 'Title of the measure' }).click();
  await expect(page.getByText(/template text left in the measure/)).toHaveCount(0);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /^Markdown/ }).check();
  await dialog.getByRole('textbox', { name: 'Save to' }).fill(typed);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('textbox', { name: 'Save to' })).toHaveValue(`${typed}.md`);
  await expect.poll(() => existsSync(`${typed}.md`)).toBe(true);
  expect(readFileSync(`${typed}.md`, 'utf8')).toContain('Keyboard Drafting Act');
  await snap(page, 'export-extension-added');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('nothing went wrong along the way', () => {
  expect(guards.workerWarnings).toEqual([]);
  expect(guards.offHostRequests).toEqual([]);
  expect(guards.consoleErrors).toEqual([]);
});
