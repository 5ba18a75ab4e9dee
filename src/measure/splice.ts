/**
 * Edits to a measure file are splices: the bytes outside the changed range stay identical (the user's
 * layout, comments and unknown keys are never re-serialised). Parts are replaced by their extent;
 * front matter values by the range of their YAML node, with a Document API fallback that still keeps
 * every key and comment when a precise splice is not possible.
 */
import { isCollection, isMap, isScalar, stringify, type Document, type Node } from 'yaml';
import type { Extent } from '../constitution/types';
import { err, ok, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';
import { frontMatterDocument, locateFrontMatter } from './front-matter';
import { lineEndingOf, withLineEnding } from './source-text';

/** Replace `source[extent]` by `text`. */
export function replaceExtent(source: string, extent: Extent, text: string): string {
  return source.slice(0, extent.start) + text + source.slice(extent.end);
}

/**
 * The text to put in a part's extent: the part, its line break, and a blank line before the next
 * part (none at the end of the file). Line breaks follow the file's.
 */
export function partSlot(source: string, partMarkdown: string, isLast: boolean): string {
  const eol = lineEndingOf(source);
  return withLineEnding(`${partMarkdown.replace(/\s+$/, '')}\n${isLast ? '' : '\n'}`, eol);
}

/** Replace a part (heading to the next part) with `partMarkdown`. */
export function replacePart(source: string, extent: Extent, partMarkdown: string): string {
  return replaceExtent(source, extent, partSlot(source, partMarkdown, extent.end >= source.length));
}

/** Remove a part; when it was the last one, the blank line that separated it goes too. */
export function removePart(source: string, extent: Extent): string {
  if (extent.end < source.length) return replaceExtent(source, extent, '');
  let start = extent.start;
  // Drop the one blank line that separated it from the previous part.
  const before = source.slice(0, start);
  const trimmed = before.replace(/(\r?\n)[ \t]*\r?\n$/, '$1');
  start = trimmed.length;
  return source.slice(0, start) + source.slice(extent.end);
}

/** Insert a part at `offset` (a part boundary or the end of the file). */
export function insertPart(source: string, offset: number, partMarkdown: string): string {
  const eol = lineEndingOf(source);
  if (offset >= source.length) {
    const head = source.replace(/\s+$/, '');
    return `${head}${eol}${eol}${withLineEnding(partMarkdown.replace(/\s+$/, ''), eol)}${eol}`;
  }
  return source.slice(0, offset) + partSlot(source, partMarkdown, false) + source.slice(offset);
}

export type FrontMatterPath = readonly (string | number)[];

function frontMatterError(message: string): StudioError {
  return studioError('invalid-measure', message, {
    hint: 'Fix the front matter (the --- block at the top of the file) and try again.',
  });
}

/** One-line YAML for a scalar (JSON double quotes are valid YAML when the plain form would not be one line). */
function scalarYaml(value: unknown): string {
  const plain = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  return plain.includes('\n') ? JSON.stringify(value) : plain;
}

/** Block YAML for a collection, continuation lines indented to `column`. */
function collectionYaml(value: unknown, column: number): string {
  const text = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  return text.replace(/\n/g, `\n${' '.repeat(column)}`);
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Splice a new value into the YAML text; undefined when the layout is not one this can splice. */
function spliceYaml(raw: string, document: Document, path: FrontMatterPath, value: unknown): string | undefined {
  const node = document.getIn(path, true) as Node | undefined;
  if (node !== undefined && node !== null && node.range !== undefined && node.range !== null) {
    const [start, valueEnd] = node.range;
    const isBlockCollection = isCollection(node) && !node.flow;
    const wantsCollection = value !== null && typeof value === 'object';
    if (isScalar(node) && !wantsCollection) return raw.slice(0, start) + scalarYaml(value) + raw.slice(valueEnd);
    if (isBlockCollection && wantsCollection) {
      return raw.slice(0, start) + collectionYaml(value, columnOf(raw, start)) + raw.slice(valueEnd);
    }
    return undefined;
  }
  // The key is missing: add it at the end of its nearest existing block map.
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const parent: unknown = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
    if (!isMap(parent) || parent.flow === true) {
      if (depth === 0) return undefined;
      continue;
    }
    if (path.slice(depth).some((key) => typeof key === 'number')) return undefined;
    let nested: unknown = value;
    for (const key of [...path.slice(depth + 1)].reverse()) nested = { [key]: nested };
    const key = String(path[depth]);
    const firstKey = parent.items[0]?.key as Node | undefined;
    const column = firstKey?.range === undefined || firstKey.range === null ? 0 : columnOf(raw, firstKey.range[0]);
    const line = `${' '.repeat(column)}${stringify(key)}`.replace(/\n$/, '');
    const entry =
      nested !== null && typeof nested === 'object'
        ? `${line}:\n${' '.repeat(column + 2)}${collectionYaml(nested, column + 2)}`
        : `${line}: ${scalarYaml(nested)}`;
    const end = parent.range?.[1] ?? raw.length;
    const lineEnd = raw.indexOf('\n', Math.max(0, end - 1));
    const insertAt = lineEnd === -1 ? raw.length : lineEnd + 1;
    const prefix = insertAt === raw.length && !raw.endsWith('\n') && raw.length > 0 ? '\n' : '';
    return `${raw.slice(0, insertAt)}${prefix}${entry}\n${raw.slice(insertAt)}`;
  }
  return undefined;
}

/** Remove a key's whole lines (key through the end of its value); undefined when it cannot be located. */
function spliceOutKey(raw: string, document: Document, path: FrontMatterPath): string | undefined {
  const parent: unknown = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  if (!isMap(parent) || parent.flow === true) return undefined;
  const pair = parent.items.find((item) => String((item.key as Node | null)?.toJSON()) === String(path.at(-1)));
  const keyRange = (pair?.key as Node | undefined)?.range;
  if (pair === undefined || keyRange === undefined || keyRange === null) return undefined;
  const valueRange = (pair.value as Node | null)?.range;
  const end = valueRange === undefined || valueRange === null ? keyRange[1] : valueRange[1];
  const lineStart = raw.lastIndexOf('\n', keyRange[0] - 1) + 1;
  if (raw.slice(lineStart, keyRange[0]).trim() !== '') return undefined;
  const newline = raw.indexOf('\n', Math.max(lineStart, end - 1));
  return raw.slice(0, lineStart) + raw.slice(newline === -1 ? raw.length : newline + 1);
}

function sameValue(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false; // A YAML node that cannot become JSON (an unresolved alias) is not the value asked for.
  }
}

/**
 * Set a front matter value (`['revision', 'label']`, `['proponents']`, …), splicing only its YAML;
 * `undefined` removes the key. Comments, unknown keys and the layout of every other value are kept
 * byte for byte.
 */
export function setFrontMatterValue(source: string, path: FrontMatterPath, value: unknown): Result<string> {
  const block = locateFrontMatter(source);
  if (block === undefined) return err(frontMatterError('the measure file has no front matter to write into'));
  const document = frontMatterDocument(block.raw);
  if (document.errors.length > 0) {
    return err(frontMatterError(`the front matter has a YAML error: ${document.errors[0]!.message.split('\n')[0]!}`));
  }
  const current: unknown = document.getIn(path);
  if (sameValue(current, value) && (value !== undefined || !document.hasIn(path))) return ok(source);
  const eol = lineEndingOf(block.raw);
  let yaml =
    value === undefined ? spliceOutKey(block.raw, document, path) : spliceYaml(block.raw, document, path, value);
  const applied = (text: string): boolean => {
    const check = frontMatterDocument(text);
    return (
      check.errors.length === 0 && (value === undefined ? !check.hasIn(path) : sameValue(check.getIn(path), value))
    );
  };
  if (yaml === undefined || !applied(yaml)) {
    // Fallback: the Document API keeps keys and comments, though it may re-flow this block.
    try {
      if (value === undefined) document.deleteIn(path);
      else document.setIn(path, value);
      yaml = document.toString({ lineWidth: 0 });
    } catch (error) {
      // YAML that parses but cannot be written back, e.g. an alias to an anchor that is never set.
      const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      return err(frontMatterError(`the front matter cannot be rewritten: ${detail}`));
    }
  }
  const end = block.rawStart + block.raw.length;
  return ok(source.slice(0, block.rawStart) + withLineEnding(yaml, eol) + source.slice(end));
}
