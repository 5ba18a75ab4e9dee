/**
 * The drafter's main flow in the browser against the real web host: import the 2011 constitution,
 * jump to Article III, Section 1 from the outline, delete "inseparable", see the generated clause,
 * read the measure as filed, export the filing packet and check the PDF's text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CONSTITUTION_2011_PATH } from '../support/constitution-2011';
import { guardPage, type PageGuards } from './support/page-guards';
import { snap } from './support/screenshots';
import { studioUrl } from './support/studio-page';
import { selectWord } from './support/monaco-text';

const CLAUSE = 'Section 1 of Article III of the California Constitution is amended to read:';

test.describe.configure({ mode: 'serial' });

let page: Page;
let guards: PageGuards;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  guards = guardPage(page);
  await page.goto(studioUrl());
});

test.afterAll(async () => {
  await page.close();
});

test('first run explains that no constitution ships and imports the 2011 file', async () => {
  await expect(page.getByRole('heading', { name: 'Start with the text of the California Constitution' })).toBeVisible();
  await expect(page.getByText('leginfo.legislature.ca.gov').first()).toBeVisible();
  await snap(page, '01-first-run');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import constitution text…' }).click();
  await (await chooser).setFiles(CONSTITUTION_2011_PATH);

  await expect(page.getByRole('heading', { name: 'Constitution editions' })).toBeVisible();
  await expect(page.getByText(/appears to date from 2011: it is not current law/)).toBeVisible();
  await snap(page, '02-library');
});

test('jump to Article III, Section 1 from the outline and delete "inseparable"', async () => {
  await page.getByRole('button', { name: /^Draft an amendment to / }).click();
  const outline = page.getByRole('tree', { name: 'Outline' });
  await expect(outline).toBeVisible();
  await expect(page.locator('.monaco-editor .view-line').first()).toBeVisible();

  await outline
    .getByRole('treeitem', { name: /^Article III STATE OF CALIFORNIA/ })
    .locator('.outline-row')
    .first()
    .click();
  await outline.getByRole('treeitem', { name: 'Article III, Section 1', exact: true }).click();

  await expect(page.locator('.monaco-editor .view-line', { hasText: 'inseparable' }).first()).toBeVisible();
  await selectWord(page, 'inseparable');
  await page.keyboard.press('Delete');
  const typedAt = Date.now();
  await page.keyboard.press('Delete'); // the space after the word

  const panel = page.getByRole('region', { name: 'Amendments' });
  await expect(panel.getByText(CLAUSE)).toBeVisible({ timeout: 1000 });
  expect(Date.now() - typedAt).toBeLessThan(1000);
  await expect(panel.getByRole('button', { name: 'Go to Article III, Section 1' })).toBeVisible();
  await expect(page.locator('.redline-delete', { hasText: 'inseparable' })).toBeVisible();
  await expect(outline.getByRole('treeitem', { name: 'Article III, Section 1, changed' })).toBeVisible();
  await expect(page.getByText('● unsaved changes').or(page.locator('.dirty-marker'))).toBeVisible();
  await snap(page, 'edit-view');
});

test('the measure view shows the measure as filed', async () => {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Measure' }).click();
  // Read the sandboxed preview through its srcdoc: the frame runs no scripts, test scripts included.
  const frame = page.locator('iframe[title="Measure as it will be filed"]');
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(frame).toHaveAttribute('srcdoc', new RegExp(CLAUSE));
  await expect(frame).toHaveAttribute('srcdoc', /<del[^>]*>[^<]*inseparable/);
  await expect(page.getByRole('textbox', { name: 'Title of the measure' })).toBeVisible();
  // The new-measure template's prompts are errors until the drafter writes the measure's own words.
  await expect(page.getByText('template text left in the measure: “[State the first finding.]”')).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Findings and Declarations' })
    .fill('The People of the State of California find and declare that California is a part of the Union by choice.');
  await page.getByRole('textbox', { name: 'Purpose and Intent' }).fill('The purpose of this measure is to say so.');
  await page.getByRole('textbox', { name: 'Title of the measure' }).click();
  await expect(page.getByText(/template text left in the measure/)).toHaveCount(0);
  await snap(page, 'measure-view');
});

test('export the filing packet with proponent details and read the PDF back', async () => {
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: /Filing packet/ }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByText('Enter the proponent’s full name as it will be signed.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Full name' })).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByRole('textbox', { name: 'Full name' }).fill('Ana Example');
  await dialog.getByRole('combobox', { name: 'County of residence' }).fill('Sacramento');
  await dialog.getByRole('textbox', { name: 'Email' }).fill('ana@example.invalid');
  await dialog
    .getByRole('textbox', { name: 'Mailing address for correspondence' })
    .fill('P.O. Box 1, Sacramento, CA 95812');
  const outputFolder = mkdtempSync(join(tmpdir(), 'amend-e2e-export-'));
  const packetPath = join(outputFolder, 'packet.pdf');
  await dialog.getByRole('textbox', { name: 'Save to' }).fill(packetPath);
  await snap(page, 'export-dialog-filled');
  const stages: string[] = [];
  let busyStages = 0;
  const progress = dialog.getByRole('progressbar', { name: 'Export progress' });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  // The bar follows the host's export-progress events until the export ends.
  while (stages.length < 50) {
    const stage = await progress.getAttribute('aria-valuetext', { timeout: 500 }).catch(() => null);
    if (stage === null) break;
    if (stages[stages.length - 1] !== stage) stages.push(stage);
    // The running stage shows as busy (the host reports whole stages, not fractions of one).
    busyStages = Math.max(busyStages, await dialog.locator('.progress-busy').count());
    await page.waitForTimeout(50);
  }
  expect(stages[0]).toBe('Starting');
  expect(stages.some((stage) => /^[\w ]+: \d+%$/.test(stage))).toBe(true);

  await expect(dialog.getByText(/^Exported \d+ files? to/)).toBeVisible({ timeout: 60_000 });
  expect(busyStages).toBe(1);
  // The outcome is scrolled into view and focused, not left below the proponent form.
  const outcome = dialog.locator('.export-result');
  await expect(outcome).toBeFocused();
  await expect(outcome).toBeInViewport({ ratio: 0.9 });
  const outcomeBox = await outcome.boundingBox();
  const actionsBox = await dialog.locator('.modal-actions').boundingBox();
  // Not hidden under the dialog's sticky action row either.
  expect((outcomeBox?.y ?? 0) + (outcomeBox?.height ?? 0)).toBeLessThanOrEqual((actionsBox?.y ?? 0) + 1);
  await snap(page, 'export-dialog-done');
  await dialog.getByRole('button', { name: 'Show in folder' }).click();
  await expect(dialog.getByText(outputFolder).first()).toBeVisible();
  await snap(page, 'export-dialog');

  expect(readdirSync(outputFolder)).toContain('packet.pdf');
  const text = execFileSync('pdftotext', ['-layout', packetPath, '-'], { encoding: 'utf8' });
  expect(text.replace(/\s+/g, ' ')).toContain(CLAUSE);
  expect(text).toContain('Ana Example');
  expect(text).toContain('Sacramento');
  await dialog.getByRole('button', { name: 'Close' }).click();
});

test('nothing went wrong along the way', () => {
  expect(guards.workerWarnings).toEqual([]);
  expect(guards.offHostRequests).toEqual([]);
  expect(guards.consoleErrors).toEqual([]);
});
