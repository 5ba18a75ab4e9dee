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

/** Subdivision texts by id relative to the unit (`a`, `b/1`), in document order. */
function subdivisionTexts(tree: BlockTree): Map<string, string> {
  const texts = new Map<string, string>();
  const prefix = `${tree.parentId}/`;
  const visit = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      if (block.type !== 'subdivision') continue;
      const relative = block.id.startsWith(prefix) ? block.id.slice(prefix.length) : block.id;
      texts.set(relative, tree.source.slice(block.position.start.offset, block.position.end.offset));
      visit(block.children);
    }
  };
  visit(tree.children);
  return texts;
}

/**
 * Compare the subdivisions of two versions of a unit: ids only in the edited tree are `added`, only
 * in the base tree `removed`, in both with different text `changed` (ids relative to the unit).
 */
export function compareSubdivisions(base: BlockTree | undefined, edited: BlockTree | undefined): SubdivisionChanges {
  if (base === undefined || edited === undefined) return NO_SUBDIVISION_CHANGES;
  const before = subdivisionTexts(base);
  const after = subdivisionTexts(edited);
  if (before.size === 0 && after.size === 0) return NO_SUBDIVISION_CHANGES;
  const added: string[] = [];
  const changed: string[] = [];
  for (const [id, text] of after) {
    const old = before.get(id);
    if (old === undefined) added.push(id);
    else if (old !== text) changed.push(id);
  }
  const removed = [...before.keys()].filter((id) => !after.has(id));
  return { added, removed, changed };
}
