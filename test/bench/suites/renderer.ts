/**
 * Renderer benchmark in Chromium against the real web host (`amend serve`), read from the page's own
 * performance marks (renderer/model/perf-marks.ts):
 * - open the 2011 constitution to interactive (target ≤ 1.5 s);
 * - keystroke → amendments panel updated, p95 over ≥ 50 keystrokes (target ≤ 50 ms);
 * - renderer heap with the constitution and a compare view open (target ≤ 300 MB).
 * Needs `npm run build` (the CLI bundle and out/renderer) and the 2011 text; says so and stops otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { BenchSuite } from '../harness';
import { median, ms, percentile, printTable } from '../harness';
import { CONSTITUTION_2011_PATH } from '../../support/constitution-2011';
import { PROJECT_ROOT, startAmendServe } from '../../e2e/support/amend-serve';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/chromium';
import { KEYSTROKE_TO_PANEL, OPEN_TO_INTERACTIVE } from '../../../renderer/model/perf-marks';

/** How many times the constitution is opened (each in a fresh page). */
const OPEN_RUNS = 5;
/** Keystrokes timed one by one (the brief asks for at least 50). */
const KEYSTROKES = 60;

async function apiCall(page: Page, token: string, method: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ method, payload, token }) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Amend-Token': token },
        body: JSON.stringify(payload),
      });
      return (await response.json()) as unknown;
    },
    { method, payload, token },
  );
}

async function measureDurations(page: Page, name: string): Promise<number[]> {
  return page.evaluate((entry) => performance.getEntriesByName(entry).map((measure) => measure.duration), name);
}

/** Page load (navigation start) → the library's draft button is visible; then draft → interactive. */
async function openConstitution(page: Page, url: string): Promise<{ load: number; open: number }> {
  await page.goto(url);
  const draft = page.getByRole('button', { name: /^Draft an amendment to / });
  await draft.waitFor();
  const load = await page.evaluate(() => performance.now());
  await draft.click();
  await page.waitForFunction((entry) => performance.getEntriesByName(entry).length > 0, OPEN_TO_INTERACTIVE, {
    timeout: 30_000,
  });
  const [duration] = await measureDurations(page, OPEN_TO_INTERACTIVE);
  return { load, open: duration ?? Number.NaN };
}

async function typeKeystrokes(page: Page): Promise<number[]> {
  const outline = page.getByRole('tree', { name: 'Outline' });
  await outline
    .getByRole('treeitem', { name: /^Article III STATE OF CALIFORNIA/ })
    .locator('.outline-row')
    .first()
    .click();
  await outline.getByRole('treeitem', { name: 'Article III, Section 1', exact: true }).click();
  await page.locator('.monaco-editor .view-line span', { hasText: 'supreme law of the land' }).first().click();
  await page.keyboard.press('End');
  await page.evaluate((entry) => performance.clearMeasures(entry), KEYSTROKE_TO_PANEL);
  const text = ' and of the Republic of California'.padEnd(KEYSTROKES, '.').slice(0, KEYSTROKES);
  for (const [index, character] of [...text].entries()) {
    await page.keyboard.type(character);
    await page.waitForFunction(
      ({ entry, count }) => performance.getEntriesByName(entry).length >= count,
      { entry: KEYSTROKE_TO_PANEL, count: index + 1 },
      { timeout: 10_000 },
    );
  }
  return measureDurations(page, KEYSTROKE_TO_PANEL);
}

async function heapWithCompareOpen(page: Page): Promise<{ cdpMb: number; performanceMb: number }> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare' }).click();
  await page.getByRole('combobox', { name: 'Older revision (A)' }).selectOption('calexit-2016-repeal.measure.md');
  await page.getByRole('combobox', { name: 'Newer revision (B)' }).selectOption('calexit-2017-revised.measure.md');
  await page.locator('.monaco-diff-editor .editor.modified').waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
  const performanceBytes = await page.evaluate(
    () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
  );
  return { cdpMb: usage.usedSize / 1048576, performanceMb: performanceBytes / 1048576 };
}

export const rendererSuite: BenchSuite = {
  name: 'renderer (Chromium, web host)',
  async run() {
    for (const built of ['out/cli/amend.mjs', 'out/renderer/index.html']) {
      if (!existsSync(join(PROJECT_ROOT, built))) {
        console.log(`${built} is missing: run \`npm run build\` first. Renderer figures not measured.`);
        return;
      }
    }
    if (!existsSync(CONSTITUTION_2011_PATH)) {
      console.log(`The 2011 constitution is not at ${CONSTITUTION_2011_PATH}. Renderer figures not measured.`);
      return;
    }
    const host = await startAmendServe();
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    try {
      const setup = await browser.newPage();
      await setup.goto(host.url);
      await apiCall(setup, host.token, 'importEdition', {
        fileName: basename(CONSTITUTION_2011_PATH),
        content: readFileSync(CONSTITUTION_2011_PATH, 'utf8'),
      });
      await setup.close();

      const opens: number[] = [];
      const loads: number[] = [];
      let page: Page | undefined;
      for (let run = 0; run < OPEN_RUNS; run++) {
        await page?.close();
        page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        const timing = await openConstitution(page, host.url);
        loads.push(timing.load);
        opens.push(timing.open);
      }
      const keystrokes = await typeKeystrokes(page!);
      const heap = await heapWithCompareOpen(page!);

      printTable(
        ['measure', 'result', 'target'],
        [
          [`open 2011 constitution → interactive (median of ${OPEN_RUNS})`, ms(median(opens)), '≤ 1.5 s'],
          ['open → interactive (slowest run)', ms(Math.max(...opens)), ''],
          [`page load → library ready (median of ${OPEN_RUNS})`, ms(median(loads)), ''],
          [`keystroke → amendments panel, p95 of ${keystrokes.length}`, ms(percentile(keystrokes, 95)), '≤ 50 ms'],
          ['keystroke → amendments panel, median', ms(median(keystrokes)), ''],
          ['renderer heap, constitution + compare open (CDP)', `${heap.cdpMb.toFixed(1)} MB`, '≤ 300 MB'],
          ['renderer heap (performance.memory)', `${heap.performanceMb.toFixed(1)} MB`, ''],
        ],
      );
    } finally {
      await browser.close();
      await host.stop();
    }
  },
};
