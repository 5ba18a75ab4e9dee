/**
 * CSS string literals for generated rules (page footers). The revision label comes from a draft, so
 * it is escaped completely: every character outside a small safe set becomes a CSS hex escape, which
 * also keeps `</style>` and quotes out of the stylesheet.
 */

/** Characters that stay as they are inside the generated CSS string. */
const SAFE_CSS_CHARACTER = /^[A-Za-z0-9 .,:#_-]$/;

/** A double-quoted CSS string whose value is exactly `value`. */
export function cssString(value: string): string {
  let escaped = '';
  for (const character of value) {
    if (SAFE_CSS_CHARACTER.test(character)) escaped += character;
    else escaped += `\\${character.codePointAt(0)!.toString(16)} `;
  }
  return `"${escaped}"`;
}
