/**
 * A guard in front of remark: micromark's container handling grows quadratically or worse with
 * nesting depth (1,000 nested list items take over a minute), while legal text nests four or five
 * levels. A region nested deeper than these bounds is kept as one unparsed block instead.
 */
import { readLine } from './lines';

/** Block quote and list markers a line may open before its text (legal text uses at most ~5). */
export const MAX_CONTAINER_MARKERS = 16;
/** Leading white space, in columns, beyond which nesting (by indentation) is implausible for legal text. */
export const MAX_LEADING_COLUMNS = 64;

/** Markers (`>`, `-`, `*`, `+`, `1.`, `1)`) opening the line at `at`, and its leading columns. */
function containerDepth(source: string, at: number, end: number): { markers: number; columns: number } {
  let markers = 0;
  let columns = 0;
  let pos = at;
  while (pos < end) {
    const code = source.charCodeAt(pos);
    if (code === 0x20) columns++;
    else if (code === 0x09) columns += 4 - (columns % 4);
    else if (code === 0x3e /* > */) markers++;
    else if (
      (code === 0x2d || code === 0x2a || code === 0x2b) &&
      (pos + 1 === end || source.charCodeAt(pos + 1) === 0x20)
    )
      markers++;
    else if (code >= 0x30 && code <= 0x39) {
      let digits = pos;
      while (digits < end && source.charCodeAt(digits) >= 0x30 && source.charCodeAt(digits) <= 0x39) digits++;
      const delimiter = source.charCodeAt(digits);
      if ((delimiter !== 0x2e && delimiter !== 0x29) || (digits + 1 < end && source.charCodeAt(digits + 1) !== 0x20))
        break;
      markers++;
      pos = digits;
    } else break;
    pos++;
  }
  return { markers, columns };
}

/** True when some line of `[start, end)` nests deeper than remark can be trusted to read quickly. */
export function isTooDeepForRemark(source: string, start: number, end: number): boolean {
  let pos = start;
  while (pos < end) {
    const line = readLine(source, pos, end);
    const { markers, columns } = containerDepth(source, line.start, line.end);
    if (markers > MAX_CONTAINER_MARKERS || columns > MAX_LEADING_COLUMNS) return true;
    pos = line.next;
  }
  return false;
}
