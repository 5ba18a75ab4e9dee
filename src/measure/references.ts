/**
 * Cross-references in constitution text ("Section 3 of this article", "Sections 2 and 3.5 of Article III",
 * "Article XIII A, Section 1(b)", "art. III, § 4", "Article XXXV", "subdivision (b)"), found so lint can
 * flag those that point at provisions the measure repeals or renumbers, or at subdivisions the section
 * does not have. Each citation is read by the constitution's own citation parser (parseCitation).
 */
import { parseCitationText, targetId, type TargetRef } from './target';

export type Reference =
  | { readonly kind: 'provision'; readonly id: string; readonly text: string; readonly index: number }
  | { readonly kind: 'subdivision'; readonly label: string; readonly text: string; readonly index: number };

// Keywords are matched in their three usual casings rather than with the `i` flag, so that the
// article letter of `Article XIII A` stays upper case and `Article I and …` does not read as `I A`.
const SECTION_WORD = String.raw`(?:Sections?|SECTIONS?|sections?)`;
const ARTICLE_WORD = String.raw`(?:Article|ARTICLE|article)`;
const SECTION_NUMBER = String.raw`\d+(?:\.\d+)*`;
/** `(a)(2)` after a section number: a point inside the section, which stands or falls with it. */
const LABELS = String.raw`(?:\s*\([a-zA-Z0-9]{1,4}\))*`;
const ARTICLE_NUMBER = String.raw`(?:[IVXLCDM]+(?: ?[A-D])?|\d+[A-D]?)\b`;
/** One section number or a list: `3.5`, `2 and 3.5`, `1, 2, and 6`, `2, 5, or 6`. */
const SECTION_LIST = String.raw`${SECTION_NUMBER}${LABELS}(?:\s*,\s*(?:(?:and|or)\s+)?${SECTION_NUMBER}${LABELS}|\s+(?:and|or)\s+${SECTION_NUMBER}${LABELS})*`;

/** "Sections 2 and 3.5 of Article III", "Section 3 of this article", "Section 1(b) of Article XIII A". */
const OF_FORM = new RegExp(
  String.raw`\b${SECTION_WORD}\s+(${SECTION_LIST})\s*,?\s+of\s+(?:(this\s+article)\b|${ARTICLE_WORD}\s+(${ARTICLE_NUMBER}))`,
  'g',
);
/** "Article III, Section 3.5", "Article XIII A, Section 1(b)(3)", "art. III, § 3.5" (Cal. Const. style). */
const LONG_FORM = new RegExp(
  String.raw`\b(?:${ARTICLE_WORD}|art\.)\s+(${ARTICLE_NUMBER}),?\s+(?:${SECTION_WORD}|§§?)\s*(${SECTION_LIST})`,
  'g',
);
/** "Article XXXV" on its own (inside the forms above it is read with its section). */
const WHOLE_ARTICLE = new RegExp(String.raw`\b${ARTICLE_WORD}\s+(${ARTICLE_NUMBER})`, 'g');
const NUMBER_IN_LIST = new RegExp(SECTION_NUMBER, 'g');
/** "subdivision (b)" of the same section (not "subdivision (b) of Section 3"). */
const SUBDIVISION = /\bsubdivision\s+\(([a-z]{1,3})\)(?!(?:\s*\(\w+\))*\s+of\s+(?:Section|this\s+section\s+of))/gi;

/** One provision reference per section of a list, each read by the constitution's citation parser. */
function sectionReferences(list: string, articleCitation: string, text: string, index: number): Reference[] {
  const found: Reference[] = [];
  for (const [number] of list.replace(/\([^)]*\)/g, '').matchAll(NUMBER_IN_LIST)) {
    const target = parseCitationText(`${articleCitation}, Section ${number}`);
    if (target !== undefined) found.push({ kind: 'provision', id: targetId(target), text, index });
  }
  return found;
}

/**
 * The cross-references in `source`, a text of the constitution (a section, or a whole article's
 * Markdown) that belongs to `article` (for "this article"; undefined when unknown). Each section of a
 * list is its own reference, with the whole citation as its text.
 */
export function findReferences(source: string, article: TargetRef['article'] | undefined): Reference[] {
  // Markdown headings (`## Article 36 (…)`, `### Section 1`) name the provision itself: blank them out,
  // keeping offsets.
  const text = source.replace(/^#{1,6}[ \t].*$/gm, (line) => ' '.repeat(line.length));
  const found: Reference[] = [];
  const sectionSpans: [number, number][] = [];
  for (const match of text.matchAll(OF_FORM)) {
    const articleCitation =
      match[2] !== undefined
        ? article === undefined
          ? undefined
          : `Article ${article.roman}`
        : `Article ${match[3]!}`;
    sectionSpans.push([match.index, match.index + match[0].length]);
    if (articleCitation !== undefined)
      found.push(...sectionReferences(match[1]!, articleCitation, match[0], match.index));
  }
  for (const match of text.matchAll(LONG_FORM)) {
    sectionSpans.push([match.index, match.index + match[0].length]);
    found.push(...sectionReferences(match[2]!, `Article ${match[1]!}`, match[0], match.index));
  }
  for (const match of text.matchAll(WHOLE_ARTICLE)) {
    if (sectionSpans.some(([start, end]) => match.index >= start && match.index < end)) continue;
    const target = parseCitationText(`Article ${match[1]!}`);
    if (target !== undefined)
      found.push({ kind: 'provision', id: targetId(target), text: match[0], index: match.index });
  }
  for (const match of text.matchAll(SUBDIVISION)) {
    found.push({ kind: 'subdivision', label: match[1]!.toLowerCase(), text: match[0], index: match.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Subdivision labels a section text has: `(a)` at the start of a paragraph (or after another label). */
export function subdivisionLabels(text: string): Set<string> {
  const labels = new Set<string>();
  for (const paragraph of text.split(/\n[ \t]*\n/)) {
    const head = /^\s*((?:\([a-zA-Z0-9]{1,4}\)\s*)+)/.exec(paragraph);
    if (head === null) continue;
    for (const label of head[1]!.matchAll(/\(([a-zA-Z0-9]{1,4})\)/g)) labels.add(label[1]!.toLowerCase());
  }
  return labels;
}
