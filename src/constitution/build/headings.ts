/**
 * Heading grammar: article headings (`Article 3 (STATE OF CALIFORNIA)`, `ARTICLE III STATE OF
 * CALIFORNIA [SECTION 1 - SEC. 9]`, `Article XIII A`, `Art. III`, `Article III. State of California`)
 * and section headings (`Section 1`, `SEC. 2.`, `Section 7.5.`, `§ 3`). Everything else is "other".
 */
import { parseArticleNumber } from '../article-number';
import { normaliseSectionNumber } from '../ids';
import type { ArticleNumber } from '../types';

export type HeadingInfo =
  | { readonly kind: 'article'; readonly number: ArticleNumber; readonly title?: string }
  | { readonly kind: 'section'; readonly number: string }
  | { readonly kind: 'other' };

const ARTICLE_WORD = /^(?:article\s+|art\.\s*|art\s+)/i;
/**
 * The number right after the article word: Arabic or upper-case Roman, with an optional one-letter
 * suffix (`13A`, `XIII A`). A lone letter counts as a suffix only when no other letter follows it,
 * so `ARTICLE XVIII AMENDING …` keeps its title whole.
 */
const ARTICLE_NUMBER = /^(?:\d{1,4}|[IVXLCDM]+)(?:\s?[A-Za-z](?![A-Za-z]))?/;
/** What may follow the number: nothing, a space, or title punctuation. */
const AFTER_NUMBER = /^(?:$|[\s.:(,\u2014\u2013-]|\[)/;
/** A trailing leginfo range such as `[SECTION 1 - SEC. 9]`. */
const LEGINFO_RANGE = /\s*\[[^\]]*\]\s*$/;
const SECTION_HEADING = /^(?:section\s+|sec\.\s*|sec\s+|§\s*)(\d{1,4}(?:\.\d{1,4})*)\.?\s*(?:\[[^\]]*\])?$/i;

/** The heading's text: the line without `#` marks, closing `#`s and any setext underline. */
export function headingText(raw: string): string {
  // The scanner's headings are one line with no closing `#`s: read those without a regex.
  if (!raw.includes('\n') && !raw.includes('\r')) {
    const line = raw.trim();
    if (!line.startsWith('#') || line.endsWith('#')) return slowHeadingText(line);
    let at = 0;
    while (at < line.length && line.charCodeAt(at) === 0x23 /* # */) at++;
    const next = line.charCodeAt(at);
    if (at > 6 || (at < line.length && next !== 0x20 && next !== 0x09)) return slowHeadingText(line);
    return line.slice(at).trim();
  }
  return slowHeadingText(raw.split(/\r\n|\r|\n/, 1)[0]!.trim());
}

/** `headingText` of one trimmed line, by the general rules. */
function slowHeadingText(firstLine: string): string {
  if (!firstLine.startsWith('#')) return firstLine;
  return firstLine
    .replace(/^#{1,6}(?:[ \t]+|$)/, '')
    .replace(/(?:^|[ \t]+)#+[ \t]*$/, '')
    .trim();
}

/**
 * The number of a heading written exactly `Section <n>` (one space, groups of 1-4 digits without
 * leading zeros, an optional final period): the 2011 and canonical layouts. Undefined otherwise,
 * for SECTION_HEADING to decide.
 */
function plainSectionNumber(text: string): string | undefined {
  if (!text.startsWith('Section ')) return undefined;
  const start = 'Section '.length;
  let end = text.length;
  if (text.charCodeAt(end - 1) === 0x2e /* . */) end--;
  let digits = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0x30 && code <= 0x39) {
      // A leading zero is normalised away (`07` → `7`): leave it to the general path.
      if (digits === 0 && code === 0x30 && at + 1 < end && text.charCodeAt(at + 1) !== 0x2e) return undefined;
      if (++digits > 4) return undefined;
    } else if (code === 0x2e && digits > 0 && at + 1 < end) digits = 0;
    else return undefined;
  }
  return digits > 0 ? text.slice(start, end) : undefined;
}

function articleTitle(rest: string): string | undefined {
  let title = rest.replace(LEGINFO_RANGE, '').trim();
  if (title.startsWith('(') && title.endsWith(')')) title = title.slice(1, -1).trim();
  else title = title.replace(/^[.:,\u2014\u2013-]+\s*/, '').trim();
  return title === '' ? undefined : title;
}

/** Classify a heading by its text (the depth does not matter). */
export function classifyHeading(text: string): HeadingInfo {
  const plain = plainSectionNumber(text);
  if (plain !== undefined) return { kind: 'section', number: plain };
  const section = SECTION_HEADING.exec(text);
  if (section !== null) {
    const number = normaliseSectionNumber(section[1]!);
    if (number !== undefined) return { kind: 'section', number };
  }
  const word = ARTICLE_WORD.exec(text);
  if (word === null) return { kind: 'other' };
  const afterWord = text.slice(word[0].length);
  const written = ARTICLE_NUMBER.exec(afterWord);
  if (written === null) return { kind: 'other' };
  const rest = afterWord.slice(written[0].length);
  if (!AFTER_NUMBER.test(rest)) return { kind: 'other' };
  const number = parseArticleNumber(written[0]);
  if (number === undefined) return { kind: 'other' };
  const title = articleTitle(rest);
  return title === undefined ? { kind: 'article', number } : { kind: 'article', number, title };
}
