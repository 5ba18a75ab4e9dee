import type { StudioError } from './studio-error';

/**
 * A value or an error, as plain data. Used at every boundary (IPC, HTTP, CLI) because Electron's
 * `ipcMain.handle` delivers only `message` of a thrown error.
 */
export type Result<T, E = StudioError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** Wrap a success value. */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/** Wrap an error value. */
export function err<E>(error: E): Result<never, E> {
  return { ok: false, error };
}
