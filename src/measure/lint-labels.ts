/**
 * Subdivision labels in proposed text: a drafter who strikes (b)(3) and forgets to reletter (4)–(6),
 * or adds (d) after (b), leaves a gap the constitution parser already knows how to see. Each proposed
 * section is parsed as the section it will be, and only problems the proposal introduces are
 * reported (the official text has a few anomalies of its own; they are not the drafter's doing).
 */
import { parseNodeId } from '../constitution/ids';
import { parseConstitution } from '../constitution/parse';
import type { ParseMessage } from '../constitution/types';
import type { LintContext } from './lint-context';
import type { AmendmentPart } from './types';

/** Parser rules about subdivision labels that a proposal can break. */
const LABEL_RULES = new Set(['subdivision-sequence', 'unbalanced-label']);

interface WrappedText {
  readonly source: string;
  /** Lines before the text inside `source`. */
  readonly prefixLines: number;
}

/** A section body as a one-section document, numbered like its target so messages cite it. */
function asSection(target: string, body: string): WrappedText | undefined {
  const id = parseNodeId(target);
  if (id === undefined || id.section === undefined) return undefined;
  return { source: `## Article ${id.articleKey}\n\n### Section ${id.section}\n\n${body}\n`, prefixLines: 4 };
}

function labelProblems(wrapped: WrappedText): ParseMessage[] {
  return parseConstitution(wrapped.source).messages.filter((message) => LABEL_RULES.has(message.ruleId));
}

/** Offset in the measure file of the first character of the part's `proposed` fence content. */
function proposedStart(context: LintContext, part: AmendmentPart, proposed: string): number {
  const slice = context.measure.source.slice(part.extent.start, part.extent.end);
  const fence = /^(~{3,}|`{3,})[ \t]*proposed[ \t]*$/m.exec(slice);
  const from = fence === null ? 0 : fence.index + fence[0].length;
  const at = slice.indexOf(proposed, from);
  return part.extent.start + (at < 0 ? from : at);
}

/** Offset of a 1-based line and column inside `text`. */
function offsetInText(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** Report subdivision label gaps and malformed labels that amended or added sections introduce. */
export function lintSubdivisionLabels(context: LintContext): void {
  for (const part of context.measure.parts) {
    if (part.type !== 'amendment' || part.proposed === undefined || part.op === 'retitle') continue;
    const target = part.to ?? part.target;
    const proposed = asSection(target, part.proposed);
    if (proposed === undefined) continue; // an added article: its sections carry their own headings
    const official = part.base === undefined ? undefined : asSection(target, part.base);
    const known = new Set(official === undefined ? [] : labelProblems(official).map((message) => message.message));
    for (const problem of labelProblems(proposed)) {
      if (known.has(problem.message)) continue;
      const offset = offsetInText(part.proposed, problem.line - proposed.prefixLines, problem.column);
      context.report(
        'warning',
        problem.ruleId,
        `Proposed text: ${problem.message}`,
        'Reletter or renumber the subdivisions that follow a struck or added one, and update references to them.',
        proposedStart(context, part, part.proposed) + Math.max(0, offset),
      );
    }
  }
}
