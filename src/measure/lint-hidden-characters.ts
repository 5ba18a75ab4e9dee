/**
 * Hidden characters in a measure file (src/shared/hidden-characters.ts): bidi controls, NUL and other
 * controls, zero-width characters, tag characters, lone surrogates… each reported by name and
 * position, never removed. The whole file is checked (front matter included: the title and the
 * proponents' names are printed too). Error-level ones also stop the filing exports
 * (src/filing/measure-input.ts).
 */
import {
  findHiddenCharacters,
  hiddenCharacterHint,
  hiddenCharacterMessage,
  type HiddenCharacterReport,
} from '../shared/hidden-characters';
import type { LintContext } from './lint-context';

export const HIDDEN_CHARACTER_RULE = 'hidden-character';
export const HIDDEN_CHARACTERS_OMITTED_RULE = 'hidden-characters-omitted';

/**
 * Report every hidden character (runs as one message) and, past the cap, how many more there are.
 * Errors and the rest are capped separately, so a flood of notes can never hide an error.
 */
export function lintHiddenCharacters(context: LintContext): void {
  const { source } = context.measure;
  reportFindings(context, findHiddenCharacters(source, { severities: ['error'] }));
  reportFindings(
    context,
    findHiddenCharacters(source, { severities: ['warning', 'info'], notesOncePerCharacter: true }),
  );
}

function reportFindings(context: LintContext, report: HiddenCharacterReport): void {
  const { findings, omitted } = report;
  for (const finding of findings) {
    context.report(
      finding.severity,
      HIDDEN_CHARACTER_RULE,
      hiddenCharacterMessage(finding),
      hiddenCharacterHint(finding),
      finding.offset,
    );
  }
  const last = findings[findings.length - 1];
  if (omitted > 0 && last !== undefined) {
    context.report(
      last.severity,
      HIDDEN_CHARACTERS_OMITTED_RULE,
      `${omitted} more hidden-character findings after this one are not listed`,
      'Delete the hidden characters listed, then check again to see the rest.',
      last.offset,
    );
  }
}
