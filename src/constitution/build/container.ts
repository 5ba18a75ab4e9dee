/**
 * The children of one container (preamble, article intro, section): paragraphs, tables, history
 * notes and unknown blocks, nested into subdivisions by their leading labels.
 *
 * Placement rules:
 * - a paragraph opening with labels opens one subdivision per label (`(b) (1) …` opens (b) and,
 *   inside it, (1)) and is the first child of the innermost one;
 * - an unlabelled paragraph, table or unknown block belongs to the innermost open subdivision;
 * - a `1.` list item opens a `list` subdivision inside the innermost labelled one; the list ends at
 *   the next block that is not part of it (remark's indented continuation paragraphs are);
 * - a history note closes every open subdivision and belongs to the container.
 */
import { childId } from '../ids';
import type { Block, HistoryNote, Paragraph, Span, Subdivision, Table, UnknownBlock } from '../types';
import type { ScannedBlock } from '../scan/blocks';
import { BuildContext } from './context';
import { keepShape } from '../keep-shape';
import { isHistoryNote } from './history-notes';
import { leadingLabels, unbalancedLabelAt, type Label } from './labels';
import { LOOKAHEAD_LABELS, NestingStack, resolveKind } from './nesting';

/** A subdivision under construction: children are appended, the position is set at the end. */
interface SubdivisionDraft {
  readonly node: { -readonly [K in keyof Subdivision]: Subdivision[K] } & { children: Block[] };
}

interface Parent {
  readonly id: string;
  readonly children: Block[];
}

interface LeafCounters {
  p: number;
  t: number;
  h: number;
  u: number;
}

type Entry =
  | { readonly type: 'history'; readonly block: ScannedBlock }
  | { readonly type: 'labelled'; readonly block: ScannedBlock; readonly labels: readonly Label[] }
  | { readonly type: 'listItem'; readonly block: ScannedBlock }
  | { readonly type: 'plain'; readonly block: ScannedBlock };

/** How messages name an mdast block type, article included. */
const FRIENDLY_MARKDOWN_NAMES: Readonly<Record<string, string>> = {
  blockquote: 'A block quote',
  html: 'An HTML block',
  list: 'A bulleted list',
  listItem: 'A list item that does not start with text',
  thematicBreak: 'A thematic break (a line of ---, *** or ___)',
  definition: 'A link reference definition',
  footnoteDefinition: 'A footnote definition',
  unparsed: 'A passage nested too deeply to read as Markdown',
};

const PENDING_POSITION: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

const SEQUENCE_HINT = 'Check for a missing, repeated or mislabelled subdivision; the text is kept as written.';

function displayLabel(kind: Subdivision['kind'], key: string): string {
  return kind === 'list' ? `${key.slice('item-'.length)}.` : `(${key})`;
}

/** Builds the children of one container. */
export class ContainerBuilder {
  private readonly root: Parent;
  private readonly stack = new NestingStack<SubdivisionDraft>();
  private readonly counters = new Map<string, LeafCounters>();
  private readonly drafts: SubdivisionDraft[] = [];

  constructor(
    private readonly ctx: BuildContext,
    parentId: string,
    /** How messages name the container, e.g. `Section 3 of Article I`. */
    private readonly where: string,
  ) {
    this.root = { id: parentId, children: [] };
  }

  /** Build the children of `blocks`, all of which belong to this container. */
  build(blocks: readonly ScannedBlock[]): Block[] {
    const entries = blocks.map((block) => this.classify(block));
    // The labels of the whole container, in order, for the look-ahead (null: a history note).
    const flat: (Label | null)[] = [];
    const firstLabelIndex: number[] = [];
    for (const entry of entries) {
      firstLabelIndex.push(flat.length);
      if (entry.type === 'history') flat.push(null);
      else if (entry.type === 'labelled') flat.push(...entry.labels);
    }
    entries.forEach((entry, index) => this.place(entry, flat, firstLabelIndex[index]!));
    for (let i = this.drafts.length - 1; i >= 0; i--) this.finishPosition(this.drafts[i]!);
    return this.root.children;
  }

  private classify(block: ScannedBlock): Entry {
    if (block.kind === 'listItem') return { type: 'listItem', block };
    if (block.kind !== 'paragraph' || block.inListItem === true) return { type: 'plain', block };
    const { source } = this.ctx;
    if (source.charCodeAt(block.start) !== 0x28 /* ( */) return this.plain(block);
    // Only a paragraph ending in `)` can be a history note: test that before copying its text.
    if (source.charCodeAt(block.end - 1) === 0x29 && isHistoryNote(source.slice(block.start, block.end))) {
      return { type: 'history', block };
    }
    const labels = leadingLabels(source, block.start, block.end);
    return labels.length > 0 ? { type: 'labelled', block, labels } : this.plain(block);
  }

  /** An unlabelled paragraph; one that opens with a half-written label is reported. */
  private plain(block: ScannedBlock): Entry {
    const unbalanced = unbalancedLabelAt(this.ctx.source, block.start, block.end);
    if (unbalanced !== undefined) {
      this.ctx.report(
        'warning',
        'unbalanced-label',
        `The paragraph opens with "${unbalanced}", a subdivision label missing a parenthesis, in ${this.where}; it is read as plain text.`,
        block.start,
        'Write subdivision labels in full parentheses, e.g. "(b) ".',
      );
    }
    return { type: 'plain', block };
  }

  private place(entry: Entry, flat: readonly (Label | null)[], labelIndex: number): void {
    const { block } = entry;
    switch (entry.type) {
      case 'history':
        this.stack.closeAll();
        this.addLeaf(this.root, block, true);
        return;
      case 'listItem': {
        const value = Number(/^\d+/.exec(block.marker ?? '')?.[0] ?? '0');
        const draft = this.open('list', `item-${value}`, block.marker ?? `${value}.`, block);
        this.addLeaf(draft.node, block);
        return;
      }
      case 'labelled': {
        this.stack.closeLists();
        let draft: SubdivisionDraft | undefined;
        entry.labels.forEach((label, offset) => {
          const at = labelIndex + offset;
          const kind = resolveKind(this.stack, label, flat.slice(at + 1, at + 1 + LOOKAHEAD_LABELS));
          draft = this.open(kind, label.key, label.text, block, label.offset);
        });
        this.addLeaf(draft!.node, block);
        return;
      }
      case 'plain':
        if (block.inListItem !== true) this.stack.closeLists();
        this.addLeaf(this.stack.top()?.payload.node ?? this.root, block);
    }
  }

  /** Open a subdivision (checking its sequence) and return its draft. */
  private open(
    kind: Subdivision['kind'],
    key: string,
    label: string,
    block: ScannedBlock,
    labelOffset = block.start,
  ): SubdivisionDraft {
    let created: SubdivisionDraft | undefined;
    const placement = this.stack.open(kind, key, (parent) => {
      const parentNode: Parent = parent?.payload.node ?? this.root;
      const { id } = this.ctx.ids.allocate(childId(parentNode.id, key));
      const node = {
        type: 'subdivision' as const,
        id,
        label,
        key,
        kind,
        children: [],
        // Every subdivision gets a child right away (its paragraph or the next label's subdivision);
        // its real span is computed from them in finishPosition.
        position: PENDING_POSITION,
      };
      parentNode.children.push(node);
      created = { node };
      this.drafts.push(created);
      return created;
    });
    const { expected } = placement;
    if (expected !== key) {
      const shown = displayLabel(kind, key);
      const previous = placement.previous === undefined ? undefined : displayLabel(kind, placement.previous.key);
      const relation = previous === undefined ? 'opens its level' : `follows ${previous}`;
      this.ctx.report(
        'warning',
        'subdivision-sequence',
        `Subdivision ${shown} ${relation} in ${this.where}; expected ${displayLabel(kind, expected)}`.replace(
          /\.?$/,
          '.',
        ),
        labelOffset,
        SEQUENCE_HINT,
      );
    }
    return created!;
  }

  private nextLeafId(parent: Parent, letter: keyof LeafCounters): string {
    let counters = this.counters.get(parent.id);
    if (counters === undefined) {
      counters = { p: 0, t: 0, h: 0, u: 0 };
      this.counters.set(parent.id, counters);
    }
    counters[letter]++;
    return childId(parent.id, `${letter}${counters[letter]}`);
  }

  private addLeaf(parent: Parent, block: ScannedBlock, isHistoryNote = false): void {
    const position = this.ctx.span(block.start, block.end);
    let leaf: Paragraph | Table | HistoryNote | UnknownBlock;
    switch (block.kind) {
      case 'paragraph':
      case 'listItem':
        leaf = isHistoryNote
          ? { type: 'historyNote', id: this.nextLeafId(parent, 'h'), position }
          : { type: 'paragraph', id: this.nextLeafId(parent, 'p'), position };
        break;
      case 'indentedCode':
      case 'fencedCode':
      case 'gfmTable': {
        const format = block.kind === 'indentedCode' ? 'preformatted' : block.kind === 'fencedCode' ? 'fenced' : 'gfm';
        leaf = { type: 'table', id: this.nextLeafId(parent, 't'), format, position };
        break;
      }
      default: {
        const markdownType = block.markdownType ?? block.kind;
        leaf = { type: 'unknown', id: this.nextLeafId(parent, 'u'), markdownType, position };
        if (markdownType !== 'heading') this.reportUnknown(markdownType, block.start);
      }
    }
    parent.children.push(leaf);
  }

  private reportUnknown(markdownType: string, offset: number): void {
    const name = FRIENDLY_MARKDOWN_NAMES[markdownType] ?? `A Markdown ${markdownType}`;
    this.ctx.report(
      'warning',
      'unknown-block',
      `${name} in ${this.where} has no place in the legal structure; it is kept as written.`,
      offset,
      'Write it as plain paragraphs (subdivisions start with their label, e.g. "(a) "), or leave it as it is.',
    );
  }

  /** A subdivision spans from its first child's start to its last child's end. */
  private finishPosition(draft: SubdivisionDraft): void {
    const children = draft.node.children;
    const first = children[0];
    const last = children[children.length - 1];
    if (first === undefined || last === undefined) return;
    draft.node.position = { start: first.position.start, end: last.position.end };
  }
}

/** See keep-shape.ts: keeps optimized parser code alive across full GCs. */
keepShape(new ContainerBuilder(new BuildContext('', undefined), 'preamble', 'the preamble'));
