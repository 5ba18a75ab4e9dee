/**
 * Subdivision labels at the start of a paragraph: `(a)`, `(1)`, `(A)`, `(i)`, `(aa)`, and chains
 * such as `(b) (1) The people …` (a subdivision whose first child starts on the same line).
 */
import { fromRoman, toRoman } from '../article-number';
import type { SubdivisionKind } from '../types';

/** The kinds a parenthesised label can have; `list` (`1.` items) comes from Markdown lists. */
export type LabelKind = Exclude<SubdivisionKind, 'list'>;

export interface Label {
  /** As written, e.g. `(a)`. */
  readonly text: string;
  /** Without parentheses, e.g. `a`. */
  readonly key: string;
  /** Offset of the `(`. */
  readonly offset: number;
  /** One kind, or two when the label is ambiguous (`(i)`, `(v)`, `(x)`, `(ii)` …: letter or roman). */
  readonly candidates: readonly LabelKind[];
}

/** Most characters inside a label's parentheses (`(viii)`, `(xiii)`). */
const MAX_LABEL_LENGTH = 5;
/** Most digits of a numeric label: `(17)` is a label, `(1988)` is a year. */
const MAX_NUMBER_LABEL_DIGITS = 3;

/** Letter labels: `a`…`z`, then doubled `aa`, `bb` … as California drafting does. */
function isLetterKey(key: string): boolean {
  return /^[a-z]$/.test(key) || /^([a-z])\1$/.test(key);
}

/** Roman labels that could not also be letters: `ii`, `iv`, `vi` …; and the letters `i`, `v`, `x`. */
function isRomanKey(key: string): boolean {
  if (key.length === 1) return key === 'i' || key === 'v' || key === 'x';
  return fromRoman(key) !== undefined && key === key.toLowerCase();
}

function kindsOf(key: string): readonly LabelKind[] {
  if (/^\d+$/.test(key)) return key.length <= MAX_NUMBER_LABEL_DIGITS ? ['number'] : [];
  if (/^[A-Z]$/.test(key) || /^([A-Z])\1$/.test(key)) return ['upper'];
  const kinds: LabelKind[] = [];
  if (isLetterKey(key)) kinds.push('letter');
  if (isRomanKey(key)) kinds.push('roman');
  return kinds;
}

/** The labels that open the paragraph `[start, end)`, in order; empty when it opens with none. */
export function leadingLabels(source: string, start: number, end: number): Label[] {
  const labels: Label[] = [];
  let at = start;
  while (at < end && source.charCodeAt(at) === 0x28 /* ( */) {
    const close = source.indexOf(')', at + 1);
    if (close < 0 || close >= end || close - at - 1 > MAX_LABEL_LENGTH || close === at + 1) break;
    const key = source.slice(at + 1, close);
    const candidates = kindsOf(key);
    const after = close + 1 < end ? source.charCodeAt(close + 1) : -1;
    // A label stands alone: end of paragraph, white space, or another label follows it.
    const standsAlone =
      after === -1 || after === 0x20 || after === 0x0a || after === 0x0d || after === 0x09 || after === 0x28;
    if (candidates.length === 0 || !standsAlone) break;
    labels.push({ text: source.slice(at, close + 1), key, offset: at, candidates });
    at = close + 1;
    while (at < end && (source.charCodeAt(at) === 0x20 || source.charCodeAt(at) === 0x09)) at++;
  }
  return labels;
}

/** The first key of each kind. */
export function firstKey(kind: SubdivisionKind): string {
  switch (kind) {
    case 'letter':
      return 'a';
    case 'number':
      return '1';
    case 'upper':
      return 'A';
    case 'roman':
      return 'i';
    case 'list':
      return 'item-1';
  }
}

function nextLetter(key: string): string {
  const code = key.charCodeAt(0);
  const isLast = code === 0x7a || code === 0x5a; /* z or Z */
  if (isLast) return String.fromCharCode(code - 25).repeat(key.length + 1);
  return String.fromCharCode(code + 1).repeat(key.length);
}

/** The key that should follow `key` at the same level (`a`→`b`, `z`→`aa`, `9`→`10`, `iv`→`v`). */
export function nextKey(kind: SubdivisionKind, key: string): string {
  switch (kind) {
    case 'letter':
    case 'upper':
      return nextLetter(key);
    case 'number':
      return String(Number(key) + 1);
    case 'roman':
      return toRoman((fromRoman(key) ?? 0) + 1).toLowerCase();
    case 'list':
      return `item-${Number(key.slice('item-'.length)) + 1}`;
  }
}

/** `(b The …`: an opening parenthesis and a label-like key, then a space instead of `)`. */
const MISSING_CLOSE = /^\((?:[a-z]{1,2}|[ivx]{2,4}|[A-Z]{1,2}|\d{1,3})(?=[ \t\r\n])/;
/** `b) The …`: a label-like key and `)` without the opening parenthesis. */
const MISSING_OPEN = /^(?:[a-z]{1,2}|[ivx]{2,4}|[A-Z])\)(?=[ \t\r\n])/;
/** Enough of a paragraph's start to see a label. */
const LABEL_WINDOW = 8;

/** The start of a paragraph that looks like a label with a missing parenthesis, or undefined. */
export function unbalancedLabelAt(source: string, start: number, end: number): string | undefined {
  const head = source.slice(start, Math.min(end, start + LABEL_WINDOW));
  return (MISSING_CLOSE.exec(head) ?? MISSING_OPEN.exec(head))?.[0];
}
