/**
 * `npm run bench [-- <suite name filter>]`: runs the benchmark suites and prints their figures.
 * Suites that need the 2011 constitution print a notice and skip themselves when it is absent.
 */
import { SUITES } from './suites/index';

const filter = process.argv[2];
const selected = SUITES.filter((suite) => filter === undefined || suite.name.includes(filter));
if (selected.length === 0) {
  console.log(filter === undefined ? 'No benchmark suites are registered.' : `No benchmark suite matches "${filter}".`);
}
for (const suite of selected) {
  console.log(`\n## ${suite.name}\n`);
  await suite.run();
}
