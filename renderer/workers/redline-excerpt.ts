/**
 * The short redline the amendments panel shows under each clause: the changed words with a few
 * words of context, long stretches elided. The measure view shows the full text.
 */
import type { ChangeOp, RedlineSegment } from '../../src/diff/types';

/** Words of unchanged context kept on each side of a change in the panel excerpt. */
export const EXCERPT_CONTEXT_WORDS = 6;
/** Longest piece of one segment the panel shows; beyond it the middle is elided. */
export const EXCERPT_SEGMENT_CHARS = 160;

/** Shorten a stretch of text for the excerpt, keeping its outer spaces (they separate it from its neighbours). */
function shorten(text: string, keep: 'start' | 'end' | 'both' | 'change'): string {
  const lead = /^\s/.test(text) ? ' ' : '';
  const trail = /\s$/.test(text) ? ' ' : '';
  const flat = text.trim().replace(/\s+/g, ' ');
  if (keep === 'change') {
    const half = EXCERPT_SEGMENT_CHARS / 2;
    return (
      lead + (flat.length <= EXCERPT_SEGMENT_CHARS ? flat : `${flat.slice(0, half)} … ${flat.slice(-half)}`) + trail
    );
  }
  const words = flat === '' ? [] : flat.split(' ');
  const n = EXCERPT_CONTEXT_WORDS;
  if (keep === 'end') return words.length <= n ? lead + flat + trail : `… ${words.slice(-n).join(' ')}${trail}`;
  if (keep === 'start') return words.length <= n ? lead + flat + trail : `${lead}${words.slice(0, n).join(' ')} …`;
  return words.length <= 2 * n + 1
    ? lead + flat + trail
    : `${lead}${words.slice(0, n).join(' ')} … ${words.slice(-n).join(' ')}${trail}`;
}

/**
 * The changes of a redline with a few words of context around each, equal stretches between
 * changes shortened: what the panel shows under the clause.
 */
export function excerptOf(segments: readonly RedlineSegment[]): RedlineSegment[] {
  const first = segments.findIndex((segment) => segment.type !== 'equal');
  if (first < 0) return [];
  let last = segments.length - 1;
  while (segments[last]!.type === 'equal') last--;
  const excerpt: RedlineSegment[] = [];
  segments.forEach((segment, index) => {
    if (index < first - 1 || index > last + 1) return;
    if (segment.type !== 'equal') excerpt.push({ type: segment.type, text: shorten(segment.text, 'change') });
    else
      excerpt.push({
        type: 'equal',
        text: shorten(segment.text, index < first ? 'end' : index > last ? 'start' : 'both'),
      });
  });
  // The excerpt is shown inline: no space before its first word or after its last.
  const head = excerpt[0]!;
  excerpt[0] = { ...head, text: head.text.trimStart() };
  const tail = excerpt[excerpt.length - 1]!;
  excerpt[excerpt.length - 1] = { ...tail, text: tail.text.trimEnd() };
  return excerpt;
}

/**
 * The excerpt the amendments panel shows for one operation. `printedText` is an added or repealed
 * unit as the measure prints it (see printed-unit.ts); without it the unit's source is shown.
 */
export function excerptOfOp(op: ChangeOp, printedText?: string): RedlineSegment[] {
  switch (op.op) {
    case 'amend':
    case 'renumber':
    case 'move':
      return excerptOf(op.redline);
    case 'add':
      return [{ type: 'insert', text: shorten(printedText ?? op.text, 'change').trim() }];
    case 'repeal':
      return [{ type: 'delete', text: shorten(printedText ?? op.text, 'change').trim() }];
    case 'retitle':
      return [
        { type: 'delete', text: op.from },
        { type: 'insert', text: op.to },
      ];
    case 'reorder':
      return [];
  }
}
