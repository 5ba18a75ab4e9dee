/**
 * Only the font subsets a document uses go into its HTML: the full Tinos set is ~1 MB of base64,
 * while a Latin-only measure needs one ~25 kB file per face. Chromium would pick the same faces by
 * `unicode-range` anyway; leaving the others out just saves parsing them on every print.
 */
import type { PrintFontFace } from './print-types';

type Range = readonly [number, number];

/** `U+0000-00FF, U+0131, U+02??` → numeric ranges (a `?` wildcard spans 0–F). */
export function parseUnicodeRange(value: string): Range[] {
  const ranges: Range[] = [];
  for (const part of value.split(',')) {
    const match = /^\s*[Uu]\+([0-9A-Fa-f?]+)(?:-([0-9A-Fa-f]+))?\s*$/.exec(part);
    if (match === null) continue;
    const start = match[1]!;
    if (start.includes('?')) {
      ranges.push([Number.parseInt(start.replace(/\?/g, '0'), 16), Number.parseInt(start.replace(/\?/g, 'F'), 16)]);
    } else {
      const low = Number.parseInt(start, 16);
      ranges.push([low, match[2] === undefined ? low : Number.parseInt(match[2], 16)]);
    }
  }
  return ranges;
}

/** The faces whose unicode-range covers at least one character of `text` (faces without a range always stay). */
export function facesUsedBy(fonts: readonly PrintFontFace[], text: string): PrintFontFace[] {
  const codePoints = new Set<number>();
  for (const character of text) codePoints.add(character.codePointAt(0)!);
  const used = [...codePoints];
  return fonts.filter((face) => {
    if (face.unicodeRange === undefined) return true;
    const ranges = parseUnicodeRange(face.unicodeRange);
    return used.some((point) => ranges.some(([low, high]) => point >= low && point <= high));
  });
}
