/**
 * `lintMeasure` (`amend lint`): everything worth telling the drafter about a measure, each message
 * with severity, line, column, rule id, message and hint. With an edition loaded, the blocks are
 * also checked against it. The scope notes are counts, never legal advice.
 */
import type { LegalDoc } from '../constitution/types';
import { lintAgainstBase } from './lint-base';
import { LintContext, type LintMessage } from './lint-context';
import { lintHiddenCharacters } from './lint-hidden-characters';
import { lintSubdivisionLabels } from './lint-labels';
import { lintTemplatePlaceholders } from './lint-placeholders';
import { lintScope } from './lint-scope';
import { lintBaseReferences, lintReferences } from './lint-references';
import { lintBlocks, lintConflicts, lintKind, lintMeasureNumbering } from './lint-structure';
import { lintTitleAgreement } from './lint-title';
import { lintUnreadMarkdown } from './lint-unread-markdown';
import type { MeasureFile } from './types';

export type { LintMessage } from './lint-context';

const FORMAT_HINT = 'See README "The measure file format".';

/** Lint a parsed measure (its parse messages included), optionally against the edition it amends. */
export function lintMeasure(measure: MeasureFile, base?: LegalDoc): LintMessage[] {
  const context = new LintContext(measure);
  lintConflicts(context);
  lintBlocks(context);
  lintMeasureNumbering(context);
  lintKind(context);
  lintTitleAgreement(context);
  lintTemplatePlaceholders(context);
  lintReferences(context);
  lintSubdivisionLabels(context);
  if (base !== undefined) {
    lintAgainstBase(context, base);
    lintBaseReferences(context, base);
  }
  lintScope(context);
  lintHiddenCharacters(context);
  lintUnreadMarkdown(context);
  const parseMessages: LintMessage[] = measure.messages.map((message) => ({
    ...message,
    hint: message.hint ?? FORMAT_HINT,
  }));
  return [...parseMessages, ...context.messages].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** True when any message is an error. */
export function hasErrors(messages: readonly LintMessage[]): boolean {
  return messages.some((message) => message.severity === 'error');
}
