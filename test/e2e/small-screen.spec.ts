/**
 * A 1024 × 700 laptop screen: every view fits the window (no sideways page scroll), Save and
 * Export… stay in view, and several recovery offers share one compact bar.
 */
import { expect, test, type Page } from '@playwright/test';
import { guardPage, type PageGuards } from './support/page-guards';
import { snap } from './support/screenshots';
import { ensureEdition2011, studioUrl } from './support/studio-page';

const VIEWPORT = { width: 1024, height: 700 };
/** Three unsaved drafts left over from a "crash", seeded through the API. */
const SEEDED = ['left-a.measure.md', 'left-b.measure.md', 'left-c.measure.md'];
/** The bars above a view may take at most this share of the window's height (the audit measured a quarter). */
const MAX_BAR_SHARE = 0.15;

test.use({ viewport: VIEWPORT, colorScheme: 'dark' });
test.describe.configure({ mode: 'serial' });

let page: Page;
let guards: PageGuards;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage({ viewport: VIEWPORT, colorScheme: 'dark' });
  guards = guardPage(page);
  await page.goto(studioUrl());
  await ensureEdition2011(page);
  await seedRecovery(page, 'save');
  await page.reload();
});

test.afterAll(async () => {
  await seedRecovery(page, 'discard');
  await page.close();
});

test('the edit view fits, with one bar for several unsaved drafts', async () => {
  await page.getByRole('button', { name: /^Draft an amendment to / }).click();
  await expect(page.getByRole('tree', { name: 'Outline' })).toBeVisible();
  await expectFits(page);

  const recovery = page.getByRole('region', { name: 'Recover unsaved work' });
  await expect(recovery).toHaveCount(1);
  await expect(recovery).toContainText(/\d+ unsaved drafts can be restored/);
  await expect(recovery.getByRole('button', { name: 'Restore left-a.measure.md' })).toBeHidden();
  const bars = await page.evaluate(() =>
    [...document.querySelectorAll('.app-body .notice-bar')]
      .filter((bar) => bar.getBoundingClientRect().height > 0)
      .reduce((sum, bar) => sum + bar.getBoundingClientRect().height, 0),
  );
  expect(bars).toBeLessThanOrEqual(VIEWPORT.height * MAX_BAR_SHARE);
  await snap(page, 'small-edit');

  await recovery.getByRole('button', { name: 'Review' }).click();
  await expect(recovery.getByRole('button', { name: 'Restore left-a.measure.md' })).toBeVisible();
  await expectFits(page);
  await snap(page, 'small-edit-review');
  await recovery.getByRole('button', { name: 'Hide' }).click();
});

test('the measure view fits', async () => {
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('region', { name: 'Checks' })).toBeVisible();
  await expectFits(page);
  await snap(page, 'small-measure');
});

test('compare and merge fit, the Theirs picker included', async () => {
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('combobox', { name: 'Older revision (A)' })).toBeVisible();
  await expectFits(page);
  await page.getByText('Merge (three-way)', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Common parent' }).selectOption('calexit-2016-repeal.measure.md');
  await page.getByRole('combobox', { name: 'Ours' }).selectOption('calexit-2017-revised.measure.md');
  await page.getByRole('combobox', { name: 'Theirs' }).selectOption('calexit-2017-partner.measure.md');
  await expect(page.getByText('2 conflicts to resolve.')).toBeVisible();
  await expectFits(page);
  await expectInViewport(page, page.getByRole('combobox', { name: 'Theirs' }));
  await snap(page, 'small-merge');
});

test('nothing went wrong along the way', () => {
  expect(guards.offHostRequests).toEqual([]);
  expect(guards.consoleErrors).toEqual([]);
});

/** No sideways page scroll, and the header's Save and Export… buttons are inside the window. */
async function expectFits(target: Page): Promise<void> {
  const widths = await target.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
  const header = target.getByRole('banner');
  await expectInViewport(target, header.getByRole('button', { name: 'Save', exact: true }));
  await expectInViewport(target, header.getByRole('button', { name: 'Export…' }));
}

async function expectInViewport(target: Page, locator: ReturnType<Page['locator']>): Promise<void> {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  const size = target.viewportSize() ?? VIEWPORT;
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(size.height);
}

/** Save (or discard) the seeded recovery items through the API, as autosave would have. */
async function seedRecovery(target: Page, action: 'save' | 'discard'): Promise<void> {
  const token = new URL(studioUrl()).searchParams.get('token') ?? '';
  await target.evaluate(
    async ({ token, names, action }) => {
      for (const fileName of names) {
        const key = `untitled:00000000-0000-4000-8000-00000000000${names.indexOf(fileName)}`;
        const body = action === 'save' ? { key, fileName, content: `---\ntitle: ${fileName}\n---\n` } : { key };
        const response = await fetch(`/api/${action === 'save' ? 'saveRecovery' : 'discardRecovery'}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Amend-Token': token },
          body: JSON.stringify(body),
        });
        const result = (await response.json()) as { ok: boolean };
        if (!result.ok) throw new Error(`${action} recovery for ${fileName} failed`);
      }
    },
    { token, names: SEEDED, action },
  );
}
