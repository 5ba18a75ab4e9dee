/**
 * Run a pipeline property in a worker thread with a watchdog. fast-check's own time limits
 * (`interruptAfterTimeLimit`, `timeout`) only act between runs or on promises, so a synchronous
 * infinite loop inside the pipeline would hang vitest; here the parent watches the worker's run
 * counter and terminates the thread when it stops moving, which fails the property as a hang.
 */
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { FuzzJob, FuzzReport, FuzzTarget } from './pipeline-fuzz.worker';

/** How often the watchdog looks at the run counter. */
const WATCH_INTERVAL_MS = 250;
/** Loading tsx, fast-check and the pipeline in a fresh thread takes seconds on a busy machine. */
const STARTUP_LIMIT_MS = 60_000;

export interface WorkerOutcome {
  readonly property: FuzzTarget;
  /** The worker's report, or undefined when it hung, crashed or never started. */
  readonly report?: FuzzReport;
  /** Why there is no report (hang with the run it stopped at, crash, startup timeout). */
  readonly problem?: string;
}

const WORKER_FILE = pathToFileURL(resolve(import.meta.dirname, 'pipeline-fuzz.worker.ts')).href;
/** The worker runs TypeScript: register tsx's loader in the thread, then load the worker module. */
const BOOTSTRAP = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_FILE)}); })`;

/**
 * Run `property` for `numRuns` runs from `seed`. The worker is terminated when no run finishes for
 * `hangAfterMs` (a hang), and reports runs slower than `budgetMs`.
 */
export function runPropertyInWorker(
  property: FuzzTarget,
  options: { seed: number; numRuns: number; budgetMs: number; hangAfterMs: number },
): Promise<WorkerOutcome> {
  const progress = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const counters = new Int32Array(progress);
  const job: FuzzJob = { property, seed: options.seed, numRuns: options.numRuns, budgetMs: options.budgetMs, progress };
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: job });
  return new Promise<WorkerOutcome>((settle) => {
    let settled = false;
    const finish = (outcome: WorkerOutcome): void => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      void worker.terminate();
      settle(outcome);
    };
    const started = Date.now();
    let lastCount = -1;
    let lastMove = Date.now();
    const watchdog = setInterval(() => {
      const count = Atomics.load(counters, 0);
      if (Atomics.load(counters, 1) === 0) {
        if (Date.now() - started > STARTUP_LIMIT_MS) finish({ property, problem: 'the worker did not start' });
        return;
      }
      if (count !== lastCount) {
        lastCount = count;
        lastMove = Date.now();
      } else if (Date.now() - lastMove > options.hangAfterMs) {
        finish({
          property,
          problem: `hang: run ${count + 1} (seed ${options.seed}) did not finish within ${options.hangAfterMs} ms`,
        });
      }
    }, WATCH_INTERVAL_MS);
    worker.once('message', (report: FuzzReport) => finish({ property, report }));
    worker.once('error', (error) => finish({ property, problem: `the worker crashed: ${error.message}` }));
    worker.once('exit', (code) => finish({ property, problem: `the worker exited with code ${code} and no report` }));
  });
}
