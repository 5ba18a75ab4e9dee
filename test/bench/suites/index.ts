import type { BenchSuite } from '../harness';

/** Every benchmark suite, in the order `npm run bench` runs them. Each capability adds one line. */
export const SUITES: readonly BenchSuite[] = [];
