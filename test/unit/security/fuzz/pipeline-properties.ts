/**
 * The properties of the whole-pipeline fuzz (issue 7 deliverable 5, study §5 T1–T5 and T8): parse →
 * diff → measure → render on hostile drafts. Each property is an arbitrary plus a check that throws
 * (node:assert, which works outside the test runner) when the pipeline misbehaves; pipeline-fuzz.worker.ts runs them under fast-check in a
 * worker thread so a hang fails the test instead of stopping it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import assert from 'node:assert/strict';
import type fc from 'fast-check';
import { parseConstitution } from '../../../../src/constitution/parse';
import type { LegalDoc, ParseMessage } from '../../../../src/constitution/types';
import { applyChangeSet } from '../../../../src/diff/apply';
import { newView, oldView } from '../../../../src/diff/redline';
import { semanticDiff } from '../../../../src/diff/semantic-diff';
import { bodyText, docUnits } from '../../../../src/diff/units';
import { comparisonView } from '../../../../src/filing/comparison-view';
import { editedConstitution } from '../../../../src/measure/apply';
import { buildMeasureDocument } from '../../../../src/measure/build-document';
import { compareMeasures } from '../../../../src/measure/compare';
import type { MeasureDocument } from '../../../../src/measure/document';
import { lintMeasure } from '../../../../src/measure/lint';
import { parseMeasure } from '../../../../src/measure/parse-measure';
import { renderMeasureMarkdown } from '../../../../src/measure/render-markdown';
import { renderMeasureText } from '../../../../src/measure/render-text';
import { resolveConflict } from '../../../../src/measure/resolve';
import { measureSkeleton } from '../../../../src/measure/skeleton';
import { setFrontMatterValue } from '../../../../src/measure/splice';
import { syncAmendments, syncAmendmentsWithMessages } from '../../../../src/measure/sync';
import type { MeasureFile } from '../../../../src/measure/types';
import { renderMeasureHtml } from '../../../../src/render/measure-html';
import { renderPrintHtml } from '../../../../src/render/print-html';
import type { PrintBlock } from '../../../../src/render/print-types';
import { htmlSafetyProblems } from '../../../support/fuzz/html-safety';
import { constitutionDocument, documentAndEditOf, measureDocument } from '../../../support/fuzz/markdown-arbitraries';
import { invariantProblems } from '../../constitution/helpers/invariants';

/** One fuzzed property: what to generate and what must hold. */
export interface PipelineProperty<T> {
  readonly description: string;
  readonly arbitrary: fc.Arbitrary<T>;
  /** Throws when the property does not hold for `input`. */
  readonly check: (input: T) => void;
}

const EXAMPLES = resolve(import.meta.dirname, '../../../../resources/examples');
const EXCERPT = parseConstitution(readFileSync(resolve(EXAMPLES, 'article-iii-excerpt.md'), 'utf8'));
/** The revision a partner's file is compared with: the 2016 Calexit measure (one repeal, short sections). */
const EARLIER_REVISION = parseMeasure(readFileSync(resolve(EXAMPLES, 'calexit-2016-repeal.measure.md'), 'utf8'));
const SKELETON = measureSkeleton({ title: 'Fuzzed Measure', edition: 'fuzz', sha256: 'f'.repeat(64) });

/** Lines as every reader counts them: LF, CRLF and a lone CR each end one. */
function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** Messages point inside the text they are about, and never report a crash inside the reader. */
function expectMessagesInside(messages: readonly ParseMessage[], text: string): void {
  const lines = lineCount(text);
  for (const message of messages) {
    const where = `${message.ruleId} at ${message.line}:${message.column}`;
    assert.notEqual(message.ruleId, 'internal-error', message.message);
    assert.ok(message.line >= 1 && message.line <= lines, `${where}: the text has ${lines} lines`);
    assert.ok(message.column >= 1 && message.column <= text.length + 1, `${where}: column outside the text`);
    assert.notEqual(message.message, '', `${where}: empty message`);
  }
}

function hasErrors(doc: { readonly messages: readonly ParseMessage[] }): boolean {
  return doc.messages.some((message) => message.severity === 'error');
}

function expectSafeFragment(html: string): void {
  assert.deepEqual(htmlSafetyProblems(html), []);
}

function printPage(title: string, document: MeasureDocument, blocks: readonly PrintBlock[]): string {
  return renderPrintHtml({
    title,
    fingerprint: document.fingerprint,
    sections: [{ role: 'measure', startsPage: true, blocks }],
    fonts: [],
  });
}

/** Every text form of a measure: text, Markdown, the HTML fragment and the printed page (all deterministic). */
function expectRenders(measure: MeasureFile): void {
  const document = buildMeasureDocument(measure);
  renderMeasureText(document);
  renderMeasureMarkdown(document);
  const fragment = renderMeasureHtml(document);
  expectSafeFragment(fragment);
  assert.equal(renderMeasureHtml(buildMeasureDocument(measure)), fragment, 'HTML rendering is not deterministic');
  const page = printPage(measure.meta.title, document, [{ type: 'measure', document }]);
  assert.deepEqual(htmlSafetyProblems(page, { page: true }), []);
}

/** (1) parse never throws, reports problems as messages inside the source, and keeps the tree sound. */
export const parseProperty: PipelineProperty<string> = {
  description: 'parse: no throw, messages inside the source, leaves/extents/ids/positions sound',
  arbitrary: constitutionDocument,
  check: (source) => {
    const doc = parseConstitution(source, { path: 'fuzz.md' });
    assert.equal(doc.source, source);
    expectMessagesInside(doc.messages, source);
    for (const message of doc.messages) assert.equal(message.file, 'fuzz.md');
    assert.deepEqual(invariantProblems(doc), []);
  },
};

function expectRedlineViews(base: LegalDoc, edited: LegalDoc, changes: ReturnType<typeof semanticDiff>): void {
  const split = base.preamble !== undefined;
  const baseUnits = docUnits(base, split);
  const editedUnits = docUnits(edited, split);
  const body = (units: typeof baseUnits, key: string): string => bodyText(units, units.byKey.get(key)!);
  for (const op of changes.ops) {
    if (op.op === 'amend') {
      assert.equal(oldView(op.redline), body(baseUnits, op.target), `old view of ${op.target}`);
      assert.equal(newView(op.redline), body(editedUnits, op.target), `new view of ${op.target}`);
    } else if (op.op === 'renumber' || op.op === 'move') {
      assert.equal(oldView(op.redline), body(baseUnits, op.from), `old view of ${op.from}`);
      assert.equal(newView(op.redline), body(editedUnits, op.to), `new view of ${op.to}`);
    }
  }
}

/**
 * (2) semanticDiff never throws; applying its ChangeSet to the base rebuilds the edited text byte for
 * byte (T1), and every redline's old and new views are the exact base and edited bodies, whitespace
 * included (T2).
 */
export const diffProperty: PipelineProperty<{ base: string; edited: string }> = {
  description: 'diff: no throw, apply(base, diff(base, edited)) === edited, redline views exact',
  arbitrary: documentAndEditOf(5),
  check: ({ base, edited }) => {
    const baseDoc = parseConstitution(base);
    const editedDoc = parseConstitution(edited);
    const changes = semanticDiff(baseDoc, editedDoc);
    if (base === edited) assert.deepEqual(changes.ops, []);
    assert.deepEqual(applyChangeSet(baseDoc, changes), { ok: true, value: edited });
    expectRedlineViews(baseDoc, editedDoc, changes);
  },
};

/**
 * (3) A measure generated from the change set (what `amend measure --edited` and the app's edit view
 * do) parses, applies back to the base, lints, syncs idempotently, and renders to text, Markdown and
 * sanitized HTML that passes the structural safety oracle.
 */
export const measureProperty: PipelineProperty<{ base: string; edited: string }> = {
  description: 'measure: sync/parse/apply/lint no throw, sync idempotent, renders safe and deterministic',
  arbitrary: documentAndEditOf(3),
  check: ({ base, edited }) => {
    const baseDoc = parseConstitution(base);
    const editedDoc = parseConstitution(edited);
    const synced = syncAmendmentsWithMessages(SKELETON, baseDoc, editedDoc);
    const measure = parseMeasure(synced.source, { path: 'fuzz.measure.md' });
    expectMessagesInside(measure.messages, synced.source);
    const clean = !hasErrors(baseDoc) && !hasErrors(editedDoc);
    if (clean) {
      // What sync writes, the measure reader reads, and its blocks apply to the base they quote.
      assert.deepEqual(
        measure.messages.filter((message) => message.severity === 'error'),
        [],
      );
      const applied = editedConstitution(measure, baseDoc);
      assert.ok(applied.ok, applied.ok ? '' : applied.error.message);
    }
    // Syncing again with the same edit changes nothing (only blocks that differ are spliced).
    assert.equal(syncAmendments(synced.source, baseDoc, editedDoc), synced.source, 'a second sync changed the measure');
    lintMeasure(measure, baseDoc);
    expectRenders(measure);
  },
};

/**
 * (4) A hostile measure file (a partner's draft): parse, lint (alone and against an edition),
 * render, compare with another revision, resolve its conflict records and splice its front matter,
 * all without a throw; the parts lie inside the file in order, splicing keeps the body's bytes, and
 * every HTML output passes the safety oracle.
 */
export const measureFileProperty: PipelineProperty<string> = {
  description: 'measure file: parse/lint/render/compare/resolve/splice no throw, HTML safe, body bytes kept',
  arbitrary: measureDocument,
  check: (source) => {
    const measure = parseMeasure(source, { path: 'partner.measure.md' });
    assert.equal(measure.source, source);
    expectMessagesInside(measure.messages, source);
    let cursor = 0;
    for (const part of measure.parts) {
      assert.ok(
        part.extent.start >= cursor && part.extent.end <= source.length,
        `part ${part.heading} outside the file`,
      );
      cursor = part.extent.end;
    }
    lintMeasure(measure);
    lintMeasure(measure, EXCERPT);
    expectRenders(measure);

    const comparison = compareMeasures(EARLIER_REVISION, measure);
    const document = buildMeasureDocument(measure);
    const page = printPage('Comparison', document, [{ type: 'comparison', comparison: comparisonView(comparison) }]);
    assert.deepEqual(htmlSafetyProblems(page, { page: true }), []);

    for (const conflict of measure.conflicts) {
      for (const choice of ['ours', 'theirs', 'both'] as const) {
        const resolved = resolveConflict(source, conflict.id, choice);
        if (resolved.ok) parseMeasure(resolved.value.source);
      }
    }

    const retitled = setFrontMatterValue(source, ['title'], 'Fuzzed <b>Title</b>');
    // A front matter that reads (no YAML error) takes the new title; a broken one may refuse it.
    if (retitled.ok && !measure.messages.some((message) => message.ruleId === 'yaml-syntax')) {
      const after = parseMeasure(retitled.value);
      assert.equal(after.meta.title, 'Fuzzed <b>Title</b>');
      // Only the front matter changed: the body after it is the same bytes.
      const body = (read: MeasureFile): string => read.source.slice(read.frontMatterExtent.end);
      assert.equal(body(after), body(measure), 'setting the title changed the body');
    }
  },
};

/** A property with its input type erased, so properties of different inputs share one table. */
function erased<T>(property: PipelineProperty<T>): PipelineProperty<unknown> {
  return { ...property, check: (input) => property.check(input as T) };
}

/** Every property of the fuzz, by name (the worker runs one by name). */
export const PIPELINE_PROPERTIES = {
  parse: erased(parseProperty),
  diff: erased(diffProperty),
  measure: erased(measureProperty),
  'measure-file': erased(measureFileProperty),
} as const;

export type PipelinePropertyName = keyof typeof PIPELINE_PROPERTIES;
