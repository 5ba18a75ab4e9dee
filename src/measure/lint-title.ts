/**
 * The measure's two names must agree: the front matter `title` (the document heading, the PDF title,
 * the Attorney General's letter) and the name its Title section enacts ("may be cited as the
 * “California Unity Act”"). Nothing keeps them in step: a merge records them as two conflicts, and a
 * retitled draft easily keeps the template's old name. Only a quoted name is compared; a Title
 * section without one is not guessed at.
 */
import type { LintContext } from './lint-context';

/** A quoted name: curly quotes, or straight ones. */
const QUOTED_NAME = /“([^“”]+)”|"([^"]+)"/g;

/** Names compare without regard to spacing, line breaks or letter case. */
function comparable(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Warn at a Title section whose quoted names do not include the front matter title. */
export function lintTitleAgreement(context: LintContext): void {
  const title = context.measure.meta.title;
  for (const part of context.measure.parts) {
    if (part.type !== 'uncodified' || part.role !== 'title') continue;
    const quoted = [...part.body.matchAll(QUOTED_NAME)].map((match) => ({
      text: match[0],
      name: (match[1] ?? match[2]!).replace(/\s+/g, ' ').trim(),
    }));
    const first = quoted[0];
    if (first === undefined || quoted.some((entry) => comparable(entry.name) === comparable(title))) continue;
    context.report(
      'warning',
      'title-mismatch',
      `the Title section cites the measure as “${first.name}”, but its front matter title is “${title}”`,
      'Make them agree: change the name in the Title section or the title in the front matter.',
      context.offsetOf(part, first.text),
    );
  }
}
