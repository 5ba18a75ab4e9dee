/**
 * Data safety in the real app (D3, D7): its own `amend serve` with a data folder that outlives it.
 * - The file changes on disk under an open draft: saving asks, names both versions, "Don't save"
 *   saves nothing and keeps the draft dirty, "Replace" keeps the other version as the .bak.
 * - A crash (the page closed without unload handlers, the host SIGKILLed) after autosave: a new
 *   host on the same data folder offers the unsaved work, and restoring brings the text back.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startAmendServe, type AmendServe } from './support/amend-serve';
import { guardPage } from './support/page-guards';
import { snap } from './support/screenshots';
import { ensureEdition2011 } from './support/studio-page';

test.describe.configure({ mode: 'serial' });

const home = mkdtempSync(join(tmpdir(), 'amend-e2e-crash-home-'));
const savedPath = join(mkdtempSync(join(tmpdir(), 'amend-e2e-crash-')), 'crash.measure.md');
const MINE = 'Mine: the People find that saves must be safe.';
const TYPED_BEFORE_CRASH = 'Typed just before the crash, never saved.';
let host: AmendServe;
let page: Page;

test.beforeAll(async ({ browser }) => {
  host = await startAmendServe(0, home);
  page = await browser.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(host.url);
  await ensureEdition2011(page, host.url);
  await page.reload();
  // "New measure" needs the library loaded (else it asks for an edition first).
  await expect(page.getByRole('button', { name: /^Draft an amendment to / }).first()).toBeVisible();
});

test.afterAll(async () => {
  if (!page.isClosed()) await page.close();
  await host.stop(); // also removes the data folder
});

/** Text of every autosave in the data folder's recovery store. */
function autosaved(): string {
  const folder = join(home, 'recovery');
  if (!existsSync(folder)) return '';
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n');
}

test('a file changed on disk is never overwritten without asking, and the dialog says which version wins', async () => {
  await page.keyboard.press('Control+Alt+n');
  const dialog = page.getByRole('dialog', { name: 'New measure' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Crash Safety Act');
  await page.keyboard.press('Enter');
  await expect(page.locator('.doc-title')).toContainText('Crash Safety Act');
  await page.keyboard.press('Control+s');
  const prompt = page.getByRole('dialog', { name: 'Save the measure as' });
  await prompt.getByRole('textbox', { name: 'Path of the file on this computer' }).fill(savedPath);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').getByText('Saved crash.measure.md.')).toBeVisible();

  const others = readFileSync(savedPath, 'utf8').replace('[State the purpose of this measure.]', 'Changed elsewhere.');
  writeFileSync(savedPath, others);
  await page.keyboard.press('Alt+3');
  await page.getByRole('textbox', { name: 'Findings and Declarations' }).fill(MINE);
  await page.getByRole('textbox', { name: 'Title of the measure' }).focus();
  await expect(page.locator('.dirty-marker')).toBeVisible();

  await page.keyboard.press('Control+s');
  const conflict = page.getByRole('dialog', { name: 'crash.measure.md changed on disk' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('was changed by another program since you opened it; nothing was saved.');
  await expect(conflict).toContainText('Your unsaved version is still in the editor.');
  await snap(page, 'save-conflict-dialog');
  await expect(conflict).toContainText('“Replace with mine” puts your unsaved version on disk');
  await conflict.getByRole('button', { name: 'Don’t save' }).click();
  await expect(conflict).toBeHidden();
  expect(readFileSync(savedPath, 'utf8')).toBe(others);
  await expect(page.locator('.dirty-marker')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Findings and Declarations' })).toHaveValue(MINE);

  await page.keyboard.press('Control+s');
  await conflict.getByRole('button', { name: 'Replace with mine' }).click();
  await expect(page.getByRole('status').getByText('Saved crash.measure.md.')).toBeVisible();
  await expect(page.locator('.dirty-marker')).toHaveCount(0);
  expect(readFileSync(savedPath, 'utf8')).toContain(MINE);
  expect(readFileSync(`${savedPath}.bak`, 'utf8')).toBe(others);
});

test('unsaved work survives a crash of the page and the host, and is offered back', async ({ browser }) => {
  await page.getByRole('textbox', { name: 'Purpose and Intent' }).fill(TYPED_BEFORE_CRASH);
  await page.getByRole('textbox', { name: 'Title of the measure' }).focus();
  await expect(page.locator('.dirty-marker')).toBeVisible();
  // Autosave runs every AUTOSAVE_INTERVAL_MS (2 s) while the draft is dirty.
  await expect.poll(autosaved, { timeout: 15_000 }).toContain(TYPED_BEFORE_CRASH);

  await page.close({ runBeforeUnload: false });
  await host.kill();
  host = await startAmendServe(0, home);
  page = await browser.newPage();
  const guards = guardPage(page);
  await page.goto(host.url);

  const recovery = page.getByRole('region', { name: 'Recover unsaved work' });
  await expect(recovery).toContainText('crash.measure.md');
  await snap(page, 'recovery-after-crash');
  await recovery.getByRole('button', { name: 'Restore crash.measure.md' }).click();
  await expect(page.locator('.dirty-marker')).toBeVisible();
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('textbox', { name: 'Purpose and Intent' })).toHaveValue(TYPED_BEFORE_CRASH);
  await expect(page.getByRole('textbox', { name: 'Findings and Declarations' })).toHaveValue(MINE);
  // The file on disk is still the last saved version: recovery never writes the user's file.
  expect(readFileSync(savedPath, 'utf8')).not.toContain(TYPED_BEFORE_CRASH);
  expect(guards.consoleErrors).toEqual([]);
});

test.afterAll(() => {
  rmSync(join(savedPath, '..'), { recursive: true, force: true });
});
