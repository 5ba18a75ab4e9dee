/**
 * D6 (save side): a save that fails says why and loses nothing. Each error a real disk gives
 * (ENOSPC, EACCES, EROFS, EPERM, EBUSY, EIO) is injected into each step of the atomic save (create
 * temp, write temp, fsync temp, keep the backup, rename over the target) through a wrapped
 * `node:fs/promises` (we run as root: chmod cannot make a write fail). For every case:
 * - the service's error names the file and the cause in plain words, and says the file is unchanged;
 * - the file still holds the old bytes, the .bak (if any) is a whole old version, no temp file is left;
 * - the app's own save action (renderer/actions/save-actions.ts, against the same service) keeps the
 *   document dirty, keeps the text, and shows the error; once the disk recovers, saving works.
 * The app's autosave to the recovery store (renderer/actions/autosave.ts) gets the same failures:
 * shown once, retried each interval, the draft stays dirty.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StudioApi } from '../../../src/api/contract';
import type { RunningStudioService } from '../../../src/node/studio-service';
import { startTestService } from './support/test-service';
import { createAutosaver } from '../../../renderer/actions/autosave';
import { saveDraft } from '../../../renderer/actions/save-actions';
import { draftStore } from '../../../renderer/state/draft-store';
import { measureStore } from '../../../renderer/state/measure-store';
import { uiStore } from '../../../renderer/state/ui-store';
import { reportFigure } from '../../support/figures';
import {
  SAVE_ERROR_CODES,
  SAVE_STEPS,
  type InjectionPlan,
  type SaveErrorCode,
  type SaveStep,
} from './support/fs-injection';

const shared = vi.hoisted(() => {
  const plan: InjectionPlan = { step: undefined, code: 'ENOSPC', hits: 0 };
  return { plan, service: undefined as unknown as StudioApi };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const { injectingFsPromises } = await import('./support/fs-injection');
  return injectingFsPromises(await importOriginal(), shared.plan);
});
// The renderer's save action talks to the real service in this process instead of over IPC/HTTP.
vi.mock('../../../renderer/api/studio-api', () => ({
  studio: new Proxy(
    {},
    {
      get:
        (_target, method: keyof StudioApi) =>
        (request: unknown): unknown =>
          (shared.service[method] as (request: unknown) => unknown)(request),
    },
  ),
}));
// No editor in this test: nothing to flush into the measure text.
vi.mock('../../../renderer/editor/live-diff', () => ({ flushMeasureSync: () => Promise.resolve() }));

/** The cause each code must be explained with (src/node/fs-errors.ts), in words a user reads. */
const PLAIN_CAUSE: Readonly<Record<SaveErrorCode, string>> = {
  ENOSPC: 'the disk is full',
  EACCES: 'permission denied',
  EROFS: 'read-only disk',
  EPERM: 'not permitted',
  EBUSY: 'another program holds it',
  EIO: 'input/output error',
};

const OLD = '# Measure\r\n\r\nThe version on disk.\r\n';
const NEW = '# Measure\r\n\r\nThe version being saved, which is longer.\r\n';

let service: RunningStudioService;
beforeAll(async () => {
  service = await startTestService({ prefix: 'amend-failed-saves' });
  shared.service = service;
});
afterAll(() => service.close());

interface CaseResult {
  readonly dataLost: boolean;
  readonly markedClean: boolean;
}
const results = new Map<string, CaseResult>();

/** Put a draft of `path` (opened with OLD on disk, NEW typed) into the renderer's stores. */
async function openDraft(path: string): Promise<void> {
  const opened = await service.openMeasure({ path });
  if (!opened.ok) throw new Error(opened.error.message);
  measureStore.set({ source: NEW, savedSource: OLD, revision: 1 });
  draftStore.set({
    file: { path, fileName: opened.value.fileName, sha256: opened.value.sha256 },
    title: 'Measure',
    dirty: true,
    recoveryKey: path,
    changedOnDisk: undefined,
  });
}

/** Old bytes on disk, the .bak (if any) whole, no temp file left. */
function diskIntact(folder: string, path: string): boolean {
  const backup = `${path}.bak`;
  return (
    readFileSync(path, 'utf8') === OLD &&
    (!existsSync(backup) || readFileSync(backup, 'utf8') === OLD) &&
    readdirSync(folder).every((name) => !name.endsWith('.amend-tmp'))
  );
}

async function runCase(step: SaveStep, code: SaveErrorCode): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'amend-failed-save-'));
  const path = join(folder, 'draft.measure.md');
  writeFileSync(path, OLD);
  await openDraft(path);
  Object.assign(shared.plan, { step, code, hits: 0 });
  let direct;
  try {
    direct = await service.saveMeasure({ path, source: NEW, expectedSha256: draftStore.get().file?.sha256 ?? null });
    await saveDraft();
  } finally {
    shared.plan.step = undefined;
  }
  const draft = draftStore.get();
  const toast = uiStore.get().toast;
  results.set(`${step} ${code}`, {
    dataLost: direct.ok || !diskIntact(folder, path) || measureStore.get().source !== NEW,
    markedClean: !draft.dirty || measureStore.get().savedSource !== OLD,
  });

  expect(shared.plan.hits).toBeGreaterThanOrEqual(2); // the failure really was injected, twice
  expect(direct.ok).toBe(false);
  if (direct.ok) return;
  expect(direct.error.file).toBe(path);
  expect(direct.error.message).toContain(path);
  expect(direct.error.message).toContain(PLAIN_CAUSE[code]);
  expect(direct.error.message).toContain('The file on disk was not changed.');
  expect(diskIntact(folder, path)).toBe(true);
  expect(draft.dirty).toBe(true);
  expect(measureStore.get()).toMatchObject({ source: NEW, savedSource: OLD });
  expect(toast).toMatchObject({ tone: 'danger' });
  expect(toast?.text).toContain(PLAIN_CAUSE[code]);

  // The disk recovers: the same draft saves, and only then is it clean.
  await saveDraft();
  expect(readFileSync(path, 'utf8')).toBe(NEW);
  expect(draftStore.get().dirty).toBe(false);
}

/** An autosave to the recovery store fails: shown once (not every interval), retried, the draft stays dirty. */
async function runAutosaveCase(code: SaveErrorCode): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'amend-failed-autosave-'));
  const path = join(folder, 'draft.measure.md');
  writeFileSync(path, OLD);
  await openDraft(path);
  uiStore.set({ toast: undefined });
  const autosaver = createAutosaver();
  Object.assign(shared.plan, { step: 'write temp', code, hits: 0 });
  let shownAgain;
  try {
    await autosaver.tick();
    const first = uiStore.get().toast;
    uiStore.set({ toast: undefined });
    await autosaver.tick();
    shownAgain = uiStore.get().toast !== undefined;
    uiStore.set({ toast: first });
  } finally {
    shared.plan.step = undefined;
  }
  const toast = uiStore.get().toast;
  const shown = toast?.tone === 'danger' && toast.text.includes('Autosave of unsaved work failed');
  results.set(`autosave ${code}`, {
    dataLost: !shown || readFileSync(path, 'utf8') !== OLD || measureStore.get().source !== NEW,
    markedClean: !draftStore.get().dirty,
  });
  expect(shared.plan.hits).toBe(2); // both ticks tried (and failed)
  expect(toast?.text).toContain(PLAIN_CAUSE[code]);
  expect(toast?.text).toContain('save the measure to keep it');
  expect(shownAgain).toBe(false);
  expect(draftStore.get().dirty).toBe(true);

  // The disk recovers: the next tick autosaves the text.
  await autosaver.tick();
  const recovered = await service.readRecovery({ key: path });
  expect(recovered.ok && recovered.value.content).toBe(NEW);
}

describe('failed saves say why and keep the document dirty', () => {
  const cases = SAVE_STEPS.flatMap((step) => SAVE_ERROR_CODES.map((code) => [step, code] as const));

  it.each(cases)('%s fails with %s', async (step, code) => {
    await runCase(step, code);
  });

  it.each(SAVE_ERROR_CODES)('an autosave that fails with %s is shown once and retried', async (code) => {
    await runAutosaveCase(code);
  });

  it('reports the figure', () => {
    const expected = cases.length + SAVE_ERROR_CODES.length;
    const lost = [...results.values()].filter((result) => result.dataLost).length;
    const clean = [...results.values()].filter((result) => result.markedClean).length;
    reportFigure(
      'failed-saves',
      `failed saves: ${results.size} injected failures, ${lost} silent data loss, ${clean} documents marked clean`,
      results.size === expected && lost === 0 && clean === 0,
    );
    expect({ ran: results.size, lost, clean }).toEqual({ ran: expected, lost: 0, clean: 0 });
  });
});
