/**
 * Glue between the editor, the diff worker and the stores. Every edit posts the text to the worker
 * (the client keeps only the newest pending one) and the result updates the diff store and the
 * editor's redline. The measure's amendment blocks follow once typing pauses (a full parse in the
 * worker), and at once before anything reads the measure (view switch, save, export).
 */
import { DiffClient, type DiffOutcome } from '../workers/diff-client';
import { diffStore, EMPTY_DIFF } from '../state/diff-store';
import { measureStore, setMeasureSource } from '../state/measure-store';
import { showToast } from '../state/ui-store';
import { editorController } from './editor-controller';
import DiffWorker from '../workers/diff.worker?worker';
import type { LintMessage } from '../../src/measure/lint';

/** Pause in typing after which the measure text is brought in line with the constitution text. */
const SYNC_DELAY_MS = 400;

let client: DiffClient | undefined;
let syncTimer: ReturnType<typeof setTimeout> | undefined;
let syncNeeded = false;
let running: Promise<void> | undefined;

function diffClient(): DiffClient {
  client ??= new DiffClient(() => new DiffWorker({ name: 'amend-diff' }));
  return client;
}

function apply(outcome: DiffOutcome, editStartedAt: number | undefined): void {
  if (outcome.status === 'superseded' || outcome.status === 'synced' || outcome.status === 'linted') return;
  if (outcome.status !== 'ok') {
    diffStore.set({ status: outcome.status, problem: outcome.message });
    return;
  }
  const { items, outline, changedIds, approximate, marks } = outcome;
  diffStore.set((state) => ({
    status: 'ok',
    items,
    outline,
    changedIds: new Set(changedIds),
    approximate,
    ...(editStartedAt === undefined ? {} : { editStartedAt }),
    revision: state.revision + 1,
  }));
  editorController.showRedline(marks, outline, changedIds);
}

/**
 * Open a base edition with the measure drafted against it: the worker applies the measure's
 * amendments and answers the text to edit (the bare base, with problems, if they do not apply).
 */
export async function openForDiff(
  base: string,
  measure: string,
): Promise<{ readonly edited: string; readonly problems: readonly string[] } | undefined> {
  cancelSync();
  diffStore.set({ ...EMPTY_DIFF, status: 'pending', revision: diffStore.get().revision + 1 });
  const opened = await diffClient().open(base, { measure });
  if (opened.status !== 'ok' || opened.opened === undefined) {
    // Never leave the previous draft's text on screen under this draft's name.
    if (opened.status !== 'superseded') editorController.clear();
    apply(opened, undefined);
    return undefined;
  }
  const noWrap = editorController.open(opened.opened.edited);
  if (noWrap !== undefined) showToast(noWrap, 'info');
  apply(opened, undefined);
  return opened.opened;
}

/** Diff the edited text (called on every edit); the measure follows when typing pauses. */
export async function diffEdited(edited: string): Promise<void> {
  const startedAt = performance.now();
  if (diffStore.get().status !== 'pending') diffStore.set({ status: 'pending' });
  scheduleSync();
  apply(await diffClient().update(edited), startedAt);
}

function scheduleSync(): void {
  syncNeeded = true;
  if (syncTimer !== undefined) clearTimeout(syncTimer);
  syncTimer = setTimeout(() => void flushMeasureSync(), SYNC_DELAY_MS);
}

function cancelSync(): void {
  if (syncTimer !== undefined) clearTimeout(syncTimer);
  syncTimer = undefined;
  syncNeeded = false;
}

/** Bring the measure in line with the text now (if an edit is pending); resolves when it is. */
export async function flushMeasureSync(): Promise<void> {
  if (syncTimer !== undefined) clearTimeout(syncTimer);
  syncTimer = undefined;
  while (running !== undefined) await running;
  if (!syncNeeded) return;
  const edited = editorController.text();
  if (edited === undefined) return;
  syncNeeded = false;
  const { source, revision } = measureStore.get();
  running = diffClient()
    .sync(edited, source)
    .then((outcome) => {
      if (outcome.status === 'synced') {
        // A measure-view edit made meanwhile wins; sync again on top of it.
        if (measureStore.get().revision === revision) setMeasureSource(outcome.measure);
        else scheduleSync();
        if (outcome.notes.length > 0) showToast(outcome.notes.join(' '), 'danger');
      } else if (outcome.status === 'timeout' || outcome.status === 'error' || outcome.status === 'too-large') {
        syncNeeded = true;
        showToast(`The measure could not be updated from the text: ${outcome.message}`, 'danger');
      }
    })
    .finally(() => {
      running = undefined;
    });
  await running;
}

/**
 * Lint the measure against the open base edition in the worker (the base stays parsed there).
 * Resolves undefined when a newer check replaced this one or the worker failed.
 */
export async function lintAgainstBase(measure: string): Promise<readonly LintMessage[] | undefined> {
  const outcome = await diffClient().lint(measure);
  return outcome.status === 'linted' ? outcome.messages : undefined;
}

/** Forget the open base (closing the draft): the outline and panel empty. */
export function closeForDiff(): void {
  cancelSync();
  diffStore.set({ ...EMPTY_DIFF, revision: diffStore.get().revision + 1 });
}
