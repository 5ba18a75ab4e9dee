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
  const firstLine = raw.split(/\r\n|\r|\n/, 1)[0]!.trim();
  if (!firstLine.startsWith('#')) return firstLine;
  return firstLine
    .replace(/^#{1,6}(?:[ \t]+|$)/, '')
    .replace(/(?:^|[ \t]+)#+[ \t]*$/, '')
    .trim();
}

function articleTitle(rest: string): string | undefined {
  let title = rest.replace(LEGINFO_RANGE, '').trim();
  if (title.startsWith('(') && title.endsWith(')')) title = title.slice(1, -1).trim();
  else title = title.replace(/^[.:,\u2014\u2013-]+\s*/, '').trim();
  return title === '' ? undefined : title;
}

/** Classify a heading by its text (the depth does not matter). */
export function classifyHeading(text: string): HeadingInfo {
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
