/**
 * compareSubdivisions: the pairwise path (same labels in the same order) and the map path (labels
 * added, removed or renamed) agree with a plain by-id comparison of the two trees.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import type { Block } from '../../../src/constitution/types';
import { compareSubdivisions, type BlockTree } from '../../../src/diff/subdivisions';
import type { SubdivisionChanges } from '../../../src/diff/types';

function tree(body: string): BlockTree {
  const source = `## Article I\n\n### Section 1\n\n${body}\n`;
  const section = parseConstitution(source).articles[0]!.sections[0]!;
  return { source, parentId: section.id, children: section.children };
}

/** The reference: texts by relative id, compared through maps. */
function byId(base: BlockTree, edited: BlockTree): SubdivisionChanges {
  const texts = (from: BlockTree): Map<string, string> => {
    const map = new Map<string, string>();
    const visit = (blocks: readonly Block[]): void => {
      for (const block of blocks) {
        if (block.type !== 'subdivision') continue;
        map.set(
          block.id.slice(from.parentId.length + 1),
          from.source.slice(block.position.start.offset, block.position.end.offset),
        );
        visit(block.children);
      }
    };
    visit(from.children);
    return map;
  };
  const before = texts(base);
  const after = texts(edited);
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed: [...after].filter(([id, text]) => before.has(id) && before.get(id) !== text).map(([id]) => id),
  };
}

const LABELS = ['(a)', '(b)', '(c)', '(1)', '(2)', '(A)', '(i)', ''];
const WORDS = ['tax', 'the', 'county', 'shall', 'may'];
const paragraphs = fc.array(
  fc.tuple(fc.constantFrom(...LABELS), fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })),
  { minLength: 1, maxLength: 6 },
);
const body = (parts: readonly (readonly [string, readonly string[]])[]): string =>
  parts.map(([label, words]) => `${label === '' ? '' : `${label} `}${words.join(' ')}.`).join('\n\n');

describe('compareSubdivisions', () => {
  it('names the changed subdivision when every label is kept', () => {
    const changes = compareSubdivisions(
      tree('(a) One.\n\n(b) Two.\n\n(1) Three.'),
      tree('(a) One.\n\n(b) Two.\n\n(1) 3.'),
    );
    expect(changes).toEqual({ added: [], removed: [], changed: ['b', 'b/1'] });
  });

  it('names added and removed subdivisions', () => {
    const changes = compareSubdivisions(tree('(a) One.\n\n(b) Two.'), tree('(a) One.\n\n(c) Two.'));
    expect(changes).toEqual({ added: ['c'], removed: ['b'], changed: [] });
  });

  it('agrees with a by-id comparison on any pair of bodies', () => {
    fc.assert(
      fc.property(paragraphs, paragraphs, (left, right) => {
        const base = tree(body(left));
        const edited = tree(body(right));
        expect(compareSubdivisions(base, edited)).toEqual(byId(base, edited));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with a by-id comparison when only words change', () => {
    fc.assert(
      fc.property(paragraphs, fc.array(fc.constantFrom(...WORDS), { minLength: 6, maxLength: 6 }), (parts, words) => {
        const edited = parts.map(([label], index): [string, string[]] => [label, [words[index]!]]);
        const base = tree(body(parts));
        const after = tree(body(edited));
        expect(compareSubdivisions(base, after)).toEqual(byId(base, after));
      }),
      { numRuns: 500 },
    );
  });
});
