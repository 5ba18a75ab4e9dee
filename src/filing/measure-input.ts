/**
 * A measure file as the exporters receive it (exact text + the SHA-256 of its exact bytes), read into
 * everything they print. A measure with errors is refused with the first error's file and line.
 */
import { buildMeasureDocument } from '../measure/build-document';
import type { MeasureDocument } from '../measure/document';
import { summarizeMeasureEffect } from '../measure/effect';
import { LintContext } from '../measure/lint-context';
import { lintTemplatePlaceholders } from '../measure/lint-placeholders';
import { parseMeasure } from '../measure/parse-measure';
import type { MeasureFile } from '../measure/types';
import { missingProponentField } from './proponents';
import { err, ok, type Result } from '../shared/result';
import { findHiddenCharacters, hiddenCharacterMessage } from '../shared/hidden-characters';
import { sha256OfText } from '../shared/sha256';
import { studioError, type StudioError } from '../shared/studio-error';

export interface MeasureSource {
  /** The file's exact text (BOM and line endings kept). */
  readonly source: string;
  /** Named in error messages only; never printed into a document. */
  readonly path?: string;
  /**
   * SHA-256 of the file's exact bytes, as the host read them. Defaults to the hash of the text's
   * UTF-8 encoding, which is the same for any file that decoded without loss.
   */
  readonly sha256?: string;
}

/** Everything the exporters need from one measure file. */
export interface ReadMeasure {
  readonly file: MeasureFile;
  readonly document: MeasureDocument;
  readonly sha256: string;
  /** "amends Section 1 of Article III of the California Constitution". */
  readonly effect: string;
}

/** Parse and build a measure, or the first error in it. */
export function readMeasure(input: MeasureSource): Result<ReadMeasure, StudioError> {
  const file = parseMeasure(input.source, input.path === undefined ? {} : { path: input.path });
  const firstError = file.messages.find((message) => message.severity === 'error');
  if (firstError !== undefined) {
    const missing = missingProponentField(firstError, file, input.path);
    if (missing !== undefined) return err(missing);
    return err(
      studioError('invalid-measure', firstError.message, {
        ...(input.path === undefined ? {} : { file: input.path }),
        line: firstError.line,
        column: firstError.column,
        ...(firstError.hint === undefined ? {} : { hint: firstError.hint }),
      }),
    );
  }
  const conflict = file.conflicts[0];
  if (conflict !== undefined) {
    return err(
      studioError('conflict', `unresolved merge conflict "${conflict.subject}": resolve it before exporting`, {
        ...(input.path === undefined ? {} : { file: input.path }),
        line: conflict.position.start.line,
      }),
    );
  }
  // The template's bracketed prompts would be printed as filed text.
  const placeholders = new LintContext(file);
  lintTemplatePlaceholders(placeholders);
  const prompt = placeholders.messages[0];
  if (prompt !== undefined) {
    return err(
      studioError('invalid-measure', prompt.message, {
        ...(input.path === undefined ? {} : { file: input.path }),
        line: prompt.line,
        column: prompt.column,
        ...(prompt.hint === undefined ? {} : { hint: prompt.hint }),
      }),
    );
  }
  // A bidi control, a NUL or hidden tag text would be filed invisibly (lint lists every one).
  const hidden = findHiddenCharacters(input.source, { severities: ['error'], maxFindings: 1 }).findings[0];
  if (hidden !== undefined) {
    return err(
      studioError('invalid-measure', `${hiddenCharacterMessage(hidden)}; a filing must not contain it`, {
        ...(input.path === undefined ? {} : { file: input.path }),
        line: hidden.line,
        column: hidden.column,
        hint: 'Delete the hidden character, then export again; the checks (amend lint) list every one.',
      }),
    );
  }
  const sha256 = input.sha256 ?? sha256OfText(input.source);
  return ok({ file, document: buildMeasureDocument(file, { sha256 }), sha256, effect: summarizeMeasureEffect(file) });
}
