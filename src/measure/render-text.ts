/**
 * The measure tree as plain text. Strikeout and italic do not survive copying or text extraction, so
 * deletions and insertions are spelled out: `[begin deletion]…[end deletion]`,
 * `[begin insertion]…[end insertion]` (the leginfo convention, ca-filing-rules.md §4.3).
 */
import type { MeasureDocument, Run, TextBlock } from './document';
import { mergeRuns } from './runs';

export const BEGIN_DELETION = '[begin deletion]';
export const END_DELETION = '[end deletion]';
export const BEGIN_INSERTION = '[begin insertion]';
export const END_INSERTION = '[end insertion]';

/** Runs with explicit deletion/insertion markers. */
export function textMarkers(runs: readonly Run[]): string {
  return mergeRuns(runs)
    .map((run) =>
      run.mark === 'delete'
        ? `${BEGIN_DELETION}${run.text}${END_DELETION}`
        : run.mark === 'insert'
          ? `${BEGIN_INSERTION}${run.text}${END_INSERTION}`
          : run.text,
    )
    .join('');
}

function blockText(block: TextBlock): string {
  return textMarkers(block.runs);
}

/** Uncodified headings read as sentences: `SECTION 1. Title.` */
function headingLine(label: string, heading: string | undefined): string {
  if (heading === undefined) return label;
  const text = heading.trim();
  return `${label} ${/[.:;!?]$/.test(text) ? text : `${text}.`}`;
}

/** The whole measure as plain text, one paragraph per line, blank lines between. */
export function renderMeasureText(document: MeasureDocument): string {
  const out: string[] = [document.title];
  if (document.notation !== undefined) out.push(document.notation);
  if (document.enactingClause !== undefined) out.push(document.enactingClause);
  for (const section of document.sections) {
    out.push(
      section.clause === undefined ? headingLine(section.label, section.heading) : `${section.label} ${section.clause}`,
    );
    for (const block of section.blocks) {
      if (block.type === 'restatement') out.push(...block.blocks.map(blockText));
      else out.push(blockText(block));
    }
  }
  return `${out.join('\n\n')}\n`;
}
