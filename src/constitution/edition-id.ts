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

/**
 * The hashes that identify `doc`'s text: the SHA-256 of its own text and, for a canonical import,
 * the `source-sha256` of the file it was imported from. A measure drafted against either was drafted
 * against this edition (`amend measure --base raw-file.md` records the raw file's hash; the app
 * stores the canonical import of the same file).
 */
export function editionHashes(doc: LegalDoc, ownHash: string): readonly string[] {
  const source = doc.frontMatter?.sourceSha256?.trim().toLowerCase();
  return source === undefined || source === '' || source === ownHash ? [ownHash] : [ownHash, source];
}
