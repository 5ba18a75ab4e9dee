/**
 * Which redline notation a filed text uses (see `Notation`). Markdown block syntax (headings,
 * fences) decides first: our Markdown export also holds text markers inside fenced `redline`
 * blocks. Then text markers (ours, then leginfo's); a text with markers may still hold a stray `*`
 * or `_` of its own. Then Markdown's mark syntax, and otherwise plain text.
 */
import { markerKind } from './text-markers';
import type { Notation } from './types';

/** Markdown block syntax: ATX headings and fences. */
const MARKDOWN_BLOCKS: readonly RegExp[] = [/^ {0,3}#{1,6}[ \t]+\S/m, /^ {0,3}(?:```|~~~)/m];
/** Markdown marks: `~~struck~~`, `*italic*` or `_italic_` pairs, inline `<del>`/`<ins>`/`<u>`/`<s>` tags. */
const MARKDOWN_MARKS: readonly RegExp[] = [
  /<(?:del|s|strike|ins|u)>[^<]*<\/(?:del|s|strike|ins|u)>/i,
  /~~[^~\s](?:[^~]*[^~\s])?~~/,
  /(?:^|[\s(])\*[^*\s](?:[^*\n]*[^*\s])?\*(?=$|[\s.,;:)])/m,
  /(?:^|[\s(])_[^_\s](?:[^_\n]*[^_\s])?_(?=$|[\s.,;:)])/m,
];

/** The notation of `source`. */
export function detectNotation(source: string): Notation {
  if (MARKDOWN_BLOCKS.some((sign) => sign.test(source))) return 'markdown';
  const markers = markerKind(source);
  if (markers !== undefined) return markers;
  return MARKDOWN_MARKS.some((sign) => sign.test(source)) ? 'markdown' : 'plain';
}
