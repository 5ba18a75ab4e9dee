/**
 * Whether an imported edition looks out of date. The app cannot know what the current law is; it
 * only reads a year from the edition's title or file name (e.g. `california-constitution-2011.md`),
 * so every edition carries the general note and a dated one carries a stronger one.
 */
import type { EditionSummary } from '../../src/api/contract';

/** Years a constitution file name plausibly carries (the 1879 constitution onwards). */
const YEAR_PATTERN = /\b(18[789]\d|19\d\d|20\d\d)\b/g;

/** The latest year named in the edition's title or file name, if any. */
export function editionYear(edition: Pick<EditionSummary, 'title' | 'importedFrom'>): number | undefined {
  const years = [...`${edition.title} ${edition.importedFrom}`.matchAll(YEAR_PATTERN)].map((match) => Number(match[1]));
  return years.length === 0 ? undefined : Math.max(...years);
}

/** The note shown wherever an edition is shown. */
export function editionNote(edition: Pick<EditionSummary, 'title' | 'importedFrom'>, now = new Date()): string {
  const year = editionYear(edition);
  if (year !== undefined && year < now.getFullYear()) {
    return `This edition appears to date from ${year}: it is not current law. Check every section you amend against the current text at leginfo.legislature.ca.gov before filing.`;
  }
  return 'Amendment Studio cannot tell whether an imported edition is current. Check every section you amend against the current text at leginfo.legislature.ca.gov before filing.';
}
