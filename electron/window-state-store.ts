/**
 * Reading and writing the main window's state file (atomic, best effort: a lost window position is
 * never worth an error dialog).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BrowserWindow } from 'electron';
import { atomicWriteFile } from '../src/node/atomic-write';
import { fitToDisplays, parseWindowState, stateFromBounds, type Rectangle, type WindowState } from './window-state';

/** Wait this long after the last move or resize before writing (a drag fires dozens of events). */
const SAVE_DELAY_MS = 1_000;

/** The saved state fitted to the current displays, or the default. */
export async function loadWindowState(path: string, workAreas: readonly Rectangle[]): Promise<WindowState> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  return fitToDisplays(parseWindowState(text), workAreas);
}

async function save(path: string, state: WindowState): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await atomicWriteFile(path, Buffer.from(`${JSON.stringify(state)}\n`), { backup: false });
  } catch {
    // Best effort: see the module comment.
  }
}

/** Save the window's state after moves and resizes, and when it closes. */
export function persistWindowState(window: BrowserWindow, path: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const current = (): WindowState => stateFromBounds(window.getNormalBounds(), window.isMaximized());
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void save(path, current()), SAVE_DELAY_MS);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event as 'resize', schedule);
  window.on('close', () => {
    clearTimeout(timer);
    void save(path, current());
  });
}
