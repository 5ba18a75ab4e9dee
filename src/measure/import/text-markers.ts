/**
 * Inline redline markers in text: ours (`[begin deletion]…[end deletion]`,
 * `[begin insertion]…[end insertion]`, render-text.ts) and leginfo's (`begin delete … end delete`,
 * `begin insert … end insert`, ca-filing-rules.md §4.3). The markers are removed; the text between
 * them is marked. One space inside a leginfo marker pair belongs to the marker.
 */
import type { RunMark } from '../document';

export interface MarkedRun {
  readonly text: string;
  readonly mark: RunMark;
  /** Offset of the run's first character in the text that was read. */
  readonly start: number;
}

export interface MarkerProblem {
  readonly severity: 'error' | 'warning';
  readonly ruleId: string;
  readonly message: string;
  /** Offset of the marker in the text that was read. */
  readonly offset: number;
  readonly hint: string;
}

const MARKER = /\[(begin|end) (deletion|insertion)\]|\bbegin (delete|insert)\b[ \t]?|[ \t]?\bend (delete|insert)\b/g;

/** Does the text carry our markers or leginfo's? */
export function markerKind(text: string): 'text-markers' | 'leginfo-markers' | undefined {
  if (/\[(?:begin|end) (?:deletion|insertion)\]/.test(text)) return 'text-markers';
  if (/\bbegin (?:delete|insert)\b[^]*?\bend (?:delete|insert)\b/.test(text)) return 'leginfo-markers';
  return undefined;
}

const MARK_OF: Readonly<Record<string, RunMark>> = {
  deletion: 'delete',
  insertion: 'insert',
  delete: 'delete',
  insert: 'insert',
};

const NAME_OF: Readonly<Record<RunMark, string>> = { delete: 'deletion', insert: 'insertion', none: '' };

/** Split `text` at its markers. A stretch still open at the end is marked to the end and reported. */
export function readMarkers(text: string): { runs: MarkedRun[]; problems: MarkerProblem[] } {
  const runs: MarkedRun[] = [];
  const problems: MarkerProblem[] = [];
  let mark: RunMark = 'none';
  let openedAt = 0;
  let from = 0;
  const push = (to: number): void => {
    if (to > from) runs.push({ text: text.slice(from, to), mark, start: from });
  };
  for (const match of text.matchAll(MARKER)) {
    const begins = match[1] === 'begin' || match[3] !== undefined;
    const wanted = MARK_OF[match[2] ?? match[3] ?? match[4]!]!;
    push(match.index);
    from = match.index + match[0].length;
    if (begins) {
      if (mark !== 'none') {
        problems.push({
          severity: 'error',
          ruleId: 'nested-marker',
          message: `a ${NAME_OF[wanted]} begins inside the ${NAME_OF[mark]} opened earlier`,
          offset: match.index,
          hint: 'Close each marked stretch ("[end deletion]", "end delete") before the next one begins.',
        });
      }
      mark = wanted;
      openedAt = match.index;
    } else if (mark === wanted) {
      mark = 'none';
    } else {
      problems.push({
        severity: 'warning',
        ruleId: 'stray-marker',
        message: `"${match[0].trim()}" closes no open ${NAME_OF[wanted]}; it is ignored`,
        offset: match.index,
        hint: 'Check that every "begin" marker has its "end" marker.',
      });
    }
  }
  push(text.length);
  if (mark !== 'none') {
    problems.push({
      severity: 'error',
      ruleId: 'unclosed-marker',
      message: `the ${NAME_OF[mark]} that begins here is never closed`,
      offset: openedAt,
      hint: `Add the closing marker ("[end ${NAME_OF[mark]}]" or "end ${mark}") where the ${NAME_OF[mark]} ends.`,
    });
  }
  return { runs, problems };
}
