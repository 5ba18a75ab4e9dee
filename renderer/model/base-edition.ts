/**
 * Which library edition a measure's `base` names. A measure made in the app records the SHA-256 of
 * the stored (canonical) text; one made by the CLI from the source file (`amend measure --base
 * file.md`) records the hash of that file, which the library keeps as the edition's `sourceSha256`.
 * Either identifies the text; the measure's struck text is still checked block by block against the
 * edition when it opens (the diff worker applies it), so a match here never vouches for the blocks.
 */
import type { EditionSummary } from '../../src/api/contract';

export interface MeasureBase {
  readonly edition: string;
  readonly sha256: string;
}

/**
 * The edition whose stored text has the base's hash, else the one imported from a file with that
 * hash, else (the hash names nothing here) the one with the base's id; undefined when none fits.
 */
export function editionForBase(
  editions: readonly EditionSummary[],
  base: MeasureBase | undefined,
): EditionSummary | undefined {
  if (base === undefined) return undefined;
  return (
    editions.find((candidate) => candidate.sha256 === base.sha256) ??
    editions.find((candidate) => candidate.sourceSha256 === base.sha256) ??
    editions.find((candidate) => candidate.id === base.edition)
  );
}
