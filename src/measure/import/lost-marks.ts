/**
 * Plain text has lost its strikeout and italic (ca-filing-rules.md §4.3): a restated section reads
 * as the old and new words run together ("is an inseparable a part"). Aligned against the edition
 * with the project's word differ, a restatement that leaves out some of the edition's words cannot
 * be such a run-together text (struck words would still be there), so it is the new text. One that
 * holds every word of the edition, in order, may be either; the importer never guesses which words
 * were struck.
 */
import { redlineWords } from '../../diff/redline';
import type { RedlineSegment } from '../../diff/types';
import { withoutHistoryNotes } from '../restate';

export interface LostMarksReading {
  /** True when the struck words cannot be known. */
  readonly ambiguous: boolean;
  /** Why, in words ("it has every word of the edition plus “a” (after “… is an inseparable”)"). */
  readonly explanation: string;
}

/** How many inserted stretches a message quotes. */
const QUOTED_STRETCHES = 3;
/** Words of context quoted before an inserted stretch. */
const CONTEXT_WORDS = 4;
/** Longest quotation of one stretch. */
const QUOTE_LENGTH = 50;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > QUOTE_LENGTH ? `${flat.slice(0, QUOTE_LENGTH)}…` : flat}”`;
}

function context(before: string): string {
  const words = before.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const tail = words.slice(-CONTEXT_WORDS).join(' ');
  return words.length > CONTEXT_WORDS ? `“… ${tail}”` : `“${tail}”`;
}

function meaningful(segment: RedlineSegment): boolean {
  return /\S/.test(segment.text);
}

/** Words and punctuation marks, in order: "discriminate." and "discriminate …." share "discriminate" and ".". */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

/** True when every token of `inner` appears in `outer`, in order. */
function isSubsequence(inner: readonly string[], outer: readonly string[]): boolean {
  let at = 0;
  for (const token of outer) if (at < inner.length && token === inner[at]) at++;
  return at === inner.length;
}

/** Decide whether a plain restatement of `official` can be read as the new text. */
export function readLostMarks(official: string, restated: string): LostMarksReading {
  const old = withoutHistoryNotes(official).replace(/\s+/g, ' ').trim();
  const flat = restated.replace(/\s+/g, ' ').trim();
  // Paragraph breaks are layout here, not words: the texts are aligned as single lines, with the
  // raw word diff (the readability passes may pair a kept word with a replacement). The decision
  // itself rests on the tokens: the differ's alignment is not guaranteed minimal, the order test is.
  const { segments } = redlineWords(old, flat, { readable: false });
  const deleted = segments.filter((segment) => segment.type === 'delete' && meaningful(segment));
  if (!isSubsequence(tokens(old), tokens(flat))) {
    const left = deleted[0]?.text;
    return {
      ambiguous: false,
      explanation: `it leaves out words of the edition${left === undefined ? '' : ` (${quote(left)})`}, so it is the new text, not the old one with its strikeout lost`,
    };
  }
  const inserted: string[] = [];
  let before = '';
  for (const segment of segments) {
    if (segment.type === 'insert' && meaningful(segment)) {
      inserted.push(before.trim() === '' ? quote(segment.text) : `${quote(segment.text)} (after ${context(before)})`);
    }
    if (segment.type !== 'delete') before += segment.text;
  }
  if (inserted.length === 0) {
    return {
      ambiguous: true,
      explanation:
        'it repeats the edition word for word: either it changes nothing or the words it strikes lost their strikeout',
    };
  }
  const shown = inserted.slice(0, QUOTED_STRETCHES).join(', ');
  const more = inserted.length > QUOTED_STRETCHES ? ` and ${inserted.length - QUOTED_STRETCHES} more` : '';
  return {
    ambiguous: true,
    explanation: `it has every word of the edition plus ${shown}${more}: struck and inserted words may have run together`,
  };
}
