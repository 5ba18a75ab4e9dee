import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** AMEND_TEST_REPORTS (set by .ci/run) adds a JSON report that .ci/run turns into summary lines. */
const reports = process.env['AMEND_TEST_REPORTS'];

export default defineConfig({
  test: {
    root: '.',
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // Property tests run 10,000+ cases; give them room without hiding real hangs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    ...(reports === undefined
      ? {}
      : { reporters: ['default', 'json'], outputFile: { json: resolve(reports, 'unit.json') } }),
  },
});
