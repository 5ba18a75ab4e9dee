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
  /**
   * For `conflict` on save: the SHA-256 the caller expected on disk and the one actually found
   * (null = no file), so the UI can label "your version" and "the version on disk".
   */
  readonly conflict?: { readonly expectedSha256: string | null; readonly actualSha256: string | null };
}

export type StudioErrorCode =
  | 'parse-error'
  | 'invalid-request'
  | 'invalid-measure'
  | 'not-found'
  | 'io-error'
  | 'conflict'
  | 'already-exists'
  | 'invalid-encoding'
  | 'too-large'
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
