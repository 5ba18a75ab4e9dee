import type { BenchSuite } from '../harness';
import { exportSuite } from './export';

/** Every benchmark suite, in the order `npm run bench` runs them. Each capability adds one line. */
export const SUITES: readonly BenchSuite[] = [exportSuite];
