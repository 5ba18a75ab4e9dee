/**
 * Token interning and token runs: the integer sequences the Myers diff compares.
 */
import { keepShape } from '../constitution/keep-shape';
import { isStopWordText } from './stop-words';
import { LABEL, lastScannedKind, scanToken, WORD, type TokenKind } from './tokenize';

/**
 * Interns token texts to small integer ids (so a diff compares integers) and remembers each id's
 * kind and whether it is a content word (not a stop word). Tokens are hashed in place and compared against the first
 * text seen for each id, so no substring is allocated for a token already known (a diff of a
 * heavily edited constitution tokenizes ~200,000 tokens).
 */
export class TokenTable {
  private slots = new Int32Array(256).fill(-1);
  private readonly asciiIds = new Int32Array(128).fill(-1);
  private readonly hashes: number[] = [];
  private readonly texts: string[] = [];
  private readonly kinds: TokenKind[] = [];
  /** 1 for words, numbers and labels that are not stop words (content words), else 0. */
  private readonly content: number[] = [];

  /** The id of the token `text[start, end)` of `kind`, allocating one the first time. */
  intern(text: string, start: number, end: number, kind: TokenKind): number {
    // Half of all tokens are one ASCII character (a space, a comma, a line break): look them up directly.
    if (end - start === 1) {
      const code = text.charCodeAt(start);
      if (code < 128) {
        const known = this.asciiIds[code]!;
        if (known >= 0) return known;
        const id = this.internHashed(text, start, end, kind);
        this.asciiIds[code] = id;
        return id;
      }
    }
    return this.internHashed(text, start, end, kind);
  }

  private internHashed(text: string, start: number, end: number, kind: TokenKind): number {
    let hash = 0x811c9dc5;
    for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id < 0) return this.add(slot, text.slice(start, end), hash, kind);
      if (this.hashes[id] !== hash) continue;
      const known = this.texts[id]!;
      if (known.length === length && text.startsWith(known, start)) return id;
    }
  }

  private add(slot: number, text: string, hash: number, kind: TokenKind): number {
    const id = this.texts.length;
    this.slots[slot] = id;
    this.texts.push(text);
    this.hashes.push(hash);
    this.kinds.push(kind);
    const stopWord = kind === WORD && isStopWordText(text);
    this.content.push((kind === WORD || kind === LABEL) && !stopWord ? 1 : 0);
    // Keep the open-addressing table at most half full.
    if (2 * (id + 1) > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.hashes.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }

  kindOf(id: number): TokenKind {
    return this.kinds[id]!;
  }

  /** True for content words: words, numbers and labels other than stop words. */
  isContentWord(id: number): boolean {
    return this.content[id] === 1;
  }

  /** Number of distinct tokens interned so far. */
  get size(): number {
    return this.kinds.length;
  }
}

/** Tokens of a slice of a text: start offsets (absolute), interned ids, and the count. */
export interface TokenRun {
  readonly starts: Int32Array;
  readonly ids: Int32Array;
  readonly count: number;
  /** Absolute end offset of the last token (= the slice end). */
  readonly end: number;
}

/**
 * Reusable storage for one token run: a diff tokenizes thousands of small stretches, and a fresh
 * pair of typed arrays for each (off-heap backing stores) costs more than the tokenizing.
 */
export class TokenBuffer {
  starts = new Int32Array(256);
  ids = new Int32Array(256);

  /** Make room for at least `capacity` tokens, keeping the first `keep`. */
  reserve(capacity: number, keep: number): void {
    if (capacity <= this.starts.length) return;
    const size = Math.max(capacity, this.starts.length * 2);
    const starts = new Int32Array(size);
    starts.set(this.starts.subarray(0, keep));
    const ids = new Int32Array(size);
    ids.set(this.ids.subarray(0, keep));
    this.starts = starts;
    this.ids = ids;
  }
}

/**
 * Tokenize `text[start, end)` (both safe boundaries) into interned ids. With `buffer`, the run is
 * written into it and stays valid until the buffer is used again.
 */
export function tokenizeRange(
  text: string,
  start: number,
  end: number,
  table: TokenTable,
  buffer: TokenBuffer = new TokenBuffer(),
): TokenRun {
  buffer.reserve(((end - start) >> 2) + 8, 0);
  let count = 0;
  for (let index = start; index < end;) {
    const tokenEnd = scanToken(text, index, end);
    if (count === buffer.starts.length) buffer.reserve(count * 2, count);
    buffer.starts[count] = index;
    buffer.ids[count] = table.intern(text, index, tokenEnd, lastScannedKind());
    count++;
    index = tokenEnd;
  }
  return { starts: buffer.starts, ids: buffer.ids, count, end };
}

/** See constitution/keep-shape.ts: keeps optimized diff code alive across full GCs. */
keepShape(new TokenTable());
keepShape(new TokenBuffer());
