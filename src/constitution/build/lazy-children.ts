/**
 * Section and article-intro children built on first read.
 *
 * Why: a semantic diff reads the subdivision tree of changed sections only, and building every
 * container (labels, nesting, one object per leaf and position) was over half of the tree build
 * and most of what the parse left for the GC. So `children` is an own, enumerable getter that
 * builds the container once and keeps the result: JSON.stringify, spreads, structured clone and
 * deep equality read it like a plain property, in the same key order as before. The document's
 * `messages` getter builds every pending container first (they report sequence and unknown-block
 * warnings), so the messages are the same whatever was read before.
 *
 * Ids need no care: subdivision ids are prefixed by their container's unique id, so the order in
 * which containers are built cannot change them. A pending container holds only its blocks and
 * names, not the document builder, so the builder's drafts are garbage once the parse returns.
 */
import { keepShape } from '../keep-shape';
import type { ScannedBlock } from '../scan/blocks';
import type { Block, HeadingLine, Span } from '../types';
import { ContainerBuilder } from './container';
import { BuildContext } from './context';

/** Hidden per-node state (a symbol key, not enumerable: invisible to JSON, spreads and equality). */
const PENDING = Symbol('pending node');

/**
 * What a node needs to build its children (and, for a section, its heading and position) on
 * first read. One shape for sections and articles; the heading offsets are unused for articles.
 */
export interface PendingNode {
  /** The containers of the node's document (which build it). */
  readonly owner: LazyContainers;
  readonly parentId: string;
  /** The article as cited (`III`) and the section number, or undefined for an article introduction. */
  readonly article: string;
  readonly section: string | undefined;
  blocks: readonly ScannedBlock[] | undefined;
  children: readonly Block[] | undefined;
  /** Heading line start and end, heading depth, and the end of the node's last block. */
  readonly headingStart: number;
  readonly headingEnd: number;
  readonly depth: number;
  readonly lastEnd: number;
  heading: HeadingLine | undefined;
  position: Span | undefined;
}

interface LazyNode {
  readonly [PENDING]: PendingNode;
  readonly children: readonly Block[];
}

// One getter per property, shared by every node, so all sections keep one hidden class.

function readChildren(this: LazyNode): readonly Block[] {
  const pending = this[PENDING];
  if (pending.children === undefined) pending.children = pending.owner.build(pending);
  return pending.children;
}

function readHeading(this: LazyNode): HeadingLine {
  const pending = this[PENDING];
  pending.heading ??= pending.owner.heading(pending);
  return pending.heading;
}

function readPosition(this: LazyNode): Span {
  const pending = this[PENDING];
  pending.position ??= pending.owner.span(pending.headingStart, pending.lastEnd);
  return pending.position;
}

const CHILDREN: PropertyDescriptor = { get: readChildren, enumerable: true, configurable: false };
const HEADING: PropertyDescriptor = { get: readHeading, enumerable: true, configurable: false };
const POSITION: PropertyDescriptor = { get: readPosition, enumerable: true, configurable: false };

/** The containers of one document whose children are built on first read. */
export class LazyContainers {
  private readonly nodes: LazyNode[] = [];

  constructor(private readonly ctx: BuildContext) {}

  /**
   * `head`, then a `children` getter, then the fields of `tail` (an article: its heading and
   * position are already in `head` and `tail`).
   */
  article<Head extends object, Tail extends object>(
    head: Head,
    pending: PendingNode,
    tail: Tail,
  ): Head & { readonly children: readonly Block[] } & Tail {
    Object.defineProperty(head, 'children', CHILDREN);
    return this.finish(head, pending, tail);
  }

  /**
   * `head`, then `heading`, `children` and `position` getters, then the fields of `tail` (a
   * section: the diff reads none of the three for an unchanged section).
   */
  section<Head extends object, Tail extends object>(
    head: Head,
    pending: PendingNode,
    tail: Tail,
  ): Head & { readonly heading: HeadingLine; readonly children: readonly Block[]; readonly position: Span } & Tail {
    Object.defineProperty(head, 'heading', HEADING);
    Object.defineProperty(head, 'children', CHILDREN);
    Object.defineProperty(head, 'position', POSITION);
    return this.finish(head as Head & { readonly heading: HeadingLine; readonly position: Span }, pending, tail);
  }

  private finish<Head extends object, Tail extends object>(
    head: Head,
    pending: PendingNode,
    tail: Tail,
  ): Head & { readonly children: readonly Block[] } & Tail {
    Object.defineProperty(head, PENDING, { value: pending });
    const node = Object.assign(head as Head & LazyNode, tail);
    this.nodes.push(node);
    return node;
  }

  /** The heading line of a pending section. */
  heading(pending: PendingNode): HeadingLine {
    const { headingStart, headingEnd } = pending;
    return {
      raw: this.ctx.source.slice(headingStart, headingEnd),
      depth: pending.depth,
      position: this.ctx.span(headingStart, headingEnd),
    };
  }

  /** The span `[start, end)`. */
  span(start: number, end: number): Span {
    return this.ctx.span(start, end);
  }

  /** Build every container not read yet (they add their messages to the context). */
  buildAll(): void {
    for (const node of this.nodes) void node.children;
    this.nodes.length = 0;
  }

  /**
   * The children of one container. A bug in the container builder must not escape a getter (the
   * parser never throws): the container is then kept as one unparsed block and reported.
   */
  build(pending: PendingNode): Block[] {
    const blocks = pending.blocks!;
    pending.blocks = undefined;
    const where =
      pending.section === undefined
        ? `the introduction of Article ${pending.article}`
        : `Section ${pending.section} of Article ${pending.article}`;
    try {
      return new ContainerBuilder(this.ctx, pending.parentId, where).build(blocks);
    } catch (error) {
      const first = blocks[0];
      const last = blocks[blocks.length - 1];
      if (first === undefined || last === undefined) return [];
      const detail = error instanceof Error ? error.message : String(error);
      this.ctx.report(
        'error',
        'internal-error',
        `The parser failed on ${where} (${detail}); its text is kept as one unparsed block.`,
        first.start,
        'Please report this with the file: the parser should accept any text.',
      );
      const position = this.ctx.span(first.start, last.end);
      return [{ type: 'unknown', id: `${pending.parentId}/u1`, markdownType: 'unparsed', position }];
    }
  }
}

/** See keep-shape.ts: keeps optimized parser code alive across full GCs. */
keepShape(new LazyContainers(new BuildContext('', undefined)));
