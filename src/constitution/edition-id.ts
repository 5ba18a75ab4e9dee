/**
 * The id a measure records for the edition it was drafted against: the edition's own front matter
 * `edition` when it has one, else its file name without folders or extension. Never a path: measures
 * travel to coalition partners and into filings, and a local path means nothing there (and leaks
 * the drafter's folder names).
 */
import type { LegalDoc } from './types';

export function editionId(doc: LegalDoc, fallback = 'edition'): string {
  const declared = doc.frontMatter?.edition?.trim();
  if (declared !== undefined && declared !== '') return declared;
  const fileName = doc.path?.split(/[\\/]/).pop() ?? '';
  const stem = fileName.replace(/\.(measure\.)?(md|markdown|txt)$/i, '');
  return stem === '' ? fallback : stem;
}
