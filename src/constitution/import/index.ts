/**
 * importConstitution: leginfo plain text or Markdown (2011 layout, any accepted variant) → the
 * canonical Markdown edition with YAML front matter. Pure: the caller reads and writes files.
 *
 * Nothing is lost: every word of the input is in the output except the navigation text listed in
 * `removed` (`PREAMBLE [Preamble]` labels, `[SECTION 1 - SEC. 9]` ranges) and the heading words
 * changed by `rewrites` (`ARTICLE 3` → `Article III`, `SEC. 2.` → `Section 2`).
 */
import { sha256OfText } from '../../shared/sha256';
import { parseConstitution } from '../parse';
import type { LegalDoc, ParseMessage } from '../types';
import { CANONICAL_TITLE, canonicalizeMarkdown, type HeadingRewrite } from './canonical';
import { leginfoToMarkdown, looksLikeLeginfo } from './leginfo';
import { composeLineMaps, identityLineMap, mapPosition, type LineMap } from './line-map';

export type { HeadingRewrite } from './canonical';

export type ImportFormat = 'leginfo' | 'markdown';

export interface ImportOptions {
  /** Edition date, `YYYY-MM-DD` (omitted from the front matter when not given). */
  readonly edition?: string;
  /** Where the text came from (a URL or description). */
  readonly source?: string;
  /** Input format; detected when omitted (no `#` headings at all means leginfo plain text). */
  readonly format?: ImportFormat;
  /** Path of the output, used in `messages`. */
  readonly path?: string;
  /** Path of the text imported, used in `inputMessages`. */
  readonly inputPath?: string;
}

export interface ImportResult {
  /** The canonical edition: front matter + body. */
  readonly markdown: string;
  readonly format: ImportFormat;
  /** The canonical edition, parsed. */
  readonly doc: LegalDoc;
  /** Problems in the result (positions refer to `markdown`). */
  readonly messages: readonly ParseMessage[];
  /**
   * The same problems at their place in the text imported (line of the input; the column is exact
   * for copied text and approximate on lines the importer rewrote), named by `inputPath`.
   */
  readonly inputMessages: readonly ParseMessage[];
  /** Where each line of `markdown` came from in the text imported (see line-map.ts). */
  readonly lineMap: LineMap;
  readonly removed: readonly string[];
  readonly rewrites: readonly HeadingRewrite[];
}

const BYTE_ORDER_MARK = /^\uFEFF/;

/** Duplicate messages name the first one's line (`appears again (first at line 13)`): mapped too. */
const FIRST_AT_LINE = /\(first at line (\d+)\)/;

function countLines(text: string): number {
  return text.split('\n').length - 1;
}

/**
 * The SHA-256 the front matter's `sha256` field records: of everything after the closing `---`
 * line. Undefined when the document has no front matter.
 */
export function editionBodySha256(doc: LegalDoc): string | undefined {
  if (doc.frontMatter === undefined) return undefined;
  const lineEnd = doc.source.indexOf('\n', doc.frontMatter.position.end.offset);
  return sha256OfText(lineEnd < 0 ? '' : doc.source.slice(lineEnd + 1));
}

function frontMatter(fields: Readonly<Record<string, string | undefined>>): string {
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    // JSON strings are valid YAML double-quoted scalars: no value can be misread (hashes stay text).
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Import a constitution text into the canonical Markdown edition. */
export function importConstitution(text: string, options: ImportOptions = {}): ImportResult {
  const normalised = text.replace(BYTE_ORDER_MARK, '').replace(/\r\n?/g, '\n');
  const format = options.format ?? (looksLikeLeginfo(normalised) ? 'leginfo' : 'markdown');
  const converted =
    format === 'leginfo'
      ? leginfoToMarkdown(normalised)
      : { markdown: normalised, removed: [], lineMap: identityLineMap(normalised) };
  const canonical = canonicalizeMarkdown(converted.markdown);
  const header = frontMatter({
    title: CANONICAL_TITLE,
    jurisdiction: 'California',
    edition: options.edition,
    source: options.source,
    'source-sha256': sha256OfText(text),
    sha256: sha256OfText(`\n${canonical.body}`),
  });
  const markdown = `${header}\n${canonical.body}`;
  const doc = parseConstitution(markdown, options.path === undefined ? {} : { path: options.path });
  // The front matter and the blank line after it are the importer's own: they map to line 1.
  const headerLines = countLines(header) + 1;
  const outputMap = composeLineMaps(
    [...Array.from({ length: headerLines }, () => ({ line: 1, columnShift: 0 })), ...canonical.lineMap],
    converted.lineMap,
  );
  const inputMessages = doc.messages.map((message): ParseMessage => {
    const { file: _outputFile, ...rest } = message;
    return {
      ...rest,
      message: message.message.replace(
        FIRST_AT_LINE,
        (_match, line: string) => `(first at line ${mapPosition(outputMap, Number(line), 1).line})`,
      ),
      ...mapPosition(outputMap, message.line, message.column),
      ...(options.inputPath === undefined ? {} : { file: options.inputPath }),
    };
  });
  return {
    markdown,
    format,
    doc,
    messages: doc.messages,
    inputMessages,
    lineMap: outputMap,
    removed: [...converted.removed, ...canonical.removed],
    rewrites: canonical.rewrites,
  };
}
