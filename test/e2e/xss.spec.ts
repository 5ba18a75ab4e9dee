/**
 * Issue 7 deliverable 1 (reliability study §5 S4): the XSS corpus (test/support/xss-payloads.ts)
 * rendered through every path of the real app in Chromium against `amend serve`, with an execution
 * canary (test/e2e/support/xss-canary.ts) and the structural oracle (test/support/xss-oracle.ts) on the
 * resulting DOM, the preview's srcdoc included. Paths: the editor and its outline, the amendments
 * panel, the measure view (fields and the sandboxed print preview), the checks panel, the two-way
 * compare, the three-way merge, a paste into the editor, and the exported print HTML loaded into a
 * page WITH JavaScript (stricter than the printer, which runs with JavaScript off), with and without
 * its CSP. A control first proves the canary and the oracle fire on a page without the sanitizer.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { reportFigure } from '../support/figures';
import { payloadEdition, payloadMeasure } from '../support/xss-drafts';
import { collectDomElements, unsafeStructures } from '../support/xss-oracle';
import { refusedInFilings, XSS_PAYLOADS } from '../support/xss-payloads';
import { PROJECT_ROOT } from './support/amend-serve';
import { snap } from './support/screenshots';
import { callStudioApi, removeEditions, studioUrl } from './support/studio-page';
import { escapes, installXssCanary, type XssCanary } from './support/xss-canary';

test.describe.configure({ mode: 'serial' });

/** Time for anything a payload triggers on load (onerror, onbegin, meta refresh 0) to happen. */
const SETTLE_MS = 400;
/** Payloads the export paths carry (exports refuse control and bidi characters; a unit test checks that). */
const FILED_PAYLOADS = XSS_PAYLOADS.filter((payload) => !refusedInFilings(payload));

const folder = mkdtempSync(join(tmpdir(), 'amend-e2e-xss-'));
const edition = payloadEdition();
const files = {
  edition: join(folder, 'xss-edition.md'),
  /** Opened in the app: every payload, plus unreadable `## Amend Article PAYLOAD` parts for the checks. */
  draft: join(folder, 'xss-a.measure.md'),
  revisionB: join(folder, 'xss-b.measure.md'),
  revisionC: join(folder, 'xss-c.measure.md'),
  filingA: join(folder, 'xss-filing-a.measure.md'),
  filingB: join(folder, 'xss-filing-b.measure.md'),
};
writeFileSync(files.edition, edition);
writeFileSync(files.draft, payloadMeasure(edition, 'a', { unreadableHeadings: true }));
writeFileSync(files.revisionB, payloadMeasure(edition, 'b'));
writeFileSync(files.revisionC, payloadMeasure(edition, 'c'));
writeFileSync(files.filingA, payloadMeasure(edition, 'a', { filing: true }));
writeFileSync(files.filingB, payloadMeasure(edition, 'b', { filing: true }));

let page: Page;
let canary: XssCanary;
/** Every canary of the run: the app page's and each export page's. */
const canaries: XssCanary[] = [];
/** Oracle findings, `path: where: problem`. */
const unsafe: string[] = [];
/** Render path → how many payload ids it showed as text. */
const shown = new Map<string, number>();
let previewSrcdoc = '';

const views = (name: string): Locator =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });

/** Count the payload ids in `text`. */
function idsIn(text: string): number {
  return XSS_PAYLOADS.filter((payload) => text.includes(payload.id)).length;
}

/** Let payload events fire, then run the oracle on the whole DOM and record what `path` showed. */
async function checkPath(target: Page, path: string, text: string): Promise<void> {
  await target.waitForTimeout(SETTLE_MS);
  const problems = unsafeStructures(await target.evaluate(collectDomElements));
  unsafe.push(...problems.map((problem) => `${path}: ${problem}`));
  shown.set(path, Math.max(shown.get(path) ?? 0, idsIn(text)));
}

function callApi(method: string, body: unknown): Promise<unknown> {
  return callStudioApi(page, method, body);
}

/** Choose a file in a revision picker (its "Open a file…" entry opens the browser's file chooser). */
async function pickFile(label: string, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('combobox', { name: label }).selectOption('__file__');
  await (await chooser).setFiles(path);
}

/** Values of the inputs and text areas under `scope`. */
async function fieldValues(scope: Locator): Promise<string> {
  const values = await scope
    .locator('input, textarea')
    .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
  return values.join('\n');
}

/**
 * Where standalone documents are served from (fulfilled by a route, never resolved): a real navigation,
 * so the canary's init script and binding are in place before the document's own code could run.
 */
const STANDALONE_ORIGIN = 'http://standalone.invalid';

/** Open `html` in a fresh page with JavaScript on and the canary installed; returns page and canary. */
async function openStandalone(browser: Browser, html: string): Promise<{ page: Page; canary: XssCanary }> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const standalone = await context.newPage();
  const standaloneCanary = await installXssCanary(standalone, STANDALONE_ORIGIN);
  await standalone.route(`${STANDALONE_ORIGIN}/document.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await standalone.goto(`${STANDALONE_ORIGIN}/document.html`, { waitUntil: 'load' });
  return { page: standalone, canary: standaloneCanary };
}

/** Load `html` into a fresh JavaScript-enabled page (no app, no sanitizer after the fact) and check it. */
async function checkStandalone(browser: Browser, path: string, html: string): Promise<void> {
  const { page: standalone, canary: standaloneCanary } = await openStandalone(browser, html);
  canaries.push(standaloneCanary);
  const text = await standalone.evaluate(() => document.body.textContent ?? '');
  await checkPath(standalone, path, text);
  await standalone.context().close();
}

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  canary = await installXssCanary(page, new URL(studioUrl()).origin);
  canaries.push(canary);
  await page.goto(studioUrl());
  const imported = (await callApi('importEdition', { fileName: 'xss-edition.md', content: edition })) as {
    ok: boolean;
  };
  expect(imported.ok).toBe(true);
  await page.reload();
});

test.afterAll(async () => {
  // Leave the library as the other specs expect it (one edition to draft against).
  await removeEditions(page, (edition) => edition.title.includes('XSS corpus'));
  await page.close();
});

test('control: without the sanitizer the canary and the oracle fire', async ({ browser }) => {
  const { page: raw, canary: rawCanary } = await openStandalone(
    browser,
    `<img src=x onerror="__xss('control')"><script>alert('control-alert')</script>` +
      `<img src="https://xss.invalid/control">`,
  );
  await expect
    .poll(() => rawCanary.executions)
    .toEqual(expect.arrayContaining(['canary:control', 'alert:control-alert']));
  expect(rawCanary.foreignRequests).toContain('https://xss.invalid/control');
  expect(unsafeStructures(await raw.evaluate(collectDomElements)).length).toBeGreaterThanOrEqual(2);
  await raw.context().close();

  // The canary is defined inside the app's pages too (init scripts run before the app, despite its CSP).
  const app = await browser.newPage();
  const appCanary = await installXssCanary(app, new URL(studioUrl()).origin);
  await app.goto(studioUrl());
  await app.evaluate(() => (window as unknown as { __xss: (id: string) => void }).__xss('control-app'));
  await expect.poll(() => appCanary.executions).toContain('canary:control-app');
  // A page without payloads reports no CSP violation: any counted later came from a payload.
  expect(appCanary.cspBlocks).toEqual([]);
  await app.close();
});

test('(a) the editor and its outline', async () => {
  await views('Library').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Open measure…/ }).click();
  await (await chooser).setFiles(files.draft);
  const outline = page.getByRole('tree', { name: 'Outline' });
  await expect(outline).toBeVisible();
  await expect(page.locator('.monaco-editor .view-line').first()).toBeVisible();
  let editorText = '';
  for (let section = 1; section <= 8; section += 1) {
    const item = outline.getByRole('treeitem', { name: new RegExp(`^Article I, Section ${section}\\b`) });
    if ((await item.count()) === 0) {
      await outline
        .getByRole('treeitem', { name: /^Article I DECLARATION/ })
        .locator('.outline-row')
        .first()
        .click();
    }
    await item.click();
    await page.waitForTimeout(100);
    editorText += (await page.locator('.monaco-editor .view-lines').innerText()) + '\n';
  }
  const outlineText = (await outline.textContent()) ?? '';
  // Heading payloads title the articles: shown as text in the outline.
  expect(outlineText).toContain("__xss('x011')");
  await checkPath(page, 'editor', editorText);
  await checkPath(page, 'outline', outlineText);
  await snap(page, 'xss-edit-view');
});

test('(b) the amendments panel', async () => {
  const panel = page.getByRole('region', { name: 'Amendments' });
  await expect(
    panel.getByText('Section 1 of Article I of the California Constitution is amended to read:').first(),
  ).toBeVisible();
  await checkPath(page, 'amendments panel', (await panel.textContent()) ?? '');
});

test('(c) the measure view: fields and the sandboxed print preview', async () => {
  await views('Measure').click();
  const frame = page.locator('iframe[title="Measure as it will be filed"]');
  // Sandboxed without scripts ("" or allow-same-origin, for the app's link interception).
  expect(await frame.getAttribute('sandbox')).not.toMatch(/allow-scripts|allow-top-navigation|allow-popups/);
  // Polled as a boolean: a failed toHaveAttribute would print the whole document, fonts and all.
  const srcdocHas = (pattern: RegExp) => async (): Promise<boolean> =>
    pattern.test((await frame.getAttribute('srcdoc')) ?? '');
  await expect.poll(srcdocHas(/x001/)).toBe(true);
  const fields = page.locator('.measure-fields');
  await expect(page.getByRole('textbox', { name: 'Title of the measure' })).toHaveValue(/x169|__xss/);
  previewSrcdoc = (await frame.getAttribute('srcdoc')) ?? '';
  const previewText = await page.evaluate(
    (html) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '',
    previewSrcdoc,
  );
  await checkPath(page, 'measure view', `${await fieldValues(fields)}\n${previewText}`);
  // Typing a payload into a field re-renders the preview from it.
  await page.getByRole('textbox', { name: 'Title of the measure' }).fill(XSS_PAYLOADS[0]!.text);
  await page.getByRole('textbox', { name: 'Purpose and Intent' }).click();
  await expect.poll(srcdocHas(/<h1[^>]*>&#x3C;img src=x onerror="__xss\('x001'\)/)).toBe(true);
  await checkPath(page, 'measure view', await fieldValues(fields));
  await snap(page, 'xss-measure-view');
});

test('(d) the checks panel quotes payloads as text', async () => {
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks.getByText(/the Title section cites the measure as/)).toBeVisible();
  await expect(checks.getByText(/cannot read the provision/).first()).toBeVisible();
  await checkPath(page, 'checks panel', (await checks.textContent()) ?? '');
});

test('(e) two revisions compared side by side', async () => {
  await views('Compare').click();
  await pickFile('Older revision (A)', files.draft);
  await pickFile('Newer revision (B)', files.revisionB);
  const summary = page.getByRole('region', { name: 'What changed from A to B' });
  await expect(summary).toBeVisible();
  await expect(page.getByTestId('revision-diff-editor').locator('.editor.modified .view-line').first()).toBeVisible();
  const diffText = await page.getByTestId('revision-diff-editor').innerText();
  await checkPath(page, 'compare', `${(await summary.textContent()) ?? ''}\n${diffText}`);
});

test('(f) a three-way merge of revisions', async () => {
  await page.getByText('Merge (three-way)', { exact: true }).click();
  await pickFile('Common parent', files.draft);
  await pickFile('Ours', files.revisionB);
  await pickFile('Theirs', files.revisionC);
  await expect(page.getByText(/\d+ conflicts? to resolve\./)).toBeVisible();
  await checkPath(page, 'merge', (await page.locator('main').textContent()) ?? '');
  await snap(page, 'xss-merge-view');
});

test('(g) payloads pasted into the editor', async () => {
  await views('Edit').click();
  const outline = page.getByRole('tree', { name: 'Outline' });
  await outline.getByRole('treeitem', { name: /^Article I, Section 2\b/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('constitution-editor').locator('.monaco-editor')).toHaveClass(/\bfocused\b/);
  // From the section heading to the end of its body line (as a drafter types at the end of the text).
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const pasted = XSS_PAYLOADS.map((payload) => payload.text).join(' ');
  await page.evaluate((text) => {
    const target = document.activeElement ?? document.body;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    data.setData('text/html', text);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, pasted);
  const panel = page.getByRole('region', { name: 'Amendments' });
  await expect(panel).toContainText('x174');
  await checkPath(page, 'paste', (await panel.textContent()) ?? '');
  // The whole paste reached the draft: the print preview, rebuilt from it, shows every payload as text.
  await views('Measure').click();
  const frame = page.locator('iframe[title="Measure as it will be filed"]');
  const pastedShown = async (): Promise<number> => {
    const html = (await frame.getAttribute('srcdoc')) ?? '';
    const start = html.indexOf('Section 2 of Article I of the California Constitution');
    return idsIn(html.slice(start, html.indexOf('Section 3 of Article I of the California Constitution', start)));
  };
  await expect.poll(pastedShown).toBe(XSS_PAYLOADS.length);
  const previewText = await page.evaluate(
    (html) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '',
    (await frame.getAttribute('srcdoc')) ?? '',
  );
  await checkPath(page, 'paste', previewText);
});

test('(h) the exported print HTML, run with JavaScript on, with and without its CSP', async ({ browser }) => {
  const exportHtml = (args: string[]): string => {
    const out = join(folder, `export-${Date.now()}.html`);
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin/amend.mjs'), 'export', ...args, '-o', out], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    return readFileSync(out, 'utf8');
  };
  const documents = [
    exportHtml([files.filingA, '--format', 'html']),
    exportHtml([files.filingB, '--compare-to', files.filingA, '--format', 'html']),
    previewSrcdoc,
  ];
  for (const html of documents) {
    expect(html).toContain('Content-Security-Policy');
    await checkStandalone(browser, 'export', html);
    await checkStandalone(browser, 'export', html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
  }
});

test('figure: 0 executed, 0 unsafe structures, every path showed the payloads as text', () => {
  const executed = canaries.flatMap(escapes);
  const cspBlocks = canaries.reduce((sum, each) => sum + each.cspBlocks.length, 0);
  const paths = [...shown.keys()];
  const passed = executed.length === 0 && unsafe.length === 0 && paths.length >= 6;
  reportFigure(
    'xss-corpus',
    `XSS corpus: ${XSS_PAYLOADS.length} payloads x ${paths.length} render paths, ${executed.length} executed, ` +
      `${unsafe.length} unsafe structures, ${cspBlocks} CSP blocks`,
    passed,
  );
  for (const block of canaries.flatMap((each) => each.cspBlocks)) console.log(`  CSP blocked: ${block}`);
  console.log(
    [...shown].map(([path, count]) => `  ${path}: ${count}/${XSS_PAYLOADS.length} payload ids shown`).join('\n'),
  );
  expect(executed).toEqual([]);
  expect(unsafe).toEqual([]);
  expect(paths.length).toBeGreaterThanOrEqual(6);
  // The payloads were really rendered, as text: the full-text paths show (nearly) every id.
  for (const path of ['measure view', 'checks panel', 'paste', 'export']) {
    expect(shown.get(path), path).toBeGreaterThanOrEqual(
      path === 'export' ? FILED_PAYLOADS.length : XSS_PAYLOADS.length,
    );
  }
});
