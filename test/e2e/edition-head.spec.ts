/**
 * The edition's head (YAML front matter and title) in edit in context: keyboard focus arriving from
 * the outline lands at the chosen section, Tab never types into the text, and no edit reaches the
 * head (so no bogus "Title and front matter" clause). Also: a measure made by the CLI from the 2011
 * file opens in context against the imported edition.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CONSTITUTION_2011_PATH } from '../support/constitution-2011';
import { PROJECT_ROOT } from './support/amend-serve';
import { guardPage, type PageGuards } from './support/page-guards';
import { snap } from './support/screenshots';
import { ensureEdition2011, studioUrl } from './support/studio-page';

test.describe.configure({ mode: 'serial' });

let page: Page;
let guards: PageGuards;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  guards = guardPage(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(studioUrl());
  await ensureEdition2011(page);
  await page.reload();
});

test.afterAll(async () => {
  await page.close();
});

const editor = (): ReturnType<Page['locator']> => page.getByTestId('constitution-editor').locator('.monaco-editor');
const statusBar = (): ReturnType<Page['locator']> => page.locator('.status-bar');
const panel = (): ReturnType<Page['locator']> => page.getByRole('region', { name: 'Amendments' });

test('Tab from the outline lands at the chosen section and Tab never types into the text', async () => {
  await page.getByRole('button', { name: /^Draft an amendment to / }).click();
  const tree = page.getByRole('tree', { name: 'Outline' });
  await expect(tree).toBeVisible();
  await expect(statusBar()).toContainText('0 amendments');
  await tree.getByRole('treeitem').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-id', 'art-III/sec-1');

  await page.keyboard.press('Tab');
  await expect(editor()).toHaveClass(/\bfocused\b/);
  // The caret is in Article III, Section 1 (the outline marks the caret's section), not at 1:1.
  await expect(tree.getByRole('treeitem', { name: 'Article III, Section 1', exact: true })).toHaveAttribute(
    'aria-current',
    'location',
  );
  await expect(page.locator('.monaco-editor .view-line', { hasText: 'inseparable' }).first()).toBeVisible();
  await snap(page, 'head-01-tab-from-outline');

  // Tab goes on to the next control; nothing is typed.
  await page.keyboard.press('Tab');
  await expect(editor()).not.toHaveClass(/\bfocused\b/);
  await page.waitForTimeout(300);
  await expect(statusBar()).toContainText('0 amendments');
});

test('the front matter and title cannot be edited; the preamble can', async () => {
  await editor().locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('xx');
  await page.keyboard.press('Enter');
  await expect(page.locator('.monaco-editor-overlaymessage')).toContainText('front matter and title are not amendable');
  await snap(page, 'head-02-read-only-message');

  await page.keyboard.press('Control+a');
  await page.keyboard.type('gone');
  await page.waitForTimeout(300);
  await expect(statusBar()).toContainText('0 amendments');
  await page.keyboard.press('Control+Home');
  await expect(page.locator('.monaco-editor .view-line', { hasText: /^---$/ }).first()).toBeVisible();
  await expect(page.locator('.monaco-editor .view-line', { hasText: /gone|xx/ })).toHaveCount(0);

  // Backspace at the start of the line after the title would join the two: it is refused, with a notice.
  // Lines 1-6 are the front matter, 8 the title, 10 the preamble: go to the blank line 9.
  await expect(page.locator('.monaco-editor .view-line', { hasText: 'grateful' })).toBeVisible();
  for (let line = 1; line < 9; line += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Backspace');
  await expect(statusBar().getByRole('status')).toContainText('front matter and title are not amendable');
  await page.waitForTimeout(300);
  await expect(statusBar()).toContainText('0 amendments');
  await expect(panel().getByText(/Title and front matter/)).toHaveCount(0);
  await expect(
    page.locator('.monaco-editor .view-line', { hasText: /^#\sConstitution\sof\sthe\sState\sof\sCalifornia$/ }),
  ).toHaveCount(1);

  // Undo after the roll-back goes back through the user's own edits, never into the head.
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(300);
  await expect(statusBar()).toContainText('0 amendments');

  // The preamble itself is amendable text.
  await page.keyboard.press('Control+Home');
  for (let line = 1; line < 10; line += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type(' indeed');
  await expect(
    panel()
      .getByText(/Preamble/)
      .first(),
  ).toBeVisible();
  await expect(panel().getByText(/Title and front matter/)).toHaveCount(0);
  await snap(page, 'head-03-preamble-amended');
  expect(guards.consoleErrors).toEqual([]);
});

test('a measure made by the CLI from the 2011 file opens in context against the imported edition', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'amend-e2e-cli-'));
  const edited = join(folder, 'edited.md');
  writeFileSync(edited, readFileSync(CONSTITUTION_2011_PATH, 'utf8').replace('an inseparable part', 'a part'));
  const made = spawnSync(
    process.execPath,
    [
      join(PROJECT_ROOT, 'bin/amend.mjs'),
      'measure',
      '--base',
      CONSTITUTION_2011_PATH,
      '--edited',
      edited,
      '--format',
      'measure',
    ],
    { encoding: 'utf8' },
  );
  expect(made.status, made.stderr).toBe(0);
  const measurePath = join(folder, 'cli.measure.md');
  writeFileSync(measurePath, made.stdout);

  await page.keyboard.press('Escape');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Open measure…/ }).click();
  await (await chooser).setFiles(measurePath);

  await expect(page.getByText(/not in your library/)).toHaveCount(0);
  await expect(page.getByRole('tree', { name: 'Outline' })).toBeVisible();
  await expect(
    panel().getByText('Section 1 of Article III of the California Constitution is amended to read:'),
  ).toBeVisible();
  await expect(panel().locator('del', { hasText: 'inseparable' })).toBeVisible();
  await expect(
    page.getByRole('tree', { name: 'Outline' }).getByRole('treeitem', { name: 'Article III, Section 1, changed' }),
  ).toBeVisible();
  await snap(page, 'head-04-cli-measure-in-context');
});
