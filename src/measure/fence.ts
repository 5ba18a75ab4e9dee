/**
 * Fenced blocks of a measure file. Amendment texts are written between tilde fences longer than any
 * tilde run inside the text, so no legal text (which may itself contain `~~~` or backticks) can close
 * its fence early.
 */

/** Shortest fence CommonMark allows. */
const MIN_FENCE_LENGTH = 3;

/** A tilde fence longer than every run of tildes in `text` (at least `~~~`). */
export function fenceFor(text: string): string {
  let longest = 0;
  for (const run of text.match(/~+/g) ?? []) longest = Math.max(longest, run.length);
  return '~'.repeat(Math.max(MIN_FENCE_LENGTH, longest + 1));
}

/** `text` inside a tilde fence with the info string `info` (lines joined with `\n`). */
export function fencedBlock(info: string, text: string): string {
  const fence = fenceFor(text);
  return `${fence}${info}\n${text}\n${fence}`;
}

/** An opening fence line: indentation, the fence run and the info string. */
export interface FenceOpening {
  readonly indent: number;
  readonly marker: '`' | '~';
  readonly length: number;
  /** First word of the info string, lower case (`base`, `proposed`, …). */
  readonly info: string;
}

/** Recognise an opening fence line (CommonMark: up to 3 spaces, 3+ backticks or tildes). */
export function openingFence(line: string): FenceOpening | undefined {
  const match = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(line);
  if (match === null) return undefined;
  const run = match[2]!;
  const rest = match[3]!;
  // A backtick fence's info string may not contain backticks.
  if (run.startsWith('`') && rest.includes('`')) return undefined;
  return {
    indent: match[1]!.length,
    marker: run.startsWith('`') ? '`' : '~',
    length: run.length,
    info: (rest.trim().split(/\s+/)[0] ?? '').toLowerCase(),
  };
}

/** True when `line` closes a fence opened by `opening`. */
export function closesFence(line: string, opening: FenceOpening): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return match !== null && match[1]!.startsWith(opening.marker) && match[1]!.length >= opening.length;
}
