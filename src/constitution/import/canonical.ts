/**
 * Any Markdown layout the parser reads → the canonical layout: `# Constitution of the State of
 * California`, `## Article III (STATE OF CALIFORNIA)` (Roman numerals), `### Section 1`. Only heading
 * lines change; every other character of the body is kept as it is. Each change is returned.
 */
import { parseConstitution } from '../parse';
import type { HeadingLine, LegalDoc } from '../types';

export const CANONICAL_TITLE = 'Constitution of the State of California';
const TITLE_PATTERN = /constitution of the state of california/i;
const BRACKETED = /\[[^\]]*\]/g;

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
    canonicalHeading(doc.title, `# ${CANONICAL_TITLE}`, splices, rewrites, removed);
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

/** Rewrite the headings of `markdown` (LF line endings) into the canonical layout. */
export function canonicalizeMarkdown(markdown: string): Canonicalized {
  const doc = parseConstitution(markdown);
  const rewrites: HeadingRewrite[] = [];
  const removed: string[] = [];
  const splices = collectSplices(doc, rewrites, removed);
  const bodyStart = bodyStartOf(doc);
  let body = '';
  let cursor = bodyStart;
  for (const splice of splices) {
    body += markdown.slice(cursor, splice.start) + splice.text;
    cursor = splice.end;
  }
  body += markdown.slice(cursor);
  // The body starts at its first line after any old front matter, and ends with one line break.
  body = body.replace(/^\s*\n/, '').replace(/\s*$/, '\n');
  return { body, rewrites, removed };
}
