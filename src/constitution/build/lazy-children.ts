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
 * which containers are built cannot change them.
 */
import type { Block } from '../types';

/** Hidden per-node state (a symbol key, not enumerable: invisible to JSON, spreads and equality). */
const PENDING = Symbol('pending children');

interface PendingChildren {
  build: (() => Block[]) | undefined;
  children: readonly Block[] | undefined;
}

interface LazyNode {
  readonly [PENDING]: PendingChildren;
}

/** One getter shared by every node, so all sections keep one hidden class. */
function readChildren(this: LazyNode): readonly Block[] {
  const pending = this[PENDING];
  if (pending.children === undefined) {
    const build = pending.build!;
    pending.build = undefined;
    pending.children = build();
  }
  return pending.children;
}

const CHILDREN_DESCRIPTOR: PropertyDescriptor = { get: readChildren, enumerable: true, configurable: false };

/**
 * `head` with a `children` getter (built by `build` on first read) followed by the fields of
 * `tail`, in that key order.
 */
export function withLazyChildren<Head extends object, Tail extends object>(
  head: Head,
  build: () => Block[],
  tail: Tail,
): Head & { readonly children: readonly Block[] } & Tail {
  Object.defineProperty(head, 'children', CHILDREN_DESCRIPTOR);
  Object.defineProperty(head, PENDING, { value: { build, children: undefined } satisfies PendingChildren });
  return Object.assign(head as Head & { readonly children: readonly Block[] }, tail);
}
