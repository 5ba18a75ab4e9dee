// Prints what the test runs of `npm test` found, as plain closing lines (node:test style, which CI
// reads): the Vitest and Playwright JSON reports written when AMEND_TEST_REPORTS is set.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? process.env.AMEND_TEST_REPORTS;
if (folder === undefined) {
  console.error('test-summary: name the reports folder (argument or AMEND_TEST_REPORTS)');
  process.exit(2);
}
const read = (name) => {
  const path = join(folder, name);
  if (!existsSync(path)) throw new Error(`test-summary: ${path} is missing: did the test run write its report?`);
  return JSON.parse(readFileSync(path, 'utf8'));
};
const unit = read('unit.json');
const e2e = read('e2e.json').stats;
const passed = unit.numPassedTests + e2e.expected;
const failed = unit.numFailedTests + e2e.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped;
console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
console.log(`e2e: ${e2e.expected} passed, ${e2e.unexpected} failed, ${e2e.flaky} flaky`);
console.log(`# tests ${passed + failed + skipped}`);
console.log(`# pass ${passed}`);
console.log(`# fail ${failed}`);
console.log(`# skipped ${skipped}`);
process.exit(failed > 0 ? 1 : 0);
