import type { BenchSuite } from '../harness';
import { diffSuite } from './diff';
import { exportSuite } from './export';
import { parseSuite } from './parse';
import { rendererSuite } from './renderer';

/** Every benchmark suite, in the order `npm run bench` runs them. Each capability adds one line. */
export const SUITES: readonly BenchSuite[] = [parseSuite, diffSuite, exportSuite, rendererSuite];
