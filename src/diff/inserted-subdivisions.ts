/**
 * Recognise a section change that is only the insertion of whole new subdivisions: every byte of
 * the base body is kept, in order, and the inserted text is made of complete subdivision blocks
 * (with the blank lines that separate them). Such a change becomes `add` operations of kind
 * `subdivision`; anything else stays an `amend`.
 */
import type { Block } from '../constitution/types';
import type { BlockTree } from './subdivisions';

/** One inserted subdivision: where it goes in the base body and its exact text. */
export interface InsertedSubdivision {
  /** Full id in the edited tree, e.g. `art-III/sec-3.5/d`. */
  readonly id: string;
  /** Id of the subdivision (sibling or parent) or section it follows. */
  readonly after: string;
  /** Offset into the base body where `text` is inserted. */
  readonly offset: number;
  readonly text: string;
}

/** An added top-level subdivision (its new children ride along) with its span in edited-body offsets. */
interface AddedBlock {
  readonly id: string;
  readonly after: string;
  readonly start: number;
  readonly end: number;
}

function collectIds(blocks: readonly Block[], into: Set<string>): void {
  for (const block of blocks) {
    if (block.type !== 'subdivision') continue;
    into.add(block.id);
    collectIds(block.children, into);
  }
}

/** The subdivisions of `blocks` (recursively) whose ids the base lacks, in document order. */
function collectAdded(
  blocks: readonly Block[],
  baseIds: ReadonlySet<string>,
  parent: string,
  bodyStart: number,
  into: AddedBlock[],
): void {
  let previous = parent;
  for (const block of blocks) {
    if (block.type !== 'subdivision') continue;
    if (baseIds.has(block.id)) collectAdded(block.children, baseIds, block.id, bodyStart, into);
    else {
      const start = block.position.start.offset - bodyStart;
      into.push({ id: block.id, after: previous, start, end: block.position.end.offset - bodyStart });
    }
    previous = block.id;
  }
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * The whole subdivisions inserted into a section, or undefined when the edit is anything else.
 *
 * @param baseBody The base section body (text after the heading line).
 * @param editedBody The edited section body.
 * @param base Parsed base section tree.
 * @param edited Parsed edited section tree (same section id).
 * @param editedBodyStart Offset of `editedBody` in `edited.source` (the tree's positions index it).
 * @returns The insertions in document order, each with its offset into `baseBody`.
 */
export function insertedSubdivisions(
  baseBody: string,
  editedBody: string,
  base: BlockTree | undefined,
  edited: BlockTree | undefined,
  editedBodyStart: number,
): InsertedSubdivision[] | undefined {
  if (base === undefined || edited === undefined || editedBody.length <= baseBody.length) return undefined;
  if (base.parentId !== edited.parentId) return undefined;
  // The tree must index this very body (a guard: offsets below would otherwise be meaningless).
  if (!edited.source.startsWith(editedBody, editedBodyStart)) return undefined;
  const baseIds = new Set<string>();
  collectIds(base.children, baseIds);
  const added: AddedBlock[] = [];
  collectAdded(edited.children, baseIds, edited.parentId, editedBodyStart, added);
  if (added.length === 0 || new Set(added.map((block) => block.id)).size !== added.length) return undefined;

  const insertions: InsertedSubdivision[] = [];
  const kept: string[] = [];
  let cursor = 0;
  let removed = 0;
  let takesBlanksBefore = false;
  for (const block of added) {
    if (block.start < cursor || block.end > editedBody.length || block.end <= block.start) return undefined;
    let start = block.start;
    let end = block.end;
    let leading = start;
    while (leading > cursor && isBlank(editedBody.charCodeAt(leading - 1))) leading--;
    // A block after kept text takes the blank lines before it; one at the body's start takes those
    // after it; one right after another inserted block does as that block did.
    if (leading > cursor) takesBlanksBefore = true;
    else if (cursor === 0) takesBlanksBefore = false;
    if (takesBlanksBefore) start = leading;
    else while (end < editedBody.length && isBlank(editedBody.charCodeAt(end))) end++;
    kept.push(editedBody.slice(cursor, start));
    insertions.push({ id: block.id, after: block.after, offset: start - removed, text: editedBody.slice(start, end) });
    removed += end - start;
    cursor = end;
  }
  kept.push(editedBody.slice(cursor));
  return kept.join('') === baseBody ? insertions : undefined;
}
