/**
 * Three-way merge of one text at word level: the changes each side made to the parent (from the
 * diff engine's word redline) are applied together when they touch different words; where both
 * changed the same words differently, "ours" is kept and the place is reported.
 */
import { wordRedline } from './word-redline';

/** One side's change: replace `parent[start, end)` by `text`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly side: 'ours' | 'theirs';
}

/** One place both sides changed differently: the parent's range and each side's words for it. */
export interface TextClash {
  /** Offsets in the parent text: `parent.slice(start, end)` is what both sides replaced. */
  readonly start: number;
  readonly end: number;
  readonly ours: string;
  readonly theirs: string;
}

export interface TextMerge {
  /** The merged text; at a conflict, ours' words. */
  readonly text: string;
  /** The merged text with both sides' words at each conflict (ours, then theirs). */
  readonly both: string;
  /** The merged text with theirs' words at each conflict. */
  readonly theirs: string;
  /** How many places both sides changed differently. */
  readonly conflicts: number;
  /** Those places, in parent order (callers judge whether `both` reads as text there: merge-both.ts). */
  readonly clashes: readonly TextClash[];
}

function editsOf(parent: string, changed: string, side: Edit['side']): Edit[] {
  const edits: Edit[] = [];
  let offset = 0;
  let open: { start: number; end: number; text: string } | undefined;
  for (const segment of wordRedline(parent, changed)) {
    if (segment.type === 'equal') {
      if (open !== undefined) edits.push({ ...open, side });
      open = undefined;
      offset += segment.text.length;
      continue;
    }
    open ??= { start: offset, end: offset, text: '' };
    if (segment.type === 'delete') {
      offset += segment.text.length;
      open.end = offset;
    } else open.text += segment.text;
  }
  if (open !== undefined) edits.push({ ...open, side });
  return edits;
}

/** Edits that cannot be applied independently: overlapping ranges, or an insertion touching the other's range. */
function interferes(a: Edit, b: Edit): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  const aInsert = a.start === a.end;
  const bInsert = b.start === b.end;
  if (aInsert && b.start <= a.start && a.start <= b.end) return true;
  if (bInsert && a.start <= b.start && b.start <= a.end) return true;
  return false;
}

function applyEdits(parent: string, start: number, end: number, edits: readonly Edit[]): string {
  let out = '';
  let cursor = start;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    out += parent.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + parent.slice(cursor, end);
}

function joinBoth(ours: string, theirs: string): string {
  if (ours === '' || theirs === '') return ours + theirs;
  return /\s$/.test(ours) || /^\s/.test(theirs) ? ours + theirs : `${ours} ${theirs}`;
}

/** Merge `ours` and `theirs`, both edited from `parent`. */
export function mergeText(parent: string, ours: string, theirs: string): TextMerge {
  if (ours === theirs || theirs === parent) return { text: ours, both: ours, theirs: ours, conflicts: 0, clashes: [] };
  if (ours === parent) return { text: theirs, both: theirs, theirs, conflicts: 0, clashes: [] };
  const edits = [...editsOf(parent, ours, 'ours'), ...editsOf(parent, theirs, 'theirs')].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  let text = '';
  let both = '';
  let theirsText = '';
  let cursor = 0;
  const clashes: TextClash[] = [];
  let index = 0;
  while (index < edits.length) {
    const cluster = [edits[index]!];
    let start = cluster[0]!.start;
    let end = cluster[0]!.end;
    index++;
    while (index < edits.length && cluster.some((member) => interferes(member, edits[index]!))) {
      const next = edits[index]!;
      cluster.push(next);
      start = Math.min(start, next.start);
      end = Math.max(end, next.end);
      index++;
    }
    const gap = parent.slice(cursor, start);
    const sides = new Set(cluster.map((edit) => edit.side));
    const oursRegion = applyEdits(
      parent,
      start,
      end,
      cluster.filter((edit) => edit.side === 'ours'),
    );
    const theirsRegion = applyEdits(
      parent,
      start,
      end,
      cluster.filter((edit) => edit.side === 'theirs'),
    );
    if (sides.size === 1 || oursRegion === theirsRegion) {
      const region = sides.has('ours') ? oursRegion : theirsRegion;
      text += gap + region;
      both += gap + region;
      theirsText += gap + region;
    } else {
      clashes.push({ start, end, ours: oursRegion, theirs: theirsRegion });
      text += gap + oursRegion;
      both += gap + joinBoth(oursRegion, theirsRegion);
      theirsText += gap + theirsRegion;
    }
    cursor = end;
  }
  const tail = parent.slice(cursor);
  return { text: text + tail, both: both + tail, theirs: theirsText + tail, conflicts: clashes.length, clashes };
}
