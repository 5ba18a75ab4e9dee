/**
 * Runs the core pipeline on each pathological case (test/support/pathological-cases.ts) inside a
 * worker thread, so the parent can terminate it when a stage hangs. Posts one result per case.
 */
import { parentPort } from 'node:worker_threads';
import { parseConstitution } from '../../../../src/constitution/parse';
import { createDiffSession } from '../../../../src/diff/incremental';
import { buildMeasureDocument } from '../../../../src/measure/build-document';
import { lintMeasure } from '../../../../src/measure/lint';
import { parseMeasure } from '../../../../src/measure/parse-measure';
import { renderMeasureText } from '../../../../src/measure/render-text';
import { renderPrintHtml } from '../../../../src/render/print-html';
import { PATHOLOGICAL_CASES, hostileEdition, hostileMeasure } from '../../../support/pathological-cases';

export interface CaseResult {
  readonly id: string;
  /** Milliseconds per stage. */
  readonly stages: Readonly<Record<string, number>>;
  readonly internalErrors: number;
  readonly articles: number;
  /** Letters (a–z) in the hostile text, and in the measure as printed (text rendering). */
  readonly lettersIn: number;
  readonly lettersPrinted: number;
  /** `markdown-too-complex` warnings: text kept as written instead of read as Markdown. */
  readonly unreadWarnings: number;
  readonly htmlChars: number;
}

function letters(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x61 && code <= 0x7a) count++;
  }
  return count;
}

function timed<T>(stages: Record<string, number>, name: string, run: () => T): T {
  const started = performance.now();
  const value = run();
  stages[name] = Math.round(performance.now() - started);
  return value;
}

for (const testCase of PATHOLOGICAL_CASES) {
  const stages: Record<string, number> = {};
  const edition = hostileEdition(testCase);
  const doc = timed(stages, 'parse edition', () => parseConstitution(edition));
  timed(stages, 'diff', () => createDiffSession(doc).update(`${edition}Z`));
  const measureSource = hostileMeasure(testCase);
  const measure = timed(stages, 'parse measure', () => parseMeasure(measureSource));
  const document = timed(stages, 'measure document', () => buildMeasureDocument(measure));
  const html = timed(stages, 'print html', () =>
    renderPrintHtml({
      title: document.title,
      fingerprint: { revisionLabel: 'Rev. 1', sha256: '0'.repeat(64) },
      sections: [{ role: 'measure', startsPage: false, blocks: [{ type: 'measure', document }] }],
      fonts: [],
    }),
  );
  const messages = timed(stages, 'lint', () => lintMeasure(measure, doc));
  const printed = renderMeasureText(document);
  // The same measure with empty findings: its letters are the headings and the rest of the measure.
  const frame = renderMeasureText(buildMeasureDocument(parseMeasure(hostileMeasure({ ...testCase, body: () => '' }))));
  const result: CaseResult = {
    id: testCase.id,
    stages,
    internalErrors: doc.messages.filter((message) => message.ruleId === 'internal-error').length,
    articles: doc.articles.length,
    lettersIn: letters(testCase.body()),
    lettersPrinted: letters(printed) - letters(frame),
    unreadWarnings: messages.filter((message) => message.ruleId === 'markdown-too-complex').length,
    htmlChars: html.length,
  };
  parentPort?.postMessage(result);
}
parentPort?.postMessage('done');
