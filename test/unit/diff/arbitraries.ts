/**
 * fast-check generators shared by the diff tests: legal-looking text, arbitrary strings (emoji,
 * lone surrogates, NUL, CR), and random edits of a text.
 */
import fc from 'fast-check';

/** Pieces legal text is made of, plus the whitespace forms a redline must never hide. */
const LEGAL_PIECES = [
  'the',
  'State',
  'shall',
  'may',
  'not',
  'of',
  'and',
  'Legislature',
  'county',
  'inseparable',
  'an',
  'a',
  '$35,000,000',
  '1,000',
  '7.5',
  '(a)',
  '(a)(1)',
  '(iv)',
  '(B)',
  'Section',
  "people's",
  'two-thirds',
  ',',
  '.',
  ';',
  '"',
  '(',
  ')',
  ' ',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  ' \n',
  '\u00a0',
];

/** One piece of text: mostly legal words, sometimes arbitrary code units. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...LEGAL_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom('😀', '👍🏽', '\ud800', '\udc00', '\u0000', '\r', 'e\u0301', '∑', 'ß') },
);

/** Legal-looking text of up to `maxPieces` pieces. */
export function legalText(maxPieces = 40): fc.Arbitrary<string> {
  return fc.array(piece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));
}

/** Any string at all, including lone surrogates. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 30 }),
  legalText(30),
);

/** A text and an edited copy of it (a few replacements, insertions and deletions of pieces). */
export function textAndEdit(maxPieces = 40): fc.Arbitrary<[string, string]> {
  return fc
    .tuple(
      fc.array(piece, { maxLength: maxPieces }),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'insert', 'delete'), piece), { maxLength: 6 }),
    )
    .map(([pieces, edits]) => {
      const edited = [...pieces];
      for (const [at, kind, replacement] of edits) {
        const index = edited.length === 0 ? 0 : at % (edited.length + (kind === 'insert' ? 1 : 0));
        if (kind === 'insert') edited.splice(index, 0, replacement);
        else if (edited.length > 0 && kind === 'delete') edited.splice(index, 1);
        else if (edited.length > 0) edited[index] = replacement;
      }
      return [pieces.join(''), edited.join('')];
    });
}
