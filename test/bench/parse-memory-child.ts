/**
 * Run in a fresh process by the parse bench: the peak memory of parsing the 2011 file, without the
 * rest of the bench (remark runs, earlier suites) in the same heap. Prints one JSON line.
 */
import { parseConstitution } from '../../src/constitution/parse';
import { readConstitution2011 } from '../support/constitution-2011';

const source = readConstitution2011();
const collect = (globalThis as { gc?: () => void }).gc;
collect?.();
const before = process.memoryUsage();
const maxRssBeforeKb = process.resourceUsage().maxRSS;
const doc = parseConstitution(source);
// Everything the tree builds lazily (section children, messages) is built too: the worst case.
const messages = doc.messages.length;
const after = process.memoryUsage();
const peakRssKb = process.resourceUsage().maxRSS;
console.log(
  JSON.stringify({
    rssBeforeMb: maxRssBeforeKb / 1024,
    peakRssMb: peakRssKb / 1024,
    heapGrowthMb: (after.heapUsed - before.heapUsed) / 1024 / 1024,
    messages,
  }),
);
