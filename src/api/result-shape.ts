/**
 * Runtime check that a value crossing a boundary has the `Result<T, StudioError>` shape, so a
 * broken host or transport is reported as an error instead of confusing the UI.
 */
import type { Result } from '../shared/result';
import type { StudioError } from '../shared/studio-error';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** True when `value` looks like a StudioError (code and message are strings). */
export function isStudioError(value: unknown): value is StudioError {
  return isRecord(value) && typeof value['code'] === 'string' && typeof value['message'] === 'string';
}

/** True when `value` is `{ ok: true, value }` or `{ ok: false, error: StudioError }`. */
export function isResult(value: unknown): value is Result<unknown, StudioError> {
  if (!isRecord(value)) return false;
  if (value['ok'] === true) return 'value' in value;
  return value['ok'] === false && isStudioError(value['error']);
}
