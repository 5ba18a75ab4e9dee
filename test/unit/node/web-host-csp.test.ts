/**
 * The web host's CSP in a real Chromium: the app's own script runs, an inline script does not, the
 * sandboxed srcdoc print preview still renders its inline styles, and nothing can be fetched from
 * another origin.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../../src/node/printer/chromium-printer';
import { findChromium } from '../../../src/node/printer/find-chromium';
import { startWebHost, type RunningWebHost } from '../../../src/node/web-host';
import { newTestService } from '../api/contract-suite';

const PREVIEW = '<style>html,body{margin:0;height:100%;background:rgb(0,128,0)}</style><p>preview</p>';

function pageFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'amend-csp-'));
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><html><head><script>window.inlineRan = true;</script><script src="./app.js"></script></head>` +
      `<body style="margin:0"><iframe id="preview" sandbox="" style="border:0;width:200px;height:100px"></iframe></body></html>`,
  );
  writeFileSync(
    join(root, 'app.js'),
    `window.appRan = true;
     addEventListener('DOMContentLoaded', () => { document.getElementById('preview').srcdoc = ${JSON.stringify(PREVIEW)}; });
     try { window.evalResult = eval('1 + 1'); } catch (e) { window.evalResult = 'blocked'; }
     fetch('http://example.invalid/x').then(() => { window.fetchResult = 'fetched'; }, () => { window.fetchResult = 'blocked'; });`,
  );
  return root;
}

describe('web host CSP in Chromium', () => {
  let host: RunningWebHost;
  let browser: Browser;
  let cleanUp: () => Promise<void>;

  beforeAll(async () => {
    const lookup = findChromium(process.env);
    if (!lookup.found) throw new Error(`This test needs Chromium: ${lookup.reason}`);
    const { service, printer } = await newTestService();
    host = await startWebHost({ service, rendererDir: pageFixture() });
    browser = await chromium.launch({ executablePath: lookup.path, args: [...CHROMIUM_ARGS] });
    cleanUp = async () => {
      await browser.close();
      await host.close();
      service.close();
      await printer.close();
    };
  });
  afterAll(() => cleanUp());

  it('runs the app script, blocks inline script and eval, keeps the sandboxed preview styled', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    await page.goto(host.url);
    await page.waitForFunction(
      () => document.querySelector('iframe')?.getAttribute('srcdoc') !== null && 'fetchResult' in window,
    );
    await page.waitForTimeout(300);
    const flags = await page.evaluate(() => {
      const state = window as unknown as Record<string, unknown>;
      return {
        app: state['appRan'],
        inline: state['inlineRan'] ?? false,
        eval: state['evalResult'],
        fetch: state['fetchResult'],
      };
    });
    expect(flags).toEqual({ app: true, inline: false, eval: 'blocked', fetch: 'blocked' });
    expect(violations.length).toBeGreaterThan(0);

    const shot = PNG.sync.read(await page.locator('#preview').screenshot());
    const middle = (shot.width * Math.floor(shot.height / 2) + Math.floor(shot.width / 2)) * 4;
    expect([shot.data[middle], shot.data[middle + 1], shot.data[middle + 2]]).toEqual([0, 128, 0]);
    await page.close();
  });
});
