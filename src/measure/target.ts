/**
 * Targets of amendment blocks: an article, or a section of an article, named in a heading
 * (`Article XIII A, Section 1`) and identified like the legal tree (`art-XIIIA/sec-1`).
 */
import { fromRoman, toRoman } from './roman';

export interface ArticleRef {
  /** Roman numeral with the suffix spaced, for output: `XIII A`. */
  readonly roman: string;
  /** Id form: `XIIIA`. */
  readonly key: string;
  readonly value: number;
  /** Upper-case letter suffix or `''`. */
  readonly suffix: string;
}

export interface TargetRef {
  readonly article: ArticleRef;
  /** Section number as written and normalised (`1`, `7.5`); absent for a whole article. */
  readonly section?: string;
}

/**
 * Letters an article number may carry as a suffix (`XIII A`, `X B`, `XIII D`). Roman numeral letters
 * other than C and D are excluded so that `IIII` is not read as `III` + `I`.
 */
const SUFFIX = '[A-HJKN-UWYZ]';

const ARABIC_NUMBER = new RegExp(`^(\\d{1,3})\\s*(${SUFFIX}?)$`);
const SPACED_ROMAN = new RegExp(`^([IVXLCDM]+)\\s+(${SUFFIX})$`);
const KEY_WITH_SUFFIX = new RegExp(`^([IVXLCDM]+)(${SUFFIX})$`);

function articleRef(value: number, suffix: string): ArticleRef {
  const roman = toRoman(value);
  return { roman: suffix === '' ? roman : `${roman} ${suffix}`, key: `${roman}${suffix}`, value, suffix };
}

/** Parse an article number as people write it: `III`, `XIII A`, `13A`, `3`, `13 a`. */
export function parseArticleNumber(written: string): ArticleRef | undefined {
  const text = written.trim().toUpperCase();
  const arabic = ARABIC_NUMBER.exec(text);
  if (arabic !== null) {
    const value = Number(arabic[1]);
    return value > 0 ? articleRef(value, arabic[2]!) : undefined;
  }
  const spaced = SPACED_ROMAN.exec(text);
  if (spaced !== null) {
    const value = fromRoman(spaced[1]!);
    return value === undefined ? undefined : articleRef(value, spaced[2]!);
  }
  return parseArticleKey(text);
}

/** Parse the id form `XIIIA` (the whole key as a numeral first, else a numeral plus one letter). */
export function parseArticleKey(key: string): ArticleRef | undefined {
  const whole = fromRoman(key);
  if (whole !== undefined) return articleRef(whole, '');
  const match = KEY_WITH_SUFFIX.exec(key);
  if (match === null) return undefined;
  const value = fromRoman(match[1]!);
  return value === undefined ? undefined : articleRef(value, match[2]!);
}

const SECTION_NUMBER = /^\d+(?:\.\d+)*[a-z]?$/i;

/** Parse `Article III`, `Article XIII A, Section 1.5`, `Art. 3, Sec. 1`, `Article III Section 1`. */
export function parseCitationText(text: string): TargetRef | undefined {
  const match =
    /^\s*art(?:icle|\.)?\s+([0-9IVXLCDM]+(?:\s*[A-Z])?)\s*(?:,?\s*(?:section|sec\.?|§)\s*([0-9][0-9.]*[a-z]?))?\s*$/i.exec(
      text,
    );
  if (match === null) return undefined;
  const article = parseArticleNumber(match[1]!);
  if (article === undefined) return undefined;
  const section = match[2]?.replace(/\.$/, '');
  if (section === undefined) return { article };
  return SECTION_NUMBER.test(section) ? { article, section } : undefined;
}

/** `art-III` or `art-III/sec-1.5`. */
export function targetId(target: TargetRef): string {
  return target.section === undefined ? `art-${target.article.key}` : `art-${target.article.key}/sec-${target.section}`;
}

/** Parse `art-XIIIA` / `art-XIIIA/sec-1`. */
export function parseTargetId(id: string): TargetRef | undefined {
  const match = /^art-([A-Z]+)(?:\/sec-([^/]+))?$/.exec(id);
  if (match === null) return undefined;
  const article = parseArticleKey(match[1]!);
  if (article === undefined) return undefined;
  return match[2] === undefined ? { article } : { article, section: match[2] };
}

/** Heading form: `Article XIII A, Section 1` / `Article XXXVI`. */
export function headingCitation(target: TargetRef): string {
  return target.section === undefined
    ? `Article ${target.article.roman}`
    : `Article ${target.article.roman}, Section ${target.section}`;
}

/** Clause form: `Section 1 of Article XIII A` / `Article XXXVI`. */
export function clauseCitation(target: TargetRef): string {
  return target.section === undefined
    ? `Article ${target.article.roman}`
    : `Section ${target.section} of Article ${target.article.roman}`;
}

/** Compare section numbers as legal decimals: 1 < 1.5 < 2, 14.1 < 14.11 < 14.2. */
export function compareSectionNumbers(a: string, b: string): number {
  const [aWhole = '', ...aRest] = a.split('.');
  const [bWhole = '', ...bRest] = b.split('.');
  const difference = (parseInt(aWhole, 10) || 0) - (parseInt(bWhole, 10) || 0);
  if (difference !== 0) return difference;
  const aFraction = aRest.join('.');
  const bFraction = bRest.join('.');
  return aFraction < bFraction ? -1 : aFraction > bFraction ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Constitution order: by article (number, then suffix), then the article itself before its sections. */
export function compareTargets(a: TargetRef, b: TargetRef): number {
  if (a.article.value !== b.article.value) return a.article.value - b.article.value;
  if (a.article.suffix !== b.article.suffix) return a.article.suffix < b.article.suffix ? -1 : 1;
  if (a.section === undefined || b.section === undefined) {
    return (a.section === undefined ? 0 : 1) - (b.section === undefined ? 0 : 1);
  }
  return compareSectionNumbers(a.section, b.section);
}
