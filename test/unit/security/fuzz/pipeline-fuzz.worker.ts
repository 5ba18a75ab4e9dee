/**
 * Runs one pipeline property under fast-check inside a worker thread (started by run-in-worker.ts).
 * Every finished run bumps a shared counter, so the parent's watchdog can tell a slow run from a
 * hang and terminate the thread; each run is timed, and runs over the per-run budget are reported.
 */
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { PIPELINE_PROPERTIES, type PipelineProperty, type PipelinePropertyName } from './pipeline-properties';

/** How long the slow probe sleeps per run. */
const SLOW_PROBE_MS = 300;

/** Stand-ins for broken pipelines, to prove the harness reports a hang and a run over the budget. */
export const HARNESS_PROBES = {
  'probe-hang': {
    description: 'a run that never finishes',
    arbitrary: fc.constant(0),
    check: (): void => {
      for (;;) Atomics.load(new Int32Array(1), 0); // spins forever, as a pipeline bug would
    },
  },
  'probe-slow': {
    description: 'a run slower than the budget',
    arbitrary: fc.constant(0),
    check: (): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SLOW_PROBE_MS),
  },
} satisfies Record<string, PipelineProperty<unknown>>;

export type FuzzTarget = PipelinePropertyName | keyof typeof HARNESS_PROBES;

export interface FuzzJob {
  readonly property: FuzzTarget;
  readonly seed: number;
  readonly numRuns: number;
  /** A run longer than this counts as a failure (it would freeze the app's worker past its timeout). */
  readonly budgetMs: number;
  /** Int32Array over it: [0] = runs finished (heartbeat for the watchdog), [1] = 1 once the modules loaded. */
  readonly progress: SharedArrayBuffer;
}

export interface FuzzReport {
  readonly property: FuzzTarget;
  readonly description: string;
  readonly seed: number;
  /** Runs fast-check completed (fewer than asked when a counterexample stopped it). */
  readonly numRuns: number;
  readonly failed: boolean;
  /** fast-check's report: seed, path and the shrunk counterexample. */
  readonly failure?: string;
  readonly overBudget: number;
  readonly overBudgetExamples: readonly string[];
  readonly slowestMs: number;
  readonly totalMs: number;
}

/** How many over-budget inputs to keep for the report. */
const KEEP_SLOW_EXAMPLES = 3;
/** Longest input excerpt kept in a report line. */
const EXCERPT_CHARS = 300;

/** fast-check's report (seed, path, shrunk counterexample) and the error the check threw. */
function failureText(details: fc.RunDetails<[unknown]>): string {
  const error = details.errorInstance;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `${fc.defaultReportMessage(details) ?? 'failed'}\nError: ${detail}`;
}

function run(job: FuzzJob): FuzzReport {
  const property: PipelineProperty<unknown> =
    job.property in HARNESS_PROBES
      ? HARNESS_PROBES[job.property as keyof typeof HARNESS_PROBES]
      : PIPELINE_PROPERTIES[job.property as PipelinePropertyName];
  const progress = new Int32Array(job.progress);
  Atomics.store(progress, 1, 1);
  let overBudget = 0;
  let slowestMs = 0;
  const overBudgetExamples: string[] = [];
  const started = performance.now();
  const details = fc.check(
    fc.property(property.arbitrary, (input) => {
      const start = performance.now();
      try {
        property.check(input);
      } finally {
        const elapsed = performance.now() - start;
        slowestMs = Math.max(slowestMs, elapsed);
        if (elapsed > job.budgetMs) {
          overBudget++;
          if (overBudgetExamples.length < KEEP_SLOW_EXAMPLES) {
            overBudgetExamples.push(`${Math.round(elapsed)} ms: ${fc.stringify(input).slice(0, EXCERPT_CHARS)}`);
          }
        }
        Atomics.add(progress, 0, 1);
      }
    }),
    { seed: job.seed, numRuns: job.numRuns },
  );
  return {
    property: job.property,
    description: property.description,
    seed: job.seed,
    numRuns: details.numRuns,
    failed: details.failed,
    ...(details.failed ? { failure: failureText(details) } : {}),
    overBudget,
    overBudgetExamples,
    slowestMs,
    totalMs: performance.now() - started,
  };
}

parentPort?.postMessage(run(workerData as FuzzJob));
