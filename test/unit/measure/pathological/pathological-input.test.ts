/**
 * The pathological inputs of the reliability study (§3.4, T6) through the core: parse as an edition,
 * diff, parse as a measure, build the measure document, print HTML, lint. Run in a worker thread with
 * a watchdog, so a hang fails this test instead of stalling vitest. Every case must finish, keep every
 * letter of the hostile text in the printed measure (nothing silently dropped), and say so when it
 * printed text as written instead of reading it as Markdown.
 */
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATHOLOGICAL_CASES } from '../../../support/pathological-cases';
import type { CaseResult } from './pathological-input.worker';

/**
 * No case may take longer than this (all stages). Not a speed target (that is the bench): before the
 * caps, a 10 MB line took ~50 s in the measure document alone and a 4 MB nested list did not finish.
 */
const HANG_AFTER_MS = 60_000;

const WORKER_FILE = pathToFileURL(resolve(import.meta.dirname, 'pathological-input.worker.ts')).href;
const BOOTSTRAP = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_FILE)}); })`;

/** Run every case in a fresh thread; a case that does not answer within HANG_AFTER_MS is a hang. */
function runCases(): Promise<{ results: CaseResult[]; problem?: string }> {
  const worker = new Worker(BOOTSTRAP, { eval: true });
  const results: CaseResult[] = [];
  return new Promise((settle) => {
    let timer: ReturnType<typeof setTimeout>;
    const finish = (problem?: string): void => {
      clearTimeout(timer);
      void worker.terminate();
      settle(problem === undefined ? { results } : { results, problem });
    };
    const arm = (): void => {
      clearTimeout(timer);
      const next = PATHOLOGICAL_CASES[results.length]?.id ?? 'startup';
      timer = setTimeout(() => finish(`hang: case ${next} did not finish within ${HANG_AFTER_MS} ms`), HANG_AFTER_MS);
    };
    arm();
    worker.on('message', (message: CaseResult | 'done') => {
      if (message === 'done') return finish();
      results.push(message);
      arm();
    });
    worker.once('error', (error) => finish(`the worker crashed: ${error.message}`));
    worker.once('exit', (code) => finish(`the worker exited with code ${code}`));
  });
}

describe('pathological input through the core', () => {
  it(
    'finishes every case, keeps every letter, and reports text it did not read as Markdown',
    async () => {
      const { results, problem } = await runCases();
      for (const result of results) console.log(`${result.id}: ${JSON.stringify(result.stages)}`);
      expect(problem).toBeUndefined();
      expect(results.map((result) => result.id)).toEqual(PATHOLOGICAL_CASES.map((testCase) => testCase.id));
      for (const result of results) {
        expect(result.internalErrors, result.id).toBe(0);
        expect(result.articles, result.id).toBe(1);
        expect(result.lettersPrinted, result.id).toBe(result.lettersIn);
      }
      const unread = Object.fromEntries(results.map((result) => [result.id, result.unreadWarnings > 0]));
      // Too deep or too long to read: printed as written, and said so. Plain words need no parser.
      expect(unread).toEqual({
        'list-depth-10000': true,
        'list-indent-2000': true,
        'line-10mb': false,
        'paragraphs-100k': false,
        'quote-10000': true,
        'bracket-100k': true,
        'emphasis-10000': true,
        'cr-only-100k': false,
      });
    },
    8 * 60_000,
  );
});
