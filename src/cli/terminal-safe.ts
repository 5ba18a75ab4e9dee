/**
 * Text from untrusted files (a partner's measure: YAML keys, revision labels, authors) reaches the
 * terminal in messages. Control characters in it could set the window title, recolour text or erase
 * lines (`ESC [2K`) and so hide real errors. They are shown as visible symbols instead: C0 controls
 * as their Unicode control pictures (ESC → ␛), DEL as ␡, C1 controls as `<U+0085>`. Tab and line
 * breaks stay; a carriage return not followed by a line feed (it would overwrite the line) is shown.
 *
 * The other error-level hidden characters (src/shared/hidden-character-table.ts) are shown as
 * `<U+202E>` too: a bidi control quoted in a message would reorder the terminal line (Trojan Source),
 * tag characters and interlinear annotations hide text, and a lone surrogate would be written as
 * U+FFFD. Zero-width characters, variation selectors and unusual spaces are left alone (they cannot
 * reorder or hide other text, and emoji sequences use them).
 */
import { classifyCodePoint, codePointLabel, HIDDEN_KINDS } from '../shared/hidden-character-table';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;
/** Candidates for the hidden-character table: anything outside printable ASCII and line breaks. */
const NON_ASCII = /[^\t\n\r\x20-\x7e]/gu;

function visibleHidden(char: string): string {
  const codePoint = char.codePointAt(0)!;
  const found = classifyCodePoint(codePoint);
  return found !== undefined && HIDDEN_KINDS[found.kind].severity === 'error' ? `<${codePointLabel(codePoint)}>` : char;
}

export function terminalSafe(text: string): string {
  return text
    .replace(UNSAFE, (char) => {
      const code = char.charCodeAt(0);
      if (code < 0x20) return String.fromCharCode(0x2400 + code);
      if (code === 0x7f) return '\u2421';
      return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
    })
    .replace(NON_ASCII, visibleHidden);
}
