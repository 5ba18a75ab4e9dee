/**
 * Whether a merge conflict's "both" alternative (ours' words, then theirs', at each clash) reads as
 * text. Two findings or two added sentences side by side do; two words interleaved inside one quoted
 * name do not ("the “California Freedom Nationhood Act”"), and neither does a Title section that
 * names the measure twice in one sentence. There the conflict offers ours and theirs only, and the
 * app hides its "Accept both" button.
 */
import type { TextClash } from './merge-text';
import type { UncodifiedRole } from './types';

/** Opening and closing quotation marks that delimit a name ("the “X Act”", `the "X Act"`). */
const OPENING_QUOTE = '“';
const CLOSING_QUOTE = '”';
const STRAIGHT_QUOTE = '"';
const ANY_QUOTE = /[“”"]/g;

/** A sentence ends with . ! or ?, possibly followed by a closing quote or parenthesis. */
const SENTENCE_END = /[.!?][”")]*$/;
/** What may stand before a sentence's first word: nothing, a line break, or a sentence end (and spaces). */
const SENTENCE_START_BEFORE = /(?:^|\n[ \t]*|[.!?:;][”")]*[ \t]*)$/;

interface Span {
  /** Offset of the opening quotation mark. */
  readonly open: number;
  /** Offset of the closing quotation mark. */
  readonly close: number;
}

/** The quoted spans of a text: curly pairs (innermost first closed) and straight quotes taken in pairs. */
function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const opened: number[] = [];
  let straight: number | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === OPENING_QUOTE) opened.push(index);
    else if (char === CLOSING_QUOTE) {
      const open = opened.pop();
      if (open !== undefined) spans.push({ open, close: index });
    } else if (char === STRAIGHT_QUOTE) {
      if (straight === undefined) straight = index;
      else {
        spans.push({ open: straight, close: index });
        straight = undefined;
      }
    }
  }
  return spans;
}

/** True when a side's words open or close a quotation they do not finish (`Freedom”`). */
function unbalancedQuotes(words: string): boolean {
  const marks = words.match(ANY_QUOTE) ?? [];
  const curlyOpen = marks.filter((mark) => mark === OPENING_QUOTE).length;
  const curlyClose = marks.filter((mark) => mark === CLOSING_QUOTE).length;
  const straight = marks.filter((mark) => mark === STRAIGHT_QUOTE).length;
  return curlyOpen !== curlyClose || straight % 2 !== 0;
}

/** True when the clash replaces words between a quotation's marks in the parent, or splits a quotation. */
export function clashInsideQuotation(parent: string, clash: TextClash): boolean {
  const inside = quotedSpans(parent).some((span) => span.open < clash.start && clash.end <= span.close);
  return inside || unbalancedQuotes(clash.ours) || unbalancedQuotes(clash.theirs);
}

/** True when each side's words at the clash are whole sentences (so both can stand one after the other). */
export function clashIsWholeSentences(parent: string, clash: TextClash): boolean {
  if (!SENTENCE_START_BEFORE.test(parent.slice(0, clash.start))) return false;
  return [clash.ours, clash.theirs].every((words) => words.trim() === '' || SENTENCE_END.test(words.trim()));
}

/**
 * Whether to offer "both" for a text whose clashes are `clashes` (from mergeText against `parent`),
 * in an uncodified section of role `role` (undefined for a provision's text).
 */
export function bothReadsAsText(parent: string, clashes: readonly TextClash[], role?: UncodifiedRole): boolean {
  return clashes.every(
    (clash) => !clashInsideQuotation(parent, clash) && (role !== 'title' || clashIsWholeSentences(parent, clash)),
  );
}
