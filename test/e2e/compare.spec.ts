/**
 * The revision layer: the two Calexit examples side by side (the 2016 proposal repealed Article III,
 * Section 1; the 2017 revision amends it), then a three-way merge with a partner's revision whose
 * conflicts are resolved in the UI.
 */
import { expect, test, type Page } from '@playwright/test';
import { guardPage, type PageGuards } from './support/page-guards';
import { snap } from './support/screenshots';
import { studioUrl } from './support/studio-page';

const REPEAL = 'calexit-2016-repeal.measure.md';
const REVISED = 'calexit-2017-revised.measure.md';
const PARTNER = 'calexit-2017-partner.measure.md';

test.describe.configure({ mode: 'serial' });

let page: Page;
let guards: PageGuards;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  guards = guardPage(page);
  await page.goto(studioUrl());
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare' }).click();
});

test.afterAll(async () => {
  await page.close();
});

test('two revisions side by side show the repeal-versus-amend difference', async () => {
  await page.getByRole('combobox', { name: 'Older revision (A)' }).selectOption(REPEAL);
  await page.getByRole('combobox', { name: 'Newer revision (B)' }).selectOption(REVISED);
  // The chosen example shows as selected in the list, not once more above it.
  const older = await page.getByRole('combobox', { name: 'Older revision (A)' }).locator('option').allInnerTexts();
  expect(older.filter((text) => text.includes(REPEAL))).toHaveLength(1);
  await expect(page.getByRole('combobox', { name: 'Older revision (A)' })).toHaveValue(REPEAL);

  const summary = page.getByRole('region', { name: 'What changed from A to B' });
  await expect(summary.getByText('Article III, Section 1')).toBeVisible();
  await expect(summary.getByText(/A would\s+repeal\s+it; B would\s+amend\s+it/)).toBeVisible();
  await expect(
    summary.getByText('A: Section 1 of Article III of the California Constitution is repealed.'),
  ).toBeVisible();
  await expect(
    summary.getByText('B: Section 1 of Article III of the California Constitution is amended to read:'),
  ).toBeVisible();

  const diff = page.getByTestId('revision-diff-editor');
  await expect(diff.locator('.monaco-diff-editor .editor.original')).toBeVisible();
  await expect(diff.locator('.monaco-diff-editor .editor.modified')).toBeVisible();
  await expect(diff.locator('.editor.modified .char-insert').first()).toBeVisible();
  await snap(page, 'compare-view');
});

test('a three-way merge is resolved conflict by conflict', async () => {
  // The segmented control's radios are visually hidden; people click their labels.
  await page.getByText('Merge (three-way)', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Merge (three-way)' })).toBeChecked();
  await page.getByRole('combobox', { name: 'Common parent' }).selectOption(REPEAL);
  await page.getByRole('combobox', { name: 'Ours' }).selectOption(REVISED);
  await page.getByRole('combobox', { name: 'Theirs' }).selectOption(PARTNER);

  await expect(page.getByText('2 conflicts to resolve.')).toBeVisible();
  const title = page.getByRole('region', { name: 'Conflict 1: Title of the measure' });
  await expect(title.getByText('California Nationhood Act')).toBeVisible();
  await expect(title.getByText('California Freedom Act')).toBeVisible();
  await snap(page, 'merge-view');

  await title.getByRole('button', { name: 'Accept theirs' }).click();
  await expect(page.getByText('1 conflict to resolve.')).toBeVisible();
  const titleSection = page.getByRole('region', { name: /^Conflict \d+: Title$/ });
  await titleSection.getByRole('button', { name: 'Accept theirs' }).click();
  await expect(page.getByText('No conflicts left: the merged measure is ready.')).toBeVisible();
  await snap(page, 'merge-resolved');

  await page.getByRole('button', { name: 'Open the merged measure' }).click();
  await expect(page.getByRole('textbox', { name: 'Title of the measure' })).toHaveValue('California Nationhood Act');
  const frame = page.locator('iframe[title="Measure as it will be filed"]');
  await expect(frame).toHaveAttribute('srcdoc', /Conflicting Measures/);
  await expect(frame).toHaveAttribute(
    'srcdoc',
    /Section 1 of Article III of the California Constitution is amended to read:/,
  );
});

test('closing the unsaved merged measure asks first, then discards it', async () => {
  await page.getByRole('button', { name: 'Close the measure' }).click();
  const confirm = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByText('No measure open')).toBeVisible();
});

test('resolving a conflict with the keyboard moves focus to the next one, then to the summary', async () => {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare' }).click();
  await page.getByText('Merge (three-way)', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Common parent' }).selectOption(REPEAL);
  await page.getByRole('combobox', { name: 'Ours' }).selectOption(REVISED);
  await page.getByRole('combobox', { name: 'Theirs' }).selectOption(PARTNER);
  await expect(page.getByText('2 conflicts to resolve.')).toBeVisible();

  const first = page.getByRole('region', { name: /^Conflict 1: / });
  await first.getByRole('button', { name: 'Accept ours' }).focus();
  await page.keyboard.press('Tab');
  await expect(first.getByRole('button', { name: 'Accept theirs' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 conflict to resolve.')).toBeVisible();
  const next = page.getByRole('region', { name: /^Conflict \d+: Title$/ });
  await expect(next.getByRole('button', { name: 'Accept ours' })).toBeFocused();

  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('No conflicts left: the merged measure is ready.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No conflicts left' })).toBeFocused();
  await snap(page, 'merge-keyboard-resolved');
});

test('nothing went wrong along the way', () => {
  expect(guards.workerWarnings).toEqual([]);
  expect(guards.offHostRequests).toEqual([]);
  expect(guards.consoleErrors).toEqual([]);
});
