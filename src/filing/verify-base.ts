/**
 * `--base`: before a packet is built, check that the official text the measure quotes is still the
 * text of the edition. Every amendment block carries the base text it changes; each must appear in
 * the edition (compared with runs of whitespace collapsed, since hard wraps carry no meaning).
 */
import type { MeasureFile } from '../measure/types';
import { sha256OfText } from '../shared/sha256';
import { err, ok, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';

export interface EditionSource {
  readonly source: string;
  readonly path?: string;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `ok` when the edition is the one recorded, or when it still contains every quoted base text. */
export function verifyMeasureBase(
  measure: MeasureFile,
  edition: EditionSource,
  measurePath: string | undefined,
): Result<true, StudioError> {
  if (sha256OfText(edition.source) === measure.meta.base.sha256) return ok(true);
  const editionText = collapse(edition.source);
  for (const part of measure.parts) {
    if (part.type !== 'amendment' || part.base === undefined || part.op === 'add' || part.op === 'retitle') continue;
    if (!editionText.includes(collapse(part.base))) {
      return err(
        studioError(
          'stale-base',
          `"${part.heading}" quotes official text that is not in ${edition.path ?? 'the edition'}: the measure was drafted against another edition`,
          {
            ...(measurePath === undefined ? {} : { file: measurePath }),
            line: part.position.start.line,
            hint: 'Rebase the measure on this edition (amend rebase) and review the changes before filing.',
          },
        ),
      );
    }
  }
  return ok(true);
}
