/**
 * Cross-references inside proposed text ("Section 3 of this article", "Section 2 of Article X B",
 * "Article XXXV", "subdivision (b)"), found so lint can flag those that point at provisions the
 * measure repeals or renumbers, or at subdivisions the section does not have.
 */
import { parseCitationText, targetId, type TargetRef } from './target';

export type Reference =
  | { readonly kind: 'provision'; readonly id: string; readonly text: string; readonly index: number }
  | { readonly kind: 'subdivision'; readonly label: string; readonly text: string; readonly index: number };

const SECTION_NUMBER = String.raw`\d+(?:\.\d+)*`;
const ARTICLE_NUMBER = String.raw`(?:[IVXLCDM]+(?: [A-D])?|\d+[A-D]?)\b`;

/** "Section 3 of this article". */
const THIS_ARTICLE = new RegExp(String.raw`\bSections?\s+(${SECTION_NUMBER})\s+of\s+this\s+article\b`, 'gi');
/** "Section 2 of Article X B". */
const OF_ARTICLE = new RegExp(String.raw`\bSection\s+(${SECTION_NUMBER})\s+of\s+Article\s+(${ARTICLE_NUMBER})`, 'gi');
/** "Article XXXV" not followed by a section (that form is read by OF_ARTICLE or not at all). */
const WHOLE_ARTICLE = new RegExp(String.raw`(?<!\bof\s)\bArticle\s+(${ARTICLE_NUMBER})(?!\s*,?\s*Section)`, 'g');
/** "subdivision (b)" of the same section (not "subdivision (b) of Section 3"). */
const SUBDIVISION = /\bsubdivision\s+\(([a-z]{1,3})\)(?!(?:\s*\(\w+\))*\s+of\s+(?:Section|this\s+section\s+of))/gi;

/** The references in `text`, which belongs to a section of `article` (for "this article"). */
export function findReferences(source: string, article: TargetRef['article'] | undefined): Reference[] {
  // Markdown headings (`## Article 36 (…)`, `### Section 1`) name the provision itself: blank them out,
  // keeping offsets.
  const text = source.replace(/^#{1,6}[ \t].*$/gm, (line) => ' '.repeat(line.length));
  const found: Reference[] = [];
  if (article !== undefined) {
    for (const match of text.matchAll(THIS_ARTICLE)) {
      found.push({
        kind: 'provision',
        id: targetId({ article, section: match[1]! }),
        text: match[0],
        index: match.index,
      });
    }
  }
  for (const match of text.matchAll(OF_ARTICLE)) {
    const target = parseCitationText(`Article ${match[2]!}, Section ${match[1]!}`);
    if (target !== undefined)
      found.push({ kind: 'provision', id: targetId(target), text: match[0], index: match.index });
  }
  for (const match of text.matchAll(WHOLE_ARTICLE)) {
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
