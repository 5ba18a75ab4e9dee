/**
 * One-line, human summaries of operations, as the CLI prints them:
 * `amend  Article III, Section 1  −2 words +1 word`, `renumber  Article X, Section 4 → Section 3`,
 * `add  Article III, Section 3.5, subdivision (d)  +5 words`.
 */
import { redlineStats } from './redline';
import type { ChangeOp, RedlineStats, SubdivisionChanges } from './types';

function words(count: number): string {
  return `${count} word${count === 1 ? '' : 's'}`;
}

/** `−2 words +1 word`, or what changed when no word did. */
function describeStats(stats: RedlineStats, redlineChanged: boolean, headingChanged: boolean): string {
  if (stats.deletedWords > 0 || stats.insertedWords > 0) {
    return `\u2212${words(stats.deletedWords)} +${words(stats.insertedWords)}`;
  }
  if (redlineChanged) return 'punctuation or whitespace only';
  return headingChanged ? 'heading only' : 'no change';
}

/** A subdivision path as cited: `b/3` → `(b)(3)`, `e/item-2` → `(e) 2.`. */
function subdivisionLabel(path: string): string {
  return path
    .split('/')
    .map((key) => {
      const item = /^item-(\d+)$/.exec(key);
      return item === null ? `(${key})` : ` ${item[1]}.`;
    })
    .join('')
    .trim();
}

/** `  adds (c); removes (b)(3)` when subdivisions came or went, else nothing. */
function describeSubdivisions(changes: SubdivisionChanges): string {
  const parts: string[] = [];
  if (changes.added.length > 0) parts.push(`adds ${changes.added.map(subdivisionLabel).join(', ')}`);
  if (changes.removed.length > 0) parts.push(`removes ${changes.removed.map(subdivisionLabel).join(', ')}`);
  return parts.length === 0 ? '' : `  ${parts.join('; ')}`;
}

/** The part of a destination citation that differs: `Section 3` within one article, else all of it. */
function destination(from: string, to: string): string {
  const fromArticle = from.split(', ')[0];
  const [toArticle, ...rest] = to.split(', ');
  return fromArticle === toArticle && rest.length > 0 ? rest.join(', ') : to;
}

/**
 * Summarize one operation in one line: the kind, two spaces, the citation, and what changed.
 *
 * @param op An operation of a ChangeSet.
 * @returns For example `amend  Article III, Section 1  −2 words +1 word`, or
 *   `amend  Article I, Section 3  −59 words +0 words  removes (b)(3)`.
 */
export function summarizeOp(op: ChangeOp): string {
  switch (op.op) {
    case 'amend': {
      const changed = op.redline.some((segment) => segment.type !== 'equal');
      if (!changed && op.heading === undefined && op.separator !== undefined)
        return `amend  ${op.citation}  blank lines only`;
      return `amend  ${op.citation}  ${describeStats(op.stats, changed, op.heading !== undefined)}${describeSubdivisions(op.subdivisions)}`;
    }
    case 'add':
      if (op.kind === 'subdivision') {
        const { insertedWords } = redlineStats([{ type: 'insert', text: op.text }]);
        return `add  ${op.citation}  +${words(insertedWords)}`;
      }
      return `add  ${op.citation}`;
    case 'repeal':
      return `${op.op}  ${op.citation}`;
    case 'renumber':
    case 'move': {
      const changed = op.redline.some((segment) => segment.type !== 'equal');
      const tail = changed ? `  ${describeStats(op.stats, true, false)}` : '';
      return `${op.op}  ${op.citation} \u2192 ${destination(op.citation, op.toCitation)}${tail}`;
    }
    case 'retitle':
      return `retitle  ${op.citation}  "${op.from}" \u2192 "${op.to}"`;
    case 'reorder':
      return `reorder  ${op.citation}  (placed after ${op.after})`;
  }
}
