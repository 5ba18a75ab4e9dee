/**
 * YAML front matter of the canonical layout: a `---` line at the very start (after an optional
 * byte-order mark), the YAML, and a closing `---` (or `...`) line.
 */
import { parseDocument } from 'yaml';
import { readLine } from './lines';

export interface FrontMatterRange {
  /** Offset of the opening `---`. */
  readonly start: number;
  /** Just after the closing fence (before its line ending). */
  readonly end: number;
  /** Start of the line after the closing fence: where the Markdown body begins. */
  readonly bodyStart: number;
  readonly yamlStart: number;
  readonly yamlEnd: number;
}

function isFenceLine(source: string, start: number, end: number, fence: string): boolean {
  return source.slice(start, end).trimEnd() === fence;
}

/** The front matter at `from` (0, or 1 after a byte-order mark), or undefined when there is none. */
export function findFrontMatter(source: string, from: number): FrontMatterRange | undefined {
  const opening = readLine(source, from, source.length);
  if (opening.start !== opening.first || !isFenceLine(source, opening.start, opening.end, '---')) return undefined;
  if (opening.next >= source.length) return undefined;
  let pos = opening.next;
  while (pos < source.length) {
    const line = readLine(source, pos, source.length);
    if (
      line.start === line.first &&
      (isFenceLine(source, line.start, line.end, '---') || isFenceLine(source, line.start, line.end, '...'))
    ) {
      return {
        start: opening.start,
        end: line.start + source.slice(line.start, line.end).trimEnd().length,
        bodyStart: line.next,
        yamlStart: opening.next,
        yamlEnd: line.start,
      };
    }
    pos = line.next;
  }
  return undefined;
}

/** Fields of the canonical front matter, and the YAML errors (first one only) if any. */
export interface FrontMatterFields {
  readonly title?: string;
  readonly jurisdiction?: string;
  readonly edition?: string;
  readonly source?: string;
  readonly sourceSha256?: string;
  readonly sha256?: string;
  readonly error?: { readonly message: string; readonly offset: number };
}

const FIELD_NAMES = {
  title: 'title',
  jurisdiction: 'jurisdiction',
  edition: 'edition',
  source: 'source',
  'source-sha256': 'sourceSha256',
  sha256: 'sha256',
} as const;

/**
 * Read the known fields of the YAML text. The failsafe schema keeps every value a string (a hash of
 * digits must not become a number). Never throws: a YAML error is returned as data.
 */
export function readFrontMatterFields(yamlText: string): FrontMatterFields {
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false, schema: 'failsafe' });
  const firstError = document.errors[0];
  if (firstError !== undefined) {
    return { error: { message: firstError.message.split('\n')[0]!, offset: firstError.pos[0] } };
  }
  let value: unknown;
  try {
    // Aliases are refused (maxAliasCount 0): front matter has no use for them, and they can blow up.
    value = document.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return { error: { message: error instanceof Error ? error.message : String(error), offset: 0 } };
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { error: { message: 'The front matter is not a set of "key: value" fields.', offset: 0 } };
  }
  const fields: Record<string, string> = {};
  for (const [key, name] of Object.entries(FIELD_NAMES)) {
    const field = (value as Record<string, unknown>)[key];
    if (typeof field === 'string' || typeof field === 'number') fields[name] = String(field);
  }
  return fields;
}
