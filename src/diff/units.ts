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

interface UnitStart {
  key: string;
  kind: UnitKind;
  start: number;
  hasHeading: boolean;
  articleKey: string;
  article?: Article;
  section?: Section;
  preamble?: Preamble;
}

/**
 * Cut `doc` into units. The prefix is split into `prefix` + `preamble` when `splitPreamble` (the
 * base document has a preamble); a document without one then gets an empty preamble at the end of
 * its prefix, so both sides of a diff always have the same prefix units.
 */
export function docUnits(doc: LegalDoc, splitPreamble: boolean): DocUnits {
  const source = doc.source;
  const prefixEnd = clamp(doc.prefixEnd, 0, source.length);
  const starts: UnitStart[] = [{ key: 'prefix', kind: 'prefix', start: 0, hasHeading: false, articleKey: '' }];
  if (splitPreamble) {
    const preambleStart =
      doc.preamble === undefined ? prefixEnd : clamp(doc.preamble.position.start.offset, 0, prefixEnd);
    starts.push({
      key: 'preamble',
      kind: 'preamble',
      start: preambleStart,
      hasHeading: false,
      articleKey: '',
      ...(doc.preamble === undefined ? {} : { preamble: doc.preamble }),
    });
  }
  let floor = prefixEnd;
  for (const article of doc.articles) {
    const articleStart = Math.max(floor, article.extent.start);
    starts.push({
      key: article.id,
      kind: 'article',
      start: articleStart,
      hasHeading: true,
      articleKey: article.id,
      article,
    });
    floor = articleStart;
    for (const section of article.sections) {
      const sectionStart = Math.max(floor, section.extent.start);
      starts.push({
        key: section.id,
        kind: 'section',
        start: sectionStart,
        hasHeading: true,
        articleKey: article.id,
        article,
        section,
      });
      floor = sectionStart;
    }
  }
  const count = starts.length;
  const headingEnds: number[] = [];
  const bodyStarts: number[] = [];
  starts.forEach((entry, index) => {
    const next = index + 1 < count ? starts[index + 1]!.start : source.length;
    const headingEnd = entry.hasHeading ? lineEnd(source, entry.start, next) : entry.start;
    headingEnds.push(headingEnd);
    bodyStarts.push(entry.hasHeading ? afterBreak(source, headingEnd, next) : entry.start);
  });
  // Blank lines before a heading belong to the heading's unit, so adding or repealing a unit never
  // changes its neighbour's text (the separator travels with the unit).
  const unitStarts = starts.map((entry, index) =>
    entry.hasHeading && index > 0 ? separatorStart(source, entry.start, bodyStarts[index - 1]!) : entry.start,
  );
  const units: Unit[] = [];
  const byKey = new Map<string, Unit>();
  for (let index = 0; index < count; index++) {
    const entry = starts[index]!;
    const unit: Unit = {
      key: uniqueKey(byKey, entry.key),
      kind: entry.kind,
      start: unitStarts[index]!,
      headingStart: entry.start,
      end: index + 1 < count ? unitStarts[index + 1]! : source.length,
      headingEnd: headingEnds[index]!,
      bodyStart: bodyStarts[index]!,
      articleKey: entry.articleKey,
      index,
      // Always present (possibly undefined): one object shape for every unit keeps hot loops monomorphic.
      article: entry.article,
      section: entry.section,
      preamble: entry.preamble,
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
