/**
 * Labels of filed measure text: the measure's own section labels (`SECTION 1.`, `SEC. 2.`,
 * `Section 2.`: numbering of the measure, never a target), the labels of restated provisions
 * (`SEC. 7.5.`, `Sec. 1.`) and the printed headings of articles (`ARTICLE XXXVI. MEDICAL RESEARCH`).
 */
import { parseArticleNumber } from '../../constitution/article-number';
import type { ArticleNumber } from '../../constitution/types';

/** How a measure section label was written: `SECTION 1.`, `SEC. 2.` or `Section 2.`. */
export type LabelStyle = 'SECTION' | 'SEC' | 'Section';

export interface MeasureLabel {
  readonly number: number;
  readonly style: LabelStyle;
  /** Characters the label and the spaces after it take. */
  readonly length: number;
}

/**
 * A measure section label at the start of `text`. Measure sections are numbered with whole numbers;
 * `Section 7.5 of Article I …` (a citation) and `SEC. 7.5.` (a restated label) are not labels.
 */
const MEASURE_LABEL = /^[ \t]*(SECTION|Section|SEC\.?|Sec\.?)[ \t]+(\d{1,3})\.(?=\s|$)\s*/;

/** Read a measure section label at the start of `text`. */
export function readMeasureLabel(text: string): MeasureLabel | undefined {
  const match = MEASURE_LABEL.exec(text);
  if (match === null) return undefined;
  const word = match[1]!;
  const style: LabelStyle = word === 'SECTION' ? 'SECTION' : word === 'Section' ? 'Section' : 'SEC';
  return { number: Number(match[2]), style, length: match[0].length };
}

/** A restated provision's label: `SEC. 1.`, `SECTION 7.5.`, `Sec 7.5.`, `Section 1.`. */
const RESTATED_LABEL = /^\s*(?:SECTION|Section|SEC\.?|Sec\.?)\s+(\d+(?:\.\d+)*[a-z]?)\.(?=\s|$)\s*/;

/** The section number and length of a restated label at the start of `text`. */
export function readRestatedLabel(text: string): { readonly number: string; readonly length: number } | undefined {
  const match = RESTATED_LABEL.exec(text);
  return match === null ? undefined : { number: match[1]!, length: match[0].length };
}

/**
 * The printed heading of an article: `ARTICLE XXXVI. MEDICAL RESEARCH`, `ARTICLE XIII A`,
 * `Article 36 — Medical Research`. Upper-case `ARTICLE`, or any case followed by a title separator,
 * so a sentence such as "Article I shall …" is not read as a heading.
 */
const ARTICLE_HEADING =
  /^\s*(?:ARTICLE|[Aa]rticle)\s+(\d+(?:\s?[A-Z])?|[IVXLCDM]+(?:\s[A-Z](?![A-Za-z]))?)(?=[\s.:—–-]|$)(.*)$/s;

export interface ArticleHeading {
  readonly article: ArticleNumber;
  /** The title after the number (`MEDICAL RESEARCH`), or `''`. */
  readonly title: string;
}

/** Read a printed article heading (the whole text of a heading block). */
export function readArticleHeading(text: string): ArticleHeading | undefined {
  const match = ARTICLE_HEADING.exec(text);
  if (match === null) return undefined;
  const article = parseArticleNumber(match[1]!);
  if (article === undefined) return undefined;
  const rest = match[2]!.trim();
  const upperCase = /^\s*ARTICLE\b/.test(text);
  // `Article I, Section 7.5 is …` is a sentence; a heading's rest is empty or starts with a separator.
  if (rest !== '' && !/^[.:—–-]/.test(rest) && !upperCase) return undefined;
  const title = rest
    .replace(/^[.:—–-]+\s*/, '')
    .replace(/^\((.*)\)$/s, '$1')
    .trim();
  return { article, title };
}
