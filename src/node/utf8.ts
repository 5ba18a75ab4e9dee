/**
 * Strict UTF-8 for user files: decoding refuses invalid bytes (naming the line and column of the
 * first one) instead of replacing them with U+FFFD, and encoding refuses lone surrogates instead of
 * silently writing U+FFFD. A BOM is kept as U+FEFF in the text, so open → save is byte-identical.
 */
import { err, ok, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';

/** Byte offset of the first byte that breaks UTF-8 (overlongs, surrogates, > U+10FFFF included), or -1. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let min: number;
    if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000];
    else return index;
    let codePoint = lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[index + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return index;
    index += length;
  }
  return -1;
}

/** 1-based line and column (UTF-16 units, as editors count) of byte `offset`, counting only the valid prefix. */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, offset));
  const lines = prefix.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** Decode `bytes` as UTF-8 exactly (BOM kept), or explain where the file is not UTF-8. */
export function decodeUtf8Strict(bytes: Uint8Array, file: string): Result<string, StudioError> {
  const offset = firstInvalidUtf8Offset(bytes);
  if (offset >= 0) {
    const where = lineAndColumn(bytes, offset);
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return err(
      studioError(
        'invalid-encoding',
        `${file} is not UTF-8 text: byte 0x${byte} at byte offset ${offset} is invalid.`,
        {
          file,
          ...where,
          hint: 'Re-save the file as UTF-8 in the program that made it; Amendment Studio does not guess encodings.',
        },
      ),
    );
  }
  return ok(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
}

/** Encode `text` as UTF-8, refusing lone surrogates (which would otherwise become U+FFFD silently). */
export function encodeUtf8Strict(text: string, file: string): Result<Uint8Array, StudioError> {
  const lone = /\p{Surrogate}/u.exec(text);
  if (lone !== null) {
    const before = text.slice(0, lone.index).split('\n');
    return err(
      studioError('invalid-encoding', `The text for ${file} holds a broken character (a lone UTF-16 surrogate).`, {
        file,
        line: before.length,
        column: before[before.length - 1]!.length + 1,
        hint: 'Delete the character at that place and save again.',
      }),
    );
  }
  return ok(new TextEncoder().encode(text));
}
