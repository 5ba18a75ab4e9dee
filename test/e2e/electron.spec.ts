/**
 * The desktop app end to end with Playwright's `_electron`: the same drafting flow as the web e2e
 * (drafting.spec.ts) — open the app, import the constitution, edit, see the amendments panel — plus
 * runtime security checks on every webContents. Needs an Electron binary (ELECTRON_PATH, or the npm
 * package's node_modules/electron/dist). Where there is none, it says so in one line and checks what
 * can be checked without one: the bundles, and the packaged app (asar contents and fuses) built by
 * electron-builder around a stand-in binary.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { STUDIO_METHODS } from '../../src/api/contract';
import { CONSTITUTION_2011_PATH } from '../support/constitution-2011';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CLAUSE = 'Section 1 of Article III of the California Constitution is amended to read:';
const NO_BINARY =
  'Electron e2e: no Electron binary on this machine (set ELECTRON_PATH); the same flow ran in Chromium via the web host';

/** The Electron executable to drive, if this machine has one. */
function electronBinary(): string | undefined {
  const configured = process.env['ELECTRON_PATH'];
  if (configured !== undefined && configured !== '') {
    if (!existsSync(configured)) throw new Error(`ELECTRON_PATH is set to ${configured}, which does not exist.`);
    return configured;
  }
  const executable =
    process.platform === 'darwin'
      ? 'Electron.app/Contents/MacOS/Electron'
      : process.platform === 'win32'
        ? 'electron.exe'
        : 'electron';
  const packaged = join(PROJECT_ROOT, 'node_modules', 'electron', 'dist', executable);
  return existsSync(packaged) ? packaged : undefined;
}

function requireBuilt(): void {
  for (const built of ['out/electron/main.cjs', 'out/electron/preload.cjs', 'out/renderer/index.html']) {
    if (!existsSync(join(PROJECT_ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` first.`);
  }
}

const BINARY = electronBinary();

if (BINARY === undefined) {
  test('Electron shell without a binary: bundles and packaged app (asar, fuses)', async () => {
    console.log(NO_BINARY);
    requireBuilt();
    const preload = readFileSync(join(PROJECT_ROOT, 'out/electron/preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1])).toEqual(['electron']);

    // Package around a stand-in Electron whose only content is the fuse wire (sentinel, version 1,
    // 8 fuses in Electron's defaults), then read the wire back: the fuses electron-builder.yml asks for.
    const dist = mkdtempSync(join(tmpdir(), 'amend-fake-electron-'));
    mkdirSync(join(dist, 'resources'));
    writeFileSync(join(dist, 'electron'), '#!/bin/sh\nexit 0\ndL7pKGdnNz796PbbjQWNKmHXBZaB9tsX\u0001\u000810011101');
    chmodSync(join(dist, 'electron'), 0o755);
    writeFileSync(join(dist, 'version'), '45.4.1');
    writeFileSync(join(dist, 'LICENSE'), 'MIT');
    const output = mkdtempSync(join(tmpdir(), 'amend-release-'));
    execFileSync(
      process.execPath,
      [
        join(PROJECT_ROOT, 'node_modules/electron-builder/cli.js'),
        '--linux',
        '--dir',
        `-c.electronDist=${dist}`,
        `-c.directories.output=${output}`,
      ],
      { cwd: PROJECT_ROOT, stdio: 'pipe', timeout: 120_000 },
    );
    const unpacked = join(output, 'linux-unpacked');
    const binary = readFileSync(join(unpacked, 'amendment-studio'), 'latin1');
    const wire = binary.slice(
      binary.indexOf('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX') + 34,
      binary.indexOf('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX') + 42,
    );
    // RunAsNode off, cookie encryption on, NODE_OPTIONS off, --inspect off, asar integrity on,
    // only-load-from-asar on, browser V8 snapshot off, file:// extra privileges off.
    expect(wire).toBe('01001100');

    const { listPackage } = await import('@electron/asar');
    const entries = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
    expect(entries.filter((entry) => entry.includes('node_modules'))).toEqual([]);
    expect(entries).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/out/electron/main.cjs',
        '/out/electron/preload.cjs',
        '/out/renderer/index.html',
      ]),
    );
  });
} else {
  test.describe.serial('Electron shell', () => {
    let app: ElectronApplication;
    let page: Page;
    const requests: string[] = [];

    test.beforeAll(async () => {
      requireBuilt();
      app = await electron.launch({
        executablePath: BINARY,
        args: [PROJECT_ROOT],
        env: {
          ...process.env,
          AMEND_HOME: mkdtempSync(join(tmpdir(), 'amend-electron-home-')),
          ELECTRON_ENABLE_SECURITY_WARNINGS: 'true',
        },
      });
      page = await app.firstWindow();
      page.on('request', (request) => requests.push(request.url()));
      // Playwright cannot click native dialogs: answer the open dialog with the constitution file.
      await app.evaluate(({ dialog }, path) => {
        dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [path] });
      }, CONSTITUTION_2011_PATH);
    });

    test.afterAll(async () => {
      await app.close();
    });

    test('every window is isolated, without Node, and exposes only the StudioApi', async () => {
      expect(page.url()).toBe('app://main/index.html');
      for (const window of app.windows()) {
        const globals = await window.evaluate(() => {
          const scope = window as unknown as Record<string, unknown>;
          return { require: typeof scope['require'], process: typeof scope['process'], module: typeof scope['module'] };
        });
        expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
      }
      const keys = await page.evaluate(() => Object.keys((window as unknown as { studio: object }).studio).sort());
      expect(keys).toEqual([...STUDIO_METHODS, 'onEvent'].sort());
    });

    test('imports the constitution through the native dialog', async () => {
      await expect(
        page.getByRole('heading', { name: 'Start with the text of the California Constitution' }),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Import constitution text…' }).click();
      await expect(page.getByRole('heading', { name: 'Constitution editions' })).toBeVisible();
    });

    test('edits Article III, Section 1 and sees the amending clause', async () => {
      await page.getByRole('button', { name: /^Draft an amendment to / }).click();
      const outline = page.getByRole('tree', { name: 'Outline' });
      await outline
        .getByRole('treeitem', { name: /^Article III STATE OF CALIFORNIA/ })
        .locator('.outline-row')
        .first()
        .click();
      await outline.getByRole('treeitem', { name: 'Article III, Section 1', exact: true }).click();
      const word = page.locator('.monaco-editor .view-line span', { hasText: 'inseparable' }).first();
      await word.dblclick();
      await page.keyboard.press('Delete');
      await page.keyboard.press('Delete');
      await expect(page.getByRole('region', { name: 'Amendments' }).getByText(CLAUSE)).toBeVisible();
    });

    test('nothing was fetched from outside the app', () => {
      expect(requests.filter((url) => !/^(app|data|blob):/.test(url))).toEqual([]);
    });
  });
}
