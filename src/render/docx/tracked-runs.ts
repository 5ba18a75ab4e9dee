/**
 * Printed runs → runs for Word revisions. The printed redline puts one display space between a
 * deletion and the insertion that replaces it ("is ~~an inseparable~~ *a* part"); that space is in
 * neither reading. As a plain run in a tracked document it would stay after Accept All ("is  a
 * part") and after Reject All ("an inseparable  part"). Here it moves into the revisions, so that
 * accepting every change gives exactly the amended text and rejecting every change exactly the
 * current text, while Word's markup view still shows the two apart.
 *
 * The printed runs also keep spaces off the marks: a space that only one reading has (the one
 * before an inserted word) is printed unmarked, so the other reading would get it too. A last
 * pass gives each reading exactly one space between words and none at the paragraph's edges.
 */
import type { Run, RunMark } from '../../measure/document';
import { mergeRuns } from '../../measure/run-utils';

/** A display-only space: unmarked whitespace right between a deletion and an insertion. */
function isDisplaySpace(runs: readonly Run[], index: number): boolean {
  const run = runs[index]!;
  return (
    run.mark === 'none' &&
    /^\s+$/.test(run.text) &&
    runs[index - 1]?.mark === 'delete' &&
    runs[index + 1]?.mark === 'insert'
  );
}

/** Take out each display space between a deletion and an insertion (see `trackedRuns`). */
function withoutDisplaySpaces(runs: readonly Run[]): Run[] {
  const out = [...runs];
  for (let index = 1; index + 1 < out.length; index++) {
    if (!isDisplaySpace(out, index)) continue;
    const deletion = out[index - 1]!;
    const insertion = out[index + 1]!;
    const before = out[index - 2];
    const after = out[index + 2];
    const spaceBefore = before?.mark === 'none' ? /\s$/.exec(before.text)?.[0] : undefined;
    const spaceAfter = after?.mark === 'none' ? /^\s/.exec(after.text)?.[0] : undefined;
    if (spaceBefore !== undefined) {
      out[index - 2] = { text: before!.text.slice(0, -1), mark: 'none' };
      out[index - 1] = { text: spaceBefore + deletion.text, mark: 'delete' };
      out[index + 1] = { text: spaceBefore + insertion.text, mark: 'insert' };
    } else if (spaceAfter !== undefined) {
      out[index - 1] = { text: deletion.text + spaceAfter, mark: 'delete' };
      out[index + 1] = { text: insertion.text + spaceAfter, mark: 'insert' };
      out[index + 2] = { text: after!.text.slice(1), mark: 'none' };
    }
    out[index] = { text: '', mark: 'none' };
  }
  return mergeRuns(out);
}

type Side = 'old' | 'new';
const SIDES: readonly Side[] = ['old', 'new'];
/** The mark a reading skips. */
const SKIPPED: Readonly<Record<Side, RunMark>> = { old: 'insert', new: 'delete' };

/**
 * The whitespace between two words of one reading, as indices into `chars`; whitespace before the
 * first word or after the last is in no gap (the reading keeps none of it).
 */
function readingGaps(chars: readonly { ch: string; mark: RunMark }[], side: Side): number[][] {
  const gaps: number[][] = [];
  let pending: number[] = [];
  let seenWord = false;
  chars.forEach(({ ch, mark }, index) => {
    if (mark === SKIPPED[side]) return;
    if (/\s/.test(ch)) {
      if (seenWord) pending.push(index);
      return;
    }
    if (pending.length > 0) gaps.push(pending);
    pending = [];
    seenWord = true;
  });
  return gaps;
}

/**
 * Keep one whitespace character per gap between words in each reading, and none at the edges. A
 * character both readings can keep (an unmarked one) is preferred, so unchanged spacing stays
 * unmarked; a character kept by one reading only is marked for that reading.
 */
function oneSpaceBetweenWords(runs: readonly Run[]): Run[] {
  const chars = runs.flatMap((run) => [...run.text].map((ch) => ({ ch, mark: run.mark })));
  const gaps = { old: readingGaps(chars, 'old'), new: readingGaps(chars, 'new') };
  const gapOf = { old: new Map<number, number>(), new: new Map<number, number>() };
  const chosen = { old: gaps.old.map(() => -1), new: gaps.new.map(() => -1) };
  for (const side of SIDES) gaps[side].forEach((gap, id) => gap.forEach((index) => gapOf[side].set(index, id)));
  // Shared characters first: one character can close a gap in both readings.
  chars.forEach((_, index) => {
    const oldGap = gapOf.old.get(index);
    const newGap = gapOf.new.get(index);
    if (oldGap === undefined || newGap === undefined || chosen.old[oldGap] !== -1 || chosen.new[newGap] !== -1) return;
    chosen.old[oldGap] = index;
    chosen.new[newGap] = index;
  });
  // Gaps left: keep their first character, for that reading only.
  for (const side of SIDES)
    gaps[side].forEach((gap, id) => {
      if (chosen[side][id] === -1) chosen[side][id] = gap[0]!;
    });
  const kept = { old: new Set(chosen.old), new: new Set(chosen.new) };
  const out: Run[] = [];
  chars.forEach(({ ch, mark }, index) => {
    if (!/\s/.test(ch)) {
      out.push({ text: ch, mark });
      return;
    }
    const inOld = kept.old.has(index);
    const inNew = kept.new.has(index);
    if (inOld || inNew) out.push({ text: ch, mark: inOld && inNew ? 'none' : inOld ? 'delete' : 'insert' });
  });
  return mergeRuns(out);
}

/**
 * The runs of a tracked paragraph: each display space between a deletion and an insertion is taken
 * out, and the space the readings share next to the change is given to both revisions instead:
 * `is ` ~~`an inseparable`~~ ` ` *`a`* ` part` → `is` ~~` an inseparable`~~ *` a`* ` part` (the space
 * before), or ~~`Repealed`~~ ` ` *`New`* ` text` → ~~`Repealed `~~ *`New `* `text` (the space after,
 * at a paragraph's start). With no space on either side (a whole paragraph replaced, or a change
 * before punctuation at a paragraph's start) the display space is only dropped. Then each reading
 * gets one space between words (see `oneSpaceBetweenWords`). For paragraphs, not preformatted text.
 */
export function trackedRuns(runs: readonly Run[]): Run[] {
  return oneSpaceBetweenWords(withoutDisplaySpaces(runs));
}
