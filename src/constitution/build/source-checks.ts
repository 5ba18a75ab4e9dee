/**
 * Checks on the raw characters: hidden characters (controls, bidi controls, zero-width characters…:
 * src/shared/hidden-characters.ts), old Mac line endings and heading marks with no space after them
 * are reported, not fatal. The text is kept as written.
 */
import {
  findHiddenCharacters,
  hiddenCharacterHint,
  hiddenCharacterMessage,
  type HiddenCharacterReport,
} from '../../shared/hidden-characters';
import type { BuildContext } from './context';

const LONE_CARRIAGE_RETURN = /\r(?!\n)/g;
/** Anything outside printable ASCII, tab and line breaks (a fast first look; no `g` flag). */
const ANY_NON_ASCII_OR_CONTROL = /[^\t\n\r\x20-\x7e]/;
/** Hidden-character findings listed per group (errors, the rest) in an edition; the rest are counted. */
const MAX_HIDDEN_FINDINGS_PER_EDITION = 100;

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
 * Hidden characters in an edition are warnings (notes for unusual spaces), never errors: an edition
 * with errors cannot be used at all, and a measure quoting the text is checked again by its own lint.
 */
function reportHiddenCharacters(ctx: BuildContext, report: HiddenCharacterReport): void {
  for (const finding of report.findings) {
    ctx.report(
      finding.severity === 'info' ? 'info' : 'warning',
      'hidden-character',
      `${hiddenCharacterMessage(finding)}; it is kept as written`,
      finding.offset,
      hiddenCharacterHint(finding),
    );
  }
  const last = report.findings[report.findings.length - 1];
  if (report.omitted > 0 && last !== undefined) {
    ctx.report(
      'warning',
      'hidden-characters-omitted',
      `${report.omitted} more hidden-character findings after this one are not listed`,
      last.offset,
      'Hidden characters usually come from a bad copy or conversion; re-import the text from its source.',
    );
  }
}

/**
 * Report hidden characters and lone CR line endings, once each, at their first occurrence, and
 * every heading mark with no space after it.
 */
export function reportSourceOddities(ctx: BuildContext): void {
  reportGluedHeadingMarks(ctx);
  const { source } = ctx;
  // One quick pass finds whether there is anything to report at all.
  if (!ANY_NON_ASCII_OR_CONTROL.test(source) && !source.includes('\r')) return;
  const limit = { maxFindings: MAX_HIDDEN_FINDINGS_PER_EDITION };
  reportHiddenCharacters(ctx, findHiddenCharacters(source, { ...limit, severities: ['error'] }));
  reportHiddenCharacters(
    ctx,
    findHiddenCharacters(source, { ...limit, severities: ['warning', 'info'], notesOncePerCharacter: true }),
  );
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
