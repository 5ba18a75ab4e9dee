/**
 * Shaping the restated provision of an amendment section: its two readings, the whole-article
 * Markdown a measure file keeps, and the printed labels (`SEC. 1.`, `ARTICLE III.`) that belong to
 * the print, not to the text.
 */
import { parseCitationText, type TargetRef } from '../target';
import type { AmendingClause } from './clause-grammar';
import { readArticleHeading, readRestatedLabel } from './labels';
import type { OutlineSection } from './outline';
import { plainText, reading, sliceRuns } from './run-text';
import type { InputBlock } from './types';

/** All blocks' `side` readings, one paragraph each. */
export function joinReadings(blocks: readonly InputBlock[], side: 'old' | 'new'): string {
  return blocks
    .map((block) => reading(block.runs, side, block.preformatted))
    .filter((text) => text !== '')
    .join('\n\n');
}

/** `## Article 36 (TITLE)` then `### Section n` headings: the Markdown a measure file keeps for a whole article. */
export function articleMarkdown(blocks: readonly InputBlock[], side: 'old' | 'new', target: TargetRef): string {
  const out: string[] = [];
  let sawHeading = false;
  for (const block of blocks) {
    const text = reading(block.runs, side, block.preformatted);
    if (text === '') continue;
    const heading = out.length === 0 ? readArticleHeading(text) : undefined;
    if (heading !== undefined) {
      const number = `${heading.article.value}${heading.article.suffix}`;
      out.push(heading.title === '' ? `## Article ${number}` : `## Article ${number} (${heading.title})`);
      sawHeading = true;
      continue;
    }
    const label = block.preformatted ? undefined : readRestatedLabel(text);
    if (label === undefined) out.push(text);
    else
      out.push(
        `### Section ${label.number}`,
        ...(text.slice(label.length).trim() === '' ? [] : [text.slice(label.length).trim()]),
      );
  }
  if (!sawHeading) out.unshift(`## Article ${target.article.value}${target.article.suffix}`);
  return out.join('\n\n');
}

/** Remove the restated label (`SEC. 1.`) when it names one of `numbers`. */
export function withoutLabel(blocks: readonly InputBlock[], numbers: readonly (string | undefined)[]): InputBlock[] {
  const [first, ...rest] = blocks;
  if (first === undefined) return [];
  const label = readRestatedLabel(plainText(first.runs));
  if (label === undefined || !numbers.includes(label.number)) return [...blocks];
  return [{ ...first, runs: sliceRuns(first.runs, label.length) }, ...rest];
}

/** Remove the printed `ARTICLE III.` before a retitled heading. */
export function withoutArticleNumber(blocks: readonly InputBlock[]): InputBlock[] {
  const [first, ...rest] = blocks;
  if (first === undefined) return [];
  const prefix = /^\s*(?:ARTICLE|Article)\s+(?:\d+\s?[A-Z]?|[IVXLCDM]+(?:\s[A-Z](?![A-Za-z]))?)\.?\s*/.exec(
    plainText(first.runs),
  );
  return prefix === null ? [...blocks] : [{ ...first, runs: sliceRuns(first.runs, prefix[0].length) }, ...rest];
}

/** The new number of `… is amended and renumbered to read:`, from the restated label. */
export function destinationOf(section: OutlineSection, clause: AmendingClause): TargetRef | undefined {
  if (!clause.destinationFromLabel) return clause.to;
  const first = section.blocks[0];
  const label = first === undefined ? undefined : readRestatedLabel(plainText(first.runs));
  return label === undefined
    ? undefined
    : parseCitationText(`Article ${clause.target.article.roman}, Section ${label.number}`);
}
