/**
 * Word-level redlines of two strings: the public face of the word diff (raw-diff.ts) and its
 * readability passes (readability.ts). Pure, total: any two strings (emoji, lone surrogates, NUL,
 * CR, megabytes) give segments whose old view is exactly the old string and new view exactly the new.
 */
import { improveReadability } from './readability';
import { createDiffTables, DEFAULT_LIMITS, rawDiff, type DiffTables, type Hunk } from './raw-diff';
import { describeStretch } from './tokenize';
import type { RedlineOptions, RedlineSegment, RedlineStats } from './types';

/** The result of `redlineWords`. */
export interface Redline {
  readonly segments: RedlineSegment[];
  /** True when a cost cap was hit: the segments are exact but not the smallest possible redline. */
  readonly approximate: boolean;
}

/**
 * Word-level redline from `oldText` to `newText`: `equal`, `delete` and `insert` segments in text
 * order (within one change, the deletion before the insertion), whitespace changes visible.
 *
 * @param oldText The text before the change.
 * @param newText The text after the change.
 * @param options (optional) Cost cap and whether to run the readability passes (default: yes).
 * @returns The segments and whether a cost cap made the result approximate.
 */
export function redlineWords(oldText: string, newText: string, options: RedlineOptions = {}): Redline {
  return redlineWithTables(oldText, newText, options, createDiffTables());
}

/** `redlineWords` with interning tables shared across calls (one semantic diff shares them). */
export function redlineWithTables(
  oldText: string,
  newText: string,
  options: RedlineOptions,
  tables: DiffTables,
): Redline {
  const limits = options.maxEdits === undefined ? DEFAULT_LIMITS : { maxTokenEdits: Math.max(1, options.maxEdits) };
  const raw = rawDiff(oldText, newText, limits, tables);
  const hunks = options.readable === false ? raw.hunks : improveReadability(oldText, newText, raw.hunks);
  return { segments: segmentsFromHunks(oldText, newText, hunks), approximate: raw.approximate };
}

/** Turn ordered hunks into segments; unchanged text between hunks is read from the old text. */
export function segmentsFromHunks(oldText: string, newText: string, hunks: readonly Hunk[]): RedlineSegment[] {
  const segments: RedlineSegment[] = [];
  let oldAt = 0;
  for (const hunk of hunks) {
    if (hunk.oldStart > oldAt) segments.push({ type: 'equal', text: oldText.slice(oldAt, hunk.oldStart) });
    if (hunk.oldEnd > hunk.oldStart) segments.push({ type: 'delete', text: oldText.slice(hunk.oldStart, hunk.oldEnd) });
    if (hunk.newEnd > hunk.newStart) segments.push({ type: 'insert', text: newText.slice(hunk.newStart, hunk.newEnd) });
    oldAt = hunk.oldEnd;
  }
  if (oldAt < oldText.length) segments.push({ type: 'equal', text: oldText.slice(oldAt) });
  return segments;
}

/**
 * The text before the change: equal and deleted segments, concatenated.
 *
 * @param segments A redline.
 * @returns The old text, exactly.
 */
export function oldView(segments: readonly RedlineSegment[]): string {
  let text = '';
  for (const segment of segments) if (segment.type !== 'insert') text += segment.text;
  return text;
}

/**
 * The text after the change: equal and inserted segments, concatenated.
 *
 * @param segments A redline.
 * @returns The new text, exactly.
 */
export function newView(segments: readonly RedlineSegment[]): string {
  let text = '';
  for (const segment of segments) if (segment.type !== 'delete') text += segment.text;
  return text;
}

/**
 * Words (words, numbers, labels; not whitespace or punctuation) struck and inserted.
 *
 * @param segments A redline.
 * @returns Deleted and inserted word counts.
 */
export function redlineStats(segments: readonly RedlineSegment[]): RedlineStats {
  let deletedWords = 0;
  let insertedWords = 0;
  for (const segment of segments) {
    if (segment.type === 'delete') deletedWords += describeStretch(segment.text, 0, segment.text.length).words;
    else if (segment.type === 'insert') insertedWords += describeStretch(segment.text, 0, segment.text.length).words;
  }
  return { deletedWords, insertedWords };
}

/** True when the redline has no delete or insert segment. */
export function isUnchanged(segments: readonly RedlineSegment[]): boolean {
  return segments.every((segment) => segment.type === 'equal');
}
