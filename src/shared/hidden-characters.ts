/**
 * Hidden characters in a draft: every character a reader cannot see or that changes the order the
 * text is displayed in (see hidden-character-table.ts for the list and the decisions), each with its
 * Unicode name, code point, 1-based line and column and offset, plus Cyrillic and Greek letters that
 * look Latin inside a Latin word (homoglyphs, confusable-letters.ts). The text is only read, never
 * changed: the drafter decides what to delete.
 *
 * Positions count UTF-16 code units, as editors (Monaco) count columns; lines are counted at LF, as
 * every other message of Amendment Studio counts them (a CRLF's CR belongs to the line it ends).
 * Runs of the same character are one finding with a count (tag characters: one finding per run, with
 * the text they spell), and findings are capped, so a hostile file cannot produce a million messages.
 */
import {
  classifyCodePoint,
  codePointLabel,
  HIDDEN_KINDS,
  type HiddenCharacterClass,
  type HiddenCharacterKind,
  type HiddenSeverity,
} from './hidden-character-table';
import { confusableLetter, wordAround, type WordSpan } from './confusable-letters';

export { codePointLabel, type HiddenCharacterKind, type HiddenSeverity } from './hidden-character-table';

/** One hidden character, or a run of the same one. */
export interface HiddenCharacterFinding {
  readonly kind: HiddenCharacterKind;
  readonly severity: HiddenSeverity;
  /** Unicode name (controls by their standard alias: `NULL`, `ESCAPE`), e.g. `RIGHT-TO-LEFT OVERRIDE`. */
  readonly name: string;
  /** The (first) character's code point; for a lone surrogate, the code unit. */
  readonly codePoint: number;
  /** UTF-16 offset of the first character. */
  readonly offset: number;
  /** 1-based line and column (UTF-16 code units) of the first character. */
  readonly line: number;
  readonly column: number;
  /** How many characters the run holds (1 for a single one). */
  readonly count: number;
  /** UTF-16 length of the run. */
  readonly length: number;
  /** For tag characters: the ASCII text the run spells (it is invisible in the draft). */
  readonly spells?: string;
  /** For a lookalike letter (kind `confusable`): the Latin letter it imitates. */
  readonly looksLike?: string;
  /** With `notesOncePerCharacter`: how many more runs of this note-level character follow. */
  readonly elsewhere?: number;
}

export interface HiddenCharacterReport {
  /** In text order, at most `maxFindings`. */
  readonly findings: readonly HiddenCharacterFinding[];
  /** Findings left out by the cap. */
  readonly omitted: number;
  /** Hidden characters of the severities asked for, in all (listed and omitted, runs counted in full). */
  readonly characters: number;
}

export interface HiddenCharacterOptions {
  /** At most this many findings are listed (default `DEFAULT_MAX_HIDDEN_FINDINGS`). */
  readonly maxFindings?: number;
  /** Report only these severities (the others are skipped before the cap). Default: all. */
  readonly severities?: readonly HiddenSeverity[];
  /**
   * List a note-level character (an unusual space) once, at its first place, with the number of
   * other places it occurs (`elsewhere`): text pasted from the web can hold hundreds of no-break spaces.
   */
  readonly notesOncePerCharacter?: boolean;
}

/** Enough to list every hidden character of any real draft; a hostile file is summarized past it. */
export const DEFAULT_MAX_HIDDEN_FINDINGS = 200;

const LINE_FEED = 0x0a;
/** What a run of tag characters spells is shown up to this length (a hostile run can be megabytes). */
const MAX_SPELLED = 200;
const BYTE_ORDER_MARK = 0xfeff;

interface Run {
  kind: HiddenCharacterKind;
  name: string;
  codePoint: number;
  offset: number;
  line: number;
  column: number;
  count: number;
  length: number;
  spells: string;
  looksLike: string | undefined;
}

/** Find every hidden character of `text` (which is never changed). */
export function findHiddenCharacters(text: string, options: HiddenCharacterOptions = {}): HiddenCharacterReport {
  const max = Math.max(0, options.maxFindings ?? DEFAULT_MAX_HIDDEN_FINDINGS);
  const findings: HiddenCharacterFinding[] = [];
  let omitted = 0;
  let characters = 0;
  let run: Run | undefined;
  const wanted: ReadonlySet<HiddenSeverity> = new Set(options.severities ?? ['error', 'warning', 'info']);
  /** Note-level code point → [index of its first finding, runs elsewhere] (with notesOncePerCharacter). */
  const notes = new Map<number, [number, number]>();
  const close = (): void => {
    if (run === undefined) return;
    const severity = HIDDEN_KINDS[run.kind].severity;
    const note = options.notesOncePerCharacter === true && severity === 'info' ? notes.get(run.codePoint) : undefined;
    if (!wanted.has(severity)) run = undefined;
    else if (note !== undefined) note[1]++;
    else if (findings.length < max) {
      if (severity === 'info') notes.set(run.codePoint, [findings.length, 0]);
      findings.push(toFinding(run));
    } else omitted++;
    run = undefined;
  };
  /** The last word a lookalike letter was found in (its letters are not looked at again). */
  let word: WordSpan | undefined;
  /** A Cyrillic or Greek letter that looks Latin, inside a word with Latin letters (confusable-letters.ts). */
  const lookalike = (codePoint: number): Classified | undefined => {
    const letter = confusableLetter(codePoint);
    if (letter === undefined) return undefined;
    if (word === undefined || index >= word.end) word = wordAround(text, index);
    return word.latin ? { kind: 'confusable', ...letter } : undefined;
  };
  /** Whether the open run's characters are of a severity asked for. */
  let countsCharacters = false;
  let line = 1;
  let lineStart = 0;
  let index = 0;
  while (index < text.length) {
    const unit = text.charCodeAt(index);
    // Fast path: printable ASCII, tab, CR and LF are never hidden.
    if ((unit >= 0x20 && unit < 0x7f) || unit === 0x09 || unit === 0x0d || unit === LINE_FEED) {
      if (run !== undefined) close();
      if (unit === LINE_FEED) {
        line++;
        lineStart = index + 1;
      }
      index++;
      continue;
    }
    // A long run of one BMP character (500,000 NULs) extends without classifying each one again.
    if (run !== undefined && unit === run.codePoint && (unit < 0xd800 || unit > 0xdfff)) {
      if (countsCharacters) characters++;
      run.count++;
      run.length++;
      if (run.kind === 'tag' && run.spells.length < MAX_SPELLED) run.spells += tagText(unit);
      index++;
      continue;
    }
    let codePoint = unit;
    let width = 1;
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        codePoint = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const found: Classified | undefined =
      index === 0 && codePoint === BYTE_ORDER_MARK ? undefined : (classifyCodePoint(codePoint) ?? lookalike(codePoint));
    if (found === undefined) {
      if (run !== undefined) close();
    } else {
      const counts = wanted.has(HIDDEN_KINDS[found.kind].severity);
      if (counts) characters++;
      const extends_ =
        run !== undefined && (run.codePoint === codePoint || (run.kind === 'tag' && found.kind === 'tag'));
      if (extends_ && run !== undefined) {
        run.count++;
        run.length += width;
        if (found.kind === 'tag' && run.spells.length < MAX_SPELLED) run.spells += tagText(codePoint);
        if (run.codePoint !== codePoint) run.name = 'TAG CHARACTERS';
      } else {
        close();
        countsCharacters = counts;
        run = {
          kind: found.kind,
          name: found.name,
          codePoint,
          offset: index,
          line,
          column: index - lineStart + 1,
          count: 1,
          length: width,
          spells: found.kind === 'tag' ? tagText(codePoint) : '',
          looksLike: found.looksLike,
        };
      }
    }
    index += width;
  }
  close();
  for (const [at, elsewhere] of notes.values()) {
    if (elsewhere > 0) findings[at] = { ...findings[at]!, elsewhere };
  }
  return { findings, omitted, characters };
}

type Classified = HiddenCharacterClass & { readonly looksLike?: string };

/** The ASCII character a tag character mirrors (none for LANGUAGE TAG, CANCEL TAG and unassigned tags). */
function tagText(codePoint: number): string {
  const mirrored = codePoint - 0xe0000;
  return mirrored >= 0x20 && mirrored < 0x7f ? String.fromCharCode(mirrored) : '';
}

function toFinding(run: Run): HiddenCharacterFinding {
  return {
    kind: run.kind,
    severity: HIDDEN_KINDS[run.kind].severity,
    name: run.name,
    codePoint: run.codePoint,
    offset: run.offset,
    line: run.line,
    column: run.column,
    count: run.count,
    length: run.length,
    ...(run.kind === 'tag' ? { spells: run.spells.length >= MAX_SPELLED ? `${run.spells}…` : run.spells } : {}),
    ...(run.looksLike === undefined ? {} : { looksLike: run.looksLike }),
  };
}

/** `RIGHT-TO-LEFT OVERRIDE (U+202E)`, `NULL (U+0000) × 500`: names the character, never contains it. */
export function describeHiddenCharacter(finding: HiddenCharacterFinding): string {
  const label =
    finding.name === 'TAG CHARACTERS'
      ? `${finding.name} (${codePointLabel(finding.codePoint)}…)`
      : `${finding.name} (${codePointLabel(finding.codePoint)})`;
  const counted = finding.count > 1 ? `${label} × ${finding.count}` : label;
  return finding.elsewhere === undefined
    ? counted
    : `${counted} (and ${finding.elsewhere} more ${finding.elsewhere === 1 ? 'place' : 'places'} after this one)`;
}

/**
 * `RIGHT-TO-LEFT OVERRIDE (U+202E): a bidi control can make the text display in a different order
 * than it reads`. What tag characters spell is shown as JSON (printable ASCII only).
 */
export function hiddenCharacterMessage(finding: HiddenCharacterFinding): string {
  const spells =
    finding.spells === undefined || finding.spells === '' ? '' : `; they spell ${JSON.stringify(finding.spells)}`;
  const looks = finding.looksLike === undefined ? '' : ` looks like the Latin letter "${finding.looksLike}"`;
  return `${describeHiddenCharacter(finding)}${looks}: ${HIDDEN_KINDS[finding.kind].reason}${spells}`;
}

/** What the drafter can do: delete it (retyping the text around it when unsure where it is). */
export function hiddenCharacterHint(finding: HiddenCharacterFinding): string {
  return finding.severity === 'info'
    ? 'Replace it with an ordinary space unless the spacing is meant.'
    : 'Delete it; the editor highlights it in place. If unsure where it is, retype the words around it.';
}
