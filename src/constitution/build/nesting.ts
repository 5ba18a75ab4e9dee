/**
 * Subdivision nesting: the levels (a) › (1) › (A) › (i) are absolute, so a label closes every open
 * subdivision at its own level or deeper and opens inside the nearest shallower one. `1.` list items
 * nest inside whatever is open. Each level's labels are expected in sequence; a break is reported.
 *
 * Ambiguous labels (`(i)` after `(h)` under an `(A)`, `(v)`, `(x)`, `(ii)` …) are settled by looking
 * ahead: each reading is played forward over the next few labels, and the one that keeps more of
 * them in sequence wins; a tie goes to roman when the innermost open label is `(A)`-level or roman,
 * otherwise to the letter.
 */
import { keepShape } from '../keep-shape';
import type { SubdivisionKind } from '../types';
import { firstKey, nextKey, type Label, type LabelKind } from './labels';

const LEVEL: Readonly<Record<LabelKind, number>> = { letter: 0, number: 1, upper: 2, roman: 3 };
/**
 * How many following labels the look-ahead plays forward to settle an ambiguous label. Four covers
 * the patterns in the real text (`(h) … (i) (1) … (A) (i) (ii)`), and a short horizon keeps a
 * mislabelled subdivision far ahead from swaying the choice.
 */
export const LOOKAHEAD_LABELS = 4;

interface Sibling {
  readonly kind: SubdivisionKind;
  readonly key: string;
}

/** One open subdivision on the nesting stack. */
export interface OpenLevel<T> {
  readonly kind: SubdivisionKind;
  readonly key: string;
  readonly payload: T;
  /** The last subdivision opened directly inside this one. */
  lastChild?: Sibling;
}

/** Outcome of opening a subdivision: where it went and what was expected there. */
export interface Placement<T> {
  /** The open subdivision it nests in (undefined: the container itself). */
  readonly parent: OpenLevel<T> | undefined;
  /** The key the sequence expected; equal to the key when all is in order. */
  readonly expected: string;
  /** The sibling it follows at its level, if any. */
  readonly previous: Sibling | undefined;
}

/** True when opening a labelled subdivision of `kind` closes `open` (list items always close). */
function isClosedBy(open: OpenLevel<unknown>, kind: LabelKind): boolean {
  return open.kind === 'list' || LEVEL[open.kind] >= LEVEL[kind];
}

/** The nesting stack of one container (preamble, article intro or section). */
export class NestingStack<T> {
  private stack: OpenLevel<T>[] = [];
  private rootLastChild: Sibling | undefined;

  /** Innermost open subdivision. */
  top(): OpenLevel<T> | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Close everything (a history note ends all open subdivisions). */
  closeAll(): void {
    this.stack = [];
  }

  /** Close open list items (a block that is not part of the list ends it). */
  closeLists(): void {
    while (this.top()?.kind === 'list') this.stack.pop();
  }

  /** How many open subdivisions stay open when one of `kind` opens (it nests in the last of them). */
  private depthFor(kind: SubdivisionKind): number {
    let depth = this.stack.length;
    if (kind === 'list') {
      // A list item closes only list items: it nests in the innermost labelled subdivision.
      while (depth > 0 && this.stack[depth - 1]!.kind === 'list') depth--;
    } else {
      while (depth > 0 && isClosedBy(this.stack[depth - 1]!, kind)) depth--;
    }
    return depth;
  }

  private lastChildAt(depth: number): Sibling | undefined {
    return depth > 0 ? this.stack[depth - 1]!.lastChild : this.rootLastChild;
  }

  /** The key a subdivision of `kind` would be expected to have here. */
  expectedKey(kind: SubdivisionKind): string {
    const previous = this.lastChildAt(this.depthFor(kind));
    return previous !== undefined && previous.kind === kind ? nextKey(kind, previous.key) : firstKey(kind);
  }

  /** Open a subdivision, closing what it ends; `makePayload` receives the subdivision it nests in. */
  open(kind: SubdivisionKind, key: string, makePayload: (parent: OpenLevel<T> | undefined) => T): Placement<T> {
    const depth = this.depthFor(kind);
    const parent = depth > 0 ? this.stack[depth - 1] : undefined;
    const previous = this.lastChildAt(depth);
    const expected = previous !== undefined && previous.kind === kind ? nextKey(kind, previous.key) : firstKey(kind);
    this.stack.length = depth;
    if (parent === undefined) this.rootLastChild = { kind, key };
    else parent.lastChild = { kind, key };
    this.stack.push({ kind, key, payload: makePayload(parent) });
    return { parent, expected, previous: previous?.kind === kind ? previous : undefined };
  }

  /** A copy for playing a reading forward (payloads are shared, never touched). */
  clone(): NestingStack<T> {
    const copy = new NestingStack<T>();
    copy.stack = this.stack.map((open) => ({ ...open }));
    copy.rootLastChild = this.rootLastChild;
    return copy;
  }
}

/** The default reading of an ambiguous label (used on ties and inside the look-ahead). */
function defaultKind(stack: NestingStack<unknown>, label: Label): LabelKind {
  const candidates = label.candidates;
  if (candidates.length === 1) return candidates[0]!;
  const romanInSequence = stack.expectedKey('roman') === label.key;
  const letterInSequence = stack.expectedKey('letter') === label.key;
  if (romanInSequence !== letterInSequence) return romanInSequence ? 'roman' : 'letter';
  if (romanInSequence) {
    const top = stack.top();
    return top !== undefined && (top.kind === 'upper' || top.kind === 'roman') ? 'roman' : 'letter';
  }
  return label.key.length === 1 ? 'letter' : 'roman';
}

/** Number of sequence breaks when `label` is read as `kind` and the look-ahead labels follow. */
function breaksWith(
  stack: NestingStack<unknown>,
  label: Label,
  kind: LabelKind,
  ahead: readonly (Label | null)[],
): number {
  const trial = stack.clone();
  let breaks = trial.open(kind, label.key, () => undefined).expected === label.key ? 0 : 1;
  for (const next of ahead) {
    if (next === null) {
      trial.closeAll();
      continue;
    }
    const nextKind = defaultKind(trial, next);
    if (trial.open(nextKind, next.key, () => undefined).expected !== next.key) breaks++;
  }
  return breaks;
}

/**
 * The kind of `label` here. `ahead` holds the labels that follow in the container (null where a
 * history note closes everything), at most LOOKAHEAD_LABELS of them are used.
 */
export function resolveKind(stack: NestingStack<unknown>, label: Label, ahead: readonly (Label | null)[]): LabelKind {
  if (label.candidates.length === 1) return label.candidates[0]!;
  const horizon = ahead.slice(0, LOOKAHEAD_LABELS);
  const fallback = defaultKind(stack, label);
  const other = label.candidates.find((kind) => kind !== fallback) ?? fallback;
  return breaksWith(stack, label, other, horizon) < breaksWith(stack, label, fallback, horizon) ? other : fallback;
}

/** See keep-shape.ts: keeps optimized parser code alive across full GCs. */
/** (With one open level and a clone, so the shapes of its entries stay alive too.) */
const shapeKeeper = keepShape(new NestingStack<unknown>());
shapeKeeper.open('letter', 'a', () => undefined);
keepShape(shapeKeeper.clone());
