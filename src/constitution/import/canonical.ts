/**
 * Any Markdown layout the parser reads → the canonical layout: `# Constitution of the State of
 * California`, `## Article III (STATE OF CALIFORNIA)` (Roman numerals), `### Section 1`. Only heading
 * lines change; every other character of the body is kept as it is. Each change is returned.
 */
import { parseConstitution } from '../parse';
import type { HeadingLine, LegalDoc } from '../types';
import { MappedTextBuilder, type LineMap } from './line-map';

export const CANONICAL_TITLE = 'Constitution of the State of California';
const TITLE_PATTERN = /constitution of the state of california/i;
const BRACKETED = /\[[^\]]*\]/g;
/** An ATX heading's opening and closing `#` marks. */
const HEADING_MARKS = /^\s*#+\s*|\s+#+\s*$/g;

/** One heading line rewritten to its canonical form (`from` is empty for an added title). */
export interface HeadingRewrite {
  readonly from: string;
  readonly to: string;
}

export interface Canonicalized {
  readonly body: string;
  readonly rewrites: readonly HeadingRewrite[];
  /** Bracketed leginfo ranges dropped from headings (`[SECTION 1 - SEC. 9]`), verbatim. */
  readonly removed: readonly string[];
  /** Where each line of `body` came from in the Markdown given. */
  readonly lineMap: LineMap;
}

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function canonicalHeading(
  heading: HeadingLine,
  text: string,
  splices: Splice[],
  rewrites: HeadingRewrite[],
  removed: string[],
): void {
  if (heading.raw === text) return;
  removed.push(...(heading.raw.match(BRACKETED) ?? []));
  rewrites.push({ from: heading.raw, to: text });
  splices.push({ start: heading.position.start.offset, end: heading.position.end.offset, text });
}

/**
 * `# CONSTITUTION OF THE STATE OF CALIFORNIA 1879` → `# Constitution of the State of California 1879`:
 * only the name is rewritten; words around it (a year, an edition note) are kept.
 */
function canonicalTitle(raw: string): string {
  const text = raw.replace(HEADING_MARKS, '').replace(TITLE_PATTERN, CANONICAL_TITLE);
  return `# ${text.replace(/\s+/g, ' ').trim()}`;
}

/** Start of the body: the line after the front matter's closing fence (0 without front matter). */
function bodyStartOf(doc: LegalDoc): number {
  if (doc.frontMatter === undefined) return 0;
  const lineEnd = doc.source.indexOf('\n', doc.frontMatter.position.end.offset);
  return lineEnd < 0 ? doc.source.length : lineEnd + 1;
}

function collectSplices(doc: LegalDoc, rewrites: HeadingRewrite[], removed: string[]): Splice[] {
  const splices: Splice[] = [];
  const bodyStart = bodyStartOf(doc);
  if (doc.title === undefined) {
    const text = `# ${CANONICAL_TITLE}`;
    rewrites.push({ from: '', to: text });
    splices.push({ start: bodyStart, end: bodyStart, text: `${text}\n\n` });
  } else if (TITLE_PATTERN.test(doc.title.raw)) {
    canonicalHeading(doc.title, canonicalTitle(doc.title.raw), splices, rewrites, removed);
  }
  for (const article of doc.articles) {
    const title = article.title === undefined ? '' : ` (${article.title})`;
    canonicalHeading(article.heading, `## Article ${article.number.roman}${title}`, splices, rewrites, removed);
    for (const section of article.sections) {
      canonicalHeading(section.heading, `### Section ${section.number}`, splices, rewrites, removed);
    }
  }
  return splices.sort((a, b) => a.start - b.start);
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

/** Rewrite the headings of `markdown` (LF line endings) into the canonical layout. */
export function canonicalizeMarkdown(markdown: string): Canonicalized {
  const doc = parseConstitution(markdown);
  const rewrites: HeadingRewrite[] = [];
  const removed: string[] = [];
  const splices = collectSplices(doc, rewrites, removed);
  const bodyStart = bodyStartOf(doc);
  const builder = new MappedTextBuilder();
  let cursor = bodyStart;
  let line = 1 + countLineBreaks(markdown.slice(0, bodyStart));
  for (const splice of splices) {
    const kept = markdown.slice(cursor, splice.start);
    builder.append(kept, line);
    line += countLineBreaks(kept);
    builder.append(splice.text, line, 0, false);
    line += countLineBreaks(markdown.slice(splice.start, splice.end));
    cursor = splice.end;
  }
  builder.append(markdown.slice(cursor), line);
  const built = builder.build();
  // The body starts at its first line after any old front matter, and ends with one line break.
  const leadingBlank = /^\s*\n/.exec(built.text)?.[0] ?? '';
  const body = built.text.slice(leadingBlank.length).replace(/\s*$/, '\n');
  return { body, rewrites, removed, lineMap: built.map.slice(countLineBreaks(leadingBlank)) };
}
