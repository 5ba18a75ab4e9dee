/**
 * Builders for the operations of a ChangeSet, one per kind, from aligned units. Word redlines and
 * amend operations are cached by (unit id, base text, edited text) so an editing session recomputes
 * only the unit that changed (incremental.ts); a one-shot diff uses a fresh cache.
 */
import { formatCitation } from '../constitution/citation';
import { keepShape } from '../constitution/keep-shape';
import { textHash } from '../shared/sha256';
import type { TextRater } from './align';
import { WordBagger, type WordBag } from './detect-moves';
import { createDiffTables } from './raw-diff';
import { redlineStats, redlineWithTables, type Redline } from './redline';
import { insertedSubdivisions } from './inserted-subdivisions';
import { compareSubdivisions, NO_SUBDIVISION_CHANGES } from './subdivisions';
import type {
  AddSubdivisionOp,
  AddUnitOp,
  AmendOp,
  ChangeOp,
  RedlineOptions,
  RelocateOp,
  RepealOp,
  ReorderOp,
  RetitleOp,
} from './types';
import {
  blockTree,
  bodyText,
  citationOf,
  headingBreak,
  headingLine,
  separatorText,
  unitText,
  type DocUnits,
  type Unit,
} from './units';

/** Results kept between diffs against one base (see incremental.ts). */
export interface DiffCache {
  readonly redlines: Map<string, { readonly baseBody: string; readonly editedBody: string; readonly redline: Redline }>;
  /**
   * Amend operations by edited key, reused when the texts are equal and the edited unit still has
   * the same parsed node (its subdivisions can depend on context, e.g. where the preamble starts).
   */
  readonly amends: Map<
    string,
    { readonly baseText: string; readonly editedText: string; readonly node: object | undefined; readonly op: AmendOp }
  >;
  /** Hashes of base texts by key (`art-III/sec-1`, `article:art-III` for a whole article). */
  readonly baseHashes: Map<string, string>;
  /** Word bags for move detection, by side and key, checked against the body text. */
  readonly bags: Map<string, WordBag>;
  readonly bagger: WordBagger;
}

/** An empty cache. */
export function createDiffCache(): DiffCache {
  return { redlines: new Map(), amends: new Map(), baseHashes: new Map(), bags: new Map(), bagger: new WordBagger() };
}

/** No operations (shared: most units are unchanged). */
const NO_OPS: readonly ChangeOp[] = [];

/** The offsets of a whole article (head and sections) given its head unit. */
export function articleExtent(units: DocUnits, head: Unit): { start: number; end: number } {
  let last = head;
  for (let index = head.index + 1; index < units.units.length; index++) {
    const unit = units.units[index]!;
    if (unit.kind !== 'section' || unit.articleKey !== head.key) break;
    last = unit;
  }
  return { start: head.start, end: last.end };
}

/** Builds operations between one base and one edited document. */
export class OpBuilder implements TextRater {
  /** Set when any redline hit a cost cap. */
  approximate = false;
  /** Interning tables shared by every redline of this diff. */
  private readonly tables = createDiffTables();
  /**
   * By edited unit index: 1 + the index of a base unit `similarity` found with the same text (0
   * when none), so `amendOps` need not compare the same two texts again.
   */
  private readonly sameTextAs: Int32Array;

  constructor(
    private readonly base: DocUnits,
    private readonly edited: DocUnits,
    private readonly cache: DiffCache,
    private readonly redlineOptions: RedlineOptions,
  ) {
    this.sameTextAs = new Int32Array(edited.units.length);
  }

  /** How alike two versions of one id are, 0…1, from the characters their body redline keeps. */
  similarity(baseUnit: Unit, editedUnit: Unit): number {
    if (unitText(this.base, baseUnit) === unitText(this.edited, editedUnit)) {
      this.sameTextAs[editedUnit.index] = baseUnit.index + 1;
      return 1;
    }
    const { redline } = this.bodyRedline(baseUnit, editedUnit);
    let kept = 0;
    let total = 0;
    for (const segment of redline.segments) {
      total += segment.type === 'equal' ? 2 * segment.text.length : segment.text.length;
      if (segment.type === 'equal') kept += 2 * segment.text.length;
    }
    return total === 0 ? 1 : kept / total;
  }

  /** The content-word bag of a unit's body (cached by side, key and text). */
  bag(units: DocUnits, unit: Unit): WordBag {
    const text = bodyText(units, unit);
    const key = `${units === this.base ? 'base' : 'edited'}:${unit.key}`;
    const cached = this.cache.bags.get(key);
    if (cached !== undefined && cached.text === text) return cached;
    const bag = this.cache.bagger.bag(text);
    this.cache.bags.set(key, bag);
    return bag;
  }

  /** Amend operation(s) for a unit kept under the same id: none when its text is unchanged. */
  amendOps(baseUnit: Unit, editedUnit: Unit): readonly ChangeOp[] {
    if (this.sameTextAs[editedUnit.index] === baseUnit.index + 1) return NO_OPS;
    const baseText = unitText(this.base, baseUnit);
    const editedText = unitText(this.edited, editedUnit);
    if (baseText === editedText) return NO_OPS;
    const ops: ChangeOp[] = [];
    const retitle = this.retitle(baseUnit, editedUnit);
    if (retitle !== undefined) ops.push(retitle);
    const headingChanged = this.headingChanged(baseUnit, editedUnit);
    const bodyChanged = bodyText(this.base, baseUnit) !== bodyText(this.edited, editedUnit);
    const separatorChanged = separatorText(this.base, baseUnit) !== separatorText(this.edited, editedUnit);
    if (bodyChanged && !separatorChanged && !headingChanged && editedUnit.kind === 'section') {
      const added = this.addSubdivisions(baseUnit, editedUnit);
      if (added !== undefined) return added;
    }
    if (bodyChanged || separatorChanged || (headingChanged && retitle === undefined)) {
      ops.push(this.amend(baseUnit, editedUnit, retitle === undefined));
    }
    return ops;
  }

  private headingChanged(baseUnit: Unit, editedUnit: Unit): boolean {
    return (
      headingLine(this.base, baseUnit) !== headingLine(this.edited, editedUnit) ||
      headingBreak(this.base, baseUnit) !== headingBreak(this.edited, editedUnit)
    );
  }

  private amend(baseUnit: Unit, editedUnit: Unit, withHeading: boolean): AmendOp {
    const baseText = unitText(this.base, baseUnit);
    const editedText = unitText(this.edited, editedUnit);
    const node = editedUnit.section ?? (editedUnit.kind === 'article' ? editedUnit.article : editedUnit.preamble);
    const cached = this.cache.amends.get(editedUnit.key);
    if (
      cached !== undefined &&
      cached.node === node &&
      cached.baseText === baseText &&
      cached.editedText === editedText
    ) {
      if (cached.op.approximate === true) this.approximate = true;
      return cached.op;
    }
    const { redline } = this.bodyRedline(baseUnit, editedUnit);
    const op: AmendOp = this.deferHash<AmendOp>(baseUnit.key, baseText, {
      op: 'amend',
      target: editedUnit.key,
      kind: editedUnit.kind,
      citation: citationOf(editedUnit),
      baseHash: '',
      redline: redline.segments,
      ...(withHeading && this.headingChanged(baseUnit, editedUnit) ? this.headingFields(baseUnit, editedUnit) : {}),
      ...this.separatorField(baseUnit, editedUnit),
      stats: redlineStats(redline.segments),
      subdivisions:
        editedUnit.kind === 'prefix'
          ? NO_SUBDIVISION_CHANGES
          : compareSubdivisions(blockTree(baseUnit), blockTree(editedUnit)),
      ...(redline.approximate ? { approximate: true } : {}),
    });
    this.cache.amends.set(editedUnit.key, { baseText, editedText, node, op });
    return op;
  }

  /** A retitle when an article's heading changed its title (same number), else undefined. */
  private retitle(baseUnit: Unit, editedUnit: Unit): RetitleOp | undefined {
    if (baseUnit.kind !== 'article' || editedUnit.kind !== 'article') return undefined;
    const from = baseUnit.article?.title ?? '';
    const to = editedUnit.article?.title ?? '';
    if (from === to) return undefined;
    return this.deferHash<RetitleOp>(baseUnit.key, unitText(this.base, baseUnit), {
      op: 'retitle',
      kind: 'article',
      target: editedUnit.key,
      citation: citationOf(editedUnit),
      baseHash: '',
      from,
      to,
      ...this.headingFields(baseUnit, editedUnit),
    });
  }

  private headingFields(
    baseUnit: Unit,
    editedUnit: Unit,
  ): Pick<AmendOp, 'heading' | 'headingBreak'> & { heading: { from: string; to: string } } {
    const breakFrom = headingBreak(this.base, baseUnit);
    const breakTo = headingBreak(this.edited, editedUnit);
    return {
      heading: { from: headingLine(this.base, baseUnit), to: headingLine(this.edited, editedUnit) },
      ...(breakFrom === breakTo ? {} : { headingBreak: { from: breakFrom, to: breakTo } }),
    };
  }

  private separatorField(baseUnit: Unit, editedUnit: Unit): Pick<AmendOp, 'separator'> {
    const from = separatorText(this.base, baseUnit);
    const to = separatorText(this.edited, editedUnit);
    return from === to ? {} : { separator: { from, to } };
  }

  /** A section renumbered (same article) or moved (another article). */
  relocate(baseUnit: Unit, editedUnit: Unit, similarity: number, after: string): RelocateOp {
    const { redline } = this.bodyRedline(baseUnit, editedUnit);
    return this.deferHash<RelocateOp>(baseUnit.key, unitText(this.base, baseUnit), {
      op: baseUnit.articleKey === editedUnit.articleKey ? 'renumber' : 'move',
      kind: 'section',
      from: baseUnit.key,
      to: editedUnit.key,
      target: baseUnit.key,
      citation: citationOf(baseUnit),
      toCitation: citationOf(editedUnit),
      after,
      baseHash: '',
      ...this.headingFields(baseUnit, editedUnit),
      ...this.separatorField(baseUnit, editedUnit),
      redline: redline.segments,
      stats: redlineStats(redline.segments),
      similarity,
      ...(redline.approximate ? { approximate: true } : {}),
    });
  }

  /**
   * One `add` per new subdivision when inserting whole subdivisions is the section's only change
   * (see inserted-subdivisions.ts), else undefined (the change is an `amend`).
   */
  private addSubdivisions(baseUnit: Unit, editedUnit: Unit): AddSubdivisionOp[] | undefined {
    const editedTree = blockTree(editedUnit);
    const section = editedUnit.section;
    if (editedTree === undefined || section === undefined) return undefined;
    // The tree's offsets index `nodeSource`, where the section's heading starts at `extent.start`.
    const editedBodyStart = section.extent.start + (editedUnit.bodyStart - editedUnit.headingStart);
    const insertions = insertedSubdivisions(
      bodyText(this.base, baseUnit),
      bodyText(this.edited, editedUnit),
      blockTree(baseUnit),
      editedTree,
      editedBodyStart,
    );
    if (insertions === undefined) return undefined;
    const baseText = unitText(this.base, baseUnit);
    return insertions.map((insertion) =>
      this.deferHash<AddSubdivisionOp>(baseUnit.key, baseText, {
        op: 'add',
        kind: 'subdivision',
        target: insertion.id,
        citation: formatCitation(insertion.id, 'long'),
        section: editedUnit.key,
        baseHash: '',
        after: insertion.after,
        offset: insertion.offset,
        text: insertion.text,
      }),
    );
  }

  /** A new section, or a whole new article (heading, intro and sections in one operation). */
  add(editedUnit: Unit, after: string): AddUnitOp {
    const extent = editedUnit.kind === 'article' ? articleExtent(this.edited, editedUnit) : editedUnit;
    return {
      op: 'add',
      kind: editedUnit.kind === 'article' ? 'article' : 'section',
      target: editedUnit.key,
      citation: citationOf(editedUnit),
      after,
      text: this.edited.source.slice(extent.start, extent.end),
    };
  }

  /** A repealed section, or a repealed article (with all its sections). */
  repeal(baseUnit: Unit): RepealOp {
    const extent = baseUnit.kind === 'article' ? articleExtent(this.base, baseUnit) : baseUnit;
    const text = this.base.source.slice(extent.start, extent.end);
    const key = baseUnit.kind === 'article' ? `article:${baseUnit.key}` : baseUnit.key;
    return this.deferHash<RepealOp>(key, text, {
      op: 'repeal',
      kind: baseUnit.kind === 'article' ? 'article' : 'section',
      target: baseUnit.key,
      citation: citationOf(baseUnit),
      baseHash: '',
      text,
    });
  }

  /** A unit kept with its id but placed elsewhere. */
  reorder(baseUnit: Unit, editedUnit: Unit, after: string): ReorderOp {
    return this.deferHash<ReorderOp>(baseUnit.key, unitText(this.base, baseUnit), {
      op: 'reorder',
      kind: editedUnit.kind === 'article' ? 'article' : 'section',
      target: editedUnit.key,
      citation: citationOf(editedUnit),
      after,
      baseHash: '',
    });
  }

  /**
   * Give `op` a `baseHash` computed on first read: SHA-256 in plain TypeScript costs ~9 ms per MB,
   * as much as the rest of a diff, and the editor never reads it (apply, JSON output and measure
   * files do). An enumerable getter, so JSON, structured clone and spreads see a plain string.
   * Hashes are cached by base key (`article:` prefix for a whole article) for the diff's lifetime.
   */
  private deferHash<T extends { readonly baseHash: string }>(key: string, text: string, op: T): T {
    const hashes = this.cache.baseHashes;
    Object.defineProperty(op, 'baseHash', {
      enumerable: true,
      get: (): string => {
        let hash = hashes.get(key);
        if (hash === undefined) {
          hash = textHash(text);
          hashes.set(key, hash);
        }
        return hash;
      },
    });
    return op;
  }

  private bodyRedline(baseUnit: Unit, editedUnit: Unit): { redline: Redline } {
    const baseBody = bodyText(this.base, baseUnit);
    const editedBody = bodyText(this.edited, editedUnit);
    const key = `${baseUnit.key}>${editedUnit.key}`;
    const cached = this.cache.redlines.get(key);
    let redline: Redline;
    if (cached !== undefined && cached.baseBody === baseBody && cached.editedBody === editedBody) {
      redline = cached.redline;
    } else {
      redline = redlineWithTables(baseBody, editedBody, this.redlineOptions, this.tables);
      this.cache.redlines.set(key, { baseBody, editedBody, redline });
    }
    if (redline.approximate) this.approximate = true;
    return { redline };
  }
}

/** See constitution/keep-shape.ts: keeps optimized diff code alive across full GCs. */
keepShape(
  new OpBuilder(
    { source: '', units: [], byKey: new Map() },
    { source: '', units: [], byKey: new Map() },
    createDiffCache(),
    {},
  ),
);
