/** Screenshots of each step, at stable paths under test-results/ (kept as test artifacts). */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { PROJECT_ROOT } from './amend-serve';

export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'test-results/e2e/screenshots');

/** Save a screenshot of the page as `<name>.png` and return its path. */
export async function snap(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  return path;
}
