/**
 * The restated provision printed after an amending clause: the whole section with deletions struck
 * and insertions italic, an added section or article wholly italic, a repealed one wholly struck.
 * History notes are editorial, not constitution text, and are never restated.
 */
import type { Restatement, Run, RunMark, TextBlock } from './document';
import { blocksFromSegments, blocksFromText, tidyRuns } from './runs';
import { parseCitationText, type TargetRef } from './target';
import { wordRedline } from './word-redline';

/**
 * An editorial history note paragraph, e.g. "(Sec. 1 added Nov. 5, 1974, by Prop. 8. Res.Ch. 100,
 * 1974.)": wholly parenthesised, opening with a provision word and naming an enactment.
 */
const HISTORY_NOTE =
  /^\((?:Sec\.|Art\.|(?:Section|Article|Added|Amended|Repealed|Renumbered)\b)[^]*\b(?:\d{4}|Res\.\s*Ch\.|Prop\.|Stats\.)[^]*\)\s*$/;

/** A label the text itself already starts with: `SECTION 1.`, `SEC. 7.5.`, `Sec 7.5`. */
const EXISTING_LABEL = /^\s*(?:SECTION|SEC\.?)\s+\d[\d.]*[a-z]?\.?(?=\s)/i;

/** Remove history-note paragraphs from a section text. */
export function withoutHistoryNotes(text: string): string {
  return text
    .split(/(\n[ \t]*\n)/)
    .reduce<string[]>((kept, piece, position, pieces) => {
      if (position % 2 === 1) return kept;
      if (HISTORY_NOTE.test(piece.trim())) return kept;
      if (kept.length > 0) kept.push(pieces[position - 1] ?? '\n\n');
      kept.push(piece);
      return kept;
    }, [])
    .join('');
}

/** `SEC. 1.` style label for a restated section. */
export function sectionLabel(number: string): string {
  return `SEC. ${number}.`;
}

function withLabel(blocks: TextBlock[], label: string | undefined, mark: RunMark): TextBlock[] {
  const first = blocks[0];
  if (label === undefined || first === undefined) return blocks;
  // In a wholly added or struck provision the space after the label is inside the mark, so the
  // label and the text print as one mark (`~~SEC. 2. The boundaries …~~`), not two.
  const labelRuns: Run[] = [
    { text: label, mark },
    { text: ' ', mark },
  ];
  return [{ ...first, runs: [...labelRuns, ...first.runs] }, ...blocks.slice(1)];
}

function needsLabel(text: string): boolean {
  return !EXISTING_LABEL.test(text);
}

/** An amended section (or a renumbered one whose text changes): a word-level redline. */
export function redlineRestatement(base: string, proposed: string, number: string): Restatement {
  const segments = wordRedline(withoutHistoryNotes(base), withoutHistoryNotes(proposed));
  const label = needsLabel(base) && needsLabel(proposed) ? sectionLabel(number) : undefined;
  return { type: 'restatement', mode: 'redline', blocks: withLabel(blocksFromSegments(segments), label, 'none') };
}

/** A section printed wholly inserted (added) or wholly struck (repealed). */
export function wholeSectionRestatement(text: string, number: string, mode: 'inserted' | 'struck'): Restatement {
  const mark: RunMark = mode === 'inserted' ? 'insert' : 'delete';
  const clean = withoutHistoryNotes(text);
  const label = needsLabel(clean) ? sectionLabel(number) : undefined;
  return { type: 'restatement', mode, blocks: withLabel(blocksFromText(clean, mark), label, mark) };
}

const ARTICLE_HEADING = /^#{1,6}\s+art(?:icle|\.)\s+([0-9IVXLCDM]+(?:\s?[A-Z])?)\b\.?\s*(?:\((.*)\)|[-—:.]?\s*(.*))$/i;
const SECTION_HEADING = /^#{1,6}\s+(?:section|sec\.?)\s+(\d[\d.]*[a-z]?)\.?\s*$/i;

/** The printed heading of an article: `ARTICLE XXXVI. MEDICAL RESEARCH` (or `ARTICLE XXXVI`). */
export function articleHeadingText(target: TargetRef, title: string | undefined): string {
  const trimmed = title?.trim() ?? '';
  return trimmed === '' ? `ARTICLE ${target.article.roman}` : `ARTICLE ${target.article.roman}. ${trimmed}`;
}

/** A whole article (its Markdown: `## Article …` heading, `### Section n` headings, text) printed with one mark. */
export function wholeArticleRestatement(
  markdown: string,
  fallback: TargetRef,
  mode: 'inserted' | 'struck',
): Restatement {
  const mark: RunMark = mode === 'inserted' ? 'insert' : 'delete';
  const blocks: TextBlock[] = [];
  let pending: string[] = [];
  let label: string | undefined;
  const flush = (): void => {
    const text = withoutHistoryNotes(pending.join('\n'));
    pending = [];
    const sectionBlocks = blocksFromText(text, mark);
    blocks.push(...withLabel(sectionBlocks, label !== undefined && needsLabel(text) ? label : undefined, mark));
    label = undefined;
  };
  let sawHeading = false;
  for (const line of markdown.split('\n')) {
    const article = ARTICLE_HEADING.exec(line);
    const section = SECTION_HEADING.exec(line);
    if (article !== null) {
      flush();
      const target = parseCitationText(`Article ${article[1]!}`) ?? fallback;
      blocks.push({ type: 'heading', runs: [{ text: articleHeadingText(target, article[2] ?? article[3]), mark }] });
      sawHeading = true;
    } else if (section !== null) {
      flush();
      label = sectionLabel(section[1]!);
    } else {
      pending.push(line);
    }
  }
  flush();
  if (!sawHeading) blocks.unshift({ type: 'heading', runs: [{ text: articleHeadingText(fallback, undefined), mark }] });
  return { type: 'restatement', mode, blocks };
}

/** A retitled article: its heading with the title redlined. */
export function retitleRestatement(target: TargetRef, base: string, proposed: string): Restatement {
  const segments = wordRedline(base.trim(), proposed.trim());
  const runs: Run[] = [
    { text: `ARTICLE ${target.article.roman}.`, mark: 'none' },
    { text: ' ', mark: 'none' },
    ...segments.map((segment): Run => ({
      text: segment.text,
      mark: segment.type === 'equal' ? 'none' : segment.type === 'delete' ? 'delete' : 'insert',
    })),
  ];
  return { type: 'restatement', mode: 'redline', blocks: [{ type: 'heading', runs: tidyRuns(runs) }] };
}
