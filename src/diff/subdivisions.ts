/**
 * Structural notes for an amended unit: which subdivisions (`(a)`, `(b)(1)` …) were added, removed
 * or changed, found by comparing the subdivision ids of the two parsed trees.
 */
import type { Block } from '../constitution/types';
import type { SubdivisionChanges } from './types';

/** A parsed unit's blocks, the id prefix of its subdivisions, and the source its positions index. */
export interface BlockTree {
  readonly source: string;
  readonly parentId: string;
  readonly children: readonly Block[];
}

/** The empty result (shared, so unchanged units allocate nothing). */
export const NO_SUBDIVISION_CHANGES: SubdivisionChanges = { added: [], removed: [], changed: [] };

/** The subdivisions of a tree in document order: full ids and the offsets of their texts. */
interface SubdivisionList {
  readonly ids: string[];
  readonly starts: number[];
  readonly ends: number[];
}

function listSubdivisions(tree: BlockTree): SubdivisionList {
  const list: SubdivisionList = { ids: [], starts: [], ends: [] };
  addSubdivisions(list, tree.children);
  return list;
}

function addSubdivisions(list: SubdivisionList, blocks: readonly Block[]): void {
  for (const block of blocks) {
    if (block.type !== 'subdivision') continue;
    list.ids.push(block.id);
    list.starts.push(block.position.start.offset);
    list.ends.push(block.position.end.offset);
    addSubdivisions(list, block.children);
  }
}

/** An id relative to the unit (`a`, `b/1`). */
function relativeId(tree: BlockTree, id: string): string {
  const prefix = `${tree.parentId}/`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : id;
}

/** Subdivision texts by id relative to the unit (`a`, `b/1`), in document order. */
function subdivisionTexts(tree: BlockTree, list: SubdivisionList): Map<string, string> {
  const texts = new Map<string, string>();
  list.ids.forEach((id, index) => {
    texts.set(relativeId(tree, id), tree.source.slice(list.starts[index], list.ends[index]));
  });
  return texts;
}

function sameIds(left: readonly string[], right: readonly string[]): boolean {
  if (left.length !== right.length) return false;
  for (let index = 0; index < left.length; index++) if (left[index] !== right[index]) return false;
  return true;
}

/**
 * Compare the subdivisions of two versions of a unit: ids only in the edited tree are `added`, only
 * in the base tree `removed`, in both with different text `changed` (ids relative to the unit).
 */
export function compareSubdivisions(base: BlockTree | undefined, edited: BlockTree | undefined): SubdivisionChanges {
  if (base === undefined || edited === undefined) return NO_SUBDIVISION_CHANGES;
  const before = listSubdivisions(base);
  const after = listSubdivisions(edited);
  if (before.ids.length === 0 && after.ids.length === 0) return NO_SUBDIVISION_CHANGES;
  // Usually the edit kept every label: the same ids in the same order, compared pairwise (no maps).
  if (base.parentId === edited.parentId && sameIds(before.ids, after.ids)) {
    const changed: string[] = [];
    after.ids.forEach((id, index) => {
      const length = after.ends[index]! - after.starts[index]!;
      const same =
        length === before.ends[index]! - before.starts[index]! &&
        base.source.slice(before.starts[index], before.ends[index]) ===
          edited.source.slice(after.starts[index], after.ends[index]);
      if (!same) changed.push(relativeId(edited, id));
    });
    return { added: [], removed: [], changed };
  }
  const beforeTexts = subdivisionTexts(base, before);
  const afterTexts = subdivisionTexts(edited, after);
  const added: string[] = [];
  const changed: string[] = [];
  for (const [id, text] of afterTexts) {
    const old = beforeTexts.get(id);
    if (old === undefined) added.push(id);
    else if (old !== text) changed.push(id);
  }
  const removed = [...beforeTexts.keys()].filter((id) => !afterTexts.has(id));
  return { added, removed, changed };
}
