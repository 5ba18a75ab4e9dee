/**
 * The units a semantic diff compares: the document prefix (front matter, title), the preamble,
 * each article's own head (heading line + intro text) and each section (heading line + body). Units
 * tile the source exactly; each unit's end is the next unit's start, so the tiling holds by
 * construction whatever the parser reports as node ends.
 */
import type { Article, LegalDoc, Preamble, Section } from '../constitution/types';
import type { BlockTree } from './subdivisions';

/** What a unit is: the document head, the preamble, an article's own head, or a section. */
export type UnitKind = 'prefix' | 'preamble' | 'article' | 'section';

/** One unit of a document. Offsets index `source`. */
export interface Unit {
  /** `prefix`, `preamble`, an article id (`art-III`) or a section id (`art-III/sec-1`). */
  readonly key: string;
  readonly kind: UnitKind;
  /** Start of the unit: the blank lines before its heading, then the heading. */
  readonly start: number;
  readonly end: number;
  /** Start of the heading line (after the separating blank lines); `start` when the unit has no heading. */
  readonly headingStart: number;
  /** End of the heading line's text (before its line break); `start` when the unit has no heading. */
  readonly headingEnd: number;
  /** First offset after the heading line and its line break; `start` when the unit has no heading. */
  readonly bodyStart: number;
  /** The article this unit belongs to (its own id for an article head); `''` for prefix and preamble. */
  readonly articleKey: string;
  /** Position in document order. */
  readonly index: number;
  readonly article?: Article;
  readonly section?: Section;
  readonly preamble?: Preamble;
  /** The string the node positions (`article`, `section`, `preamble`) index into. */
  readonly nodeSource: string;
}

/** The parsed blocks of a unit, for subdivision comparisons (none for the prefix). */
export function blockTree(unit: Unit): BlockTree | undefined {
  if (unit.section !== undefined) {
    return { source: unit.nodeSource, parentId: unit.section.id, children: unit.section.children };
  }
  if (unit.kind === 'article' && unit.article !== undefined) {
    return { source: unit.nodeSource, parentId: unit.article.id, children: unit.article.children };
  }
  if (unit.preamble !== undefined)
    return { source: unit.nodeSource, parentId: 'preamble', children: unit.preamble.children };
  return undefined;
}

/** Human citation of a unit: `Article III, Section 1`, `Article XIII A`, `Preamble`. */
export function citationOf(unit: Unit): string {
  if (unit.kind === 'prefix') return 'Title and front matter';
  if (unit.kind === 'preamble') return 'Preamble';
  const article = unit.article === undefined ? unit.articleKey : `Article ${unit.article.number.roman}`;
  if (unit.kind === 'article') return article;
  return `${article}, Section ${unit.section?.number ?? unit.key}`;
}

/** A copy of `unit` moved by `delta` characters (same shape, for a text edited before it). */
export function shiftUnit(unit: Unit, delta: number): Unit {
  return {
    key: unit.key,
    kind: unit.kind,
    start: unit.start + delta,
    headingStart: unit.headingStart + delta,
    end: unit.end + delta,
    headingEnd: unit.headingEnd + delta,
    bodyStart: unit.bodyStart + delta,
    articleKey: unit.articleKey,
    index: unit.index,
    article: unit.article,
    section: unit.section,
    preamble: unit.preamble,
    nodeSource: unit.nodeSource,
  };
}

/** The units of one document, in order and by key. */
export interface DocUnits {
  readonly source: string;
  readonly units: readonly Unit[];
  readonly byKey: ReadonlyMap<string, Unit>;
}

/** Unit text. */
export function unitText(units: DocUnits, unit: Unit): string {
  return units.source.slice(unit.start, unit.end);
}

/** The blank lines before a unit's heading (`''` when none). */
export function separatorText(units: DocUnits, unit: Unit): string {
  return units.source.slice(unit.start, unit.headingStart);
}

/** The heading line of a unit, without its line break (`''` when none). */
export function headingLine(units: DocUnits, unit: Unit): string {
  return units.source.slice(unit.headingStart, unit.headingEnd);
}

/** The line break after a unit's heading (`\n`, `\r\n`, `\r` or `''` at the end of the file). */
export function headingBreak(units: DocUnits, unit: Unit): string {
  return units.source.slice(unit.headingEnd, unit.bodyStart);
}

/** The unit's body: everything after its heading line. */
export function bodyText(units: DocUnits, unit: Unit): string {
  return units.source.slice(unit.bodyStart, unit.end);
}

/**
 * Cut `doc` into units. The prefix is split into `prefix` + `preamble` when `splitPreamble` (the
 * base document has a preamble); a document without one then gets an empty preamble at the end of
 * its prefix, so both sides of a diff always have the same prefix units.
 *
 * Offsets go through typed arrays and the nodes through two parallel arrays, so the only objects
 * made are the units themselves (a diff of a 16× document cuts ~12,000 units).
 */
export function docUnits(doc: LegalDoc, splitPreamble: boolean): DocUnits {
  const source = doc.source;
  const prefixEnd = clamp(doc.prefixEnd, 0, source.length);
  let count = splitPreamble ? 2 : 1;
  for (const article of doc.articles) count += 1 + article.sections.length;
  // Where each unit's heading starts (the unit's start when it has none), its node and its article.
  const headingStarts = new Int32Array(count);
  const nodes = new Array<Article | Section | Preamble | undefined>(count).fill(undefined);
  const articles = new Array<Article | undefined>(count).fill(undefined);
  let index = 1;
  if (splitPreamble) {
    headingStarts[index] =
      doc.preamble === undefined ? prefixEnd : clamp(doc.preamble.position.start.offset, 0, prefixEnd);
    nodes[index++] = doc.preamble;
  }
  const firstHeading = index;
  let floor = prefixEnd;
  for (const article of doc.articles) {
    floor = Math.max(floor, article.extent.start);
    headingStarts[index] = floor;
    nodes[index] = article;
    articles[index++] = article;
    for (const section of article.sections) {
      floor = Math.max(floor, section.extent.start);
      headingStarts[index] = floor;
      nodes[index] = section;
      articles[index++] = article;
    }
  }
  const headingEnds = new Int32Array(count);
  const bodyStarts = new Int32Array(count);
  const unitStarts = new Int32Array(count);
  for (index = 0; index < count; index++) {
    const headingStart = headingStarts[index]!;
    if (index < firstHeading) {
      headingEnds[index] = bodyStarts[index] = unitStarts[index] = headingStart;
      continue;
    }
    const next = index + 1 < count ? headingStarts[index + 1]! : source.length;
    headingEnds[index] = lineEnd(source, headingStart, next);
    bodyStarts[index] = afterBreak(source, headingEnds[index]!, next);
    // Blank lines before a heading belong to the heading's unit, so adding or repealing a unit never
    // changes its neighbour's text (the separator travels with the unit).
    unitStarts[index] = index > 0 ? separatorStart(source, headingStart, bodyStarts[index - 1]!) : headingStart;
  }
  const units: Unit[] = [];
  const byKey = new Map<string, Unit>();
  for (index = 0; index < count; index++) {
    const node = nodes[index];
    const article = articles[index];
    const kind: UnitKind =
      index === 0 ? 'prefix' : index < firstHeading ? 'preamble' : node!.type === 'article' ? 'article' : 'section';
    const unit: Unit = {
      key: uniqueKey(byKey, index === 0 ? 'prefix' : index < firstHeading ? 'preamble' : node!.id),
      kind,
      start: unitStarts[index]!,
      headingStart: headingStarts[index]!,
      end: index + 1 < count ? unitStarts[index + 1]! : source.length,
      headingEnd: headingEnds[index]!,
      bodyStart: bodyStarts[index]!,
      articleKey: article?.id ?? '',
      index,
      // Always present (possibly undefined): one object shape for every unit keeps hot loops monomorphic.
      article,
      section: kind === 'section' ? (node as Section) : undefined,
      preamble: kind === 'preamble' ? (node as Preamble | undefined) : undefined,
      nodeSource: source,
    };
    units.push(unit);
    byKey.set(unit.key, unit);
  }
  return { source, units, byKey };
}

/** Start of the run of blank lines ending at `headingStart` (a line start), not before `floor`. */
function separatorStart(source: string, headingStart: number, floor: number): number {
  let at = headingStart;
  while (at > floor) {
    const code = source.charCodeAt(at - 1);
    if (code !== 10 && code !== 13) break;
    let lineStart = at - 1;
    if (code === 10 && lineStart > floor && source.charCodeAt(lineStart - 1) === 13) lineStart--;
    while (lineStart > floor && (source.charCodeAt(lineStart - 1) === 32 || source.charCodeAt(lineStart - 1) === 9)) {
      lineStart--;
    }
    const before = lineStart > floor ? source.charCodeAt(lineStart - 1) : 10;
    if (before !== 10 && before !== 13) break; // the line holds text: the run ends here
    at = lineStart;
  }
  return at;
}

/** The parser makes ids unique (`~2`); this guards the invariant the diff relies on anyway. */
function uniqueKey(seen: ReadonlyMap<string, Unit>, key: string): string {
  if (!seen.has(key)) return key;
  let copy = 2;
  while (seen.has(`${key}~~${copy}`)) copy++;
  return `${key}~~${copy}`;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Offset of the first line break at or after `start` (or `end`). */
function lineEnd(source: string, start: number, end: number): number {
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index);
    if (code === 10 || code === 13) return index;
  }
  return end;
}

/** Offset just after the line break at `at` (`\r\n` counts as one), or `at` when none. */
function afterBreak(source: string, at: number, end: number): number {
  if (at >= end) return at;
  if (source.charCodeAt(at) === 13 && at + 1 < end && source.charCodeAt(at + 1) === 10) return at + 2;
  return at + 1;
}
