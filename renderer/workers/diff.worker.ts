/**
 * The diff worker. `open` parses the base edition once, applies the measure's amendments to it (the
 * text to edit) and starts an incremental diff session; each `update` diffs the edited text (only the
 * touched section is re-parsed while typing) and answers what the UI shows: outline, amendments with
 * their clauses, redline marks. `sync` rewrites the measure's amendment blocks to match the text (a
 * full parse, so the UI asks for it when typing pauses). Off the UI thread; the client
 * (diff-client.ts) enforces the timeout.
 */
/// <reference lib="webworker" />
import { parseConstitution } from '../../src/constitution/parse';
import type { LegalDoc } from '../../src/constitution/types';
import { createDiffSession, type DiffSession } from '../../src/diff/incremental';
import { docUnits } from '../../src/diff/units';
import { editedConstitution } from '../../src/measure/apply';
import { parseMeasure } from '../../src/measure/parse-measure';
import { syncAmendmentsWithMessages } from '../../src/measure/sync';
import { lintMeasure, type LintMessage } from '../../src/measure/lint';
import { formatStudioError } from '../../src/shared/studio-error';
import { MAX_INLINE_MARKS } from '../editor/redline-decorations';
import type { DiffRequest, DiffResponse, DiffResult, SyncResult } from './diff-protocol';
import { changedIdsOf, itemsOf, lineStartsOf, marksOf, outlineOf } from './diff-view-model';

declare const self: DedicatedWorkerGlobalScope;

interface OpenBase {
  readonly doc: LegalDoc;
  readonly session: DiffSession;
  readonly baseUnits: ReturnType<typeof docUnits>;
}

let base: OpenBase | undefined;

function diffResult(edited: string, started: number): DiffResult {
  if (base === undefined) throw new Error('no base edition is open');
  const changeSet = base.session.update(edited);
  const editedUnits = base.session.units ?? docUnits(parseConstitution(edited), base.doc.preamble !== undefined);
  const starts = lineStartsOf(edited);
  const marks = marksOf(changeSet, base.baseUnits, editedUnits);
  const capped = marks.length > MAX_INLINE_MARKS;
  return {
    items: itemsOf(changeSet, base.baseUnits, editedUnits, new Map(), starts),
    marks: capped ? [] : marks,
    changedIds: changedIdsOf(changeSet),
    outline: outlineOf(editedUnits, starts),
    approximate: changeSet.approximate || capped,
    elapsedMs: performance.now() - started,
  };
}

function open(request: Extract<DiffRequest, { type: 'open' }>, started: number): DiffResult {
  const doc = parseConstitution(request.base, request.path === undefined ? {} : { path: request.path });
  base = { doc, session: createDiffSession(doc), baseUnits: docUnits(doc, doc.preamble !== undefined) };
  let edited = request.base;
  const problems: string[] = [];
  if (request.measure !== undefined) {
    const applied = editedConstitution(parseMeasure(request.measure), doc);
    if (applied.ok) edited = applied.value;
    else problems.push(`The measure’s amendments could not be shown in the text: ${formatStudioError(applied.error)}`);
  }
  return { ...diffResult(edited, started), opened: { edited, problems } };
}

function sync(request: Extract<DiffRequest, { type: 'sync' }>): SyncResult {
  if (base === undefined) throw new Error('no base edition is open');
  const result = syncAmendmentsWithMessages(request.measure, base.doc, parseConstitution(request.edited));
  return { measure: result.source, notes: result.messages.map((message) => message.message) };
}

function lint(request: Extract<DiffRequest, { type: 'lint' }>): readonly LintMessage[] {
  return lintMeasure(parseMeasure(request.measure), base?.doc);
}

self.onmessage = (event: MessageEvent<DiffRequest>): void => {
  const request = event.data;
  const started = performance.now();
  let response: DiffResponse;
  try {
    if (request.type === 'sync') response = { type: 'synced', requestId: request.requestId, ...sync(request) };
    else if (request.type === 'lint')
      response = { type: 'linted', requestId: request.requestId, messages: lint(request) };
    else {
      const result = request.type === 'open' ? open(request, started) : diffResult(request.edited, started);
      response = { type: 'result', requestId: request.requestId, ...result };
    }
  } catch (error) {
    response = {
      type: 'error',
      requestId: request.requestId,
      message: `The amendment list could not be computed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  self.postMessage(response);
};
