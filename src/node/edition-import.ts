/**
 * Turning an uploaded edition into canonical Markdown. Markdown is stored exactly as given (the
 * parser reads both the canonical and the 2011 layout).
 */
import { ok, type Result } from '../shared/result';
import type { StudioError } from '../shared/studio-error';
import type { EditionConversion } from './edition-library';

/** The edition converter used by the service. */
export function convertEdition(_fileName: string, content: string): Result<EditionConversion, StudioError> {
  return ok({ markdown: content, sourceFormat: 'canonical-markdown', messages: [] });
}
