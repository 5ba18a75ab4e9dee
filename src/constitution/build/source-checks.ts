/**
 * Checks on the raw characters: control characters, old Mac line endings and heading marks with no
 * space after them are reported, not fatal.
 */
import type { BuildContext } from './context';

/** C0 controls other than tab, line feed and carriage return, and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** Any character outside tab, LF, CR and the printable ranges (a fast first look; no `g` flag). */
const ANY_CONTROL_CHARACTER = /[^\t\n\r\x20-\x7e\x80-\uffff]/;
const LONE_CARRIAGE_RETURN = /\r(?!\n)/g;

function codePointName(char: string): string {
  const names: Readonly<Record<string, string>> = { '\u0000': 'NUL', '\u000c': 'form feed', '\u007f': 'DEL' };
  const hex = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex}${names[char] === undefined ? '' : ` (${names[char]})`}`;
}

/**
 * `###Section 2`: heading marks glued to a structure word. Markdown reads it as a paragraph, so the
 * section silently becomes text of the one before it; only structure words are matched, so a
 * `#hashtag` or a YAML comment in the front matter is not reported.
 */
const GLUED_HEADING_MARK = /^ {0,3}#{1,6}(?:article|art\.|section|sec\.|§|preamble|constitution)[^\n]*/gim;

/** Report every heading-like line that Markdown reads as text because no space follows its `#` marks. */
function reportGluedHeadingMarks(ctx: BuildContext): void {
  const { source } = ctx;
  if (!source.includes('#')) return;
  for (const match of source.matchAll(GLUED_HEADING_MARK)) {
    const line = match[0].trimEnd();
    const fixed = line.replace(/^( {0,3}#{1,6})/, '$1 ').trim();
    ctx.report(
      'warning',
      'heading-without-space',
      `"${line.trim()}" looks like a heading but has no space after its # marks, so it is read as text.`,
      match.index,
      `Write "${fixed}" to make it a heading.`,
    );
  }
}

/**
 * Report control characters and lone CR line endings, once each, at their first occurrence, and
 * every heading mark with no space after it.
 */
export function reportSourceOddities(ctx: BuildContext): void {
  reportGluedHeadingMarks(ctx);
  const { source } = ctx;
  // One quick pass finds whether there is anything to report at all.
  if (!ANY_CONTROL_CHARACTER.test(source) && !source.includes('\r')) return;
  const controls = [...source.matchAll(CONTROL_CHARACTER)];
  const firstControl = controls[0];
  if (firstControl !== undefined) {
    const more = controls.length > 1 ? ` (and ${controls.length - 1} more)` : '';
    ctx.report(
      'warning',
      'control-character',
      `The text contains the control character ${codePointName(firstControl[0])}${more}; it is kept as written.`,
      firstControl.index,
      'Control characters usually come from a bad copy or conversion; delete them unless they are meant.',
    );
  }
  const loneReturns = [...source.matchAll(LONE_CARRIAGE_RETURN)];
  const firstReturn = loneReturns[0];
  if (firstReturn !== undefined) {
    ctx.report(
      'info',
      'lone-carriage-return',
      `A line ends with a lone carriage return (old Mac style)${loneReturns.length > 1 ? `, ${loneReturns.length} in all` : ''}; it is read as a line break.`,
      firstReturn.index,
      'Save the file with LF or CRLF line endings.',
    );
  }
}
