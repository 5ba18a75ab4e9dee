/**
 * The app's save action when the file changed on disk (renderer/actions/save-actions.ts, against the
 * real service): it asks, says what happened and which version wins on each answer, never
 * overwrites without a yes, keeps the draft dirty on no, and on yes replaces only the version the
 * user was told about (a further change while the question is open is asked about again).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StudioApi } from '../../../src/api/contract';
import type { RunningStudioService } from '../../../src/node/studio-service';
import { startTestService } from '../node/support/test-service';
import { saveDraft } from '../../../renderer/actions/save-actions';
import { confirmStore, type ConfirmRequest } from '../../../renderer/state/confirm-store';
import { draftStore } from '../../../renderer/state/draft-store';
import { measureStore } from '../../../renderer/state/measure-store';

const shared = vi.hoisted(() => ({ service: undefined as unknown as StudioApi }));
// The save action talks to the real service in this process instead of over IPC/HTTP.
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
vi.mock('../../../renderer/editor/live-diff', () => ({ flushMeasureSync: () => Promise.resolve() }));

const ORIGINAL = '# Measure\n\nAs opened.\n';
const OTHERS = '# Measure\n\nChanged by another program.\n';
const LATER = '# Measure\n\nChanged again while the question was open.\n';
const MINE = '# Measure\n\nMy unsaved edit.\n';
const sha = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

let service: RunningStudioService;
let path: string;
beforeAll(async () => {
  service = await startTestService({ prefix: 'amend-conflict' });
  shared.service = service;
});
afterAll(() => service.close());

beforeEach(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'amend-conflict-')), 'draft.measure.md');
  writeFileSync(path, ORIGINAL);
  const opened = await service.openMeasure({ path });
  if (!opened.ok) throw new Error(opened.error.message);
  measureStore.set({ source: MINE, savedSource: ORIGINAL, revision: 1 });
  draftStore.set({
    file: { path, fileName: 'draft.measure.md', sha256: opened.value.sha256 },
    title: 'Measure',
    dirty: true,
    recoveryKey: path,
    changedOnDisk: undefined,
  });
});

/** The question the save action is asking (waits for it). */
async function question(): Promise<ConfirmRequest> {
  return vi.waitFor(() => {
    const request = confirmStore.get().request;
    if (request === undefined) throw new Error('no question yet');
    return request;
  });
}

describe('saving over a file that changed on disk', () => {
  it('asks, naming both versions; "don’t save" saves nothing and keeps the draft dirty', async () => {
    writeFileSync(path, OTHERS);
    const saving = saveDraft();
    const asked = await question();
    expect(asked.title).toBe('draft.measure.md changed on disk');
    expect(asked.message).toContain(`${path} was changed by another program since you opened it; nothing was saved.`);
    expect(asked.message).toContain('Your unsaved version is still in the editor.');
    expect(asked.message).toContain(
      '“Replace with mine” puts your unsaved version on disk and keeps the version on disk as draft.measure.md.bak.',
    );
    expect(asked.message).toContain('“Don’t save” leaves both as they are');
    expect(asked.confirmLabel).toBe('Replace with mine');
    expect(asked.cancelLabel).toBe('Don’t save');
    asked.resolve(false);
    await saving;
    expect(readFileSync(path, 'utf8')).toBe(OTHERS);
    expect(draftStore.get()).toMatchObject({ dirty: true, changedOnDisk: { sha256: sha(OTHERS) } });
    expect(measureStore.get()).toMatchObject({ source: MINE, savedSource: ORIGINAL });
  });

  it('on "replace", saves only over the version it asked about; a later change is asked about again', async () => {
    writeFileSync(path, OTHERS);
    const saving = saveDraft();
    const first = await question();
    writeFileSync(path, LATER); // another program saves again while the question is open
    first.resolve(true);
    const second = await question();
    expect(second).not.toBe(first);
    expect(readFileSync(path, 'utf8')).toBe(LATER);
    second.resolve(true);
    await saving;
    expect(readFileSync(path, 'utf8')).toBe(MINE);
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe(LATER);
    expect(draftStore.get()).toMatchObject({ dirty: false, changedOnDisk: undefined, file: { sha256: sha(MINE) } });
  });

  it('says when the file is gone, and writes it again only on yes', async () => {
    rmSync(path);
    const saving = saveDraft();
    const asked = await question();
    expect(asked.title).toBe('draft.measure.md is no longer on disk');
    expect(asked.message).toContain('was deleted or moved away');
    expect(asked.confirmLabel).toBe('Save mine again');
    expect(draftStore.get().changedOnDisk).toEqual({ sha256: null });
    asked.resolve(true);
    await saving;
    expect(existsSync(path) && readFileSync(path, 'utf8')).toBe(MINE);
    expect(draftStore.get().dirty).toBe(false);
  });
});
