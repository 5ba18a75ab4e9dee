/**
 * Turning an uploaded edition into the Markdown the library stores:
 * - a prepared edition (it starts with YAML front matter) is stored byte for byte, so measures
 *   drafted against it keep matching its SHA-256;
 * - leginfo plain text and 2011-style Markdown (no front matter) go through the importer
 *   (src/constitution/import), which writes the canonical edition with its front matter.
 */
import { importConstitution } from '../constitution/import';
import { findFrontMatter } from '../constitution/scan/front-matter';
import { ok, type Result } from '../shared/result';
import type { StudioError } from '../shared/studio-error';
import type { EditionConversion } from './edition-library';

/** The edition converter used by the service. */
export function convertEdition(fileName: string, content: string): Result<EditionConversion, StudioError> {
  if (findFrontMatter(content, content.startsWith('\uFEFF') ? 1 : 0) !== undefined) {
    return ok({ markdown: content, sourceFormat: 'canonical-markdown', messages: [] });
  }
  const imported = importConstitution(content, { path: fileName });
  return ok({
    markdown: imported.markdown,
    sourceFormat: imported.format === 'leginfo' ? 'leginfo-text' : 'markdown-2011',
    messages: [],
    doc: imported.doc,
  });
}
