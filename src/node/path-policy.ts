/**
 * Which paths the API reads and writes. The UI (and anything that compromised it) can only name
 * absolute paths of the kinds of files the app works with: Markdown and plain text to read and save,
 * the export formats to export. So a hostile draft that found a way to call the API still could not
 * read `~/.ssh/id_rsa` or overwrite `~/.bashrc`.
 */
import { realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { extname, isAbsolute, join, normalize } from 'node:path';
import type { ExportFormat } from '../api/contract';
import { err, ok, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';

/** Text documents the app opens and saves: measures, drafts, constitution editions (Markdown or leginfo text). */
export const DOCUMENT_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

/** The extensions an export may be written with, by format. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, readonly string[]>> = {
  pdf: ['.pdf'],
  docx: ['.docx'],
  html: ['.html', '.htm'],
  text: ['.txt'],
  markdown: ['.md', '.markdown'],
};

/** `~/x` → the home folder; everything else normalised. Relative paths are refused by the checks. */
export function expandPath(path: string): string {
  if (path === '~' || path.startsWith('~/') || path.startsWith('~\\')) return normalize(join(homedir(), path.slice(1)));
  return normalize(path);
}

function checked(path: string, allowed: readonly string[], what: string): Result<string, StudioError> {
  const expanded = expandPath(path);
  if (!isAbsolute(expanded)) {
    return err(
      studioError('invalid-request', `"${path}" is not a full path.`, {
        hint: 'Give the full path, e.g. /home/you/Documents/measure.measure.md (or start it with ~/).',
      }),
    );
  }
  const extension = extname(expanded).toLowerCase();
  if (!allowed.includes(extension)) {
    return err(
      studioError('invalid-request', `${expanded} is not ${what} (expected ${allowed.join(', ')}).`, {
        file: expanded,
        hint: `Amendment Studio only reads and writes ${what} here.`,
      }),
    );
  }
  return ok(expanded);
}

/** A Markdown or text document path the API may read or save. */
export function documentPath(path: string): Result<string, StudioError> {
  return checked(path, DOCUMENT_EXTENSIONS, 'a Markdown or text document');
}

/** An export output path for `format`. */
export function exportPath(path: string, format: ExportFormat): Result<string, StudioError> {
  return checked(path, EXPORT_EXTENSIONS[format], `a ${format} file`);
}

/** A folder path (absolute) for a packet export. */
export function folderPath(path: string): Result<string, StudioError> {
  const expanded = expandPath(path);
  if (isAbsolute(expanded)) return ok(expanded);
  return err(studioError('invalid-request', `"${path}" is not a full folder path.`, { hint: 'Give the full path.' }));
}

/**
 * A document path to read: `documentPath`, and the file it really names (symlinks followed) must be
 * a document too, or a link named `notes.md` could hand out `~/.ssh/id_rsa`. A path that does not
 * exist passes (the read then reports it).
 */
export async function readableDocumentPath(path: string): Promise<Result<string, StudioError>> {
  const named = documentPath(path);
  if (!named.ok) return named;
  let real: string;
  try {
    real = await realpath(named.value);
  } catch {
    return named;
  }
  if (real === named.value || DOCUMENT_EXTENSIONS.some((extension) => extname(real).toLowerCase() === extension)) {
    return named;
  }
  return err(
    studioError('invalid-request', `${named.value} links to ${real}, which is not a Markdown or text document.`, {
      file: named.value,
      hint: 'Open the document itself rather than a link to another kind of file.',
    }),
  );
}

/** A file the UI may reveal in the file manager: a document or an export (what the app itself wrote or opened). */
export function revealablePath(path: string): Result<string, StudioError> {
  const kinds = [...DOCUMENT_EXTENSIONS, ...Object.values(EXPORT_EXTENSIONS).flat()];
  return checked(path, [...new Set(kinds)], 'a document or an export');
}
