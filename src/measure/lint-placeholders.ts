/**
 * The new-measure template's bracketed prompts ("[State the first finding.]") left in the text. The
 * exporters print a measure's text as filed, so a prompt left in is an error. Only the template's
 * exact words are matched (line breaks and spacing aside): a filed measure may quote bracketed text
 * of its own ("[Section 5 of Article II]").
 */
import type { LintContext } from './lint-context';
import { TEMPLATE_PLACEHOLDER_TEXTS } from './skeleton';

/** A prompt as a pattern that allows any run of whitespace (a rewrapped line) between its words. */
function promptPattern(prompt: string): RegExp {
  const words = prompt.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('\\s+'), 'g');
}

const PROMPTS = TEMPLATE_PLACEHOLDER_TEXTS.map((prompt) => ({ prompt, pattern: promptPattern(prompt) }));

/** Report every template prompt left in an uncodified section or an amendment block. */
export function lintTemplatePlaceholders(context: LintContext): void {
  const { source } = context.measure;
  for (const part of context.measure.parts) {
    const slice = source.slice(part.extent.start, part.extent.end);
    for (const { prompt, pattern } of PROMPTS) {
      for (const match of slice.matchAll(pattern)) {
        context.report(
          'error',
          'template-placeholder',
          `template text left in the measure: “${prompt}”`,
          'Replace the bracketed prompt with the measure’s own words, or delete it.',
          part.extent.start + match.index,
        );
      }
    }
  }
}
