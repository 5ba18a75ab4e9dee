/**
 * Fast common prefix and suffix of two strings. Comparing chunks with `startsWith`/`endsWith` runs at
 * native speed (memcmp-like), about 40x faster than a `charCodeAt` loop on the 400 KB constitution;
 * only the last, differing chunk is walked character by character.
 */

/** Chunk compared natively at once; small enough that the final character walk stays cheap. */
const CHUNK = 256;

/** Length of the longest common prefix of `a[from…]` and `b[from…]`, starting at offset `from`. */
export function commonPrefixLength(a: string, b: string, from = 0): number {
  const limit = Math.min(a.length, b.length);
  let index = from;
  while (index + CHUNK <= limit && b.startsWith(a.slice(index, index + CHUNK), index)) index += CHUNK;
  while (index < limit && a.charCodeAt(index) === b.charCodeAt(index)) index++;
  return index - from;
}

/**
 * Length of the longest common suffix of `a` and `b`, not reaching before `aFloor` in `a` nor
 * `bFloor` in `b` (so a suffix never overlaps an already matched prefix).
 */
export function commonSuffixLength(a: string, b: string, aFloor = 0, bFloor = 0): number {
  const limit = Math.min(a.length - aFloor, b.length - bFloor);
  let length = 0;
  while (
    length + CHUNK <= limit &&
    b.endsWith(a.slice(a.length - length - CHUNK, a.length - length), b.length - length)
  ) {
    length += CHUNK;
  }
  while (length < limit && a.charCodeAt(a.length - length - 1) === b.charCodeAt(b.length - length - 1)) length++;
  return length;
}
