/**
 * An editing session: the ChangeSet of each new version of the text against one base, recomputing
 * only what a keystroke touched. When an edit stays inside one section's body and cannot change
 * the document's structure, that section alone is re-parsed (as a one-section document) and
 * re-diffed; every other unit keeps its cached operation (texts are compared by string equality,
 * redlines cached by id, base text and edited text). Any other edit takes the full path (parse +
 * diff, still reusing cached redlines). Results equal `semanticDiff(base, parseConstitution(text))`
 * (a differential test checks it on random edit sequences).
 */
import { parseConstitution } from '../constitution/parse';
import type { LegalDoc } from '../constitution/types';
import { textHash } from '../shared/sha256';
import { createDiffCache, type DiffCache } from './ops';
import { diffUnits, withDocumentHashes } from './semantic-diff';
import { commonPrefixLength, commonSuffixLength } from './text-compare';
import type { ChangeSet, DiffOptions } from './types';
import { docUnits, headingLine, shiftUnit, type DocUnits, type Unit } from './units';

/** A diff session against one base document (one per editor tab). */
export interface DiffSession {
  /** The base document every result is computed against. */
  readonly base: LegalDoc;
  /**
   * The ChangeSet from the base to `editedSource`. Cheap when only one section's body changed
   * since the previous call (typing); otherwise a full parse and diff.
   */
  update(editedSource: string): ChangeSet;
  /** How the last update was computed: `incremental`, `full` or `unchanged` (for tests and tracing). */
  readonly lastPath: 'incremental' | 'full' | 'unchanged' | 'none';
  /**
   * The units of the text given to the last `update` (undefined before the first): the editor's
   * outline and redline offsets come from them, so the UI never parses the text a second time.
   */
  readonly units: DocUnits | undefined;
}

interface SessionState {
  readonly source: string;
  readonly units: DocUnits;
  readonly result: ChangeSet;
}

/**
 * Lines that can change where units begin or end if they appear in or next to an edit: ATX
 * headings, setext underlines, code fences and HTML blocks (which may swallow a following heading).
 */
const STRUCTURAL_LINE = /^ {0,3}(?:#|```|~~~|<|=+[ \t]*$|-+[ \t]*$)/;

/**
 * Start a session against `base`.
 *
 * @param base The parsed base document.
 * @param options (optional) Diff options, as for `semanticDiff`.
 * @returns A session whose `update` returns ChangeSets equal to `semanticDiff`'s.
 */
export function createDiffSession(base: LegalDoc, options: DiffOptions = {}): DiffSession {
  const split = base.preamble !== undefined;
  const baseUnits = docUnits(base, split);
  const cache: DiffCache = createDiffCache();
  let baseHash: string | undefined;
  const baseHashOf = (): string => (baseHash ??= textHash(base.source));
  let state: SessionState | undefined;
  let lastPath: DiffSession['lastPath'] = 'none';

  const finish = (source: string, units: DocUnits): ChangeSet => {
    const { ops, approximate } =
      source === base.source ? { ops: [], approximate: false } : diffUnits(baseUnits, units, cache, options);
    const result = withDocumentHashes(base.source, source, ops, approximate, baseHashOf);
    state = { source, units, result };
    return result;
  };

  return {
    base,
    get lastPath() {
      return lastPath;
    },
    get units() {
      return state?.units;
    },
    update(editedSource: string): ChangeSet {
      if (state !== undefined && state.source === editedSource) {
        lastPath = 'unchanged';
        return state.result;
      }
      const patched = state === undefined ? undefined : patchUnits(state, editedSource);
      lastPath = patched === undefined ? 'full' : 'incremental';
      return finish(editedSource, patched ?? docUnits(parseConstitution(editedSource), split));
    },
  };
}

/**
 * The units of `next` derived from the previous state when the edit lies inside one section's body
 * and touches no structural line; undefined when a full parse is needed.
 */
function patchUnits(previous: SessionState, next: string): DocUnits | undefined {
  const old = previous.source;
  const prefix = commonPrefixLength(old, 0, old.length, next, 0, next.length);
  const suffix = commonSuffixLength(old, prefix, old.length, next, prefix, next.length);
  const oldEnd = old.length - suffix;
  const newEnd = next.length - suffix;
  const delta = next.length - old.length;
  const unit = findUnit(previous.units.units, prefix);
  if (unit?.kind !== 'section' || prefix < unit.bodyStart || oldEnd > unit.end) return undefined;
  const isLast = unit.index === previous.units.units.length - 1;
  const unitEnd = unit.end + delta;
  // The blank lines before the next heading belong to the next unit: the section must still end
  // with a line of text, as before.
  if (!isLast && (!endsWithLineBreak(next, unitEnd) || endsWithBlankLine(next, unit.bodyStart, unitEnd)))
    return undefined;
  if (touchesStructure(old, prefix, oldEnd) || touchesStructure(next, prefix, newEnd)) return undefined;

  // Re-parse the section alone, under its article's heading, to get its subdivision tree.
  const articleHead = previous.units.byKey.get(unit.articleKey);
  if (articleHead === undefined) return undefined;
  const lead = `${headingLine(previous.units, articleHead)}\n\n`;
  const sectionText = next.slice(unit.headingStart, unitEnd);
  const mini = parseConstitution(lead + sectionText);
  const article = mini.articles.length === 1 ? mini.articles[0] : undefined;
  const section = article?.sections.length === 1 ? article.sections[0] : undefined;
  if (article === undefined || section?.id !== unit.key || section.extent.start !== lead.length) return undefined;

  const units: Unit[] = [];
  const byKey = new Map<string, Unit>();
  for (const current of previous.units.units) {
    let replaced: Unit = current;
    if (current === unit) {
      replaced = { ...shiftUnit(current, 0), end: unitEnd, article, section, nodeSource: mini.source };
    } else if (current.index > unit.index && delta !== 0) {
      replaced = shiftUnit(current, delta);
    }
    units.push(replaced);
    byKey.set(replaced.key, replaced);
  }
  return { source: next, units, byKey };
}

/** The unit containing offset `at` (the last one starting at or before it). */
function findUnit(units: readonly Unit[], at: number): Unit | undefined {
  let low = 0;
  let high = units.length - 1;
  let found: Unit | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const unit = units[middle]!;
    if (unit.start <= at) {
      found = unit;
      low = middle + 1;
    } else high = middle - 1;
  }
  // Empty units (an absent preamble) share their start with the next unit: the later one wins.
  return found;
}

function endsWithLineBreak(text: string, end: number): boolean {
  const code = end > 0 ? text.charCodeAt(end - 1) : 0;
  return code === 10 || code === 13;
}

/** Start of the line containing offset `at`. */
function lineStartAt(text: string, at: number): number {
  let index = at;
  while (index > 0) {
    const code = text.charCodeAt(index - 1);
    if (code === 10 || code === 13) break;
    index--;
  }
  return index;
}

/** End of the line containing offset `at` (the offset of its line break, or the text's end). */
function lineEndAt(text: string, at: number): number {
  let index = at;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) break;
    index++;
  }
  return index;
}

/** True when the last line of `text[floor, end)` (which ends with a line break) holds only blanks. */
function endsWithBlankLine(text: string, floor: number, end: number): boolean {
  let index = end - 1;
  if (index > floor && text.charCodeAt(index) === 10 && text.charCodeAt(index - 1) === 13) index--;
  while (index > floor && (text.charCodeAt(index - 1) === 32 || text.charCodeAt(index - 1) === 9)) index--;
  if (index <= floor) return true;
  const before = text.charCodeAt(index - 1);
  return before === 10 || before === 13;
}

/** True when a line overlapping `[from, to]`, or the line before or after them, is structural. */
function touchesStructure(text: string, from: number, to: number): boolean {
  let start = lineStartAt(text, from);
  if (start > 0) start = lineStartAt(text, start - 1 - (start >= 2 && text.slice(start - 2, start) === '\r\n' ? 1 : 0));
  let end = lineEndAt(text, to);
  if (end < text.length) end = lineEndAt(text, end + (text.startsWith('\r\n', end) ? 2 : 1));
  return text
    .slice(start, end)
    .split(/\r\n|\n|\r/)
    .some((line) => STRUCTURAL_LINE.test(line));
}
