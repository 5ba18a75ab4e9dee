/**
 * D7: the file changes on disk between open and save. Each scenario opens a measure through the
 * real service (the API the web host and Electron serve), changes the file behind its back, then
 * saves an edit. A real change must be refused as a conflict that says what happened, with every
 * file left as the other program left it (0 silent overwrites); a change that left the bytes equal
 * must save (0 false conflicts). One scenario changes the file while the save is writing its temp
 * file (the check runs just before the replace, so it is caught too). After a conflict, "replace it
 * with mine" keeps the disk version as the .bak the dialog promises.
 */
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, truncateSync } from 'node:fs';
import { statSync, utimesSync, writeFileSync, lstatSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningStudioService } from '../../../src/node/studio-service';
import { startTestService } from './support/test-service';
import { reportFigure } from '../../support/figures';
import type { InjectionPlan } from './support/fs-injection';

// The file system is the real one; the wrapper only lets a scenario act in the middle of a save.
const plan = vi.hoisted((): InjectionPlan => ({ step: undefined, code: 'EIO', hits: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const { injectingFsPromises } = await import('./support/fs-injection');
  return injectingFsPromises(await importOriginal(), plan);
});

const ORIGINAL = '# Measure\n\nThe Legislature shall meet in Sacramento.\n';
const OTHERS = '# Measure\n\nThe Legislature shall meet in Fresno!!!!\n';
const MINE = '# Measure\n\nThe Legislature shall meet in Sacramento, twice.\n';
/** Whole seconds: representable exactly on every file system, so a restored mtime is truly equal. */
const OPENED_AT = 1_700_000_000;

interface Scenario {
  readonly name: string;
  /** What the other program does to `path` (`elsewhere`: a folder outside the draft's). */
  readonly change: (path: string, elsewhere: string) => void;
  /** null: the bytes are equal again, the save must go through. Otherwise what the error must say. */
  readonly conflict: RegExp | null;
  /** Change the file while the save is writing its temp file (after it started, before it replaces). */
  readonly whileSaving?: boolean;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'changed, same size',
    change: (path) => writeFileSync(path, OTHERS),
    conflict: /was changed by another program/,
  },
  {
    name: 'changed, same size and mtime restored',
    change: (path) => {
      writeFileSync(path, OTHERS);
      utimesSync(path, OPENED_AT, OPENED_AT);
    },
    conflict: /was changed by another program/,
  },
  {
    name: 'touched only (mtime changed, bytes equal)',
    change: (path) => utimesSync(path, OPENED_AT + 3600, OPENED_AT + 3600),
    conflict: null,
  },
  {
    name: 'deleted',
    change: (path) => rmSync(path),
    conflict: /was deleted or moved away/,
  },
  {
    name: 'replaced by a different file via rename',
    change: (path, elsewhere) => {
      const other = join(elsewhere, 'replacement.md');
      writeFileSync(other, OTHERS);
      renameSync(other, path);
    },
    conflict: /was changed by another program/,
  },
  {
    name: 'replaced via rename by a file with the same bytes (another editor re-saved it)',
    change: (path, elsewhere) => {
      const other = join(elsewhere, 'same.md');
      writeFileSync(other, ORIGINAL);
      renameSync(other, path);
    },
    conflict: null,
  },
  {
    name: 'replaced by a symlink to another file',
    change: (path, elsewhere) => {
      const other = join(elsewhere, 'elsewhere.md');
      writeFileSync(other, OTHERS);
      rmSync(path);
      symlinkSync(other, path);
    },
    conflict: /\(a link to .*elsewhere\.md\) was changed by another program/,
  },
  {
    name: 'moved away, another file created in its place',
    change: (path, elsewhere) => {
      renameSync(path, join(elsewhere, 'moved.md'));
      writeFileSync(path, '# A different measure\n');
    },
    conflict: /was changed by another program/,
  },
  {
    name: 'changed, then changed back to the original bytes',
    change: (path) => {
      writeFileSync(path, OTHERS);
      writeFileSync(path, ORIGINAL);
    },
    conflict: null,
  },
  {
    name: 'changed while the save was writing its temp file',
    change: (path) => writeFileSync(path, OTHERS),
    conflict: /was changed by another program/,
    whileSaving: true,
  },
  {
    name: 'truncated to zero',
    change: (path) => truncateSync(path, 0),
    conflict: /was emptied/,
  },
];

/**
 * Every file under the folders (links as `-> target`), to prove a refused save touched nothing. The
 * save's own temp file is left out (it exists only while the save runs; its removal is checked apart).
 */
function snapshot(...folders: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of folders) {
    for (const name of readdirSync(folder).filter((entry) => !entry.endsWith('.amend-tmp'))) {
      const path = join(folder, name);
      files[path] = lstatSync(path).isSymbolicLink() ? `-> ${readlinkSync(path)}` : readFileSync(path, 'latin1');
    }
  }
  return files;
}

let service: RunningStudioService;
beforeAll(async () => {
  service = await startTestService({ prefix: 'amend-external' });
});
afterAll(() => service.close());

interface Outcome {
  readonly silentOverwrite: boolean;
  readonly falseConflict: boolean;
}

/** Run one scenario; `record` gets its outcome before the assertions, so a failure still counts. */
async function runScenario(scenario: Scenario, record: (outcome: Outcome) => void): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'amend-external-'));
  const elsewhere = mkdtempSync(join(tmpdir(), 'amend-external-other-'));
  const path = join(folder, 'draft.measure.md');
  writeFileSync(path, ORIGINAL);
  utimesSync(path, OPENED_AT, OPENED_AT);
  const opened = await service.openMeasure({ path });
  if (!opened.ok) throw new Error(opened.error.message);

  let before: Record<string, string> = {};
  const act = (): void => {
    scenario.change(path, elsewhere);
    before = snapshot(folder, elsewhere);
  };
  if (scenario.whileSaving === true) plan.during = { step: 'fsync temp', run: act };
  else act();
  const saved = await service.saveMeasure({ path, source: MINE, expectedSha256: opened.value.sha256 });
  expect(plan.during, 'the change during the save did not run').toBeUndefined();
  expect(readdirSync(folder).filter((name) => name.endsWith('.amend-tmp'))).toEqual([]);

  if (scenario.conflict === null) {
    record({ silentOverwrite: false, falseConflict: !saved.ok });
    expect(saved.ok, saved.ok ? '' : saved.error.message).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(MINE);
    return;
  }
  record({
    silentOverwrite: saved.ok || JSON.stringify(snapshot(folder, elsewhere)) !== JSON.stringify(before),
    falseConflict: false,
  });
  expect(saved.ok).toBe(false);
  if (saved.ok) return;
  expect(saved.error).toMatchObject({ code: 'conflict', file: path });
  expect(saved.error.message).toMatch(scenario.conflict);
  expect(saved.error.message).toContain('nothing was saved');
  expect(saved.error.hint).toContain('Your unsaved version is still in the editor');
  expect(snapshot(folder, elsewhere)).toEqual(before);

  // The user chose "replace it with mine": saved, and what was on disk is the .bak.
  const disk = statSync(path, { throwIfNoEntry: false }) === undefined ? null : readFileSync(path, 'utf8');
  const forced = await service.saveMeasureAs({ path, source: MINE, overwrite: true });
  expect(forced.ok).toBe(true);
  expect(readFileSync(path, 'utf8')).toBe(MINE);
  if (disk !== null) expect(readFileSync(`${readlinkOrSelf(path)}.bak`, 'utf8')).toBe(disk);
}

/** The real file a path names (saves replace the file a link points to, keeping the link). */
function readlinkOrSelf(path: string): string {
  return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : path;
}

describe('external changes between open and save (through the service)', () => {
  const outcomes = new Map<string, Outcome>();

  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    await runScenario(scenario, (outcome) => outcomes.set(scenario.name, outcome));
  });

  it('reports the figure', () => {
    const silent = [...outcomes.values()].filter((outcome) => outcome.silentOverwrite).length;
    const falseConflicts = [...outcomes.values()].filter((outcome) => outcome.falseConflict).length;
    reportFigure(
      'external-changes',
      `external changes: ${outcomes.size} scenarios, ${silent} silent overwrites, ${falseConflicts} false conflicts`,
      outcomes.size === SCENARIOS.length && silent === 0 && falseConflicts === 0,
    );
    expect({ ran: outcomes.size, silent, falseConflicts }).toEqual({
      ran: SCENARIOS.length,
      silent: 0,
      falseConflicts: 0,
    });
  });
});
