/**
 * End-to-end tests of the renderer in Debian's Chromium against the real local web host
 * (`amend serve`, started by global-setup.ts with a fresh AMEND_HOME), and of the Electron shell
 * (electron.spec.ts, which checks what it can where no Electron binary exists). Build first:
 * `npm run build`.
 */
import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  outputDir: '../../test-results/e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 1,
  fullyParallel: false,
  // AMEND_TEST_REPORTS (set by .ci/run) adds a JSON report that .ci/run turns into summary lines.
  reporter:
    process.env['AMEND_TEST_REPORTS'] === undefined
      ? [['list']]
      : [['list'], ['json', { outputFile: resolve(process.env['AMEND_TEST_REPORTS'], 'e2e.json') }]],
  globalSetup: './global-setup.ts',
  use: {
    viewport: { width: 1440, height: 900 },
    colorScheme: 'light',
    // No traces: the trace snapshotter injects a script into every frame, and the sandboxed print
    // preview (rightly) blocks it with a console error that the tests treat as a failure.
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
  },
});
