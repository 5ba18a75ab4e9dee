// The figures of `npm test` (see test/support/figures.ts):
//   node scripts/figures.mjs reset   forget the figures of an earlier run (first step of npm test)
//   node scripts/figures.mjs print   print every figure; exit 1 when a required one is missing or failed
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const folder = resolve(process.env.AMEND_FIGURES_DIR ?? join(root, 'test-results', 'figures'));
const required = JSON.parse(readFileSync(join(import.meta.dirname, 'required-figures.json'), 'utf8'));

const command = process.argv[2];
if (command === 'reset') {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
} else if (command === 'print') {
  const records = new Map();
  if (existsSync(folder)) {
    for (const name of readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .sort()) {
      const record = JSON.parse(readFileSync(join(folder, name), 'utf8'));
      records.set(record.id, record);
    }
  }
  const problems = [];
  console.log('figures:');
  for (const [id, what] of Object.entries(required)) {
    const record = records.get(id);
    if (record === undefined) {
      problems.push(`${id} (${what}) was not reported: did its test run?`);
      console.log(`  MISSING ${id}: ${what}`);
    } else {
      if (!record.passed) problems.push(`${id} missed its bar: ${record.line}`);
      console.log(`  ${record.passed ? 'ok  ' : 'FAIL'} ${record.line}`);
    }
  }
  for (const [id, record] of records) {
    if (!(id in required)) console.log(`  ${record.passed ? 'ok  ' : 'FAIL'} ${record.line} (not required)`);
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(`figures: ${problem}`);
    process.exit(1);
  }
} else {
  console.error('usage: node scripts/figures.mjs reset|print');
  process.exit(2);
}
