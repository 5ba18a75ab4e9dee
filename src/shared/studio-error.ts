/**
 * The one error shape that crosses process and network boundaries. Messages are written for a user:
 * they name the file, the line and the problem, and say what to do.
 */
export interface StudioError {
  /** Stable machine-readable code, e.g. `parse-error`, `not-found`, `invalid-request`. */
  readonly code: StudioErrorCode;
  readonly message: string;
  readonly file?: string;
  /** 1-based line in `file`. */
  readonly line?: number;
  /** 1-based column in `file`. */
  readonly column?: number;
  /** Optional hint: what the user can do about it. */
  readonly hint?: string;
}

export type StudioErrorCode =
  | 'parse-error'
  | 'invalid-request'
  | 'invalid-measure'
  | 'not-found'
  | 'io-error'
  | 'conflict'
  | 'stale-base'
  | 'missing-field'
  | 'printer-unavailable'
  | 'timeout'
  | 'cancelled'
  | 'internal';

/** Build a StudioError; a tiny helper so call sites read as sentences. */
export function studioError(
  code: StudioErrorCode,
  message: string,
  where: Omit<StudioError, 'code' | 'message'> = {},
): StudioError {
  return { code, message, ...where };
}

/** Format an error the way compilers do: `file:line:column: message (hint)`. */
export function formatStudioError(error: StudioError): string {
  const place =
    error.file === undefined
      ? ''
      : `${error.file}${error.line === undefined ? '' : `:${error.line}${error.column === undefined ? '' : `:${error.column}`}`}: `;
  return `${place}${error.message}${error.hint === undefined ? '' : ` (${error.hint})`}`;
}
