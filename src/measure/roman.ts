/** Roman numerals for article numbers (1–3999), canonical subtractive form only. */

const NUMERALS: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

const MAX_ROMAN = 3999;

/** `36` → `XXXVI`. */
export function toRoman(value: number): string {
  let rest = Math.trunc(value);
  let out = '';
  for (const [amount, letters] of NUMERALS) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

/** `XXXVI` → 36; undefined unless the text is a canonical numeral (so `IIII` and `XIIIA` are rejected). */
export function fromRoman(text: string): number | undefined {
  const upper = text.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(upper)) return undefined;
  let value = 0;
  let index = 0;
  for (const [amount, letters] of NUMERALS) {
    while (upper.startsWith(letters, index)) {
      value += amount;
      index += letters.length;
    }
  }
  return index === upper.length && value <= MAX_ROMAN && toRoman(value) === upper ? value : undefined;
}
