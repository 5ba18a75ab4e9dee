/**
 * Text from untrusted files (a partner's measure: YAML keys, revision labels, authors) reaches the
 * terminal in messages. Control characters in it could set the window title, recolour text or erase
 * lines (`ESC [2K`) and so hide real errors. They are shown as visible symbols instead: C0 controls
 * as their Unicode control pictures (ESC → ␛), DEL as ␡, C1 controls as `<U+0085>`. Tab and line
 * breaks stay; a carriage return not followed by a line feed (it would overwrite the line) is shown.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}
