/**
 * Reading and editing the measure file's text through the measure core. Edits are splices
 * (src/measure/splice.ts): only the changed YAML value or part changes, never the whole file.
 */
import { parseMeasure } from '../../src/measure/parse-measure';
import { replacePart, setFrontMatterValue } from '../../src/measure/splice';
import { ok, err, type Result } from '../../src/shared/result';
import { formatStudioError } from '../../src/shared/studio-error';
import type { MeasureFile, Proponent } from '../../src/measure/types';

/** Parse with a one-entry cache: the views ask about the same text many times per change. */
let cached: { source: string; measure: MeasureFile } | undefined;
export function parsedMeasure(source: string): MeasureFile {
  if (cached?.source !== source) cached = { source, measure: parseMeasure(source) };
  return cached.measure;
}

/** The base edition a measure names, or undefined when it names none. */
export function measureBase(source: string): { readonly edition: string; readonly sha256: string } | undefined {
  const base = parsedMeasure(source).meta.base;
  return base.edition === '' || base.sha256 === '' ? undefined : base;
}

export function measureTitle(source: string): string | undefined {
  const title = parsedMeasure(source).meta.title;
  return title === '' ? undefined : title;
}

export function measureProponents(source: string): readonly Proponent[] {
  return parsedMeasure(source).meta.proponents;
}

/** Set one front matter value through the measure core's splice (only that YAML changes). */
function withFrontMatterValue(source: string, key: string, value: unknown): Result<string, string> {
  const result = setFrontMatterValue(source, [key], value);
  return result.ok ? result : err(formatStudioError(result.error));
}

/** The measure with its proponents replaced (an empty list removes the key's entries). */
export function withProponents(source: string, proponents: readonly Proponent[]): Result<string, string> {
  const current = measureProponents(source);
  if (JSON.stringify(current) === JSON.stringify(proponents)) return ok(source);
  return withFrontMatterValue(
    source,
    'proponents',
    proponents.map((proponent) => ({
      name: proponent.name,
      county: proponent.county,
      ...(Object.keys(proponent.contact).length === 0 ? {} : { contact: { ...proponent.contact } }),
    })),
  );
}

/** The measure with a new title. */
export function withTitle(source: string, title: string): Result<string, string> {
  return measureTitle(source) === title ? ok(source) : withFrontMatterValue(source, 'title', title);
}

/** The measure with the body of its `index`-th part replaced; its heading line is kept as written. */
export function withPartBody(source: string, index: number, body: string): Result<string, string> {
  const part = parsedMeasure(source).parts[index];
  if (part === undefined) return err(`The measure has no part ${index + 1}.`);
  const headingEnd = source.indexOf('\n', part.extent.start);
  const heading = source.slice(part.extent.start, headingEnd < 0 ? part.extent.end : headingEnd).replace(/\r$/, '');
  const text = body.trim() === '' ? heading : `${heading}\n\n${body.trim()}`;
  return ok(replacePart(source, part.extent, text));
}
